//! Python's `re` module with CPython 3.11 semantics, on a backtracking matcher.
//!
//! Patterns are parsed like `re._parser` (same syntax, same error messages and
//! positions), compiled to a small instruction program and run by a
//! backtracking VM with an explicit stack (no recursion per character, so
//! long texts cannot overflow the native stack). Repeats, empty-match rules,
//! capture semantics (last iteration wins, captures of failed alternatives are
//! undone) and the `findall`/`sub`/`split` iteration rules follow `_sre`.
//! All positions are Unicode code points, never bytes.
//!
//! # Public API
//!
//! ```text
//! // Flags: the same bit values as Python's `re.I`, `re.M`, ...
//! pub const RE_NOFLAG: i64 = 0;
//! pub const RE_IGNORECASE: i64 = 2;   pub const RE_I: i64 = 2;
//! pub const RE_LOCALE: i64 = 4;       pub const RE_L: i64 = 4;   // ValueError for str patterns
//! pub const RE_MULTILINE: i64 = 8;    pub const RE_M: i64 = 8;
//! pub const RE_DOTALL: i64 = 16;      pub const RE_S: i64 = 16;
//! pub const RE_UNICODE: i64 = 32;     pub const RE_U: i64 = 32;
//! pub const RE_VERBOSE: i64 = 64;     pub const RE_X: i64 = 64;
//! pub const RE_DEBUG: i64 = 128;      // accepted, prints nothing
//! pub const RE_ASCII: i64 = 256;      pub const RE_A: i64 = 256;
//!
//! // Module-level functions (`re.search(...)` etc.). Compiled patterns are cached
//! // per thread (like Python's cache, cleared when it reaches 512 entries).
//! pub fn re_compile(pattern: &str, flags: i64) -> PyResult<Regex>   // Regex is a cheap Rc handle
//! pub fn re_search(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>>
//! pub fn re_match(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>>
//! pub fn re_fullmatch(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>>
//! pub fn re_findall(pattern: &str, text: &str, flags: i64) -> PyResult<List<String>>
//! pub fn re_findall_groups(pattern: &str, text: &str, flags: i64) -> PyResult<List<List<String>>>
//! pub fn re_finditer(pattern: &str, text: &str, flags: i64) -> PyResult<List<Match>>
//! pub fn re_sub(pattern: &str, repl: &str, text: &str, count: i64, flags: i64) -> PyResult<String>
//! pub fn re_subn(pattern: &str, repl: &str, text: &str, count: i64, flags: i64) -> PyResult<(String, i64)>
//! pub fn re_sub_fn<F: FnMut(&Match) -> PyResult<String>>(pattern: &str, f: F, text: &str, count: i64, flags: i64) -> PyResult<String>
//! pub fn re_subn_fn<F: FnMut(&Match) -> PyResult<String>>(pattern: &str, f: F, text: &str, count: i64, flags: i64) -> PyResult<(String, i64)>
//! pub fn re_split(pattern: &str, text: &str, maxsplit: i64, flags: i64) -> PyResult<List<String>>
//! pub fn re_split_opt(pattern: &str, text: &str, maxsplit: i64, flags: i64) -> PyResult<List<Option<String>>>
//! pub fn re_escape(s: &str) -> String
//! pub fn re_purge()
//!
//! // Compiled pattern (`re.Pattern`); `Clone` shares it.
//! impl Regex {
//!     pub fn compile(pattern: &str, flags: i64) -> PyResult<Regex>
//!     pub fn pattern(&self) -> String
//!     pub fn flags(&self) -> i64                      // like Pattern.flags (includes inline flags, re.U)
//!     pub fn groups(&self) -> i64
//!     pub fn group_index(&self, name: &str) -> Option<usize>
//!     pub fn groupindex(&self) -> Dict<String, i64>
//!     pub fn search(&self, text: &str) -> Option<Match>
//!     pub fn search_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match>   // Pattern.search(s, pos, endpos)
//!     pub fn match_(&self, text: &str) -> Option<Match>
//!     pub fn match_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match>
//!     pub fn fullmatch(&self, text: &str) -> Option<Match>
//!     pub fn fullmatch_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match>
//!     pub fn findall(&self, text: &str) -> List<String>              // 0 groups: whole match; 1 group: it ("" if unmatched);
//!                                                                    // 2+ groups: group 1 (use findall_groups)
//!     pub fn findall_groups(&self, text: &str) -> List<List<String>> // one inner list per match: groups 1..n
//!                                                                    // ("" if unmatched); [group 0] if no groups
//!     pub fn finditer(&self, text: &str) -> List<Match>
//!     pub fn sub(&self, repl: &str, text: &str, count: i64) -> PyResult<String>
//!     pub fn subn(&self, repl: &str, text: &str, count: i64) -> PyResult<(String, i64)>
//!     pub fn sub_fn<F: FnMut(&Match) -> PyResult<String>>(&self, f: F, text: &str, count: i64) -> PyResult<String>
//!     pub fn subn_fn<F: FnMut(&Match) -> PyResult<String>>(&self, f: F, text: &str, count: i64) -> PyResult<(String, i64)>
//!     pub fn split(&self, text: &str, maxsplit: i64) -> List<String>       // unmatched groups become ""
//!     pub fn split_opt(&self, text: &str, maxsplit: i64) -> List<Option<String>>  // unmatched groups: None
//! }
//! impl PyRepr for Regex    // re.compile('a+', re.IGNORECASE)
//!
//! // Match object (`re.Match`); `Clone`.
//! impl Match {
//!     pub fn group(&self, i: i64) -> PyResult<Option<String>>     // IndexError "no such group"
//!     pub fn group0(&self) -> String
//!     pub fn group_named(&self, name: &str) -> PyResult<Option<String>>
//!     pub fn groups(&self) -> List<Option<String>>
//!     pub fn groups_default(&self, default: &str) -> List<String>
//!     pub fn groupdict(&self) -> Dict<String, Option<String>>
//!     pub fn start(&self, i: i64) -> PyResult<i64>                // -1 for an unmatched group
//!     pub fn end(&self, i: i64) -> PyResult<i64>
//!     pub fn span(&self, i: i64) -> PyResult<(i64, i64)>         // (-1, -1) for an unmatched group
//!     pub fn start0(&self) -> i64
//!     pub fn end0(&self) -> i64
//!     pub fn span0(&self) -> (i64, i64)
//!     pub fn start_named(&self, name: &str) -> PyResult<i64>
//!     pub fn end_named(&self, name: &str) -> PyResult<i64>
//!     pub fn span_named(&self, name: &str) -> PyResult<(i64, i64)>
//!     pub fn string(&self) -> String
//!     pub fn pos(&self) -> i64
//!     pub fn endpos(&self) -> i64
//!     pub fn lastindex(&self) -> Option<i64>
//!     pub fn lastgroup(&self) -> Option<String>
//!     pub fn expand(&self, template: &str) -> PyResult<String>
//!     pub fn re(&self) -> Regex
//! }
//! impl PyRepr for Match    // <re.Match object; span=(0, 3), match='abc'>
//! impl PyTruthy for Match  // always true
//! ```
//!
//! Translation notes:
//! - `re.search(p, s)` -> `re_search(p, s, 0)?`; `if m:` -> `if let Some(m) = ...`.
//! - `m.group()`/`m.group(0)`/`m[0]` -> `m.group0()`; `m.group(1)`/`m[1]` ->
//!   `m.group(1)?` (`None` for a group that did not participate);
//!   `m.group('y')` -> `m.group_named("y")?`; `m.start()`/`m.span()` ->
//!   `m.start0()`/`m.span0()`; `m.start(1)` -> `m.start(1)?`.
//! - `re.findall`: use `re_findall` when the pattern has 0 or 1 groups (a list
//!   of str) and `re_findall_groups` when it has 2+ (a list of tuples); the
//!   count is `Regex::groups()`.
//! - `re.sub(p, lambda m: ..., s)` -> `re_sub_fn(p, |m| Ok(...), s, 0, 0)`.
//! - `pos`/`endpos` arguments: `search_pos(s, pos, endpos)` etc. clamp like
//!   Python; pass `i64::MAX` as `endpos` when it is omitted.
//! - `count`/`maxsplit` follow CPython exactly: 0 means "all", a negative
//!   value means no replacement / no split at all.
//!
//! Errors: bad patterns raise `PyErr` kind `re.error` with CPython's message
//! (`"nothing to repeat at position 0"`, with `(line L, column C)` appended
//! for multi-line patterns); repeat counts >= 2**32-1 raise `OverflowError`;
//! bad flag combinations raise `ValueError`; templates referring to unknown
//! group names raise `IndexError` (as CPython does).
//!
//! Supported syntax: everything in Python 3.11's `re` for `str` patterns
//! (classes, `\d \w \s \b \B \A \Z`, `^ $`, groups, `(?P<n>...)`, `(?P=n)`,
//! `\1`, `(?:...)`, `(?>...)`, `(?#...)`, lookahead/lookbehind, conditionals
//! `(?(1)a|b)`, greedy/lazy/possessive quantifiers, inline flags global and
//! scoped). `\d`, `\w`, `\s` and `\b` use CPython 3.11's Unicode tables.
//! Known differences: `\N{NAME}` escapes are rejected (no name database) and
//! escapes of lone surrogates (`\ud800`) are rejected, as Rust strings cannot
//! hold them; case-insensitive matching uses Rust's simple case mappings
//! (CPython 3.11 uses Unicode 14.0); when an iteration of a possessive repeat
//! of a capturing group fails (`(?:(a)|b)*+`), its captures are undone, where
//! CPython 3.11 leaks them (a CPython bug that can even raise SystemError).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::dict::Dict;
use crate::error::{PyErr, PyResult};
use crate::list::List;
use crate::strings::str_repr;
use crate::traits::{PyRepr, PyTruthy};

// ===========================================================================
// Flags and limits
// ===========================================================================

pub const RE_NOFLAG: i64 = 0;
pub const RE_IGNORECASE: i64 = 2;
pub const RE_I: i64 = RE_IGNORECASE;
pub const RE_LOCALE: i64 = 4;
pub const RE_L: i64 = RE_LOCALE;
pub const RE_MULTILINE: i64 = 8;
pub const RE_M: i64 = RE_MULTILINE;
pub const RE_DOTALL: i64 = 16;
pub const RE_S: i64 = RE_DOTALL;
pub const RE_UNICODE: i64 = 32;
pub const RE_U: i64 = RE_UNICODE;
pub const RE_VERBOSE: i64 = 64;
pub const RE_X: i64 = RE_VERBOSE;
pub const RE_DEBUG: i64 = 128;
pub const RE_ASCII: i64 = 256;
pub const RE_A: i64 = RE_ASCII;

/// `re.TEMPLATE` (deprecated in 3.11; accepted and ignored).
const FLAG_TEMPLATE: i64 = 1;
const TYPE_FLAGS: i64 = RE_ASCII | RE_LOCALE | RE_UNICODE;
const GLOBAL_FLAGS: i64 = RE_DEBUG | FLAG_TEMPLATE;

/// `_sre.MAXREPEAT`: also "unbounded" as a repeat maximum.
const MAXREPEAT: u64 = 4_294_967_295;
/// `_sre.MAXGROUPS` on 64-bit CPython.
const MAXGROUPS: usize = 1_073_741_823;
/// Marks an unset capture slot or repeat position.
const NONE: usize = usize::MAX;

/// The inline flag letters of `(?aiLmsux)`.
fn flag_value(c: char) -> Option<i64> {
    match c {
        'i' => Some(RE_IGNORECASE),
        'L' => Some(RE_LOCALE),
        'm' => Some(RE_MULTILINE),
        's' => Some(RE_DOTALL),
        'x' => Some(RE_VERBOSE),
        'a' => Some(RE_ASCII),
        't' => Some(FLAG_TEMPLATE),
        'u' => Some(RE_UNICODE),
        _ => None,
    }
}

// ===========================================================================
// Errors
// ===========================================================================

fn re_error(msg: &str) -> PyErr {
    PyErr::new("re.error", msg)
}

/// `re.error(msg, pattern, pos)`: "msg at position N", plus the line and
/// column when the pattern spans several lines.
fn re_error_at(msg: &str, pattern: &[char], pos: usize) -> PyErr {
    let mut text = format!("{} at position {}", msg, pos);
    if pattern.contains(&'\n') {
        let before = &pattern[..pos.min(pattern.len())];
        let line = before.iter().filter(|&&c| c == '\n').count() + 1;
        let column = match before.iter().rposition(|&c| c == '\n') {
            Some(i) => pos - i,
            None => pos + 1,
        };
        text.push_str(&format!(" (line {}, column {})", line, column));
    }
    re_error(&text)
}

// ===========================================================================
// Tokenizer (port of `re._parser.Tokenizer`)
// ===========================================================================

/// One pattern token: a character, or a backslash with the next character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Ch(char),
    Esc(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            Tok::Ch(c) => c.to_string(),
            Tok::Esc(c) => format!("\\{}", c),
        }
    }
    fn is_alpha(self) -> bool {
        match self {
            Tok::Ch(c) => c.is_alphabetic(),
            Tok::Esc(_) => false,
        }
    }
}

struct Tokenizer<'a> {
    src: &'a [char],
    index: usize,
    next: Option<Tok>,
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a [char]) -> PyResult<Tokenizer<'a>> {
        let mut t = Tokenizer {
            src,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> PyResult<()> {
        let i = self.index;
        match self.src.get(i) {
            None => self.next = None,
            Some(&'\\') => match self.src.get(i + 1) {
                None => {
                    return Err(re_error_at(
                        "bad escape (end of pattern)",
                        self.src,
                        self.src.len() - 1,
                    ))
                }
                Some(&c) => {
                    self.next = Some(Tok::Esc(c));
                    self.index = i + 2;
                }
            },
            Some(&c) => {
                self.next = Some(Tok::Ch(c));
                self.index = i + 1;
            }
        }
        Ok(())
    }

    fn get(&mut self) -> PyResult<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Consumes the next token if it is the plain character `c`.
    fn matches(&mut self, c: char) -> PyResult<bool> {
        if self.next == Some(Tok::Ch(c)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn next_is(&self, pred: fn(char) -> bool) -> bool {
        match self.next {
            Some(Tok::Ch(c)) => pred(c),
            _ => false,
        }
    }

    /// Up to `n` plain characters satisfying `pred`.
    fn getwhile(&mut self, n: usize, pred: fn(char) -> bool) -> PyResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Ch(c)) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> PyResult<String> {
        let mut out = String::new();
        let mut len = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {}", name), 0));
                    }
                    return Err(
                        self.error(&format!("missing {}, unterminated name", terminator), len)
                    );
                }
                Some(Tok::Ch(t)) if t == terminator => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {}", name), 1));
                    }
                    return Ok(out);
                }
                Some(t) => {
                    out.push_str(&t.text());
                    len += t.len();
                }
            }
        }
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> PyResult<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> PyErr {
        re_error_at(msg, self.src, self.tell().saturating_sub(offset))
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

fn is_octdigit(c: char) -> bool {
    ('0'..='7').contains(&c)
}

fn is_hexdigit(c: char) -> bool {
    c.is_ascii_hexdigit()
}

/// `str.isidentifier()` (approximated with Rust's Unicode properties).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A group number as Python's `int(s)` reads it (surrounding whitespace,
/// a sign and `_` between digits allowed); `None` if invalid or negative.
fn parse_group_number(s: &str) -> Option<usize> {
    let s = s.trim_matches(|c: char| is_space(c, false));
    let (negative, digits) = match s.chars().next() {
        Some('-') => (true, &s[1..]),
        Some('+') => (false, &s[1..]),
        _ => (false, s),
    };
    let bytes = digits.as_bytes();
    let valid = !bytes.is_empty()
        && bytes.iter().all(|&b| b.is_ascii_digit() || b == b'_')
        && bytes[0] != b'_'
        && bytes[bytes.len() - 1] != b'_'
        && !digits.contains("__");
    if !valid {
        return None;
    }
    let value = digits.chars().filter(|&c| c != '_').fold(0usize, |acc, c| {
        acc.saturating_mul(10)
            .saturating_add(c as usize - '0' as usize)
    });
    if negative && value != 0 {
        return None;
    }
    Some(value)
}

// ===========================================================================
// Parser (port of `re._parser`): pattern text -> syntax tree
// ===========================================================================

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetItem {
    Char(char),
    Range(char, char),
    Class(Category),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AtCode {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The syntax tree; a sequence is a `Vec<Node>`.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Literal(char),
    NotLiteral(char),
    Any,
    In(Vec<SetItem>, bool),
    At(AtCode),
    Branch(Vec<Vec<Node>>),
    /// A group: capturing when `group` is set, else a flag scope `(?i:...)`.
    Subpattern {
        group: Option<usize>,
        add: i64,
        del: i64,
        body: Vec<Node>,
    },
    Repeat {
        min: u64,
        max: u64,
        kind: RepeatKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    /// Lookaround; `behind` holds the body's (min, max) width for lookbehinds.
    Assert {
        behind: Option<(u64, u64)>,
        negate: bool,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// What an escape inside `[...]` stands for.
enum ClassAtom {
    Char(char),
    Class(Category),
}

impl ClassAtom {
    fn item(self) -> SetItem {
        match self {
            ClassAtom::Char(c) => SetItem::Char(c),
            ClassAtom::Class(k) => SetItem::Class(k),
        }
    }
}

struct Parsed {
    nodes: Vec<Node>,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
}

struct Parser<'a> {
    tok: Tokenizer<'a>,
    flags: i64,
    names: Vec<(String, usize)>,
    /// Width of each closed group (index 0 is the whole pattern: unused).
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// First position of each `(?(N)...)` reference, checked at the end.
    groupref_pos: Vec<(usize, usize)>,
}

impl<'a> Parser<'a> {
    fn parse(src: &'a [char], flags: i64) -> PyResult<Parsed> {
        let mut p = Parser {
            tok: Tokenizer::new(src)?,
            flags,
            names: Vec::new(),
            widths: vec![None],
            lookbehind_groups: None,
            groupref_pos: Vec::new(),
        };
        let nodes = p.parse_sub(flags & RE_VERBOSE != 0, 0)?;
        let flags = fix_flags(p.flags)?;
        if p.tok.next.is_some() {
            return Err(p.tok.error("unbalanced parenthesis", 0));
        }
        for &(g, pos) in &p.groupref_pos {
            if g >= p.groups() {
                return Err(re_error_at(
                    &format!("invalid group reference {}", g),
                    src,
                    pos,
                ));
            }
        }
        Ok(Parsed {
            nodes,
            flags,
            groups: p.groups() - 1,
            names: p.names,
        })
    }

    /// Number of groups opened so far, plus one (`State.groups`).
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn group_by_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn open_group(&mut self, name: Option<&str>) -> PyResult<usize> {
        let gid = self.groups();
        self.widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err(re_error("too many groups"));
        }
        if let Some(name) = name {
            if let Some(old) = self.group_by_name(name) {
                let msg = format!(
                    "redefinition of group name {} as group {}; was group {}",
                    str_repr(name),
                    gid,
                    old
                );
                return Err(self.tok.error(&msg, name.chars().count() + 1));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize) -> PyResult<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(self.tok.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(self.tok.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PyResult<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", str_repr(name));
            return Err(self.tok.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }

    /// `SubPattern.getwidth()`: the (min, max) number of characters matched.
    fn width(&self, nodes: &[Node]) -> (u64, u64) {
        let (mut lo, mut hi) = (0u64, 0u64);
        for node in nodes {
            let (i, j) = match node {
                Node::Branch(alts) => {
                    let (mut i, mut j) = (MAXREPEAT - 1, 0);
                    for alt in alts {
                        let (l, h) = self.width(alt);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    (i, j)
                }
                Node::Atomic(body) | Node::Subpattern { body, .. } => self.width(body),
                Node::Repeat { min, max, body, .. } => {
                    let (i, j) = self.width(body);
                    (i.saturating_mul(*min), j.saturating_mul(*max))
                }
                Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(..) => (1, 1),
                Node::GroupRef(g) => self
                    .widths
                    .get(*g)
                    .cloned()
                    .flatten()
                    .unwrap_or((0, MAXREPEAT)),
                Node::GroupRefExists { yes, no, .. } => {
                    let (i, j) = self.width(yes);
                    match no {
                        Some(no) => {
                            let (l, h) = self.width(no);
                            (i.min(l), j.max(h))
                        }
                        None => (0, j),
                    }
                }
                Node::At(_) | Node::Assert { .. } => (0, 0),
            };
            lo = lo.saturating_add(i);
            hi = hi.saturating_add(j);
        }
        (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
    }

    /// An alternation `a|b|c`.
    fn parse_sub(&mut self, mut verbose: bool, nested: usize) -> PyResult<Vec<Node>> {
        let mut items: Vec<Vec<Node>> = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            let item = self.parse_seq(verbose, nested + 1, first)?;
            items.push(item);
            if !self.tok.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & RE_VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or_default());
        }
        Ok(vec![Node::Branch(items)])
    }

    /// A sequence of items, up to `|`, `)` or the end.
    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool) -> PyResult<Vec<Node>> {
        let mut verbose = verbose;
        let mut seq: Vec<Node> = Vec::new();
        loop {
            let this = match self.tok.next {
                None => break,
                Some(t) => t,
            };
            if this == Tok::Ch('|') || this == Tok::Ch(')') {
                break;
            }
            self.tok.advance()?;
            if verbose {
                if let Tok::Ch(c) = this {
                    if " \t\n\r\x0b\x0c".contains(c) {
                        continue;
                    }
                    if c == '#' {
                        loop {
                            match self.tok.get()? {
                                None | Some(Tok::Ch('\n')) => break,
                                Some(_) => {}
                            }
                        }
                        continue;
                    }
                }
            }
            match this {
                Tok::Esc(c) => {
                    let node = self.parse_escape(c)?;
                    seq.push(node);
                }
                Tok::Ch('[') => {
                    let node = self.parse_class()?;
                    seq.push(node);
                }
                Tok::Ch(c) if c == '*' || c == '+' || c == '?' || c == '{' => {
                    self.parse_repeat(c, &mut seq)?;
                }
                Tok::Ch('.') => seq.push(Node::Any),
                Tok::Ch('(') => {
                    let empty = seq.is_empty();
                    if let Some(node) = self.parse_group(&mut verbose, nested, first, empty)? {
                        seq.push(node);
                    }
                }
                Tok::Ch('^') => seq.push(Node::At(AtCode::Beginning)),
                Tok::Ch('$') => seq.push(Node::At(AtCode::End)),
                Tok::Ch(c) => seq.push(Node::Literal(c)),
            }
        }
        // Non-capturing groups without flags dissolve into the sequence.
        let mut out = Vec::with_capacity(seq.len());
        for node in seq {
            match node {
                Node::Subpattern {
                    group: None,
                    add: 0,
                    del: 0,
                    body,
                } => out.extend(body),
                other => out.push(other),
            }
        }
        Ok(out)
    }

    /// `\x`, `\u`, `\U` and `\N{...}`, common to both escape contexts.
    fn parse_code_escape(&mut self, c: char) -> PyResult<char> {
        if c == 'N' {
            if !self.tok.matches('{')? {
                return Err(self.tok.error("missing {", 0));
            }
            let name = self.tok.getuntil('}', "character name")?;
            let msg = format!("undefined character name {}", str_repr(&name));
            return Err(self.tok.error(&msg, name.chars().count() + 4));
        }
        let n = match c {
            'x' => 2,
            'u' => 4,
            _ => 8,
        };
        let digits = self.tok.getwhile(n, is_hexdigit)?;
        let escape = format!("\\{}{}", c, digits);
        if digits.len() != n {
            return Err(self
                .tok
                .error(&format!("incomplete escape {}", escape), escape.len()));
        }
        let value = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
        match std::char::from_u32(value) {
            Some(ch) => Ok(ch),
            None => Err(self
                .tok
                .error(&format!("bad escape {}", escape), escape.len())),
        }
    }

    /// An escape outside a character class (`_escape`).
    fn parse_escape(&mut self, c: char) -> PyResult<Node> {
        let class = |k| Node::In(vec![SetItem::Class(k)], false);
        let node = match c {
            'A' => Node::At(AtCode::BeginningString),
            'Z' => Node::At(AtCode::EndString),
            'b' => Node::At(AtCode::Boundary),
            'B' => Node::At(AtCode::NonBoundary),
            'd' => class(Category::Digit),
            'D' => class(Category::NotDigit),
            's' => class(Category::Space),
            'S' => class(Category::NotSpace),
            'w' => class(Category::Word),
            'W' => class(Category::NotWord),
            'a' => Node::Literal('\x07'),
            'f' => Node::Literal('\x0c'),
            'n' => Node::Literal('\n'),
            'r' => Node::Literal('\r'),
            't' => Node::Literal('\t'),
            'v' => Node::Literal('\x0b'),
            '\\' => Node::Literal('\\'),
            'x' | 'u' | 'U' | 'N' => Node::Literal(self.parse_code_escape(c)?),
            '0' => {
                let digits = self.tok.getwhile(2, is_octdigit)?;
                let value = u32::from_str_radix(&format!("0{}", digits), 8).unwrap_or(0);
                Node::Literal(std::char::from_u32(value).unwrap_or('\0'))
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if self.tok.next_is(is_digit) {
                    if let Some(Tok::Ch(d)) = self.tok.get()? {
                        digits.push(d);
                        if is_octdigit(c) && is_octdigit(d) && self.tok.next_is(is_octdigit) {
                            if let Some(Tok::Ch(e)) = self.tok.get()? {
                                digits.push(e);
                            }
                            let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
                            if value > 0o377 {
                                let msg = format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    digits
                                );
                                return Err(self.tok.error(&msg, digits.len() + 1));
                            }
                            return Ok(Node::Literal(std::char::from_u32(value).unwrap_or('\0')));
                        }
                    }
                }
                let group: usize = digits.parse().unwrap_or(0);
                if group < self.groups() {
                    if !self.check_group(group) {
                        return Err(self
                            .tok
                            .error("cannot refer to an open group", digits.len() + 1));
                    }
                    self.check_lookbehind_group(group)?;
                    return Ok(Node::GroupRef(group));
                }
                let msg = format!("invalid group reference {}", group);
                return Err(self.tok.error(&msg, digits.len()));
            }
            c if c.is_ascii_alphabetic() => {
                return Err(self.tok.error(&format!("bad escape \\{}", c), 2));
            }
            c => Node::Literal(c),
        };
        Ok(node)
    }

    /// An escape inside `[...]` (`_class_escape`).
    fn parse_class_escape(&mut self, c: char) -> PyResult<ClassAtom> {
        let atom = match c {
            'a' => ClassAtom::Char('\x07'),
            'b' => ClassAtom::Char('\x08'),
            'f' => ClassAtom::Char('\x0c'),
            'n' => ClassAtom::Char('\n'),
            'r' => ClassAtom::Char('\r'),
            't' => ClassAtom::Char('\t'),
            'v' => ClassAtom::Char('\x0b'),
            '\\' => ClassAtom::Char('\\'),
            'd' => ClassAtom::Class(Category::Digit),
            'D' => ClassAtom::Class(Category::NotDigit),
            's' => ClassAtom::Class(Category::Space),
            'S' => ClassAtom::Class(Category::NotSpace),
            'w' => ClassAtom::Class(Category::Word),
            'W' => ClassAtom::Class(Category::NotWord),
            'x' | 'u' | 'U' | 'N' => ClassAtom::Char(self.parse_code_escape(c)?),
            '0'..='7' => {
                let digits = format!("{}{}", c, self.tok.getwhile(2, is_octdigit)?);
                let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
                if value > 0o377 {
                    let msg = format!("octal escape value \\{} outside of range 0-0o377", digits);
                    return Err(self.tok.error(&msg, digits.len() + 1));
                }
                ClassAtom::Char(std::char::from_u32(value).unwrap_or('\0'))
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(self.tok.error(&format!("bad escape \\{}", c), 2));
            }
            c => ClassAtom::Char(c),
        };
        Ok(atom)
    }

    /// `[...]`, after the opening bracket.
    fn parse_class(&mut self) -> PyResult<Node> {
        let here = self.tok.tell() - 1;
        let negate = self.tok.matches('^')?;
        let mut set: Vec<SetItem> = Vec::new();
        loop {
            let this = match self.tok.get()? {
                None => {
                    let off = self.tok.tell() - here;
                    return Err(self.tok.error("unterminated character set", off));
                }
                Some(t) => t,
            };
            if this == Tok::Ch(']') && !set.is_empty() {
                break;
            }
            let code1 = match this {
                Tok::Esc(c) => self.parse_class_escape(c)?,
                Tok::Ch(c) => ClassAtom::Char(c),
            };
            if self.tok.matches('-')? {
                let that = match self.tok.get()? {
                    None => {
                        let off = self.tok.tell() - here;
                        return Err(self.tok.error("unterminated character set", off));
                    }
                    Some(t) => t,
                };
                if that == Tok::Ch(']') {
                    set.push(code1.item());
                    set.push(SetItem::Char('-'));
                    break;
                }
                let code2 = match that {
                    Tok::Esc(c) => self.parse_class_escape(c)?,
                    Tok::Ch(c) => ClassAtom::Char(c),
                };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let off = this.len() + 1 + that.len();
                match (code1, code2) {
                    (ClassAtom::Char(lo), ClassAtom::Char(hi)) if lo <= hi => {
                        set.push(SetItem::Range(lo, hi))
                    }
                    _ => return Err(self.tok.error(&msg, off)),
                }
            } else {
                set.push(code1.item());
            }
        }
        if set.len() == 1 {
            if let SetItem::Char(c) = set[0] {
                return Ok(if negate {
                    Node::NotLiteral(c)
                } else {
                    Node::Literal(c)
                });
            }
        }
        Ok(Node::In(set, negate))
    }

    /// A quantifier applying to the last item of `seq`.
    fn parse_repeat(&mut self, this: char, seq: &mut Vec<Node>) -> PyResult<()> {
        let here = self.tok.tell();
        let (min, max) = match this {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.tok.next == Some(Tok::Ch('}')) {
                    seq.push(Node::Literal('{'));
                    return Ok(());
                }
                let lo = self.tok.getwhile(usize::MAX, is_digit)?;
                let hi = if self.tok.matches(',')? {
                    self.tok.getwhile(usize::MAX, is_digit)?
                } else {
                    lo.clone()
                };
                if !self.tok.matches('}')? {
                    seq.push(Node::Literal('{'));
                    self.tok.seek(here)?;
                    return Ok(());
                }
                let mut min = 0;
                let mut max = MAXREPEAT;
                if !lo.is_empty() {
                    min = repeat_count(&lo)?;
                }
                if !hi.is_empty() {
                    max = repeat_count(&hi)?;
                    if max < min {
                        let off = self.tok.tell() - here;
                        return Err(self.tok.error("min repeat greater than max repeat", off));
                    }
                }
                (min, max)
            }
        };
        let off = self.tok.tell() - here + 1;
        match seq.last() {
            None | Some(Node::At(_)) => return Err(self.tok.error("nothing to repeat", off)),
            Some(Node::Repeat { .. }) => return Err(self.tok.error("multiple repeat", off)),
            Some(_) => {}
        }
        let body = match seq.pop() {
            Some(Node::Subpattern {
                group: None,
                add: 0,
                del: 0,
                body,
            }) => body,
            Some(other) => vec![other],
            None => Vec::new(),
        };
        let kind = if self.tok.matches('?')? {
            RepeatKind::Lazy
        } else if self.tok.matches('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        seq.push(Node::Repeat {
            min,
            max,
            kind,
            body,
        });
        Ok(())
    }

    /// Everything starting with `(`. Returns `None` for constructs that add
    /// no node (comments, global flags).
    fn parse_group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        seq_empty: bool,
    ) -> PyResult<Option<Node>> {
        let start = self.tok.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let (mut add, mut del) = (0i64, 0i64);
        if self.tok.matches('?')? {
            let ch = match self.tok.get()? {
                None => return Err(self.tok.error("unexpected end of pattern", 0)),
                Some(t) => t,
            };
            match ch {
                Tok::Ch('P') => {
                    if self.tok.matches('<')? {
                        let n = self.tok.getuntil('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.tok.matches('=')? {
                        let n = self.tok.getuntil(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let off = n.chars().count() + 1;
                        let gid = match self.group_by_name(&n) {
                            Some(g) => g,
                            None => {
                                let msg = format!("unknown group name {}", str_repr(&n));
                                return Err(self.tok.error(&msg, off));
                            }
                        };
                        if !self.check_group(gid) {
                            return Err(self.tok.error("cannot refer to an open group", off));
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(Node::GroupRef(gid)));
                    } else {
                        let c = match self.tok.get()? {
                            None => return Err(self.tok.error("unexpected end of pattern", 0)),
                            Some(t) => t,
                        };
                        let msg = format!("unknown extension ?P{}", c.text());
                        return Err(self.tok.error(&msg, c.len() + 2));
                    }
                }
                Tok::Ch(':') => capture = false,
                Tok::Ch('#') => {
                    loop {
                        if self.tok.next.is_none() {
                            let off = self.tok.tell() - start;
                            return Err(self.tok.error("missing ), unterminated comment", off));
                        }
                        if self.tok.get()? == Some(Tok::Ch(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                Tok::Ch(c) if c == '=' || c == '!' || c == '<' => {
                    return self.parse_lookaround(c, start, *verbose, nested).map(Some);
                }
                Tok::Ch('(') => return self.parse_conditional(start, *verbose, nested).map(Some),
                Tok::Ch('>') => {
                    capture = false;
                    atomic = true;
                }
                Tok::Ch(c) if flag_value(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first || !seq_empty {
                            let off = self.tok.tell() - start;
                            return Err(self
                                .tok
                                .error("global flags not at the start of the expression", off));
                        }
                        *verbose = self.flags & RE_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                other => {
                    let msg = format!("unknown extension ?{}", other.text());
                    return Err(self.tok.error(&msg, other.len() + 1));
                }
            }
        }
        let group = if capture {
            Some(self.open_group(name.as_deref())?)
        } else {
            None
        };
        let sub_verbose = (*verbose || add & RE_VERBOSE != 0) && del & RE_VERBOSE == 0;
        let body = self.parse_sub(sub_verbose, nested + 1)?;
        if !self.tok.matches(')')? {
            let off = self.tok.tell() - start;
            return Err(self.tok.error("missing ), unterminated subpattern", off));
        }
        if let Some(g) = group {
            self.widths[g] = Some(self.width(&body));
        }
        if atomic {
            return Ok(Some(Node::Atomic(body)));
        }
        Ok(Some(Node::Subpattern {
            group,
            add,
            del,
            body,
        }))
    }

    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`, after the `=`/`!`/`<`.
    fn parse_lookaround(
        &mut self,
        c: char,
        start: usize,
        verbose: bool,
        nested: usize,
    ) -> PyResult<Node> {
        let mut kind = c;
        let mut behind = false;
        let mut saved = None;
        if c == '<' {
            let t = match self.tok.get()? {
                None => return Err(self.tok.error("unexpected end of pattern", 0)),
                Some(t) => t,
            };
            match t {
                Tok::Ch('=') | Tok::Ch('!') => {}
                _ => {
                    let msg = format!("unknown extension ?<{}", t.text());
                    return Err(self.tok.error(&msg, t.len() + 2));
                }
            }
            kind = if t == Tok::Ch('=') { '=' } else { '!' };
            behind = true;
            saved = Some(self.lookbehind_groups);
            if self.lookbehind_groups.is_none() {
                self.lookbehind_groups = Some(self.groups());
            }
        }
        let body = self.parse_sub(verbose, nested + 1)?;
        if let Some(None) = saved {
            self.lookbehind_groups = None;
        }
        if !self.tok.matches(')')? {
            let off = self.tok.tell() - start;
            return Err(self.tok.error("missing ), unterminated subpattern", off));
        }
        let behind = if behind {
            Some(self.width(&body))
        } else {
            None
        };
        Ok(Node::Assert {
            behind,
            negate: kind == '!',
            body,
        })
    }

    /// `(?(id/name)yes|no)`, after the second `(`.
    fn parse_conditional(&mut self, start: usize, verbose: bool, nested: usize) -> PyResult<Node> {
        let condname = self.tok.getuntil(')', "group name")?;
        let off = condname.chars().count() + 1;
        let group = if is_identifier(&condname) {
            match self.group_by_name(&condname) {
                Some(g) => g,
                None => {
                    let msg = format!("unknown group name {}", str_repr(&condname));
                    return Err(self.tok.error(&msg, off));
                }
            }
        } else {
            let g = match parse_group_number(&condname) {
                Some(g) => g,
                None => {
                    let msg = format!("bad character in group name {}", str_repr(&condname));
                    return Err(self.tok.error(&msg, off));
                }
            };
            if g == 0 {
                return Err(self.tok.error("bad group number", off));
            }
            if g >= MAXGROUPS {
                return Err(self
                    .tok
                    .error(&format!("invalid group reference {}", g), off));
            }
            if !self.groupref_pos.iter().any(|&(h, _)| h == g) {
                let pos = self.tok.tell() - off;
                self.groupref_pos.push((g, pos));
            }
            g
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_seq(verbose, nested + 1, false)?;
        let no = if self.tok.matches('|')? {
            let no = self.parse_seq(verbose, nested + 1, false)?;
            if self.tok.next == Some(Tok::Ch('|')) {
                return Err(self
                    .tok
                    .error("conditional backref with more than two branches", 0));
            }
            Some(no)
        } else {
            None
        };
        if !self.tok.matches(')')? {
            let off = self.tok.tell() - start;
            return Err(self.tok.error("missing ), unterminated subpattern", off));
        }
        Ok(Node::GroupRefExists { group, yes, no })
    }

    /// Inline flags after `(?`: `None` for global flags `(?i)`, else the
    /// (added, removed) flags of a scoped group `(?i-m:...)`.
    fn parse_flags(&mut self, first: char) -> PyResult<Option<(i64, i64)>> {
        let mut add = 0i64;
        let mut del = 0i64;
        let mut ch = Tok::Ch(first);
        if first != '-' {
            loop {
                let c = match ch {
                    Tok::Ch(c) => c,
                    Tok::Esc(_) => unreachable!(),
                };
                let flag = flag_value(c).unwrap_or(0);
                if c == 'L' {
                    return Err(self.tok.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.tok.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                ch = match self.tok.get()? {
                    None => return Err(self.tok.error("missing -, : or )", 0)),
                    Some(t) => t,
                };
                match ch {
                    Tok::Ch(')') | Tok::Ch('-') | Tok::Ch(':') => break,
                    Tok::Ch(c) if flag_value(c).is_some() => {}
                    t => {
                        let msg = if t.is_alpha() {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return Err(self.tok.error(msg, t.len()));
                    }
                }
            }
        }
        if ch == Tok::Ch(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .tok
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch == Tok::Ch('-') {
            ch = match self.tok.get()? {
                None => return Err(self.tok.error("missing flag", 0)),
                Some(t) => t,
            };
            loop {
                let flag = match ch {
                    Tok::Ch(c) if flag_value(c).is_some() => flag_value(c).unwrap_or(0),
                    t => {
                        let msg = if t.is_alpha() {
                            "unknown flag"
                        } else {
                            "missing flag"
                        };
                        return Err(self.tok.error(msg, t.len()));
                    }
                };
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.tok.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                ch = match self.tok.get()? {
                    None => return Err(self.tok.error("missing :", 0)),
                    Some(t) => t,
                };
                match ch {
                    Tok::Ch(':') => break,
                    Tok::Ch(c) if flag_value(c).is_some() => {}
                    t => {
                        let msg = if t.is_alpha() {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return Err(self.tok.error(msg, t.len()));
                    }
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .tok
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self
                .tok
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

/// A `{m,n}` bound; CPython raises `OverflowError` from 2**32-1 up.
fn repeat_count(digits: &str) -> PyResult<u64> {
    match digits.parse::<u64>() {
        Ok(n) if n < MAXREPEAT => Ok(n),
        _ => Err(PyErr::overflow_error("the repetition number is too large")),
    }
}

/// `re._parser.fix_flags` for str patterns.
fn fix_flags(flags: i64) -> PyResult<i64> {
    if flags & RE_LOCALE != 0 {
        return Err(PyErr::value_error(
            "cannot use LOCALE flag with a str pattern",
        ));
    }
    if flags & RE_ASCII == 0 {
        Ok(flags | RE_UNICODE)
    } else if flags & RE_UNICODE != 0 {
        Err(PyErr::value_error(
            "ASCII and UNICODE flags are incompatible",
        ))
    } else {
        Ok(flags)
    }
}

// ===========================================================================
// Character predicates (CPython 3.11 Unicode semantics)
// ===========================================================================

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_word(c: char, ascii: bool) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        !ascii && in_table(ALNUM, c)
    }
}

fn is_decimal(c: char, ascii: bool) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        !ascii && in_table(DECIMAL, c)
    }
}

/// `str.isspace()` (Unicode) or the six ASCII whitespace characters.
fn is_space(c: char, ascii: bool) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' => true,
        _ if ascii => false,
        '\x1c'..='\x1f' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' => true,
        '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

/// Simple (one-to-one) lowercase mapping, like `Py_UNICODE_TOLOWER`.
fn simple_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ if c == '\u{130}' => 'i',
        _ => c,
    }
}

/// Simple (one-to-one) uppercase mapping, like `Py_UNICODE_TOUPPER`.
fn simple_upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Case-insensitive character equality (`re.IGNORECASE`): CPython compares
/// lowercase forms, and also accepts different lowercase characters with
/// the same uppercase (the `_casefix` table: 's' ~ 'ſ', 'σ' ~ 'ς').
fn eq_ignore_case(a: char, b: char, ascii: bool) -> bool {
    if a == b {
        return true;
    }
    if ascii || (a.is_ascii() && b.is_ascii()) {
        return a.is_ascii() && b.is_ascii() && a.eq_ignore_ascii_case(&b);
    }
    let (la, lb) = (simple_lower(a), simple_lower(b));
    la == lb || simple_upper(la) == simple_upper(lb)
}

/// Backreference comparison under IGNORECASE: lowercase forms only
/// (`GROUPREF_UNI_IGNORE`), so unlike literals 'σ' does not match 'ς'.
fn lower_eq(a: char, b: char, ascii: bool) -> bool {
    if ascii {
        a.eq_ignore_ascii_case(&b)
    } else {
        simple_lower(a) == simple_lower(b)
    }
}

impl Category {
    fn matches(self, c: char, ascii: bool) -> bool {
        match self {
            Category::Digit => is_decimal(c, ascii),
            Category::NotDigit => !is_decimal(c, ascii),
            Category::Space => is_space(c, ascii),
            Category::NotSpace => !is_space(c, ascii),
            Category::Word => is_word(c, ascii),
            Category::NotWord => !is_word(c, ascii),
        }
    }
}

// ===========================================================================
// Compiler: syntax tree -> instruction program
// ===========================================================================

/// A character class with its matching mode.
#[derive(Clone, Debug)]
struct CharSet {
    items: Vec<SetItem>,
    negate: bool,
    icase: bool,
    ascii: bool,
}

impl CharSet {
    fn contains(&self, c: char) -> bool {
        self.items.iter().any(|item| match *item {
            SetItem::Char(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Class(k) => k.matches(c, self.ascii),
        })
    }

    /// Under IGNORECASE, CPython tests the lowercased character: categories
    /// see `lower(c)`, literals compare case-insensitively and ranges are
    /// probed with the case variants of `c`.
    fn matches(&self, c: char) -> bool {
        if !self.icase {
            return self.contains(c) != self.negate;
        }
        let ascii = self.ascii;
        let lower = if ascii {
            c.to_ascii_lowercase()
        } else {
            simple_lower(c)
        };
        let hit = self.items.iter().any(|item| match *item {
            SetItem::Class(k) => k.matches(lower, ascii),
            SetItem::Char(x) => eq_ignore_case(c, x, ascii),
            SetItem::Range(lo, hi) => {
                let within = |x: char| lo <= x && x <= hi;
                if ascii {
                    within(c) || within(lower) || within(c.to_ascii_uppercase())
                } else {
                    let upper = simple_upper(lower);
                    within(c)
                        || within(lower)
                        || within(upper)
                        || within(simple_lower(upper))
                        || within(simple_upper(c))
                }
            }
        });
        hit != self.negate
    }
}

/// A test consuming exactly one character.
#[derive(Clone, Debug)]
enum CharTest {
    Char(char),
    CharIgnoreCase(char, bool),
    NotChar(char),
    NotCharIgnoreCase(char, bool),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl CharTest {
    fn matches(&self, c: char) -> bool {
        match self {
            CharTest::Char(x) => c == *x,
            CharTest::CharIgnoreCase(x, ascii) => eq_ignore_case(c, *x, *ascii),
            CharTest::NotChar(x) => c != *x,
            CharTest::NotCharIgnoreCase(x, ascii) => !eq_ignore_case(c, *x, *ascii),
            CharTest::Any => c != '\n',
            CharTest::AnyAll => true,
            CharTest::Set(set) => set.matches(c),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Assertion {
    Begin,
    BeginLine,
    End,
    EndLine,
    EndString,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SubKind {
    Ahead,
    NotAhead,
    Behind(usize),
    NotBehind(usize),
    Atomic,
}

#[derive(Clone, Debug)]
enum Inst {
    Test(CharTest),
    /// Try the first target, on failure the second.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a capture slot (2g = start, 2g+1 = end of g).
    Save(usize),
    Assert(Assertion),
    GroupRef {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// A repeat of a single-character test (`REPEAT_ONE`): no stack growth.
    RepeatOne {
        test: CharTest,
        min: u64,
        max: u64,
        kind: RepeatKind,
    },
    /// Enter a general repeat (`REPEAT`): resets its counter register.
    RepeatStart {
        reg: usize,
    },
    /// The loop head of a general repeat (`MAX_UNTIL` / `MIN_UNTIL`).
    RepeatUntil {
        reg: usize,
        min: u64,
        max: u64,
        greedy: bool,
        body: usize,
        exit: usize,
    },
    /// `POSSESSIVE_REPEAT`: each iteration of the sub-program at the next
    /// instruction (ending with `SubEnd`) runs atomically, as many times as
    /// possible; nothing is retried afterwards. Continue at `next`.
    PossessiveRepeat {
        min: u64,
        max: u64,
        next: usize,
    },
    /// Run the sub-program starting at the next instruction (ending with
    /// `SubEnd`) as an atomic unit, then continue at `next`.
    Sub {
        kind: SubKind,
        next: usize,
    },
    SubEnd,
    /// `(?(g)yes|no)`: continue if group g matched, else jump to `no`.
    CondGroup {
        group: usize,
        no: usize,
    },
    Match,
}

#[derive(Debug)]
struct Program {
    insts: Vec<Inst>,
    nslots: usize,
    nregs: usize,
    /// The pattern starts with `\A` (or `^` without MULTILINE).
    anchored: bool,
}

/// `_compiler._combine_flags`.
fn combine_flags(flags: i64, add: i64, del: i64) -> i64 {
    let base = if add & TYPE_FLAGS != 0 {
        flags & !TYPE_FLAGS
    } else {
        flags
    };
    (base | add) & !del
}

struct Compiler {
    insts: Vec<Inst>,
    nregs: usize,
}

impl Compiler {
    fn compile(parsed: &Parsed) -> PyResult<Program> {
        let mut c = Compiler {
            insts: Vec::new(),
            nregs: 0,
        };
        c.seq(&parsed.nodes, parsed.flags)?;
        c.insts.push(Inst::Match);
        let anchored = matches!(c.insts.first(), Some(Inst::Assert(Assertion::Begin)));
        Ok(Program {
            insts: c.insts,
            nslots: 2 * (parsed.groups + 1),
            nregs: c.nregs,
            anchored,
        })
    }

    fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn seq(&mut self, nodes: &[Node], flags: i64) -> PyResult<()> {
        for node in nodes {
            self.node(node, flags)?;
        }
        Ok(())
    }

    /// The single-character test of a node, if it is one.
    fn char_test(node: &Node, flags: i64) -> Option<CharTest> {
        let icase = flags & RE_IGNORECASE != 0;
        let ascii = flags & RE_ASCII != 0;
        let folds = |c: char| icase && (!ascii || c.is_ascii_alphabetic());
        Some(match node {
            Node::Literal(c) if folds(*c) => CharTest::CharIgnoreCase(*c, ascii),
            Node::Literal(c) => CharTest::Char(*c),
            Node::NotLiteral(c) if folds(*c) => CharTest::NotCharIgnoreCase(*c, ascii),
            Node::NotLiteral(c) => CharTest::NotChar(*c),
            Node::Any if flags & RE_DOTALL != 0 => CharTest::AnyAll,
            Node::Any => CharTest::Any,
            Node::In(items, negate) => CharTest::Set(Box::new(CharSet {
                items: items.clone(),
                negate: *negate,
                icase,
                ascii,
            })),
            _ => return None,
        })
    }

    /// `_compiler._simple`: a repeat body that is one character wide.
    fn simple_test(body: &[Node], flags: i64) -> Option<CharTest> {
        if body.len() != 1 {
            return None;
        }
        match &body[0] {
            Node::Subpattern {
                group: None,
                add,
                del,
                body,
            } => Compiler::simple_test(body, combine_flags(flags, *add, *del)),
            node => Compiler::char_test(node, flags),
        }
    }

    fn node(&mut self, node: &Node, flags: i64) -> PyResult<()> {
        if let Some(test) = Compiler::char_test(node, flags) {
            self.emit(Inst::Test(test));
            return Ok(());
        }
        let multiline = flags & RE_MULTILINE != 0;
        let ascii = flags & RE_ASCII != 0;
        match node {
            Node::At(code) => {
                let a = match code {
                    AtCode::Beginning if multiline => Assertion::BeginLine,
                    AtCode::Beginning | AtCode::BeginningString => Assertion::Begin,
                    AtCode::End if multiline => Assertion::EndLine,
                    AtCode::End => Assertion::End,
                    AtCode::EndString => Assertion::EndString,
                    AtCode::Boundary => Assertion::Boundary(ascii),
                    AtCode::NonBoundary => Assertion::NonBoundary(ascii),
                };
                self.emit(Inst::Assert(a));
            }
            Node::Branch(alts) => {
                let mut exits = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(alt, flags)?;
                        exits.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.pc();
                for j in exits {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Subpattern {
                group,
                add,
                del,
                body,
            } => {
                let inner = combine_flags(flags, *add, *del);
                match group {
                    Some(g) => {
                        self.emit(Inst::Save(2 * g));
                        self.seq(body, inner)?;
                        self.emit(Inst::Save(2 * g + 1));
                    }
                    None => self.seq(body, inner)?,
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => {
                if let Some(test) = Compiler::simple_test(body, flags) {
                    self.emit(Inst::RepeatOne {
                        test,
                        min: *min,
                        max: *max,
                        kind: *kind,
                    });
                } else if *kind == RepeatKind::Possessive {
                    let at = self.emit(Inst::PossessiveRepeat {
                        min: *min,
                        max: *max,
                        next: 0,
                    });
                    self.seq(body, flags)?;
                    self.emit(Inst::SubEnd);
                    let next = self.pc();
                    self.insts[at] = Inst::PossessiveRepeat {
                        min: *min,
                        max: *max,
                        next,
                    };
                } else if *max > 0 {
                    let reg = self.nregs;
                    self.nregs += 1;
                    self.emit(Inst::RepeatStart { reg });
                    let head = self.emit(Inst::Jmp(0));
                    self.seq(body, flags)?;
                    self.emit(Inst::Jmp(head));
                    let exit = self.pc();
                    self.insts[head] = Inst::RepeatUntil {
                        reg,
                        min: *min,
                        max: *max,
                        greedy: *kind == RepeatKind::Greedy,
                        body: head + 1,
                        exit,
                    };
                }
            }
            Node::GroupRef(g) => {
                let icase = flags & RE_IGNORECASE != 0;
                self.emit(Inst::GroupRef {
                    group: *g,
                    icase,
                    ascii,
                });
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let kind = match behind {
                    None if *negate => SubKind::NotAhead,
                    None => SubKind::Ahead,
                    Some((lo, hi)) => {
                        if lo != hi {
                            return Err(re_error("look-behind requires fixed-width pattern"));
                        }
                        let width = *lo as usize;
                        if *negate {
                            SubKind::NotBehind(width)
                        } else {
                            SubKind::Behind(width)
                        }
                    }
                };
                self.sub(kind, body, flags)?;
            }
            Node::Atomic(body) => self.sub(SubKind::Atomic, body, flags)?,
            Node::GroupRefExists { group, yes, no } => {
                let cond = self.emit(Inst::CondGroup {
                    group: *group,
                    no: 0,
                });
                self.seq(yes, flags)?;
                match no {
                    Some(no) => {
                        let jump = self.emit(Inst::Jmp(0));
                        let at = self.pc();
                        self.insts[cond] = Inst::CondGroup {
                            group: *group,
                            no: at,
                        };
                        self.seq(no, flags)?;
                        let end = self.pc();
                        self.insts[jump] = Inst::Jmp(end);
                    }
                    None => {
                        let end = self.pc();
                        self.insts[cond] = Inst::CondGroup {
                            group: *group,
                            no: end,
                        };
                    }
                }
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(..) => {}
        }
        Ok(())
    }

    fn sub(&mut self, kind: SubKind, body: &[Node], flags: i64) -> PyResult<()> {
        let at = self.emit(Inst::Sub { kind, next: 0 });
        self.seq(body, flags)?;
        self.emit(Inst::SubEnd);
        let next = self.pc();
        self.insts[at] = Inst::Sub { kind, next };
        Ok(())
    }
}

// ===========================================================================
// Matcher: a backtracking VM with an explicit stack
// ===========================================================================

/// Backtracking stack entries: choice points and undo records.
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt {
        pc: usize,
        pos: usize,
    },
    /// Restore a capture slot.
    Slot {
        slot: usize,
        old: usize,
    },
    LastIndex {
        old: usize,
    },
    /// Restore a repeat's counter and last iteration start.
    Reg {
        reg: usize,
        count: i64,
        last: usize,
    },
    /// Greedy single-character repeat: give back one more character.
    Greedy {
        next: usize,
        pos: usize,
        min_pos: usize,
    },
    /// Lazy single-character repeat: take one more character.
    Lazy {
        rep: usize,
        pos: usize,
        count: u64,
    },
    /// Lazy general repeat: the tail failed, try one more iteration.
    LazyUntil {
        reg: usize,
        pc: usize,
        pos: usize,
        count: i64,
    },
}

/// Success conditions of one run (`match_all` / `must_advance` in `_sre`).
#[derive(Clone, Copy)]
struct Ctx {
    must_end: Option<usize>,
    forbid_empty_at: Option<usize>,
}

struct Vm<'p, 't> {
    prog: &'p Program,
    text: &'t [char],
    slots: Vec<usize>,
    counts: Vec<i64>,
    lasts: Vec<usize>,
    lastindex: usize,
}

impl<'p, 't> Vm<'p, 't> {
    fn new(prog: &'p Program, text: &'t [char]) -> Vm<'p, 't> {
        Vm {
            prog,
            text,
            slots: vec![NONE; prog.nslots],
            counts: vec![-1; prog.nregs],
            lasts: vec![NONE; prog.nregs],
            lastindex: NONE,
        }
    }

    fn is_word_at(&self, pos: usize, ascii: bool) -> bool {
        pos < self.text.len() && is_word(self.text[pos], ascii)
    }

    fn check(&self, a: Assertion, pos: usize) -> bool {
        let text = self.text;
        let end = text.len();
        match a {
            Assertion::Begin => pos == 0,
            Assertion::BeginLine => pos == 0 || text[pos - 1] == '\n',
            Assertion::End => pos == end || (pos + 1 == end && text[pos] == '\n'),
            Assertion::EndLine => pos == end || text[pos] == '\n',
            Assertion::EndString => pos == end,
            Assertion::Boundary(ascii) | Assertion::NonBoundary(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, ascii);
                let after = self.is_word_at(pos, ascii);
                (before != after) == matches!(a, Assertion::Boundary(_))
            }
        }
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == NONE || e == NONE || e < s {
            None
        } else {
            Some((s, e))
        }
    }

    fn set_slot(&mut self, stack: &mut Vec<Bt>, slot: usize, value: usize) {
        stack.push(Bt::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = value;
    }

    fn set_reg(&mut self, stack: &mut Vec<Bt>, reg: usize, count: i64, last: usize) {
        stack.push(Bt::Reg {
            reg,
            count: self.counts[reg],
            last: self.lasts[reg],
        });
        self.counts[reg] = count;
        self.lasts[reg] = last;
    }

    /// After an atomic sub-run succeeded: records undo entries for the
    /// captures it changed, so that backtracking past it restores them.
    fn keep_captures(&self, stack: &mut Vec<Bt>, saved_slots: &[usize], saved_lastindex: usize) {
        for (slot, &old) in saved_slots.iter().enumerate() {
            if self.slots[slot] != old {
                stack.push(Bt::Slot { slot, old });
            }
        }
        if self.lastindex != saved_lastindex {
            stack.push(Bt::LastIndex {
                old: saved_lastindex,
            });
        }
    }

    /// The literal the instruction at `pc` requires, for skipping ahead.
    fn literal_at(&self, pc: usize) -> Option<char> {
        match self.prog.insts.get(pc) {
            Some(Inst::Test(CharTest::Char(c))) => Some(*c),
            _ => None,
        }
    }

    /// Runs from `pc` at `pos` until `Match`/`SubEnd` succeeds (returning the
    /// end position) or every alternative failed (all undo records applied).
    fn run(&mut self, pc: usize, pos: usize, ctx: Ctx, stack: &mut Vec<Bt>) -> Option<usize> {
        let prog = self.prog;
        let text = self.text;
        let base = stack.len();
        let mut pc = pc;
        let mut pos = pos;
        loop {
            let ok = match &prog.insts[pc] {
                Inst::Test(t) => {
                    if pos < text.len() && t.matches(text[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(stack, *slot, pos);
                    if slot % 2 == 1 {
                        stack.push(Bt::LastIndex {
                            old: self.lastindex,
                        });
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.check(*a, pos)
                }
                Inst::GroupRef {
                    group,
                    icase,
                    ascii,
                } => match self.group_span(*group) {
                    Some((s, e)) if pos + (e - s) <= text.len() => {
                        let len = e - s;
                        let same = (0..len).all(|i| {
                            let (a, b) = (text[s + i], text[pos + i]);
                            a == b || (*icase && lower_eq(a, b, *ascii))
                        });
                        pos += len;
                        pc += 1;
                        same
                    }
                    _ => false,
                },
                Inst::RepeatOne {
                    test,
                    min,
                    max,
                    kind,
                } => {
                    let avail = (text.len() - pos) as u64;
                    if *min > avail {
                        false
                    } else if *kind == RepeatKind::Lazy {
                        let min = *min as usize;
                        if (pos..pos + min).all(|i| test.matches(text[i])) {
                            pos += min;
                            stack.push(Bt::Lazy {
                                rep: pc,
                                pos,
                                count: min as u64,
                            });
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    } else {
                        let limit = (*max).min(avail) as usize;
                        let mut n = 0;
                        while n < limit && test.matches(text[pos + n]) {
                            n += 1;
                        }
                        if (n as u64) < *min {
                            false
                        } else {
                            let min_pos = pos + *min as usize;
                            let mut q = pos + n;
                            if *kind == RepeatKind::Greedy && q > min_pos {
                                if let Some(c) = self.literal_at(pc + 1) {
                                    while q > min_pos && text.get(q) != Some(&c) {
                                        q -= 1;
                                    }
                                }
                                if q > min_pos {
                                    stack.push(Bt::Greedy {
                                        next: pc + 1,
                                        pos: q,
                                        min_pos,
                                    });
                                }
                            }
                            pos = q;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepeatStart { reg } => {
                    self.set_reg(stack, *reg, -1, NONE);
                    pc += 1;
                    true
                }
                Inst::RepeatUntil {
                    reg,
                    min,
                    max,
                    greedy,
                    body,
                    exit,
                } => {
                    let reg = *reg;
                    let count = self.counts[reg] + 1;
                    if (count as u64) < *min {
                        let last = self.lasts[reg];
                        self.set_reg(stack, reg, count, last);
                        pc = *body;
                    } else if *greedy {
                        if ((count as u64) < *max || *max == MAXREPEAT) && self.lasts[reg] != pos {
                            stack.push(Bt::Alt { pc: *exit, pos });
                            self.set_reg(stack, reg, count, pos);
                            pc = *body;
                        } else {
                            pc = *exit;
                        }
                    } else {
                        stack.push(Bt::LazyUntil {
                            reg,
                            pc,
                            pos,
                            count,
                        });
                        pc = *exit;
                    }
                    true
                }
                Inst::Sub { kind, next } => {
                    let (start, positive) = match *kind {
                        SubKind::Ahead => (Some(pos), true),
                        SubKind::NotAhead => (Some(pos), false),
                        SubKind::Atomic => (Some(pos), true),
                        SubKind::Behind(w) => (pos.checked_sub(w), true),
                        SubKind::NotBehind(w) => (pos.checked_sub(w), false),
                    };
                    let saved_slots = self.slots.clone();
                    let saved_lastindex = self.lastindex;
                    let result = match start {
                        Some(s) => {
                            let sub_ctx = Ctx {
                                must_end: None,
                                forbid_empty_at: None,
                            };
                            let mut sub_stack = Vec::new();
                            self.run(pc + 1, s, sub_ctx, &mut sub_stack)
                        }
                        None => None,
                    };
                    match (positive, result) {
                        (true, Some(end)) => {
                            self.keep_captures(stack, &saved_slots, saved_lastindex);
                            if *kind == SubKind::Atomic {
                                pos = end;
                            }
                            pc = *next;
                            true
                        }
                        (false, Some(_)) => {
                            self.slots = saved_slots;
                            self.lastindex = saved_lastindex;
                            false
                        }
                        (true, None) => false,
                        (false, None) => {
                            pc = *next;
                            true
                        }
                    }
                }
                Inst::PossessiveRepeat { min, max, next } => {
                    let saved_slots = self.slots.clone();
                    let saved_lastindex = self.lastindex;
                    let sub_ctx = Ctx {
                        must_end: None,
                        forbid_empty_at: None,
                    };
                    let mut count = 0u64;
                    let mut cur = pos;
                    let mut ok = true;
                    while count < *min {
                        match self.run(pc + 1, cur, sub_ctx, &mut Vec::new()) {
                            Some(end) => {
                                cur = end;
                                count += 1;
                            }
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    let mut last = NONE;
                    while ok && (count < *max || *max == MAXREPEAT) && cur != last {
                        last = cur;
                        match self.run(pc + 1, cur, sub_ctx, &mut Vec::new()) {
                            Some(end) => {
                                cur = end;
                                count += 1;
                            }
                            None => break,
                        }
                    }
                    if ok {
                        self.keep_captures(stack, &saved_slots, saved_lastindex);
                        pos = cur;
                        pc = *next;
                    } else {
                        self.slots = saved_slots;
                        self.lastindex = saved_lastindex;
                    }
                    ok
                }
                Inst::SubEnd | Inst::Match => {
                    let end_ok = ctx.must_end.is_none() || ctx.must_end == Some(pos);
                    let advance_ok = ctx.forbid_empty_at != Some(pos);
                    if end_ok && advance_ok {
                        return Some(pos);
                    }
                    false
                }
                Inst::CondGroup { group, no } => {
                    pc = if self.group_span(*group).is_some() {
                        pc + 1
                    } else {
                        *no
                    };
                    true
                }
            };
            if !ok && !self.backtrack(stack, base, &mut pc, &mut pos) {
                return None;
            }
        }
    }

    /// Pops the stack down to the next choice point; false when exhausted.
    fn backtrack(
        &mut self,
        stack: &mut Vec<Bt>,
        base: usize,
        pc: &mut usize,
        pos: &mut usize,
    ) -> bool {
        let prog = self.prog;
        let text = self.text;
        while stack.len() > base {
            let entry = match stack.pop() {
                Some(e) => e,
                None => break,
            };
            match entry {
                Bt::Alt { pc: p, pos: q } => {
                    *pc = p;
                    *pos = q;
                    return true;
                }
                Bt::Slot { slot, old } => self.slots[slot] = old,
                Bt::LastIndex { old } => self.lastindex = old,
                Bt::Reg { reg, count, last } => {
                    self.counts[reg] = count;
                    self.lasts[reg] = last;
                }
                Bt::Greedy {
                    next,
                    pos: p,
                    min_pos,
                } => {
                    let mut q = p - 1;
                    if let Some(c) = self.literal_at(next) {
                        while q > min_pos && text.get(q) != Some(&c) {
                            q -= 1;
                        }
                    }
                    if q > min_pos {
                        stack.push(Bt::Greedy {
                            next,
                            pos: q,
                            min_pos,
                        });
                    }
                    *pc = next;
                    *pos = q;
                    return true;
                }
                Bt::Lazy { rep, pos: p, count } => {
                    if let Inst::RepeatOne { test, max, .. } = &prog.insts[rep] {
                        if count < *max && p < text.len() && test.matches(text[p]) {
                            stack.push(Bt::Lazy {
                                rep,
                                pos: p + 1,
                                count: count + 1,
                            });
                            *pc = rep + 1;
                            *pos = p + 1;
                            return true;
                        }
                    }
                }
                Bt::LazyUntil {
                    reg,
                    pc: until,
                    pos: p,
                    count,
                } => {
                    if let Inst::RepeatUntil { max, body, .. } = &prog.insts[until] {
                        let at_max = (count as u64) >= *max && *max != MAXREPEAT;
                        if !at_max && self.lasts[reg] != p {
                            self.set_reg(stack, reg, count, p);
                            *pc = *body;
                            *pos = p;
                            return true;
                        }
                    }
                }
            }
        }
        false
    }
}

/// How a pattern is applied at a position.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Search,
    Match,
    FullMatch,
}

/// The raw result of a successful match.
struct Captures {
    spans: Vec<Option<(usize, usize)>>,
    lastindex: Option<usize>,
}

impl Captures {
    fn span(&self) -> (usize, usize) {
        self.spans[0].unwrap_or((0, 0))
    }
}

impl Program {
    /// A test every match starting at a position must pass on its character.
    fn first_test(&self) -> Option<&CharTest> {
        match self.insts.first() {
            Some(Inst::Test(t)) => Some(t),
            Some(Inst::RepeatOne { test, min, .. }) if *min > 0 => Some(test),
            _ => None,
        }
    }

    /// Applies the program to `chars[..endpos]` from `pos`. With
    /// `must_advance`, an empty match at `pos` itself is rejected (the rule
    /// `findall`/`sub`/`split` use after an empty match).
    fn exec(
        &self,
        chars: &[char],
        pos: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        if pos > endpos {
            return None;
        }
        let text = &chars[..endpos];
        let mut vm = Vm::new(self, text);
        let mut stack = Vec::new();
        let mut found = None;
        match mode {
            Mode::Match | Mode::FullMatch => {
                let ctx = Ctx {
                    must_end: if mode == Mode::FullMatch {
                        Some(endpos)
                    } else {
                        None
                    },
                    forbid_empty_at: None,
                };
                if let Some(end) = vm.run(0, pos, ctx, &mut stack) {
                    found = Some((pos, end));
                }
            }
            Mode::Search => {
                let first = self.first_test();
                let mut start = pos;
                loop {
                    let skip = match first {
                        Some(t) => start >= endpos || !t.matches(text[start]),
                        None => false,
                    };
                    if !skip {
                        let ctx = Ctx {
                            must_end: None,
                            forbid_empty_at: if must_advance && start == pos {
                                Some(pos)
                            } else {
                                None
                            },
                        };
                        stack.clear();
                        if let Some(end) = vm.run(0, start, ctx, &mut stack) {
                            found = Some((start, end));
                            break;
                        }
                    }
                    if self.anchored || start >= endpos {
                        break;
                    }
                    start += 1;
                }
            }
        }
        let (start, end) = found?;
        vm.slots[0] = start;
        vm.slots[1] = end;
        let spans = (0..self.nslots / 2).map(|g| vm.group_span(g)).collect();
        let lastindex = if vm.lastindex == NONE {
            None
        } else {
            Some(vm.lastindex)
        };
        Some(Captures { spans, lastindex })
    }
}

// ===========================================================================
// Replacement templates (`re._parser.parse_template`)
// ===========================================================================

enum Piece {
    Literal(String),
    Group(usize),
}

struct Template(Vec<Piece>);

impl Template {
    fn parse(repl: &str, regex: &RegexInner) -> PyResult<Template> {
        let src: Vec<char> = repl.chars().collect();
        let mut s = Tokenizer::new(&src)?;
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let add_group = |s: &Tokenizer,
                         pieces: &mut Vec<Piece>,
                         literal: &mut String,
                         index: usize,
                         off: usize| {
            if index > regex.groups {
                return Err(s.error(&format!("invalid group reference {}", index), off));
            }
            if !literal.is_empty() {
                pieces.push(Piece::Literal(std::mem::take(literal)));
            }
            pieces.push(Piece::Group(index));
            Ok(())
        };
        loop {
            let this = match s.get()? {
                None => break,
                Some(t) => t,
            };
            let c = match this {
                Tok::Ch(c) => {
                    literal.push(c);
                    continue;
                }
                Tok::Esc(c) => c,
            };
            match c {
                'g' => {
                    if !s.matches('<')? {
                        return Err(s.error("missing <", 0));
                    }
                    let name = s.getuntil('>', "group name")?;
                    let off = name.chars().count() + 1;
                    let index = if is_identifier(&name) {
                        match regex.group_index(&name) {
                            Some(g) => g,
                            None => {
                                let msg = format!("unknown group name {}", str_repr(&name));
                                return Err(PyErr::index_error(msg));
                            }
                        }
                    } else {
                        let g = match parse_group_number(&name) {
                            Some(g) => g,
                            None => {
                                let msg =
                                    format!("bad character in group name {}", str_repr(&name));
                                return Err(s.error(&msg, off));
                            }
                        };
                        if g >= MAXGROUPS {
                            return Err(s.error(&format!("invalid group reference {}", g), off));
                        }
                        g
                    };
                    add_group(&s, &mut pieces, &mut literal, index, off)?;
                }
                '0' => {
                    let digits = format!("0{}", s.getwhile(2, is_octdigit)?);
                    let value = u32::from_str_radix(&digits, 8).unwrap_or(0) & 0xff;
                    literal.push(std::char::from_u32(value).unwrap_or('\0'));
                }
                '1'..='9' => {
                    let mut digits = c.to_string();
                    if s.next_is(is_digit) {
                        if let Some(Tok::Ch(d)) = s.get()? {
                            digits.push(d);
                            if is_octdigit(c) && is_octdigit(d) && s.next_is(is_octdigit) {
                                if let Some(Tok::Ch(e)) = s.get()? {
                                    digits.push(e);
                                }
                                let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
                                if value > 0o377 {
                                    let msg = format!(
                                        "octal escape value \\{} outside of range 0-0o377",
                                        digits
                                    );
                                    return Err(s.error(&msg, digits.len() + 1));
                                }
                                literal.push(std::char::from_u32(value).unwrap_or('\0'));
                                continue;
                            }
                        }
                    }
                    let index: usize = digits.parse().unwrap_or(0);
                    add_group(&s, &mut pieces, &mut literal, index, digits.len())?;
                }
                'a' => literal.push('\x07'),
                'b' => literal.push('\x08'),
                'f' => literal.push('\x0c'),
                'n' => literal.push('\n'),
                'r' => literal.push('\r'),
                't' => literal.push('\t'),
                'v' => literal.push('\x0b'),
                '\\' => literal.push('\\'),
                c if c.is_ascii_alphabetic() => {
                    return Err(s.error(&format!("bad escape \\{}", c), 2));
                }
                c => {
                    literal.push('\\');
                    literal.push(c);
                }
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Ok(Template(pieces))
    }

    fn expand(&self, m: &Match) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Literal(s) => out.push_str(s),
                Piece::Group(g) => {
                    if let Some(Some((s, e))) = m.spans.get(*g) {
                        out.extend(m.text[*s..*e].iter());
                    }
                }
            }
        }
        out
    }
}

// ===========================================================================
// Regex (re.Pattern)
// ===========================================================================

struct RegexInner {
    pattern: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    prog: Program,
}

impl RegexInner {
    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
}

/// A compiled pattern (`re.Pattern`). Cloning shares it.
#[derive(Clone)]
pub struct Regex(Rc<RegexInner>);

/// Python's clamping of `pos`/`endpos` arguments to `[0, len]`.
fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        0
    } else {
        (i as u64).min(len as u64) as usize
    }
}

impl Regex {
    /// `re.compile(pattern, flags)` (uncached; see `re_compile` for the cached one).
    pub fn compile(pattern: &str, flags: i64) -> PyResult<Regex> {
        let src: Vec<char> = pattern.chars().collect();
        let parsed = Parser::parse(&src, flags)?;
        let prog = Compiler::compile(&parsed)?;
        Ok(Regex(Rc::new(RegexInner {
            pattern: pattern.to_string(),
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            prog,
        })))
    }

    /// `p.pattern`.
    pub fn pattern(&self) -> String {
        self.0.pattern.clone()
    }

    /// `p.flags`: the given flags plus inline global flags and `re.UNICODE`.
    pub fn flags(&self) -> i64 {
        self.0.flags
    }

    /// `p.groups`: the number of capturing groups.
    pub fn groups(&self) -> i64 {
        self.0.groups as i64
    }

    /// The number of the group called `name`.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.0.group_index(name)
    }

    /// `p.groupindex`.
    pub fn groupindex(&self) -> Dict<String, i64> {
        Dict::from_pairs(
            self.0
                .names
                .iter()
                .map(|(n, g)| (n.clone(), *g as i64))
                .collect(),
        )
    }

    fn make_match(&self, text: &Rc<Vec<char>>, caps: Captures, pos: usize, endpos: usize) -> Match {
        Match {
            text: Rc::clone(text),
            spans: caps.spans,
            regex: self.clone(),
            pos,
            endpos,
            lastindex: caps.lastindex,
        }
    }

    fn run_at(&self, text: &str, pos: i64, endpos: i64, mode: Mode) -> Option<Match> {
        let chars: Rc<Vec<char>> = Rc::new(text.chars().collect());
        let endpos = clamp_index(endpos, chars.len());
        let pos = clamp_index(pos, chars.len());
        let caps = self.0.prog.exec(&chars, pos, endpos, mode, false)?;
        Some(self.make_match(&chars, caps, pos, endpos))
    }

    /// `p.search(text)`.
    pub fn search(&self, text: &str) -> Option<Match> {
        self.run_at(text, 0, i64::MAX, Mode::Search)
    }

    /// `p.search(text, pos, endpos)` (pass `i64::MAX` for no endpos).
    pub fn search_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match> {
        self.run_at(text, pos, endpos, Mode::Search)
    }

    /// `p.match(text)`: anchored at the start.
    pub fn match_(&self, text: &str) -> Option<Match> {
        self.run_at(text, 0, i64::MAX, Mode::Match)
    }

    /// `p.match(text, pos, endpos)`.
    pub fn match_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match> {
        self.run_at(text, pos, endpos, Mode::Match)
    }

    /// `p.fullmatch(text)`.
    pub fn fullmatch(&self, text: &str) -> Option<Match> {
        self.run_at(text, 0, i64::MAX, Mode::FullMatch)
    }

    /// `p.fullmatch(text, pos, endpos)`.
    pub fn fullmatch_pos(&self, text: &str, pos: i64, endpos: i64) -> Option<Match> {
        self.run_at(text, pos, endpos, Mode::FullMatch)
    }

    /// Calls `f` for every successive non-overlapping match (CPython's
    /// iteration: after an empty match the next one may not be empty at the
    /// same position). Stops early when `f` returns `Ok(false)`.
    fn each_match<F>(&self, chars: &[char], mut f: F) -> PyResult<()>
    where
        F: FnMut(Captures) -> PyResult<bool>,
    {
        let mut pos = 0;
        let mut must_advance = false;
        while let Some(caps) = self
            .0
            .prog
            .exec(chars, pos, chars.len(), Mode::Search, must_advance)
        {
            let (start, end) = caps.span();
            if !f(caps)? {
                break;
            }
            must_advance = start == end;
            pos = end;
        }
        Ok(())
    }

    fn slice(chars: &[char], span: Option<(usize, usize)>) -> String {
        match span {
            Some((s, e)) => chars[s..e].iter().collect(),
            None => String::new(),
        }
    }

    /// `p.findall(text)` for patterns with at most one group: the whole
    /// match (no group) or group 1 (`""` when it did not participate). With
    /// two or more groups this returns group 1 only: use `findall_groups`.
    pub fn findall(&self, text: &str) -> List<String> {
        let chars: Vec<char> = text.chars().collect();
        let g = if self.0.groups == 0 { 0 } else { 1 };
        let mut out = Vec::new();
        let _ = self.each_match(&chars, |caps| {
            out.push(Regex::slice(&chars, caps.spans[g]));
            Ok(true)
        });
        List::from_vec(out)
    }

    /// `p.findall(text)` for patterns with groups: one list per match with
    /// groups 1..n (`""` for groups that did not participate), as the
    /// tuples Python returns. Without groups each list holds the match.
    pub fn findall_groups(&self, text: &str) -> List<List<String>> {
        let chars: Vec<char> = text.chars().collect();
        let groups = self.0.groups;
        let mut out = Vec::new();
        let _ = self.each_match(&chars, |caps| {
            let row: Vec<String> = if groups == 0 {
                vec![Regex::slice(&chars, caps.spans[0])]
            } else {
                (1..=groups)
                    .map(|g| Regex::slice(&chars, caps.spans[g]))
                    .collect()
            };
            out.push(List::from_vec(row));
            Ok(true)
        });
        List::from_vec(out)
    }

    /// `list(p.finditer(text))`.
    pub fn finditer(&self, text: &str) -> List<Match> {
        let chars: Rc<Vec<char>> = Rc::new(text.chars().collect());
        let len = chars.len();
        let mut out = Vec::new();
        let _ = self.each_match(&chars, |caps| {
            out.push(self.make_match(&chars, caps, 0, len));
            Ok(true)
        });
        List::from_vec(out)
    }

    /// `p.subn(f, text, count)` with a replacement function.
    pub fn subn_fn<F>(&self, mut f: F, text: &str, count: i64) -> PyResult<(String, i64)>
    where
        F: FnMut(&Match) -> PyResult<String>,
    {
        let chars: Rc<Vec<char>> = Rc::new(text.chars().collect());
        let len = chars.len();
        let mut out = String::new();
        let mut copied = 0;
        let mut n = 0i64;
        if count >= 0 {
            self.each_match(&chars, |caps| {
                let (start, end) = caps.span();
                out.extend(chars[copied..start].iter());
                let m = self.make_match(&chars, caps, 0, len);
                out.push_str(&f(&m)?);
                copied = end;
                n += 1;
                Ok(count == 0 || n < count)
            })?;
        }
        out.extend(chars[copied..].iter());
        Ok((out, n))
    }

    /// `p.sub(f, text, count)` with a replacement function.
    pub fn sub_fn<F>(&self, f: F, text: &str, count: i64) -> PyResult<String>
    where
        F: FnMut(&Match) -> PyResult<String>,
    {
        self.subn_fn(f, text, count).map(|(s, _)| s)
    }

    /// `p.subn(repl, text, count)`; `repl` uses Python's template syntax
    /// (`\1`, `\g<1>`, `\g<name>`, `\n`, ...).
    pub fn subn(&self, repl: &str, text: &str, count: i64) -> PyResult<(String, i64)> {
        let template = Template::parse(repl, &self.0)?;
        self.subn_fn(|m| Ok(template.expand(m)), text, count)
    }

    /// `p.sub(repl, text, count)` (count 0 = all).
    pub fn sub(&self, repl: &str, text: &str, count: i64) -> PyResult<String> {
        self.subn(repl, text, count).map(|(s, _)| s)
    }

    /// `p.split(text, maxsplit)` keeping `None` for groups that did not
    /// participate.
    pub fn split_opt(&self, text: &str, maxsplit: i64) -> List<Option<String>> {
        let chars: Vec<char> = text.chars().collect();
        let groups = self.0.groups;
        let mut out = Vec::new();
        let mut last = 0;
        let mut n = 0i64;
        if maxsplit >= 0 {
            let _ = self.each_match(&chars, |caps| {
                let (start, end) = caps.span();
                out.push(Some(chars[last..start].iter().collect()));
                for g in 1..=groups {
                    out.push(caps.spans[g].map(|(s, e)| chars[s..e].iter().collect()));
                }
                last = end;
                n += 1;
                Ok(maxsplit == 0 || n < maxsplit)
            });
        }
        out.push(Some(chars[last..].iter().collect()));
        List::from_vec(out)
    }

    /// `p.split(text, maxsplit)` (0 = no limit); groups that did not
    /// participate give `""` where Python gives `None` (see `split_opt`).
    pub fn split(&self, text: &str, maxsplit: i64) -> List<String> {
        let parts = self.split_opt(text, maxsplit).to_vec();
        List::from_vec(parts.into_iter().map(|p| p.unwrap_or_default()).collect())
    }
}

impl PyRepr for Regex {
    /// `re.compile('a+', re.IGNORECASE)`
    fn py_repr(&self) -> String {
        let pattern: String = str_repr(&self.0.pattern).chars().take(200).collect();
        let mut flags = self.0.flags;
        if flags & TYPE_FLAGS == RE_UNICODE {
            flags &= !RE_UNICODE;
        }
        if flags == 0 {
            return format!("re.compile({})", pattern);
        }
        let names: [(&str, i64); 9] = [
            ("re.TEMPLATE", FLAG_TEMPLATE),
            ("re.IGNORECASE", RE_IGNORECASE),
            ("re.LOCALE", RE_LOCALE),
            ("re.MULTILINE", RE_MULTILINE),
            ("re.DOTALL", RE_DOTALL),
            ("re.UNICODE", RE_UNICODE),
            ("re.VERBOSE", RE_VERBOSE),
            ("re.DEBUG", RE_DEBUG),
            ("re.ASCII", RE_ASCII),
        ];
        let mut parts = Vec::new();
        for &(name, bit) in names.iter() {
            if flags & bit != 0 {
                parts.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            parts.push(format!("0x{:x}", flags));
        }
        format!("re.compile({}, {})", pattern, parts.join("|"))
    }
}

// ===========================================================================
// Match (re.Match)
// ===========================================================================

/// A successful match (`re.Match`).
#[derive(Clone)]
pub struct Match {
    text: Rc<Vec<char>>,
    spans: Vec<Option<(usize, usize)>>,
    regex: Regex,
    pos: usize,
    endpos: usize,
    lastindex: Option<usize>,
}

impl Match {
    fn span_at(&self, i: i64) -> PyResult<Option<(usize, usize)>> {
        if i < 0 || i as u64 >= self.spans.len() as u64 {
            return Err(PyErr::index_error("no such group"));
        }
        Ok(self.spans[i as usize])
    }

    fn index_of(&self, name: &str) -> PyResult<i64> {
        match self.regex.group_index(name) {
            Some(g) => Ok(g as i64),
            None => Err(PyErr::index_error("no such group")),
        }
    }

    fn text_of(&self, span: Option<(usize, usize)>) -> Option<String> {
        span.map(|(s, e)| self.text[s..e].iter().collect())
    }

    /// `m.group(i)`: `None` when the group did not participate.
    pub fn group(&self, i: i64) -> PyResult<Option<String>> {
        Ok(self.text_of(self.span_at(i)?))
    }

    /// `m.group()` / `m.group(0)`.
    pub fn group0(&self) -> String {
        self.text_of(self.spans[0]).unwrap_or_default()
    }

    /// `m.group('name')`.
    pub fn group_named(&self, name: &str) -> PyResult<Option<String>> {
        self.group(self.index_of(name)?)
    }

    /// `m.groups()`.
    pub fn groups(&self) -> List<Option<String>> {
        List::from_vec(self.spans[1..].iter().map(|&s| self.text_of(s)).collect())
    }

    /// `m.groups(default)`.
    pub fn groups_default(&self, default: &str) -> List<String> {
        List::from_vec(
            self.spans[1..]
                .iter()
                .map(|&s| self.text_of(s).unwrap_or_else(|| default.to_string()))
                .collect(),
        )
    }

    /// `m.groupdict()`.
    pub fn groupdict(&self) -> Dict<String, Option<String>> {
        let names = &self.regex.0.names;
        Dict::from_pairs(
            names
                .iter()
                .map(|(n, g)| (n.clone(), self.text_of(self.spans[*g])))
                .collect(),
        )
    }

    /// `m.start(i)` (-1 when the group did not participate).
    pub fn start(&self, i: i64) -> PyResult<i64> {
        Ok(self.span(i)?.0)
    }

    /// `m.end(i)` (-1 when the group did not participate).
    pub fn end(&self, i: i64) -> PyResult<i64> {
        Ok(self.span(i)?.1)
    }

    /// `m.span(i)` (`(-1, -1)` when the group did not participate).
    pub fn span(&self, i: i64) -> PyResult<(i64, i64)> {
        Ok(match self.span_at(i)? {
            Some((s, e)) => (s as i64, e as i64),
            None => (-1, -1),
        })
    }

    /// `m.start()`.
    pub fn start0(&self) -> i64 {
        self.span0().0
    }

    /// `m.end()`.
    pub fn end0(&self) -> i64 {
        self.span0().1
    }

    /// `m.span()`.
    pub fn span0(&self) -> (i64, i64) {
        let (s, e) = self.spans[0].unwrap_or((0, 0));
        (s as i64, e as i64)
    }

    /// `m.start('name')`.
    pub fn start_named(&self, name: &str) -> PyResult<i64> {
        self.start(self.index_of(name)?)
    }

    /// `m.end('name')`.
    pub fn end_named(&self, name: &str) -> PyResult<i64> {
        self.end(self.index_of(name)?)
    }

    /// `m.span('name')`.
    pub fn span_named(&self, name: &str) -> PyResult<(i64, i64)> {
        self.span(self.index_of(name)?)
    }

    /// `m.string`.
    pub fn string(&self) -> String {
        self.text.iter().collect()
    }

    /// `m.pos`.
    pub fn pos(&self) -> i64 {
        self.pos as i64
    }

    /// `m.endpos`.
    pub fn endpos(&self) -> i64 {
        self.endpos as i64
    }

    /// `m.lastindex`.
    pub fn lastindex(&self) -> Option<i64> {
        self.lastindex.map(|g| g as i64)
    }

    /// `m.lastgroup`.
    pub fn lastgroup(&self) -> Option<String> {
        let g = self.lastindex?;
        self.regex
            .0
            .names
            .iter()
            .find(|&&(_, i)| i == g)
            .map(|(n, _)| n.clone())
    }

    /// `m.expand(template)`.
    pub fn expand(&self, template: &str) -> PyResult<String> {
        Ok(Template::parse(template, &self.regex.0)?.expand(self))
    }

    /// `m.re`.
    pub fn re(&self) -> Regex {
        self.regex.clone()
    }
}

impl PyRepr for Match {
    /// `<re.Match object; span=(0, 3), match='abc'>` (the repr of the
    /// matched text is cut to 50 characters, as CPython's `%.50R`).
    fn py_repr(&self) -> String {
        let (s, e) = self.span0();
        let text: String = str_repr(&self.group0()).chars().take(50).collect();
        format!("<re.Match object; span=({}, {}), match={}>", s, e, text)
    }
}

impl PyTruthy for Match {
    fn py_bool(&self) -> bool {
        true
    }
}

impl std::fmt::Debug for Match {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.py_repr())
    }
}

impl std::fmt::Debug for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.py_repr())
    }
}

// ===========================================================================
// Module-level functions (with a per-thread compile cache)
// ===========================================================================

const CACHE_MAX: usize = 512;

thread_local! {
    static CACHE: RefCell<HashMap<String, Vec<(i64, Regex)>>> = RefCell::new(HashMap::new());
}

/// `re.compile(pattern, flags)`, cached: returns a shared handle.
pub fn re_compile(pattern: &str, flags: i64) -> PyResult<Regex> {
    let hit = CACHE.with(|c| {
        c.borrow()
            .get(pattern)
            .and_then(|v| v.iter().find(|(f, _)| *f == flags).map(|(_, r)| r.clone()))
    });
    if let Some(r) = hit {
        return Ok(r);
    }
    let regex = Regex::compile(pattern, flags)?;
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        let size: usize = cache.values().map(|v| v.len()).sum();
        if size >= CACHE_MAX {
            cache.clear();
        }
        cache
            .entry(pattern.to_string())
            .or_insert_with(Vec::new)
            .push((flags, regex.clone()));
    });
    Ok(regex)
}

/// `re.purge()`: empties the compile cache.
pub fn re_purge() {
    CACHE.with(|c| c.borrow_mut().clear());
}

/// `re.search(pattern, text, flags)`.
pub fn re_search(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>> {
    Ok(re_compile(pattern, flags)?.search(text))
}

/// `re.match(pattern, text, flags)`.
pub fn re_match(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>> {
    Ok(re_compile(pattern, flags)?.match_(text))
}

/// `re.fullmatch(pattern, text, flags)`.
pub fn re_fullmatch(pattern: &str, text: &str, flags: i64) -> PyResult<Option<Match>> {
    Ok(re_compile(pattern, flags)?.fullmatch(text))
}

/// `re.findall(pattern, text, flags)` for patterns with at most one group.
pub fn re_findall(pattern: &str, text: &str, flags: i64) -> PyResult<List<String>> {
    Ok(re_compile(pattern, flags)?.findall(text))
}

/// `re.findall(pattern, text, flags)` for patterns with groups (tuples).
pub fn re_findall_groups(pattern: &str, text: &str, flags: i64) -> PyResult<List<List<String>>> {
    Ok(re_compile(pattern, flags)?.findall_groups(text))
}

/// `list(re.finditer(pattern, text, flags))`.
pub fn re_finditer(pattern: &str, text: &str, flags: i64) -> PyResult<List<Match>> {
    Ok(re_compile(pattern, flags)?.finditer(text))
}

/// `re.sub(pattern, repl, text, count, flags)`.
pub fn re_sub(pattern: &str, repl: &str, text: &str, count: i64, flags: i64) -> PyResult<String> {
    re_compile(pattern, flags)?.sub(repl, text, count)
}

/// `re.subn(pattern, repl, text, count, flags)`.
pub fn re_subn(
    pattern: &str,
    repl: &str,
    text: &str,
    count: i64,
    flags: i64,
) -> PyResult<(String, i64)> {
    re_compile(pattern, flags)?.subn(repl, text, count)
}

/// `re.sub(pattern, f, text, count, flags)` with a replacement function.
pub fn re_sub_fn<F>(pattern: &str, f: F, text: &str, count: i64, flags: i64) -> PyResult<String>
where
    F: FnMut(&Match) -> PyResult<String>,
{
    re_compile(pattern, flags)?.sub_fn(f, text, count)
}

/// `re.subn(pattern, f, text, count, flags)` with a replacement function.
pub fn re_subn_fn<F>(
    pattern: &str,
    f: F,
    text: &str,
    count: i64,
    flags: i64,
) -> PyResult<(String, i64)>
where
    F: FnMut(&Match) -> PyResult<String>,
{
    re_compile(pattern, flags)?.subn_fn(f, text, count)
}

/// `re.split(pattern, text, maxsplit, flags)`; unmatched groups give `""`.
pub fn re_split(pattern: &str, text: &str, maxsplit: i64, flags: i64) -> PyResult<List<String>> {
    Ok(re_compile(pattern, flags)?.split(text, maxsplit))
}

/// `re.split(pattern, text, maxsplit, flags)` with `None` for unmatched groups.
pub fn re_split_opt(
    pattern: &str,
    text: &str,
    maxsplit: i64,
    flags: i64,
) -> PyResult<List<Option<String>>> {
    Ok(re_compile(pattern, flags)?.split_opt(text, maxsplit))
}

/// `re.escape(s)` (Python 3.7+: only regex-special characters are escaped).
pub fn re_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

// ===========================================================================
// Unicode tables (generated from CPython 3.11, Unicode 14.0)
// ===========================================================================

/// Code points with `str.isdecimal()` in CPython 3.11 (Unicode 14.0): `\d`.
#[rustfmt::skip]
static DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F), (0x9E6, 0x9EF),
    (0xA66, 0xA6F), (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF),
    (0xD66, 0xD6F), (0xDE6, 0xDEF), (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29),
    (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9), (0x1810, 0x1819), (0x1946, 0x194F),
    (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1B50, 0x1B59), (0x1BB0, 0x1BB9),
    (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629), (0xA8D0, 0xA8D9), (0xA900, 0xA909),
    (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9), (0xFF10, 0xFF19),
    (0x104A0, 0x104A9), (0x10D30, 0x10D39), (0x11066, 0x1106F), (0x110F0, 0x110F9),
    (0x11136, 0x1113F), (0x111D0, 0x111D9), (0x112F0, 0x112F9), (0x11450, 0x11459),
    (0x114D0, 0x114D9), (0x11650, 0x11659), (0x116C0, 0x116C9), (0x11730, 0x11739),
    (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59), (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9), (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9), (0x1E950, 0x1E959),
    (0x1FBF0, 0x1FBF9),
];
/// Code points with `str.isalnum()` in CPython 3.11 (Unicode 14.0): `\w` minus `_`.
#[rustfmt::skip]
static ALNUM: &[(u32, u32)] = &[
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xB2, 0xB3), (0xB5, 0xB5),
    (0xB9, 0xBA), (0xBC, 0xBE), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1),
    (0x2E0, 0x2E4), (0x2EC, 0x2EC), (0x2EE, 0x2EE), (0x370, 0x374), (0x376, 0x377), (0x37A, 0x37D),
    (0x37F, 0x37F), (0x386, 0x386), (0x388, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1), (0x3A3, 0x3F5),
    (0x3F7, 0x481), (0x48A, 0x52F), (0x531, 0x556), (0x559, 0x559), (0x560, 0x588), (0x5D0, 0x5EA),
    (0x5EF, 0x5F2), (0x620, 0x64A), (0x660, 0x669), (0x66E, 0x66F), (0x671, 0x6D3), (0x6D5, 0x6D5),
    (0x6E5, 0x6E6), (0x6EE, 0x6FC), (0x6FF, 0x6FF), (0x710, 0x710), (0x712, 0x72F), (0x74D, 0x7A5),
    (0x7B1, 0x7B1), (0x7C0, 0x7EA), (0x7F4, 0x7F5), (0x7FA, 0x7FA), (0x800, 0x815), (0x81A, 0x81A),
    (0x824, 0x824), (0x828, 0x828), (0x840, 0x858), (0x860, 0x86A), (0x870, 0x887), (0x889, 0x88E),
    (0x8A0, 0x8C9), (0x904, 0x939), (0x93D, 0x93D), (0x950, 0x950), (0x958, 0x961), (0x966, 0x96F),
    (0x971, 0x980), (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8), (0x9AA, 0x9B0), (0x9B2, 0x9B2),
    (0x9B6, 0x9B9), (0x9BD, 0x9BD), (0x9CE, 0x9CE), (0x9DC, 0x9DD), (0x9DF, 0x9E1), (0x9E6, 0x9F1),
    (0x9F4, 0x9F9), (0x9FC, 0x9FC), (0xA05, 0xA0A), (0xA0F, 0xA10), (0xA13, 0xA28), (0xA2A, 0xA30),
    (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39), (0xA59, 0xA5C), (0xA5E, 0xA5E), (0xA66, 0xA6F),
    (0xA72, 0xA74), (0xA85, 0xA8D), (0xA8F, 0xA91), (0xA93, 0xAA8), (0xAAA, 0xAB0), (0xAB2, 0xAB3),
    (0xAB5, 0xAB9), (0xABD, 0xABD), (0xAD0, 0xAD0), (0xAE0, 0xAE1), (0xAE6, 0xAEF), (0xAF9, 0xAF9),
    (0xB05, 0xB0C), (0xB0F, 0xB10), (0xB13, 0xB28), (0xB2A, 0xB30), (0xB32, 0xB33), (0xB35, 0xB39),
    (0xB3D, 0xB3D), (0xB5C, 0xB5D), (0xB5F, 0xB61), (0xB66, 0xB6F), (0xB71, 0xB77), (0xB83, 0xB83),
    (0xB85, 0xB8A), (0xB8E, 0xB90), (0xB92, 0xB95), (0xB99, 0xB9A), (0xB9C, 0xB9C), (0xB9E, 0xB9F),
    (0xBA3, 0xBA4), (0xBA8, 0xBAA), (0xBAE, 0xBB9), (0xBD0, 0xBD0), (0xBE6, 0xBF2), (0xC05, 0xC0C),
    (0xC0E, 0xC10), (0xC12, 0xC28), (0xC2A, 0xC39), (0xC3D, 0xC3D), (0xC58, 0xC5A), (0xC5D, 0xC5D),
    (0xC60, 0xC61), (0xC66, 0xC6F), (0xC78, 0xC7E), (0xC80, 0xC80), (0xC85, 0xC8C), (0xC8E, 0xC90),
    (0xC92, 0xCA8), (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBD, 0xCBD), (0xCDD, 0xCDE), (0xCE0, 0xCE1),
    (0xCE6, 0xCEF), (0xCF1, 0xCF2), (0xD04, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD3A), (0xD3D, 0xD3D),
    (0xD4E, 0xD4E), (0xD54, 0xD56), (0xD58, 0xD61), (0xD66, 0xD78), (0xD7A, 0xD7F), (0xD85, 0xD96),
    (0xD9A, 0xDB1), (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6), (0xDE6, 0xDEF), (0xE01, 0xE30),
    (0xE32, 0xE33), (0xE40, 0xE46), (0xE50, 0xE59), (0xE81, 0xE82), (0xE84, 0xE84), (0xE86, 0xE8A),
    (0xE8C, 0xEA3), (0xEA5, 0xEA5), (0xEA7, 0xEB0), (0xEB2, 0xEB3), (0xEBD, 0xEBD), (0xEC0, 0xEC4),
    (0xEC6, 0xEC6), (0xED0, 0xED9), (0xEDC, 0xEDF), (0xF00, 0xF00), (0xF20, 0xF33), (0xF40, 0xF47),
    (0xF49, 0xF6C), (0xF88, 0xF8C), (0x1000, 0x102A), (0x103F, 0x1049), (0x1050, 0x1055),
    (0x105A, 0x105D), (0x1061, 0x1061), (0x1065, 0x1066), (0x106E, 0x1070), (0x1075, 0x1081),
    (0x108E, 0x108E), (0x1090, 0x1099), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD),
    (0x10D0, 0x10FA), (0x10FC, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5),
    (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135A), (0x1369, 0x137C), (0x1380, 0x138F), (0x13A0, 0x13F5),
    (0x13F8, 0x13FD), (0x1401, 0x166C), (0x166F, 0x167F), (0x1681, 0x169A), (0x16A0, 0x16EA),
    (0x16EE, 0x16F8), (0x1700, 0x1711), (0x171F, 0x1731), (0x1740, 0x1751), (0x1760, 0x176C),
    (0x176E, 0x1770), (0x1780, 0x17B3), (0x17D7, 0x17D7), (0x17DC, 0x17DC), (0x17E0, 0x17E9),
    (0x17F0, 0x17F9), (0x1810, 0x1819), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18A8),
    (0x18AA, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1946, 0x196D), (0x1970, 0x1974),
    (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x1A00, 0x1A16), (0x1A20, 0x1A54),
    (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1AA7, 0x1AA7), (0x1B05, 0x1B33), (0x1B45, 0x1B4C),
    (0x1B50, 0x1B59), (0x1B83, 0x1BA0), (0x1BAE, 0x1BE5), (0x1C00, 0x1C23), (0x1C40, 0x1C49),
    (0x1C4D, 0x1C7D), (0x1C80, 0x1C88), (0x1C90, 0x1CBA), (0x1CBD, 0x1CBF), (0x1CE9, 0x1CEC),
    (0x1CEE, 0x1CF3), (0x1CF5, 0x1CF6), (0x1CFA, 0x1CFA), (0x1D00, 0x1DBF), (0x1E00, 0x1F15),
    (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC),
    (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC), (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB),
    (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC), (0x2070, 0x2071), (0x2074, 0x2079),
    (0x207F, 0x2089), (0x2090, 0x209C), (0x2102, 0x2102), (0x2107, 0x2107), (0x210A, 0x2113),
    (0x2115, 0x2115), (0x2119, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128),
    (0x212A, 0x212D), (0x212F, 0x2139), (0x213C, 0x213F), (0x2145, 0x2149), (0x214E, 0x214E),
    (0x2150, 0x2189), (0x2460, 0x249B), (0x24EA, 0x24FF), (0x2776, 0x2793), (0x2C00, 0x2CE4),
    (0x2CEB, 0x2CEE), (0x2CF2, 0x2CF3), (0x2CFD, 0x2CFD), (0x2D00, 0x2D25), (0x2D27, 0x2D27),
    (0x2D2D, 0x2D2D), (0x2D30, 0x2D67), (0x2D6F, 0x2D6F), (0x2D80, 0x2D96), (0x2DA0, 0x2DA6),
    (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE),
    (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE), (0x2E2F, 0x2E2F), (0x3005, 0x3007), (0x3021, 0x3029),
    (0x3031, 0x3035), (0x3038, 0x303C), (0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA),
    (0x30FC, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x3192, 0x3195), (0x31A0, 0x31BF),
    (0x31F0, 0x31FF), (0x3220, 0x3229), (0x3248, 0x324F), (0x3251, 0x325F), (0x3280, 0x3289),
    (0x32B1, 0x32BF), (0x3400, 0x4DBF), (0x4E00, 0xA48C), (0xA4D0, 0xA4FD), (0xA500, 0xA60C),
    (0xA610, 0xA62B), (0xA640, 0xA66E), (0xA67F, 0xA69D), (0xA6A0, 0xA6EF), (0xA717, 0xA71F),
    (0xA722, 0xA788), (0xA78B, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA801), (0xA803, 0xA805), (0xA807, 0xA80A), (0xA80C, 0xA822), (0xA830, 0xA835),
    (0xA840, 0xA873), (0xA882, 0xA8B3), (0xA8D0, 0xA8D9), (0xA8F2, 0xA8F7), (0xA8FB, 0xA8FB),
    (0xA8FD, 0xA8FE), (0xA900, 0xA925), (0xA930, 0xA946), (0xA960, 0xA97C), (0xA984, 0xA9B2),
    (0xA9CF, 0xA9D9), (0xA9E0, 0xA9E4), (0xA9E6, 0xA9FE), (0xAA00, 0xAA28), (0xAA40, 0xAA42),
    (0xAA44, 0xAA4B), (0xAA50, 0xAA59), (0xAA60, 0xAA76), (0xAA7A, 0xAA7A), (0xAA7E, 0xAAAF),
    (0xAAB1, 0xAAB1), (0xAAB5, 0xAAB6), (0xAAB9, 0xAABD), (0xAAC0, 0xAAC0), (0xAAC2, 0xAAC2),
    (0xAADB, 0xAADD), (0xAAE0, 0xAAEA), (0xAAF2, 0xAAF4), (0xAB01, 0xAB06), (0xAB09, 0xAB0E),
    (0xAB11, 0xAB16), (0xAB20, 0xAB26), (0xAB28, 0xAB2E), (0xAB30, 0xAB5A), (0xAB5C, 0xAB69),
    (0xAB70, 0xABE2), (0xABF0, 0xABF9), (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06), (0xFB13, 0xFB17), (0xFB1D, 0xFB1D),
    (0xFB1F, 0xFB28), (0xFB2A, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41),
    (0xFB43, 0xFB44), (0xFB46, 0xFBB1), (0xFBD3, 0xFD3D), (0xFD50, 0xFD8F), (0xFD92, 0xFDC7),
    (0xFDF0, 0xFDFB), (0xFE70, 0xFE74), (0xFE76, 0xFEFC), (0xFF10, 0xFF19), (0xFF21, 0xFF3A),
    (0xFF41, 0xFF5A), (0xFF66, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC), (0x10000, 0x1000B), (0x1000D, 0x10026), (0x10028, 0x1003A),
    (0x1003C, 0x1003D), (0x1003F, 0x1004D), (0x10050, 0x1005D), (0x10080, 0x100FA),
    (0x10107, 0x10133), (0x10140, 0x10178), (0x1018A, 0x1018B), (0x10280, 0x1029C),
    (0x102A0, 0x102D0), (0x102E1, 0x102FB), (0x10300, 0x10323), (0x1032D, 0x1034A),
    (0x10350, 0x10375), (0x10380, 0x1039D), (0x103A0, 0x103C3), (0x103C8, 0x103CF),
    (0x103D1, 0x103D5), (0x10400, 0x1049D), (0x104A0, 0x104A9), (0x104B0, 0x104D3),
    (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057A),
    (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1),
    (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x10600, 0x10736),
    (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0),
    (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835),
    (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855), (0x10858, 0x10876),
    (0x10879, 0x1089E), (0x108A7, 0x108AF), (0x108E0, 0x108F2), (0x108F4, 0x108F5),
    (0x108FB, 0x1091B), (0x10920, 0x10939), (0x10980, 0x109B7), (0x109BC, 0x109CF),
    (0x109D2, 0x10A00), (0x10A10, 0x10A13), (0x10A15, 0x10A17), (0x10A19, 0x10A35),
    (0x10A40, 0x10A48), (0x10A60, 0x10A7E), (0x10A80, 0x10A9F), (0x10AC0, 0x10AC7),
    (0x10AC9, 0x10AE4), (0x10AEB, 0x10AEF), (0x10B00, 0x10B35), (0x10B40, 0x10B55),
    (0x10B58, 0x10B72), (0x10B78, 0x10B91), (0x10BA9, 0x10BAF), (0x10C00, 0x10C48),
    (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2), (0x10CFA, 0x10D23), (0x10D30, 0x10D39),
    (0x10E60, 0x10E7E), (0x10E80, 0x10EA9), (0x10EB0, 0x10EB1), (0x10F00, 0x10F27),
    (0x10F30, 0x10F45), (0x10F51, 0x10F54), (0x10F70, 0x10F81), (0x10FB0, 0x10FCB),
    (0x10FE0, 0x10FF6), (0x11003, 0x11037), (0x11052, 0x1106F), (0x11071, 0x11072),
    (0x11075, 0x11075), (0x11083, 0x110AF), (0x110D0, 0x110E8), (0x110F0, 0x110F9),
    (0x11103, 0x11126), (0x11136, 0x1113F), (0x11144, 0x11144), (0x11147, 0x11147),
    (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111B2), (0x111C1, 0x111C4),
    (0x111D0, 0x111DA), (0x111DC, 0x111DC), (0x111E1, 0x111F4), (0x11200, 0x11211),
    (0x11213, 0x1122B), (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D),
    (0x1128F, 0x1129D), (0x1129F, 0x112A8), (0x112B0, 0x112DE), (0x112F0, 0x112F9),
    (0x11305, 0x1130C), (0x1130F, 0x11310), (0x11313, 0x11328), (0x1132A, 0x11330),
    (0x11332, 0x11333), (0x11335, 0x11339), (0x1133D, 0x1133D), (0x11350, 0x11350),
    (0x1135D, 0x11361), (0x11400, 0x11434), (0x11447, 0x1144A), (0x11450, 0x11459),
    (0x1145F, 0x11461), (0x11480, 0x114AF), (0x114C4, 0x114C5), (0x114C7, 0x114C7),
    (0x114D0, 0x114D9), (0x11580, 0x115AE), (0x115D8, 0x115DB), (0x11600, 0x1162F),
    (0x11644, 0x11644), (0x11650, 0x11659), (0x11680, 0x116AA), (0x116B8, 0x116B8),
    (0x116C0, 0x116C9), (0x11700, 0x1171A), (0x11730, 0x1173B), (0x11740, 0x11746),
    (0x11800, 0x1182B), (0x118A0, 0x118F2), (0x118FF, 0x11906), (0x11909, 0x11909),
    (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192F), (0x1193F, 0x1193F),
    (0x11941, 0x11941), (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D0),
    (0x119E1, 0x119E1), (0x119E3, 0x119E3), (0x11A00, 0x11A00), (0x11A0B, 0x11A32),
    (0x11A3A, 0x11A3A), (0x11A50, 0x11A50), (0x11A5C, 0x11A89), (0x11A9D, 0x11A9D),
    (0x11AB0, 0x11AF8), (0x11C00, 0x11C08), (0x11C0A, 0x11C2E), (0x11C40, 0x11C40),
    (0x11C50, 0x11C6C), (0x11C72, 0x11C8F), (0x11D00, 0x11D06), (0x11D08, 0x11D09),
    (0x11D0B, 0x11D30), (0x11D46, 0x11D46), (0x11D50, 0x11D59), (0x11D60, 0x11D65),
    (0x11D67, 0x11D68), (0x11D6A, 0x11D89), (0x11D98, 0x11D98), (0x11DA0, 0x11DA9),
    (0x11EE0, 0x11EF2), (0x11FB0, 0x11FB0), (0x11FC0, 0x11FD4), (0x12000, 0x12399),
    (0x12400, 0x1246E), (0x12480, 0x12543), (0x12F90, 0x12FF0), (0x13000, 0x1342E),
    (0x14400, 0x14646), (0x16800, 0x16A38), (0x16A40, 0x16A5E), (0x16A60, 0x16A69),
    (0x16A70, 0x16ABE), (0x16AC0, 0x16AC9), (0x16AD0, 0x16AED), (0x16B00, 0x16B2F),
    (0x16B40, 0x16B43), (0x16B50, 0x16B59), (0x16B5B, 0x16B61), (0x16B63, 0x16B77),
    (0x16B7D, 0x16B8F), (0x16E40, 0x16E96), (0x16F00, 0x16F4A), (0x16F50, 0x16F50),
    (0x16F93, 0x16F9F), (0x16FE0, 0x16FE1), (0x16FE3, 0x16FE3), (0x17000, 0x187F7),
    (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B150, 0x1B152), (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88),
    (0x1BC90, 0x1BC99), (0x1D2E0, 0x1D2F3), (0x1D360, 0x1D378), (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6),
    (0x1D4A9, 0x1D4AC), (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3),
    (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C),
    (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546),
    (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0), (0x1D6C2, 0x1D6DA),
    (0x1D6DC, 0x1D6FA), (0x1D6FC, 0x1D714), (0x1D716, 0x1D734), (0x1D736, 0x1D74E),
    (0x1D750, 0x1D76E), (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8), (0x1D7AA, 0x1D7C2),
    (0x1D7C4, 0x1D7CB), (0x1D7CE, 0x1D7FF), (0x1DF00, 0x1DF1E), (0x1E100, 0x1E12C),
    (0x1E137, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14E), (0x1E290, 0x1E2AD),
    (0x1E2C0, 0x1E2EB), (0x1E2F0, 0x1E2F9), (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8C7, 0x1E8CF),
    (0x1E900, 0x1E943), (0x1E94B, 0x1E94B), (0x1E950, 0x1E959), (0x1EC71, 0x1ECAB),
    (0x1ECAD, 0x1ECAF), (0x1ECB1, 0x1ECB4), (0x1ED01, 0x1ED2D), (0x1ED2F, 0x1ED3D),
    (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22), (0x1EE24, 0x1EE24),
    (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37), (0x1EE39, 0x1EE39),
    (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47), (0x1EE49, 0x1EE49),
    (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52), (0x1EE54, 0x1EE54),
    (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B), (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64), (0x1EE67, 0x1EE6A),
    (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C), (0x1EE7E, 0x1EE7E),
    (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3), (0x1EEA5, 0x1EEA9),
    (0x1EEAB, 0x1EEBB), (0x1F100, 0x1F10C), (0x1FBF0, 0x1FBF9), (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
];

// ===========================================================================
// Tests (expected values recorded from CPython 3.11)
// ===========================================================================

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        pat: &'static str,
        flags: i64,
        text: &'static str,
        repl: &'static str,
        search: &'static str,
        mat: &'static str,
        full: &'static str,
        findall: &'static str,
        sub: &'static str,
        split: &'static str,
    }

    fn opt_repr(s: &Option<String>) -> String {
        match s {
            Some(s) => str_repr(s),
            None => "None".to_string(),
        }
    }

    fn tuple_repr(items: &[String]) -> String {
        if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        }
    }

    fn list_repr(items: &[String]) -> String {
        format!("[{}]", items.join(", "))
    }

    fn err_repr(e: &PyErr) -> String {
        format!("{}: {}", e.kind, e.msg)
    }

    /// `"%r %r" % (m.span(), m.groups())`, or `None`.
    fn match_repr(m: &Option<Match>) -> String {
        match m {
            None => "None".to_string(),
            Some(m) => {
                let (s, e) = m.span0();
                let groups: Vec<String> = m.groups().to_vec().iter().map(opt_repr).collect();
                format!("({}, {}) {}", s, e, tuple_repr(&groups))
            }
        }
    }

    fn findall_repr(r: &Regex, text: &str) -> String {
        if r.groups() <= 1 {
            let items: Vec<String> = r
                .findall(text)
                .to_vec()
                .iter()
                .map(|s| str_repr(s))
                .collect();
            list_repr(&items)
        } else {
            let rows: Vec<String> = r
                .findall_groups(text)
                .to_vec()
                .iter()
                .map(|row| {
                    let items: Vec<String> = row.to_vec().iter().map(|s| str_repr(s)).collect();
                    tuple_repr(&items)
                })
                .collect();
            list_repr(&rows)
        }
    }

    fn split_repr(r: &Regex, text: &str) -> String {
        let items: Vec<String> = r.split_opt(text, 0).to_vec().iter().map(opt_repr).collect();
        list_repr(&items)
    }

    fn sub_repr(result: PyResult<String>) -> String {
        match result {
            Ok(s) => str_repr(&s),
            Err(e) => err_repr(&e),
        }
    }

    #[test]
    fn cpython_case_table() {
        let mut failures = Vec::new();
        for c in CASES {
            let r = match Regex::compile(c.pat, c.flags) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!("{:?}: compile failed: {}", c.pat, e));
                    continue;
                }
            };
            let got = [
                ("search", match_repr(&r.search(c.text)), c.search),
                ("match", match_repr(&r.match_(c.text)), c.mat),
                ("fullmatch", match_repr(&r.fullmatch(c.text)), c.full),
                ("findall", findall_repr(&r, c.text), c.findall),
                ("sub", sub_repr(r.sub(c.repl, c.text, 0)), c.sub),
                ("split", split_repr(&r, c.text), c.split),
            ];
            for (what, actual, expected) in got.iter() {
                if actual != expected {
                    failures.push(format!(
                        "{:?} flags={} text={:?} {}: got {} expected {}",
                        c.pat, c.flags, c.text, what, actual, expected
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn cpython_errors() {
        let mut failures = Vec::new();
        for &(pat, flags, expected) in ERRORS {
            let got = match Regex::compile(pat, flags) {
                Ok(_) => "OK".to_string(),
                Err(e) => err_repr(&e),
            };
            if got != expected {
                failures.push(format!("{:?}: got {} expected {}", pat, got, expected));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn cpython_templates() {
        let mut failures = Vec::new();
        for &(pat, repl, text, expected) in SUBS {
            let got = sub_repr(re_sub(pat, repl, text, 0, 0));
            if got != expected {
                failures.push(format!(
                    "{:?} {:?}: got {} expected {}",
                    pat, repl, got, expected
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn match_object_api() {
        let pat = r"(?P<first>\w+) (?P<mid>\d)?(?P<last>\w+)";
        let m = re_search(pat, "say Jane Doe!", 0).unwrap().unwrap();
        assert_eq!(
            m.py_repr(),
            "<re.Match object; span=(0, 8), match='say Jane'>"
        );
        assert_eq!(m.group(1).unwrap(), Some("say".to_string()));
        assert_eq!(m.group(2).unwrap(), None);
        assert_eq!(m.group0(), "say Jane");
        assert_eq!(m.group_named("last").unwrap(), Some("Jane".to_string()));
        assert_eq!(m.group(4).unwrap_err().msg, "no such group");
        assert_eq!(m.group(-1).unwrap_err().kind, "IndexError");
        assert_eq!(m.group_named("nope").unwrap_err().msg, "no such group");
        assert_eq!(
            m.groupdict().py_repr(),
            "{'first': 'say', 'mid': None, 'last': 'Jane'}"
        );
        assert_eq!(m.span(1).unwrap(), (0, 3));
        assert_eq!(m.span(2).unwrap(), (-1, -1));
        assert_eq!(m.start(2).unwrap(), -1);
        assert_eq!(m.start_named("last").unwrap(), 4);
        assert_eq!(m.end0(), 8);
        assert_eq!(m.lastindex(), Some(3));
        assert_eq!(m.lastgroup(), Some("last".to_string()));
        assert_eq!(m.expand(r"\g<last>, \1").unwrap(), "Jane, say");
        assert_eq!(m.string(), "say Jane Doe!");
        assert!(m.py_bool());
        assert_eq!(m.re().pattern(), pat);

        let m = re_match(r"(a)(b)?", "ac", 0).unwrap().unwrap();
        assert_eq!(m.lastindex(), Some(1));
        assert_eq!(m.lastgroup(), None);
        assert_eq!(
            m.groups_default("-").to_vec(),
            vec!["a".to_string(), "-".to_string()]
        );
        assert_eq!(
            re_match(r"((a)b)", "ab", 0).unwrap().unwrap().lastindex(),
            Some(1)
        );

        let m = re_search("ü", "aü", 0).unwrap().unwrap();
        assert_eq!(m.py_repr(), "<re.Match object; span=(1, 2), match='ü'>");
        let long = "x".repeat(60);
        let m = re_search(&long, &long, 0).unwrap().unwrap();
        assert_eq!(
            m.py_repr(),
            "<re.Match object; span=(0, 60), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>"
        );
    }

    #[test]
    fn pattern_object_api() {
        let r = re_compile(r"\d+", RE_I | RE_M | RE_S | RE_X).unwrap();
        assert_eq!(
            r.py_repr(),
            r"re.compile('\\d+', re.IGNORECASE|re.MULTILINE|re.DOTALL|re.VERBOSE)"
        );
        assert_eq!(
            re_compile("a", RE_A).unwrap().py_repr(),
            "re.compile('a', re.ASCII)"
        );
        assert_eq!(
            re_compile("it's", 0).unwrap().py_repr(),
            "re.compile(\"it's\")"
        );
        assert_eq!(
            re_compile("(?i)a", 0).unwrap().py_repr(),
            "re.compile('(?i)a', re.IGNORECASE)"
        );
        assert_eq!(re_compile("(?i)a", 0).unwrap().flags(), 34);
        assert_eq!(re_compile("a", RE_X).unwrap().flags(), 96);
        assert_eq!(re_compile("(?a)a", 0).unwrap().flags(), 256);
        let r = re_compile(r"(?P<a>x)(y)(?P<b>z)", 0).unwrap();
        assert_eq!(r.groups(), 3);
        assert_eq!(r.group_index("b"), Some(3));
        assert_eq!(r.group_index("c"), None);
        assert_eq!(r.groupindex().py_repr(), "{'a': 1, 'b': 3}");
        // The cache hands out the same compiled program.
        let a = re_compile("cached+", 0).unwrap();
        let b = re_compile("cached+", 0).unwrap();
        assert!(Rc::ptr_eq(&a.0, &b.0));
        assert!(!Rc::ptr_eq(&a.0, &re_compile("cached+", RE_I).unwrap().0));
    }

    #[test]
    fn positions_and_windows() {
        let p = re_compile(r"\w+", 0).unwrap();
        let span = |m: Option<Match>| m.map(|m| m.span0());
        assert_eq!(span(p.search_pos("ab cd ef", 3, i64::MAX)), Some((3, 5)));
        assert_eq!(span(p.search_pos("ab cd ef", 3, 4)), Some((3, 4)));
        assert_eq!(span(p.match_pos("ab cd", 1, i64::MAX)), Some((1, 2)));
        assert_eq!(span(p.fullmatch_pos("ab cd", 3, i64::MAX)), Some((3, 5)));
        assert_eq!(span(p.search_pos("abc", 5, i64::MAX)), None);
        assert_eq!(
            span(re_compile("^a", 0).unwrap().search_pos("ba", 1, i64::MAX)),
            None
        );
        assert_eq!(
            span(
                re_compile("(?m)^a", 0)
                    .unwrap()
                    .search_pos("\na", 1, i64::MAX)
            ),
            Some((1, 2))
        );
        assert_eq!(
            span(re_compile("a$", 0).unwrap().search_pos("ab", 0, 1)),
            Some((0, 1))
        );
        let spans: Vec<(i64, i64)> = re_finditer(r"\w*", "ab c", 0)
            .unwrap()
            .to_vec()
            .iter()
            .map(|m| m.span0())
            .collect();
        assert_eq!(spans, vec![(0, 2), (2, 2), (3, 4), (4, 4)]);
        let m = re_finditer(r"\d", "a1b2", 0).unwrap().get(0).unwrap();
        assert_eq!(m.py_repr(), "<re.Match object; span=(1, 2), match='1'>");
    }

    #[test]
    fn sub_split_counts() {
        assert_eq!(
            re_subn("a", "b", "aaaa", 2, 0).unwrap(),
            ("bbaa".to_string(), 2)
        );
        assert_eq!(re_sub("a", "b", "aaaa", 0, 0).unwrap(), "bbbb");
        assert_eq!(re_sub("a", "b", "aaa", -1, 0).unwrap(), "aaa");
        assert_eq!(
            re_subn("x*", "-", "abc", 0, 0).unwrap(),
            ("-a-b-c-".to_string(), 4)
        );
        let doubled = re_sub_fn(
            r"\d+",
            |m| Ok((m.group0().parse::<i64>().unwrap() * 2).to_string()),
            "a1b22c333",
            0,
            0,
        );
        assert_eq!(doubled.unwrap(), "a2b44c666");
        let failing = re_sub_fn("b", |_| Err(PyErr::value_error("boom")), "abc", 0, 0);
        assert_eq!(failing.unwrap_err().msg, "boom");
        let strs = |l: List<String>| l.to_vec();
        assert_eq!(
            strs(re_split(",", "a,b,c,d", 2, 0).unwrap()),
            vec!["a", "b", "c,d"]
        );
        assert_eq!(
            strs(re_split("(,)", "a,b,c", 1, 0).unwrap()),
            vec!["a", ",", "b,c"]
        );
        assert_eq!(strs(re_split("x", "abc", 0, 0).unwrap()), vec!["abc"]);
        assert_eq!(strs(re_split(",", "", 0, 0).unwrap()), vec![""]);
        assert_eq!(strs(re_split("a", "bab", -1, 0).unwrap()), vec!["bab"]);
        assert_eq!(
            strs(re_split(r"(,)|(;)", "a,b", 0, 0).unwrap()),
            vec!["a", ",", "", "b"]
        );
        let rows = re_findall_groups(r"(\d)(\w)?", "1a2", 0).unwrap();
        let rows: Vec<Vec<String>> = rows.to_vec().iter().map(|r| r.to_vec()).collect();
        assert_eq!(rows, vec![vec!["1", "a"], vec!["2", ""]]);
        assert_eq!(
            re_findall(r"\d+", "a1b22", 0).unwrap().to_vec(),
            vec!["1", "22"]
        );
    }

    #[test]
    fn escape() {
        assert_eq!(
            re_escape("a.b*c? (x) [y] {z} ^$|\\ -&~# \t\n é_1"),
            "a\\.b\\*c\\?\\ \\(x\\)\\ \\[y\\]\\ \\{z\\}\\ \\^\\$\\|\\\\\\ \\-\\&\\~\\#\\ \\\t\\\n\\ é_1"
        );
        let text = "1+1=2? (yes) [$5.00]";
        let m = re_search(&re_escape(text), text, 0).unwrap().unwrap();
        assert_eq!(m.span0(), (0, 20));
    }

    #[test]
    fn long_texts_do_not_blow_the_stack() {
        let text = format!("{}!", "a".repeat(100_000));
        assert_eq!(
            re_search(r"\w+", &text, 0).unwrap().unwrap().span0(),
            (0, 100_000)
        );
        let text = "ab".repeat(50_000);
        assert_eq!(
            re_search(r"(?:ab)+", &text, 0).unwrap().unwrap().span0(),
            (0, 100_000)
        );
        let text = format!("{}c", "ab".repeat(50_000));
        let m = re_search(r"(a|b)*c", &text, 0).unwrap().unwrap();
        assert_eq!(m.span0(), (0, 100_001));
        assert_eq!(m.group(1).unwrap(), Some("b".to_string()));
        assert_eq!(
            re_findall("x", &"x".repeat(10_000), 0).unwrap().len(),
            10_000
        );
    }

    // Generated by CPython 3.11.7; do not edit by hand.
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        Case { pat: "abc", flags: 0, text: "xxabcxxabc", repl: "-",
            search: "(2, 5) ()", mat: "None", full: "None",
            findall: "['abc', 'abc']",
            sub: "'xx-xx-'", split: "['xx', 'xx', '']" },
        Case { pat: "a.c", flags: 0, text: "abc a\nc aXc", repl: "<\\g<0>>",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['abc', 'aXc']",
            sub: "'<abc> a\\nc <aXc>'", split: "['', ' a\\nc ', '']" },
        Case { pat: "a.c", flags: 16, text: "abc a\nc", repl: "#",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['abc', 'a\\nc']",
            sub: "'# #'", split: "['', ' ', '']" },
        Case { pat: "\\.", flags: 0, text: "a.b.c", repl: "!",
            search: "(1, 2) ()", mat: "None", full: "None",
            findall: "['.', '.']",
            sub: "'a!b!c'", split: "['a', 'b', 'c']" },
        Case { pat: "\\\\", flags: 0, text: "a\\b", repl: "/",
            search: "(1, 2) ()", mat: "None", full: "None",
            findall: "['\\\\']",
            sub: "'a/b'", split: "['a', 'b']" },
        Case { pat: "\\t\\n", flags: 0, text: "x\t\ny", repl: "_",
            search: "(1, 3) ()", mat: "None", full: "None",
            findall: "['\\t\\n']",
            sub: "'x_y'", split: "['x', 'y']" },
        Case { pat: "\\x41\\u00e9\\101\\0", flags: 0, text: "A\u{e9} A\u{0}", repl: "*",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'A\u{e9} A\\x00'", split: "['A\u{e9} A\\x00']" },
        Case { pat: "a\\-b\\ c", flags: 0, text: "a-b c", repl: ".",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "(0, 5) ()",
            findall: "['a-b c']",
            sub: "'.'", split: "['', '']" },
        Case { pat: "[a-c]+", flags: 0, text: "xxabcbayy", repl: "<\\g<0>>",
            search: "(2, 7) ()", mat: "None", full: "None",
            findall: "['abcba']",
            sub: "'xx<abcba>yy'", split: "['xx', 'yy']" },
        Case { pat: "[^a-c]+", flags: 0, text: "xxabcbayy", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['xx', 'yy']",
            sub: "'-abcba-'", split: "['', 'abcba', '']" },
        Case { pat: "[\\d.]+", flags: 0, text: "v1.25 and 3", repl: "N",
            search: "(1, 5) ()", mat: "None", full: "None",
            findall: "['1.25', '3']",
            sub: "'vN and N'", split: "['v', ' and ', '']" },
        Case { pat: "[]a]+", flags: 0, text: "]a]b", repl: "_",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "[']a]']",
            sub: "'_b'", split: "['', 'b']" },
        Case { pat: "[^]a]+", flags: 0, text: "]a]bcd", repl: "_",
            search: "(3, 6) ()", mat: "None", full: "None",
            findall: "['bcd']",
            sub: "']a]_'", split: "[']a]', '']" },
        Case { pat: "[a\\]]+", flags: 0, text: "a]]b", repl: "_",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['a]]']",
            sub: "'_b'", split: "['', 'b']" },
        Case { pat: "[-a]+|[b-]+", flags: 0, text: "--a-b", repl: "_",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "None",
            findall: "['--a-', 'b']",
            sub: "'__'", split: "['', '', '']" },
        Case { pat: "[\\w-]+@[\\w.-]+", flags: 0, text: "mail bob-x@ex.com, al@b.org", repl: "<\\g<0>>",
            search: "(5, 17) ()", mat: "None", full: "None",
            findall: "['bob-x@ex.com', 'al@b.org']",
            sub: "'mail <bob-x@ex.com>, <al@b.org>'", split: "['mail ', ', ', '']" },
        Case { pat: "[\\s,]+", flags: 0, text: "a, b ,c", repl: ",",
            search: "(1, 3) ()", mat: "None", full: "None",
            findall: "[', ', ' ,']",
            sub: "'a,b,c'", split: "['a', 'b', 'c']" },
        Case { pat: "[^\\W\\d]+", flags: 0, text: "ab12cd_3", repl: ".",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['ab', 'cd_']",
            sub: "'.12.3'", split: "['', '12', '3']" },
        Case { pat: "\\d+", flags: 0, text: "a12b345c6", repl: "#",
            search: "(1, 3) ()", mat: "None", full: "None",
            findall: "['12', '345', '6']",
            sub: "'a#b#c#'", split: "['a', 'b', 'c', '']" },
        Case { pat: "\\D+", flags: 0, text: "a12b345c6", repl: "#",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['a', 'b', 'c']",
            sub: "'#12#345#6'", split: "['', '12', '345', '6']" },
        Case { pat: "\\w+", flags: 0, text: "h\u{e9}llo w\u{f6}rld_1 -- ok", repl: "W",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "None",
            findall: "['h\u{e9}llo', 'w\u{f6}rld_1', 'ok']",
            sub: "'W W -- W'", split: "['', ' ', ' -- ', '']" },
        Case { pat: "\\W+", flags: 0, text: "h\u{e9}llo, w\u{f6}rld! ok", repl: " ",
            search: "(5, 7) ()", mat: "None", full: "None",
            findall: "[', ', '! ']",
            sub: "'h\u{e9}llo w\u{f6}rld ok'", split: "['h\u{e9}llo', 'w\u{f6}rld', 'ok']" },
        Case { pat: "\\s+", flags: 0, text: "a \t b\n\nc\u{3000}d", repl: " ",
            search: "(1, 4) ()", mat: "None", full: "None",
            findall: "[' \\t ', '\\n\\n', '\\u3000']",
            sub: "'a b c d'", split: "['a', 'b', 'c', 'd']" },
        Case { pat: "\\S+", flags: 0, text: "a \t bb\nc", repl: "<\\g<0>>",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['a', 'bb', 'c']",
            sub: "'<a> \\t <bb>\\n<c>'", split: "['', ' \\t ', '\\n', '']" },
        Case { pat: "\\d", flags: 0, text: "\u{661}\u{662}3\u{664}", repl: "d",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['\u{661}', '\u{662}', '3', '\u{664}']",
            sub: "'dddd'", split: "['', '', '', '', '']" },
        Case { pat: "\\w+", flags: 256, text: "h\u{e9}llo w\u{f6}rld", repl: "W",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['h', 'llo', 'w', 'rld']",
            sub: "'W\u{e9}W W\u{f6}W'", split: "['', '\u{e9}', ' ', '\u{f6}', '']" },
        Case { pat: "\\b\\w+\\b", flags: 0, text: "one two  three", repl: "[\\g<0>]",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['one', 'two', 'three']",
            sub: "'[one] [two]  [three]'", split: "['', ' ', '  ', '']" },
        Case { pat: "\\bfoo\\b", flags: 0, text: "foo foobar afoo foo.", repl: "X",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['foo', 'foo']",
            sub: "'X foobar afoo X.'", split: "['', ' foobar afoo ', '.']" },
        Case { pat: "\\Boo\\B", flags: 0, text: "foo oo boob", repl: "X",
            search: "(8, 10) ()", mat: "None", full: "None",
            findall: "['oo']",
            sub: "'foo oo bXb'", split: "['foo oo b', 'b']" },
        Case { pat: "\\b", flags: 0, text: "ab cd", repl: "|",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', '', '', '']",
            sub: "'|ab| |cd|'", split: "['', 'ab', ' ', 'cd', '']" },
        Case { pat: "\\B", flags: 0, text: "ab cd", repl: "|",
            search: "(1, 1) ()", mat: "None", full: "None",
            findall: "['', '']",
            sub: "'a|b c|d'", split: "['a', 'b c', 'd']" },
        Case { pat: "^\\w+", flags: 0, text: "first line\nsecond line", repl: "X",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "None",
            findall: "['first']",
            sub: "'X line\\nsecond line'", split: "['', ' line\\nsecond line']" },
        Case { pat: "^\\w+", flags: 8, text: "first line\nsecond line", repl: "X",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "None",
            findall: "['first', 'second']",
            sub: "'X line\\nX line'", split: "['', ' line\\n', ' line']" },
        Case { pat: "\\w+$", flags: 0, text: "first line\nsecond line\n", repl: "X",
            search: "(18, 22) ()", mat: "None", full: "None",
            findall: "['line']",
            sub: "'first line\\nsecond X\\n'", split: "['first line\\nsecond ', '\\n']" },
        Case { pat: "\\w+$", flags: 8, text: "first line\nsecond line\n", repl: "X",
            search: "(6, 10) ()", mat: "None", full: "None",
            findall: "['line', 'line']",
            sub: "'first X\\nsecond X\\n'", split: "['first ', '\\nsecond ', '\\n']" },
        Case { pat: "$", flags: 0, text: "ab\n", repl: "!",
            search: "(2, 2) ()", mat: "None", full: "None",
            findall: "['', '']",
            sub: "'ab!\\n!'", split: "['ab', '\\n', '']" },
        Case { pat: "$", flags: 8, text: "a\nb\n", repl: "!",
            search: "(1, 1) ()", mat: "None", full: "None",
            findall: "['', '', '']",
            sub: "'a!\\nb!\\n!'", split: "['a', '\\nb', '\\n', '']" },
        Case { pat: "^", flags: 8, text: "a\nb\n", repl: ">",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', '', '']",
            sub: "'>a\\n>b\\n>'", split: "['', 'a\\n', 'b\\n', '']" },
        Case { pat: "\\Aab", flags: 8, text: "ab\nab", repl: "X",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['ab']",
            sub: "'X\\nab'", split: "['', '\\nab']" },
        Case { pat: "ab\\Z", flags: 0, text: "ab\nab", repl: "X",
            search: "(3, 5) ()", mat: "None", full: "None",
            findall: "['ab']",
            sub: "'ab\\nX'", split: "['ab\\n', '']" },
        Case { pat: "a$", flags: 0, text: "a\n", repl: "X",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['a']",
            sub: "'X\\n'", split: "['', '\\n']" },
        Case { pat: "a\\Z", flags: 0, text: "a\n", repl: "X",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'a\\n'", split: "['a\\n']" },
        Case { pat: "a*", flags: 0, text: "baaac", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', 'aaa', '', '']",
            sub: "'-b--c-'", split: "['', 'b', '', 'c', '']" },
        Case { pat: "a+", flags: 0, text: "baaacaa", repl: "-",
            search: "(1, 4) ()", mat: "None", full: "None",
            findall: "['aaa', 'aa']",
            sub: "'b-c-'", split: "['b', 'c', '']" },
        Case { pat: "a?", flags: 0, text: "baac", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', 'a', 'a', '', '']",
            sub: "'-b---c-'", split: "['', 'b', '', '', 'c', '']" },
        Case { pat: "a{2}", flags: 0, text: "aaaaa", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['aa', 'aa']",
            sub: "'--a'", split: "['', '', 'a']" },
        Case { pat: "a{2,3}", flags: 0, text: "aaaaaaa", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['aaa', 'aaa']",
            sub: "'--a'", split: "['', '', 'a']" },
        Case { pat: "a{2,}", flags: 0, text: "a aa aaaaa", repl: "-",
            search: "(2, 4) ()", mat: "None", full: "None",
            findall: "['aa', 'aaaaa']",
            sub: "'a - -'", split: "['a ', ' ', '']" },
        Case { pat: "a{,2}", flags: 0, text: "aaaaa", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['aa', 'aa', 'a', '']",
            sub: "'----'", split: "['', '', '', '', '']" },
        Case { pat: "a{,}", flags: 0, text: "aaab", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['aaa', '', '']",
            sub: "'--b-'", split: "['', '', 'b', '']" },
        Case { pat: "x{}", flags: 0, text: "x{}", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['x{}']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "a{1", flags: 0, text: "a{1", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['a{1']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "a{1,2", flags: 0, text: "aa{1,2", repl: "-",
            search: "(1, 6) ()", mat: "None", full: "None",
            findall: "['a{1,2']",
            sub: "'a-'", split: "['a', '']" },
        Case { pat: "<.*>", flags: 0, text: "<a><b>", repl: "T",
            search: "(0, 6) ()", mat: "(0, 6) ()", full: "(0, 6) ()",
            findall: "['<a><b>']",
            sub: "'T'", split: "['', '']" },
        Case { pat: "<.*?>", flags: 0, text: "<a><b>", repl: "T",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 6) ()",
            findall: "['<a>', '<b>']",
            sub: "'TT'", split: "['', '', '']" },
        Case { pat: "a+?", flags: 0, text: "aaa", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "(0, 3) ()",
            findall: "['a', 'a', 'a']",
            sub: "'---'", split: "['', '', '', '']" },
        Case { pat: "a*?", flags: 0, text: "aaa", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "(0, 3) ()",
            findall: "['', 'a', '', 'a', '', 'a', '']",
            sub: "'-------'", split: "['', '', '', '', '', '', '', '']" },
        Case { pat: "a??b", flags: 0, text: "aab", repl: "-",
            search: "(1, 3) ()", mat: "None", full: "None",
            findall: "['ab']",
            sub: "'a-'", split: "['a', '']" },
        Case { pat: "a{2,3}?", flags: 0, text: "aaaaa", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['aa', 'aa']",
            sub: "'--a'", split: "['', '', 'a']" },
        Case { pat: "(ab)*", flags: 0, text: "ababa", repl: "<\\1>",
            search: "(0, 4) ('ab',)", mat: "(0, 4) ('ab',)", full: "None",
            findall: "['ab', '', '']",
            sub: "'<ab><>a<>'", split: "['', 'ab', '', None, 'a', None, '']" },
        Case { pat: "(ab)+?c", flags: 0, text: "ababc", repl: "<\\1>",
            search: "(0, 5) ('ab',)", mat: "(0, 5) ('ab',)", full: "(0, 5) ('ab',)",
            findall: "['ab']",
            sub: "'<ab>'", split: "['', 'ab', '']" },
        Case { pat: "(a|b)*?c", flags: 0, text: "abac", repl: "[\\1]",
            search: "(0, 4) ('a',)", mat: "(0, 4) ('a',)", full: "(0, 4) ('a',)",
            findall: "['a']",
            sub: "'[a]'", split: "['', 'a', '']" },
        Case { pat: "(?:ab){2}", flags: 0, text: "abababab", repl: "-",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "None",
            findall: "['abab', 'abab']",
            sub: "'--'", split: "['', '', '']" },
        Case { pat: "(a*)+", flags: 0, text: "aab", repl: "[\\1]",
            search: "(0, 2) ('',)", mat: "(0, 2) ('',)", full: "None",
            findall: "['', '', '']",
            sub: "'[][]b[]'", split: "['', '', '', '', 'b', '', '']" },
        Case { pat: "(a|)*", flags: 0, text: "aa", repl: "[\\1]",
            search: "(0, 2) ('',)", mat: "(0, 2) ('',)", full: "(0, 2) ('',)",
            findall: "['', '']",
            sub: "'[][]'", split: "['', '', '', '', '']" },
        Case { pat: "(a*)*b", flags: 0, text: "aab", repl: "[\\1]",
            search: "(0, 3) ('',)", mat: "(0, 3) ('',)", full: "(0, 3) ('',)",
            findall: "['']",
            sub: "'[]'", split: "['', '', '']" },
        Case { pat: "(?:a|ab)*c", flags: 0, text: "abac", repl: "-",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "(0, 4) ()",
            findall: "['abac']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "(\\d+?)(\\d*)", flags: 0, text: "12345", repl: "\\2\\1",
            search: "(0, 5) ('1', '2345')", mat: "(0, 5) ('1', '2345')", full: "(0, 5) ('1', '2345')",
            findall: "[('1', '2345')]",
            sub: "'23451'", split: "['', '1', '2345', '']" },
        Case { pat: ".*foo", flags: 0, text: "xfooyfoo", repl: "-",
            search: "(0, 8) ()", mat: "(0, 8) ()", full: "(0, 8) ()",
            findall: "['xfooyfoo']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "\\d{3,}?\\d", flags: 0, text: "123456", repl: "-",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "(0, 6) ()",
            findall: "['1234']",
            sub: "'-56'", split: "['', '56']" },
        Case { pat: "a++b", flags: 0, text: "aaab", repl: "-",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "(0, 4) ()",
            findall: "['aaab']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "a*+a", flags: 0, text: "aaa", repl: "-",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'aaa'", split: "['aaa']" },
        Case { pat: "(?>a+)b", flags: 0, text: "aaab", repl: "-",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "(0, 4) ()",
            findall: "['aaab']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "(?>a|ab)c", flags: 0, text: "abc ac", repl: "-",
            search: "(4, 6) ()", mat: "None", full: "None",
            findall: "['ac']",
            sub: "'abc -'", split: "['abc ', '']" },
        Case { pat: "(?:ab)*+c", flags: 0, text: "ababc", repl: "-",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "(0, 5) ()",
            findall: "['ababc']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "cat|dog", flags: 0, text: "a cat and a dog", repl: "pet",
            search: "(2, 5) ()", mat: "None", full: "None",
            findall: "['cat', 'dog']",
            sub: "'a pet and a pet'", split: "['a ', ' and a ', '']" },
        Case { pat: "(cat|dog)s?", flags: 0, text: "cats dog", repl: "<\\1>",
            search: "(0, 4) ('cat',)", mat: "(0, 4) ('cat',)", full: "None",
            findall: "['cat', 'dog']",
            sub: "'<cat> <dog>'", split: "['', 'cat', ' ', 'dog', '']" },
        Case { pat: "(a)|b", flags: 0, text: "ab", repl: "[\\1]",
            search: "(0, 1) ('a',)", mat: "(0, 1) ('a',)", full: "None",
            findall: "['a', '']",
            sub: "'[a][]'", split: "['', 'a', '', None, '']" },
        Case { pat: "(a)x|ab", flags: 0, text: "ab", repl: "[\\1]",
            search: "(0, 2) (None,)", mat: "(0, 2) (None,)", full: "(0, 2) (None,)",
            findall: "['']",
            sub: "'[]'", split: "['', None, '']" },
        Case { pat: "((a)|b)+", flags: 0, text: "ab", repl: "[\\1\\2]",
            search: "(0, 2) ('b', 'a')", mat: "(0, 2) ('b', 'a')", full: "(0, 2) ('b', 'a')",
            findall: "[('b', 'a')]",
            sub: "'[ba]'", split: "['', 'b', 'a', '']" },
        Case { pat: "(?:(a)|b)*", flags: 0, text: "ab", repl: "[\\1]",
            search: "(0, 2) ('a',)", mat: "(0, 2) ('a',)", full: "(0, 2) ('a',)",
            findall: "['a', '']",
            sub: "'[a][]'", split: "['', 'a', '', None, '']" },
        Case { pat: "(a(b(c)))", flags: 0, text: "abc", repl: "\\3\\2\\1",
            search: "(0, 3) ('abc', 'bc', 'c')", mat: "(0, 3) ('abc', 'bc', 'c')", full: "(0, 3) ('abc', 'bc', 'c')",
            findall: "[('abc', 'bc', 'c')]",
            sub: "'cbcabc'", split: "['', 'abc', 'bc', 'c', '']" },
        Case { pat: "((a)(b))*", flags: 0, text: "ababx", repl: "\\1-\\2-\\3",
            search: "(0, 4) ('ab', 'a', 'b')", mat: "(0, 4) ('ab', 'a', 'b')", full: "None",
            findall: "[('ab', 'a', 'b'), ('', '', ''), ('', '', '')]",
            sub: "'ab-a-b--x--'", split: "['', 'ab', 'a', 'b', '', None, None, None, 'x', None, None, None, '']" },
        Case { pat: "(x)?y", flags: 0, text: "y xy", repl: "[\\1]",
            search: "(0, 1) (None,)", mat: "(0, 1) (None,)", full: "None",
            findall: "['', 'x']",
            sub: "'[] [x]'", split: "['', None, ' ', 'x', '']" },
        Case { pat: "|a", flags: 0, text: "ab", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', 'a', '', '']",
            sub: "'---b-'", split: "['', '', '', 'b', '']" },
        Case { pat: "a|", flags: 0, text: "ab", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['a', '', '']",
            sub: "'--b-'", split: "['', '', 'b', '']" },
        Case { pat: "(\\d{4})-(\\d{2})-(\\d{2})", flags: 0, text: "on 2023-01-15 and 1999-12-31.", repl: "\\3/\\2/\\1",
            search: "(3, 13) ('2023', '01', '15')", mat: "None", full: "None",
            findall: "[('2023', '01', '15'), ('1999', '12', '31')]",
            sub: "'on 15/01/2023 and 31/12/1999.'", split: "['on ', '2023', '01', '15', ' and ', '1999', '12', '31', '.']" },
        Case { pat: "(?P<y>\\d{4})-(?P<m>\\d\\d)", flags: 0, text: "2023-01 2024-02", repl: "\\g<m>.\\g<y>",
            search: "(0, 7) ('2023', '01')", mat: "(0, 7) ('2023', '01')", full: "None",
            findall: "[('2023', '01'), ('2024', '02')]",
            sub: "'01.2023 02.2024'", split: "['', '2023', '01', ' ', '2024', '02', '']" },
        Case { pat: "([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)", flags: 0, text: "x: john.doe+a@mail.example.com; b@c.io", repl: "\\2 at \\1",
            search: "(3, 30) ('john.doe+a', 'mail', 'example.com')", mat: "None", full: "None",
            findall: "[('john.doe+a', 'mail', 'example.com'), ('b', 'c', 'io')]",
            sub: "'x: mail at john.doe+a; c at b'", split: "['x: ', 'john.doe+a', 'mail', 'example.com', '; ', 'b', 'c', 'io', '']" },
        Case { pat: "(\\w+)\\s*=\\s*(\\w*)", flags: 0, text: "a = 1, b=, c =3", repl: "\\1:\\2",
            search: "(0, 5) ('a', '1')", mat: "(0, 5) ('a', '1')", full: "None",
            findall: "[('a', '1'), ('b', ''), ('c', '3')]",
            sub: "'a:1, b:, c:3'", split: "['', 'a', '1', ', ', 'b', '', ', ', 'c', '3', '']" },
        Case { pat: "(\\w)\\1", flags: 0, text: "hello bookkeeper", repl: "<\\1>",
            search: "(2, 4) ('l',)", mat: "None", full: "None",
            findall: "['l', 'o', 'k', 'e']",
            sub: "'he<l>o b<o><k><e>per'", split: "['he', 'l', 'o b', 'o', '', 'k', '', 'e', 'per']" },
        Case { pat: "(?P<q>['\\\"]).*?(?P=q)", flags: 0, text: "say 'hi' and \"yo\"", repl: "Q",
            search: "(4, 8) (\"'\",)", mat: "None", full: "None",
            findall: "[\"'\", '\"']",
            sub: "'say Q and Q'", split: "['say ', \"'\", ' and ', '\"', '']" },
        Case { pat: "(a)(?:x\\1)+", flags: 0, text: "axaxa", repl: "-",
            search: "(0, 5) ('a',)", mat: "(0, 5) ('a',)", full: "(0, 5) ('a',)",
            findall: "['a']",
            sub: "'-'", split: "['', 'a', '']" },
        Case { pat: "(\\w+) \\1", flags: 2, text: "The the end", repl: "\\1",
            search: "(0, 7) ('The',)", mat: "(0, 7) ('The',)", full: "None",
            findall: "['The']",
            sub: "'The end'", split: "['', 'The', ' end']" },
        Case { pat: "(a)?b\\1", flags: 0, text: "b ab aba", repl: "-",
            search: "(5, 8) ('a',)", mat: "None", full: "None",
            findall: "['a']",
            sub: "'b ab -'", split: "['b ab ', 'a', '']" },
        Case { pat: "foo(?=bar)", flags: 0, text: "foobar foobaz", repl: "X",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['foo']",
            sub: "'Xbar foobaz'", split: "['', 'bar foobaz']" },
        Case { pat: "foo(?!bar)", flags: 0, text: "foobar foobaz", repl: "X",
            search: "(7, 10) ()", mat: "None", full: "None",
            findall: "['foo']",
            sub: "'foobar Xbaz'", split: "['foobar ', 'baz']" },
        Case { pat: "(?<=\\$)\\d+", flags: 0, text: "cost $42 or 17", repl: "N",
            search: "(6, 8) ()", mat: "None", full: "None",
            findall: "['42']",
            sub: "'cost $N or 17'", split: "['cost $', ' or 17']" },
        Case { pat: "(?<!\\$)\\b\\d+", flags: 0, text: "cost $42 or 17", repl: "N",
            search: "(12, 14) ()", mat: "None", full: "None",
            findall: "['17']",
            sub: "'cost $42 or N'", split: "['cost $42 or ', '']" },
        Case { pat: "(?<=(a))b", flags: 0, text: "ab cb", repl: "[\\1]",
            search: "(1, 2) ('a',)", mat: "None", full: "None",
            findall: "['a']",
            sub: "'a[a] cb'", split: "['a', 'a', ' cb']" },
        Case { pat: "(?=(\\w+))", flags: 0, text: "ab", repl: "[\\1]",
            search: "(0, 0) ('ab',)", mat: "(0, 0) ('ab',)", full: "None",
            findall: "['ab', 'b']",
            sub: "'[ab]a[b]b'", split: "['', 'ab', 'a', 'b', 'b']" },
        Case { pat: "\\w+(?<!s)\\b", flags: 0, text: "cats dog birds cow", repl: "X",
            search: "(5, 8) ()", mat: "None", full: "None",
            findall: "['dog', 'cow']",
            sub: "'cats X birds X'", split: "['cats ', ' birds ', '']" },
        Case { pat: "(?<=ab|cd)x", flags: 0, text: "abx cdx efx", repl: "Y",
            search: "(2, 3) ()", mat: "None", full: "None",
            findall: "['x', 'x']",
            sub: "'abY cdY efx'", split: "['ab', ' cd', ' efx']" },
        Case { pat: "(<)?\\w+(?(1)>)", flags: 0, text: "<a> b <c", repl: "X",
            search: "(0, 3) ('<',)", mat: "(0, 3) ('<',)", full: "None",
            findall: "['<', '', '']",
            sub: "'X X <X'", split: "['', '<', ' ', None, ' <', None, '']" },
        Case { pat: "(?P<p>\\()?\\d+(?(p)\\)|!)", flags: 0, text: "(1) 2! 3", repl: "N",
            search: "(0, 3) ('(',)", mat: "(0, 3) ('(',)", full: "None",
            findall: "['(', '']",
            sub: "'N N 3'", split: "['', '(', ' ', None, ' 3']" },
        Case { pat: "hello", flags: 2, text: "HeLLo hello HELLO", repl: "hi",
            search: "(0, 5) ()", mat: "(0, 5) ()", full: "None",
            findall: "['HeLLo', 'hello', 'HELLO']",
            sub: "'hi hi hi'", split: "['', ' ', ' ', '']" },
        Case { pat: "[a-z]+", flags: 2, text: "ABC def GhI", repl: "x",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['ABC', 'def', 'GhI']",
            sub: "'x x x'", split: "['', ' ', ' ', '']" },
        Case { pat: "(?i)stra\u{df}e", flags: 0, text: "STRASSE Stra\u{df}e STRA\u{df}E", repl: "x",
            search: "(8, 14) ()", mat: "None", full: "None",
            findall: "['Stra\u{df}e', 'STRA\u{df}E']",
            sub: "'STRASSE x x'", split: "['STRASSE ', ' ', '']" },
        Case { pat: "\u{3c3}", flags: 2, text: "\u{3a3}\u{3c3}\u{3c2}", repl: "s",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['\u{3a3}', '\u{3c3}', '\u{3c2}']",
            sub: "'sss'", split: "['', '', '', '']" },
        Case { pat: "(?i:a)b", flags: 0, text: "Ab AB ab", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['Ab', 'ab']",
            sub: "'- AB -'", split: "['', ' AB ', '']" },
        Case { pat: "(?s).+", flags: 0, text: "a\nb", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['a\\nb']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "(?m)^x", flags: 0, text: "x\nx", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['x', 'x']",
            sub: "'-\\n-'", split: "['', '\\n', '']" },
        Case { pat: "(?x) a b  # comment\n c", flags: 0, text: "abc a b c", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "None",
            findall: "['abc']",
            sub: "'- a b c'", split: "['', ' a b c']" },
        Case { pat: "a b c", flags: 64, text: "abc", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['abc']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "[ ]x", flags: 64, text: " x", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "(0, 2) ()",
            findall: "[' x']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "a\\ b", flags: 64, text: "a b", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['a b']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "(?-i:a)b", flags: 2, text: "aB AB", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['aB']",
            sub: "'- AB'", split: "['', ' AB']" },
        Case { pat: "(?a)\\w+", flags: 0, text: "h\u{e9}llo", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['h', 'llo']",
            sub: "'-\u{e9}-'", split: "['', '\u{e9}', '']" },
        Case { pat: "\u{e9}", flags: 2, text: "\u{c9}", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "(0, 1) ()",
            findall: "['\u{c9}']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "x*", flags: 0, text: "abxd", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', '', 'x', '', '']",
            sub: "'-a-b--d-'", split: "['', 'a', 'b', '', 'd', '']" },
        Case { pat: "", flags: 0, text: "abc", repl: "-",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', '', '', '']",
            sub: "'-a-b-c-'", split: "['', 'a', 'b', 'c', '']" },
        Case { pat: "\\b|x", flags: 0, text: "xax", repl: "|",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', 'x', 'x', '']",
            sub: "'||a||'", split: "['', '', 'a', '', '']" },
        Case { pat: "a|(?=b)", flags: 0, text: "abab", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['a', '', 'a', '']",
            sub: "'--b--b'", split: "['', '', 'b', '', 'b']" },
        Case { pat: "(?=x)", flags: 0, text: "axbx", repl: "^",
            search: "(1, 1) ()", mat: "None", full: "None",
            findall: "['', '']",
            sub: "'a^xb^x'", split: "['a', 'xb', 'x']" },
        Case { pat: "(,)", flags: 0, text: "a,b,,c", repl: "",
            search: "(1, 2) (',',)", mat: "None", full: "None",
            findall: "[',', ',', ',']",
            sub: "'abc'", split: "['a', ',', 'b', ',', '', ',', 'c']" },
        Case { pat: "(,)|(;)", flags: 0, text: "a,b;c", repl: "",
            search: "(1, 2) (',', None)", mat: "None", full: "None",
            findall: "[(',', ''), ('', ';')]",
            sub: "'abc'", split: "['a', ',', None, 'b', None, ';', 'c']" },
        Case { pat: "\\W*", flags: 0, text: "a b!!c", repl: "",
            search: "(0, 0) ()", mat: "(0, 0) ()", full: "None",
            findall: "['', ' ', '', '!!', '', '']",
            sub: "'abc'", split: "['', 'a', '', 'b', '', 'c', '']" },
        Case { pat: "\\s*", flags: 0, text: " a b ", repl: "",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "[' ', '', ' ', '', ' ', '']",
            sub: "'ab'", split: "['', '', 'a', '', 'b', '', '']" },
        Case { pat: "\u{fc}+", flags: 0, text: "M\u{fc}\u{fc}ller s\u{fc}\u{df}", repl: "U",
            search: "(1, 3) ()", mat: "None", full: "None",
            findall: "['\u{fc}\u{fc}', '\u{fc}']",
            sub: "'MUller sU\u{df}'", split: "['M', 'ller s', '\u{df}']" },
        Case { pat: "(\\w+)", flags: 0, text: "\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", repl: "<\\1>",
            search: "(0, 3) ('\u{65e5}\u{672c}\u{8a9e}',)", mat: "(0, 3) ('\u{65e5}\u{672c}\u{8a9e}',)", full: "None",
            findall: "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']",
            sub: "'<\u{65e5}\u{672c}\u{8a9e}> <\u{30c6}\u{30ad}\u{30b9}\u{30c8}>'", split: "['', '\u{65e5}\u{672c}\u{8a9e}', ' ', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}', '']" },
        Case { pat: "\u{1f389}(.)", flags: 0, text: "a\u{1f389}b\u{1f389}c", repl: "[\\1]",
            search: "(1, 3) ('b',)", mat: "None", full: "None",
            findall: "['b', 'c']",
            sub: "'a[b][c]'", split: "['a', 'b', '', 'c', '']" },
        Case { pat: "..", flags: 0, text: "a\u{f1}b\u{20ac}c", repl: ".",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['a\u{f1}', 'b\u{20ac}']",
            sub: "'..c'", split: "['', '', 'c']" },
        Case { pat: "(a)(b)?", flags: 0, text: "a ab", repl: "[\\2]",
            search: "(0, 1) ('a', None)", mat: "(0, 1) ('a', None)", full: "None",
            findall: "[('a', ''), ('a', 'b')]",
            sub: "'[] [b]'", split: "['', 'a', None, ' ', 'a', 'b', '']" },
        Case { pat: "(\\w+)", flags: 0, text: "hi you", repl: "\\g<1>\\n",
            search: "(0, 2) ('hi',)", mat: "(0, 2) ('hi',)", full: "None",
            findall: "['hi', 'you']",
            sub: "'hi\\n you\\n'", split: "['', 'hi', ' ', 'you', '']" },
        Case { pat: "b", flags: 0, text: "abc", repl: "\\\\",
            search: "(1, 2) ()", mat: "None", full: "None",
            findall: "['b']",
            sub: "'a\\\\c'", split: "['a', 'c']" },
        Case { pat: "b", flags: 0, text: "abc", repl: "x\\.y",
            search: "(1, 2) ()", mat: "None", full: "None",
            findall: "['b']",
            sub: "'ax\\\\.yc'", split: "['a', 'c']" },
        Case { pat: "b", flags: 0, text: "abc", repl: "\\101",
            search: "(1, 2) ()", mat: "None", full: "None",
            findall: "['b']",
            sub: "'aAc'", split: "['a', 'c']" },
        Case { pat: "(b)", flags: 0, text: "abc", repl: "\\10",
            search: "(1, 2) ('b',)", mat: "None", full: "None",
            findall: "['b']",
            sub: "re.error: invalid group reference 10 at position 1", split: "['a', 'b', 'c']" },
        Case { pat: "^\\s*#.*$", flags: 8, text: "code\n  # comment\nmore", repl: "",
            search: "(5, 16) ()", mat: "None", full: "None",
            findall: "['  # comment']",
            sub: "'code\\n\\nmore'", split: "['code\\n', '\\nmore']" },
        Case { pat: "(\\d+)\\s*(kg|g)\\b", flags: 0, text: "5 kg, 10g and 7gr", repl: "\\1\\2",
            search: "(0, 4) ('5', 'kg')", mat: "(0, 4) ('5', 'kg')", full: "None",
            findall: "[('5', 'kg'), ('10', 'g')]",
            sub: "'5kg, 10g and 7gr'", split: "['', '5', 'kg', ', ', '10', 'g', ' and 7gr']" },
        Case { pat: "[A-Z][a-z]+(?:\\s[A-Z][a-z]+)*", flags: 0, text: "Meet John Smith and Ann in New York", repl: "NAME",
            search: "(0, 15) ()", mat: "(0, 15) ()", full: "None",
            findall: "['Meet John Smith', 'Ann', 'New York']",
            sub: "'NAME and NAME in NAME'", split: "['', ' and ', ' in ', '']" },
        Case { pat: "https?://[^\\s/]+(/\\S*)?", flags: 0, text: "see http://a.com/x?y=1 and https://b.org", repl: "<URL>",
            search: "(4, 22) ('/x?y=1',)", mat: "None", full: "None",
            findall: "['/x?y=1', '']",
            sub: "'see <URL> and <URL>'", split: "['see ', '/x?y=1', ' and ', None, '']" },
        Case { pat: "(?P<key>\\w+):(?P<val>[^;]*);?", flags: 0, text: "a:1;b:;c:3", repl: "\\g<val>=\\g<key>,",
            search: "(0, 4) ('a', '1')", mat: "(0, 4) ('a', '1')", full: "None",
            findall: "[('a', '1'), ('b', ''), ('c', '3')]",
            sub: "'1=a,=b,3=c,'", split: "['', 'a', '1', '', 'b', '', '', 'c', '3', '']" },
        Case { pat: "\\$\\{(\\w+)\\}", flags: 0, text: "Hello ${name}, ${x}!", repl: "<\\1>",
            search: "(6, 13) ('name',)", mat: "None", full: "None",
            findall: "['name', 'x']",
            sub: "'Hello <name>, <x>!'", split: "['Hello ', 'name', ', ', 'x', '!']" },
        Case { pat: "0x[0-9a-fA-F]+|\\d+", flags: 0, text: "0x1F 42 0xg", repl: "N",
            search: "(0, 4) ()", mat: "(0, 4) ()", full: "None",
            findall: "['0x1F', '42', '0']",
            sub: "'N N Nxg'", split: "['', ' ', ' ', 'xg']" },
        Case { pat: "(?:\\d{1,3}\\.){3}\\d{1,3}", flags: 0, text: "ip 192.168.0.1 and 10.0.0.256x", repl: "IP",
            search: "(3, 14) ()", mat: "None", full: "None",
            findall: "['192.168.0.1', '10.0.0.256']",
            sub: "'ip IP and IPx'", split: "['ip ', ' and ', 'x']" },
        Case { pat: "\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?", flags: 0, text: "1 2.5 3e10 4.5E-3", repl: "F",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['1', '2.5', '3e10', '4.5E-3']",
            sub: "'F F F F'", split: "['', ' ', ' ', ' ', '']" },
        Case { pat: "(\\w)(\\w)?(\\w)?", flags: 0, text: "abcd e", repl: "\\3\\2\\1",
            search: "(0, 3) ('a', 'b', 'c')", mat: "(0, 3) ('a', 'b', 'c')", full: "None",
            findall: "[('a', 'b', 'c'), ('d', '', ''), ('e', '', '')]",
            sub: "'cbad e'", split: "['', 'a', 'b', 'c', '', 'd', None, None, ' ', 'e', None, None, '']" },
        Case { pat: "a.*b.*c", flags: 0, text: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaax", repl: "-",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaax'", split: "['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaax']" },
        Case { pat: "(.)\\1", flags: 2, text: "\u{3c3}\u{3c2} aA Bb", repl: "-",
            search: "(3, 5) ('a',)", mat: "None", full: "None",
            findall: "['a', 'B']",
            sub: "'\u{3c3}\u{3c2} - -'", split: "['\u{3c3}\u{3c2} ', 'a', ' ', 'B', '']" },
        Case { pat: "\u{17f}+", flags: 2, text: "sS\u{17f}", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['sS\u{17f}']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "[k]+", flags: 2, text: "kK\u{212a}", repl: "-",
            search: "(0, 3) ()", mat: "(0, 3) ()", full: "(0, 3) ()",
            findall: "['kK\u{212a}']",
            sub: "'-'", split: "['', '']" },
        Case { pat: "\u{3d1}", flags: 2, text: "\u{3b8}\u{3f4}\u{398}\u{3d1}", repl: "-",
            search: "(0, 1) ()", mat: "(0, 1) ()", full: "None",
            findall: "['\u{3b8}', '\u{3f4}', '\u{398}', '\u{3d1}']",
            sub: "'----'", split: "['', '', '', '', '']" },
        Case { pat: "[^\\W\\d]+", flags: 2, text: "Ab1_\u{345}", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['Ab', '_']",
            sub: "'-1-\u{345}'", split: "['', '1', '\u{345}']" },
        Case { pat: "[a-z]+", flags: 258, text: "aB\u{e9}", repl: "-",
            search: "(0, 2) ()", mat: "(0, 2) ()", full: "None",
            findall: "['aB']",
            sub: "'-\u{e9}'", split: "['', '\u{e9}']" },
        Case { pat: "(\\w{2,3}|\\d){2}+", flags: 0, text: "_abc", repl: "-",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'_abc'", split: "['_abc']" },
        Case { pat: "(?:a|ab)++c", flags: 0, text: "abc aac", repl: "-",
            search: "(4, 7) ()", mat: "None", full: "None",
            findall: "['aac']",
            sub: "'abc -'", split: "['abc ', '']" },
        Case { pat: "(?x)\n  (\\d+)  # number\n  \\s* [-+] \\s*  # op\n  (\\d+)\n", flags: 0, text: "12 + 30, 4-5", repl: "\\2\\1",
            search: "(0, 7) ('12', '30')", mat: "(0, 7) ('12', '30')", full: "None",
            findall: "[('12', '30'), ('4', '5')]",
            sub: "'3012, 54'", split: "['', '12', '30', ', ', '4', '5', '']" },
        Case { pat: "(a+)+$", flags: 0, text: "aaaaaaaaaaaaaaaaab", repl: "-",
            search: "None", mat: "None", full: "None",
            findall: "[]",
            sub: "'aaaaaaaaaaaaaaaaab'", split: "['aaaaaaaaaaaaaaaaab']" },
    ];

    #[rustfmt::skip]
    const ERRORS: &[(&str, i64, &str)] = &[
        ("a(b", 0, "re.error: missing ), unterminated subpattern at position 1"),
        ("a)b", 0, "re.error: unbalanced parenthesis at position 1"),
        ("*a", 0, "re.error: nothing to repeat at position 0"),
        ("a**", 0, "re.error: multiple repeat at position 2"),
        ("a{2,1}", 0, "re.error: min repeat greater than max repeat at position 2"),
        ("[a", 0, "re.error: unterminated character set at position 0"),
        ("[z-a]", 0, "re.error: bad character range z-a at position 1"),
        ("\\q", 0, "re.error: bad escape \\q at position 0"),
        ("a\\", 0, "re.error: bad escape (end of pattern) at position 1"),
        ("(?P<1a>x)", 0, "re.error: bad character in group name '1a' at position 4"),
        ("(?P<a>x)(?P<a>y)", 0, "re.error: redefinition of group name 'a' as group 2; was group 1 at position 12"),
        ("(?P=zz)", 0, "re.error: unknown group name 'zz' at position 4"),
        ("\\2(a)", 0, "re.error: invalid group reference 2 at position 1"),
        ("(a)\\2", 0, "re.error: invalid group reference 2 at position 4"),
        ("(?<=a+)b", 0, "re.error: look-behind requires fixed-width pattern"),
        ("(?z)", 0, "re.error: unknown extension ?z at position 1"),
        ("a(?i)b", 0, "re.error: global flags not at the start of the expression at position 1"),
        ("(?", 0, "re.error: unexpected end of pattern at position 2"),
        ("[\\d-z]", 0, "re.error: bad character range \\d-z at position 1"),
        ("\\x4", 0, "re.error: incomplete escape \\x4 at position 0"),
        ("(?P<n", 0, "re.error: missing >, unterminated name at position 4"),
        ("(?<x)", 0, "re.error: unknown extension ?<x at position 1"),
        ("x{99999999999}", 0, "OverflowError: the repetition number is too large"),
        ("abc\n(d", 0, "re.error: missing ), unterminated subpattern at position 4 (line 2, column 1)"),
        ("a", 4, "ValueError: cannot use LOCALE flag with a str pattern"),
        ("a", 288, "ValueError: ASCII and UNICODE flags are incompatible"),
        ("(a)(?(2)b)", 0, "re.error: invalid group reference 2 at position 6"),
        ("(?(1)a|b|c)", 0, "re.error: conditional backref with more than two branches at position 8"),
        ("\\777", 0, "re.error: octal escape value \\777 outside of range 0-0o377 at position 0"),
        ("(?#abc", 0, "re.error: missing ), unterminated comment at position 0"),
        ("(a\\1)", 0, "re.error: cannot refer to an open group at position 2"),
        ("^*", 0, "re.error: nothing to repeat at position 1"),
        ("(?i-i:a)", 0, "re.error: bad inline flags: flag turned on and off at position 5"),
        ("[\\A]", 0, "re.error: bad escape \\A at position 1"),
        ("(?P", 0, "re.error: unexpected end of pattern at position 3"),
        ("x{2}{3}", 0, "re.error: multiple repeat at position 4"),
        ("(?i", 0, "re.error: missing -, : or ) at position 3"),
        ("(?-", 0, "re.error: missing flag at position 3"),
        ("(?x:", 0, "re.error: missing ), unterminated subpattern at position 0"),
        ("[", 0, "re.error: unterminated character set at position 0"),
        ("(", 0, "re.error: missing ), unterminated subpattern at position 0"),
        (")", 0, "re.error: unbalanced parenthesis at position 0"),
        ("(?<=a|bc)", 0, "re.error: look-behind requires fixed-width pattern"),
        ("(?P=", 0, "re.error: missing group name at position 4"),
        ("(?x)\n a  # c\n (b", 0, "re.error: missing ), unterminated subpattern at position 14 (line 3, column 2)"),
        ("a|(?i)b", 0, "re.error: global flags not at the start of the expression at position 2"),
        ("(?<=(a)\\1)", 0, "re.error: cannot refer to group defined in the same lookbehind subpattern at position 9"),
        ("(?<=(?P<x>a)(?P=x))b", 0, "re.error: cannot refer to group defined in the same lookbehind subpattern at position 18"),
        ("(?ui)", 0, "OK"),
        ("(?au)", 0, "re.error: bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4"),
        ("(?-a:x)", 0, "re.error: bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4"),
        ("(?(0)a)", 0, "re.error: bad group number at position 3"),
        ("(?(x)a)", 0, "re.error: unknown group name 'x' at position 3"),
        ("(?(1a)a)", 0, "re.error: bad character in group name '1a' at position 3"),
        ("[a-\\d]", 0, "re.error: bad character range a-\\d at position 1"),
        ("\\U00110000", 0, "re.error: bad escape \\U00110000 at position 0"),
        ("\\u12", 0, "re.error: incomplete escape \\u12 at position 0"),
        ("(?P<a-b>x)", 0, "re.error: bad character in group name 'a-b' at position 4"),
        ("(?<!", 0, "re.error: missing ), unterminated subpattern at position 0"),
        ("a{3,2}?", 0, "re.error: min repeat greater than max repeat at position 2"),
        ("(?>a)*", 0, "OK"),
        ("\\b*", 0, "re.error: nothing to repeat at position 2"),
    ];

    #[rustfmt::skip]
    const SUBS: &[(&str, &str, &str, &str)] = &[
        ("(a)", "\\2", "a", "re.error: invalid group reference 2 at position 1"),
        ("(a)", "\\g<2>", "a", "re.error: invalid group reference 2 at position 3"),
        ("(a)", "\\g<x>", "a", "IndexError: unknown group name 'x'"),
        ("(a)", "\\g<1", "a", "re.error: missing >, unterminated name at position 3"),
        ("(a)", "\\q", "a", "re.error: bad escape \\q at position 0"),
        ("(a)", "\\g<-1>", "a", "re.error: bad character in group name '-1' at position 3"),
        ("(?P<x>a)", "\\g<x>\\g<0>\\g<1>", "bab", "'baaab'"),
        ("a", "\\n\\t", "a", "'\\n\\t'"),
        ("(a)", "\\", "a", "re.error: bad escape (end of pattern) at position 0"),
        ("(a)", "\\g<>", "a", "re.error: missing group name at position 3"),
        ("(a)(b)?", "\\2", "xa", "'x'"),
        ("(a)", "\\g< 1 >", "a", "'a'"),
        ("(a)", "\\g<1_0>", "a", "re.error: invalid group reference 10 at position 3"),
        ("(a)", "\\0\\08\\101x", "a", "'\\x00\\x008Ax'"),
        ("(a)", "\\400", "a", "re.error: octal escape value \\400 outside of range 0-0o377 at position 0"),
        ("(a)", "\\.\\-", "a", "'\\\\.\\\\-'"),
        ("(a)", "x\\g<1>\\", "a", "re.error: bad escape (end of pattern) at position 6"),
    ];
}
