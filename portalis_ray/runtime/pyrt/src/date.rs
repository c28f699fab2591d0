//! `datetime.date` and `datetime.timedelta`, byte-exact with CPython 3.11
//! (`Modules/_datetimemodule.c`).
//!
//! `Date::strftime` follows CPython on Linux: `datetime`'s own wrapper
//! replaces `%z`, `%Z` (empty for a date) and `%f` (`000000`), then
//! `time.strftime` hands the rest to glibc's `wcsftime` in the C locale with
//! the date's `timetuple()` (time fields 0, `tm_isdst` -1). The glibc part is
//! emulated here directive by directive, flags (`_ - 0 ^ #`), field widths and
//! `E`/`O` modifiers included, and unknown directives are copied the way
//! glibc copies them. `%s` assumes the process runs with `TZ` unset (UTC).

use crate::bigint::Int;
use crate::error::{PyErr, PyResult};
use crate::traits::{PyFormat, PyRepr, PySetHash, PyTruthy};

/// `datetime.MINYEAR`.
pub const DATE_MIN_YEAR: i64 = 1;
/// `datetime.MAXYEAR`.
pub const DATE_MAX_YEAR: i64 = 9999;

/// The proleptic Gregorian ordinal of 9999-12-31.
const MAX_ORDINAL: i64 = 3_652_059;
/// The ordinal of 1970-01-01.
const EPOCH_ORDINAL: i64 = 719_163;
const MAX_DELTA_DAYS: i64 = 999_999_999;
const US_PER_SECOND: i64 = 1_000_000;
const SECONDS_PER_DAY: i64 = 86_400;
const US_PER_DAY: i64 = 86_400_000_000;

const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_FULL: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ---------------------------------------------------------------------------
// Calendar arithmetic (CPython's helpers; `/` and `%` truncate like C's).
// ---------------------------------------------------------------------------

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    if month == 2 && is_leap(year) {
        29
    } else {
        DAYS_IN_MONTH[month as usize]
    }
}

fn days_before_month(year: i64, month: i64) -> i64 {
    DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && is_leap(year))
}

fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

fn ymd_to_ord(year: i64, month: i64, day: i64) -> i64 {
    days_before_year(year) + days_before_month(year, month) + day
}

/// The date of ordinal `ordinal` (>= 1), any size.
fn ord_to_ymd(ordinal: i64) -> (i64, i64, i64) {
    const DI400Y: i64 = 146_097;
    const DI100Y: i64 = 36_524;
    const DI4Y: i64 = 1_461;
    let mut n = ordinal - 1;
    let n400 = n / DI400Y;
    n %= DI400Y;
    let mut year = n400 * 400 + 1;
    let n100 = n / DI100Y;
    n %= DI100Y;
    let n4 = n / DI4Y;
    n %= DI4Y;
    let n1 = n / 365;
    n %= 365;
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = (n + 50) >> 5;
    let mut preceding = DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && leap);
    if preceding > n {
        month -= 1;
        preceding -= days_in_month(year, month);
    }
    (year, month, n - preceding + 1)
}

/// The ordinal of the Monday starting ISO week 1 of `year`.
fn iso_week1_monday(year: i64) -> i64 {
    let first_day = ymd_to_ord(year, 1, 1);
    let first_weekday = (first_day + 6) % 7;
    let monday = first_day - first_weekday;
    if first_weekday > 3 {
        monday + 7
    } else {
        monday
    }
}

/// `int` arguments parsed with the `i` format: a C int.
fn c_int(v: i64) -> PyResult<i64> {
    if v > i64::from(i32::MAX) {
        Err(PyErr::overflow_error(
            "signed integer is greater than maximum",
        ))
    } else if v < i64::from(i32::MIN) {
        Err(PyErr::overflow_error("signed integer is less than minimum"))
    } else {
        Ok(v)
    }
}

// ---------------------------------------------------------------------------
// date
// ---------------------------------------------------------------------------

/// `datetime.date`. Stored as the proleptic Gregorian ordinal minus one, so
/// that `Date::default()` is `date.min` (0001-01-01); the derived ordering,
/// equality and hashing are by date.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Date {
    ord0: i32,
}

impl Date {
    fn from_ordinal_unchecked(ordinal: i64) -> Date {
        Date {
            ord0: (ordinal - 1) as i32,
        }
    }

    /// CPython's `new_date` checks, after the arguments became C ints.
    fn checked(year: i64, month: i64, day: i64) -> PyResult<Date> {
        if !(DATE_MIN_YEAR..=DATE_MAX_YEAR).contains(&year) {
            return Err(PyErr::value_error(format!("year {} is out of range", year)));
        }
        if !(1..=12).contains(&month) {
            return Err(PyErr::value_error("month must be in 1..12"));
        }
        if day < 1 || day > days_in_month(year, month) {
            return Err(PyErr::value_error("day is out of range for month"));
        }
        Ok(Date::from_ordinal_unchecked(ymd_to_ord(year, month, day)))
    }

    /// `date(year, month, day)`.
    pub fn new(year: i64, month: i64, day: i64) -> PyResult<Date> {
        let year = c_int(year)?;
        let month = c_int(month)?;
        let day = c_int(day)?;
        Date::checked(year, month, day)
    }

    /// `date.fromisoformat(s)` (3.11: `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www`,
    /// `YYYY-Www-D`, `YYYYWww`, `YYYYWwwD`).
    pub fn fromisoformat(s: &str) -> PyResult<Date> {
        match parse_isoformat_date(s.as_bytes()) {
            Some((y, m, d)) => Date::checked(y, m, d),
            None => Err(PyErr::value_error(format!(
                "Invalid isoformat string: {}",
                crate::strings::str_repr(s)
            ))),
        }
    }

    /// `date.fromordinal(n)`.
    pub fn fromordinal(n: i64) -> PyResult<Date> {
        let n = c_int(n)?;
        if n < 1 {
            return Err(PyErr::value_error("ordinal must be >= 1"));
        }
        if n > MAX_ORDINAL {
            let (year, _, _) = ord_to_ymd(n);
            return Err(PyErr::value_error(format!("year {} is out of range", year)));
        }
        Ok(Date::from_ordinal_unchecked(n))
    }

    /// `d.toordinal()`.
    pub fn toordinal(&self) -> i64 {
        i64::from(self.ord0) + 1
    }

    fn ymd(&self) -> (i64, i64, i64) {
        ord_to_ymd(self.toordinal())
    }

    pub fn year(&self) -> i64 {
        self.ymd().0
    }

    pub fn month(&self) -> i64 {
        self.ymd().1
    }

    pub fn day(&self) -> i64 {
        self.ymd().2
    }

    /// Monday is 0.
    pub fn weekday(&self) -> i64 {
        (self.toordinal() + 6) % 7
    }

    /// Monday is 1.
    pub fn isoweekday(&self) -> i64 {
        self.weekday() + 1
    }

    /// `(ISO year, ISO week, ISO weekday)`.
    pub fn isocalendar(&self) -> (i64, i64, i64) {
        let mut year = self.year();
        let today = self.toordinal();
        let mut week1_monday = iso_week1_monday(year);
        let mut week = (today - week1_monday).div_euclid(7);
        let mut day = (today - week1_monday).rem_euclid(7);
        if week < 0 {
            year -= 1;
            week1_monday = iso_week1_monday(year);
            week = (today - week1_monday).div_euclid(7);
            day = (today - week1_monday).rem_euclid(7);
        } else if week >= 52 && today >= iso_week1_monday(year + 1) {
            year += 1;
            week = 0;
        }
        (year, week + 1, day + 1)
    }

    /// `YYYY-MM-DD`.
    pub fn isoformat(&self) -> String {
        let (y, m, d) = self.ymd();
        format!("{:04}-{:02}-{:02}", y, m, d)
    }

    /// `d.ctime()`: `Mon Mar  4 00:00:00 2024`.
    pub fn ctime(&self) -> String {
        let (y, m, d) = self.ymd();
        format!(
            "{} {} {:2} 00:00:00 {:04}",
            DAY_ABBR[(self.toordinal() % 7) as usize],
            MONTH_ABBR[(m - 1) as usize],
            d,
            y
        )
    }

    /// `d.strftime(fmt)` as CPython 3.11 on Linux/glibc in the C locale.
    pub fn strftime(&self, fmt: &str) -> String {
        // datetime's wrap_strftime: the format ends at a NUL; %z and %Z are
        // empty for a date and %f is 000000; everything else goes to strftime.
        let src: Vec<char> = fmt.chars().take_while(|&c| c != '\0').collect();
        let mut wrapped: Vec<char> = Vec::with_capacity(src.len());
        let mut k = 0;
        while k < src.len() {
            let c = src[k];
            k += 1;
            if c != '%' || k == src.len() {
                wrapped.push(c);
                continue;
            }
            let next = src[k];
            k += 1;
            match next {
                'z' | 'Z' => {}
                'f' => wrapped.extend("000000".chars()),
                _ => {
                    wrapped.push('%');
                    wrapped.push(next);
                }
            }
        }
        if wrapped.is_empty() {
            return String::new();
        }
        // time.strftime grows its buffer from 1024 characters up to 256 times
        // the format's length; a longer result comes back empty.
        let mut maxsize: i64 = 1024;
        while maxsize < 256 * wrapped.len() as i64 {
            maxsize *= 2;
        }
        let tm = Tm::of(self);
        let mut out = Vec::new();
        if glibc_strftime(&wrapped, &tm, &mut out, maxsize) {
            out.into_iter().collect()
        } else {
            String::new()
        }
    }

    /// `d.replace(year=..., month=..., day=...)`.
    pub fn replace(
        &self,
        year: Option<i64>,
        month: Option<i64>,
        day: Option<i64>,
    ) -> PyResult<Date> {
        let (y, m, d) = self.ymd();
        Date::new(year.unwrap_or(y), month.unwrap_or(m), day.unwrap_or(d))
    }

    fn shifted(&self, days: i64) -> PyResult<Date> {
        let ordinal = self.toordinal() + days;
        if !(1..=MAX_ORDINAL).contains(&ordinal) {
            return Err(PyErr::overflow_error("date value out of range"));
        }
        Ok(Date::from_ordinal_unchecked(ordinal))
    }

    /// `date + timedelta` (only the days count).
    pub fn add(&self, td: &TimeDelta) -> PyResult<Date> {
        self.shifted(td.days())
    }

    /// `date - timedelta`.
    pub fn sub(&self, td: &TimeDelta) -> PyResult<Date> {
        self.shifted(-td.days())
    }

    /// `date - date`.
    pub fn diff(&self, other: &Date) -> TimeDelta {
        TimeDelta {
            days: self.ord0 - other.ord0,
            seconds: 0,
            microseconds: 0,
        }
    }
}

impl PyRepr for Date {
    fn py_repr(&self) -> String {
        let (y, m, d) = self.ymd();
        format!("datetime.date({}, {}, {})", y, m, d)
    }
    fn py_str(&self) -> String {
        self.isoformat()
    }
}

impl PyFormat for Date {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            Ok(self.isoformat())
        } else {
            Ok(self.strftime(spec))
        }
    }
}

impl PyTruthy for Date {
    fn py_bool(&self) -> bool {
        true
    }
}

impl PySetHash for Date {}

/// C's `parse_digits`: `n` ASCII digits at `*pos` (a NUL past the end).
fn parse_digits(s: &[u8], pos: &mut usize, n: usize) -> Option<i64> {
    let mut v = 0;
    for _ in 0..n {
        let c = s.get(*pos).copied().unwrap_or(0);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
        *pos += 1;
    }
    Some(v)
}

/// CPython 3.11's `date_fromisoformat` parser: the length must be 7, 8 or 10
/// bytes, and (as in CPython) trailing bytes after a complete date are not
/// looked at. `None` means "Invalid isoformat string".
fn parse_isoformat_date(s: &[u8]) -> Option<(i64, i64, i64)> {
    let len = s.len();
    if len != 7 && len != 8 && len != 10 {
        return None;
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut p = 0;
    let year = parse_digits(s, &mut p, 4)?;
    let sep = at(p) == b'-';
    if sep {
        p += 1;
    }
    if at(p) == b'W' {
        p += 1;
        let week = parse_digits(s, &mut p, 2)?;
        let day = if p < len {
            if sep {
                if at(p) != b'-' {
                    return None;
                }
                p += 1;
            }
            parse_digits(s, &mut p, 1)?
        } else {
            1
        };
        return iso_to_ymd(year, week, day);
    }
    let month = parse_digits(s, &mut p, 2)?;
    if sep {
        if at(p) != b'-' {
            return None;
        }
        p += 1;
    }
    let day = parse_digits(s, &mut p, 2)?;
    Some((year, month, day))
}

/// CPython's `iso_to_ymd` for `fromisoformat`'s week dates.
fn iso_to_ymd(year: i64, week: i64, day: i64) -> Option<(i64, i64, i64)> {
    if week <= 0 || week >= 53 {
        // Only 53 is ever allowed: for years starting on a Thursday, and leap
        // years starting on a Wednesday.
        let first_weekday = (ymd_to_ord(year, 1, 1) + 6) % 7;
        if !(week == 53 && (first_weekday == 3 || (first_weekday == 2 && is_leap(year)))) {
            return None;
        }
    }
    if !(1..=7).contains(&day) {
        return None;
    }
    if year == 0 {
        // CPython converts a week of year 0 through its ordinal helper out of
        // its domain and always ends on month 0 of year 1.
        return Some((1, 0, 0));
    }
    Some(ord_to_ymd(
        iso_week1_monday(year) + (week - 1) * 7 + day - 1,
    ))
}

// ---------------------------------------------------------------------------
// strftime: glibc's __strftime_internal (C locale, wide-character version).
// ---------------------------------------------------------------------------

/// The `struct tm` of `date.timetuple()`: midnight, `tm_isdst` -1, no zone.
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    yday: i64,
    wday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    epoch: i64,
}

impl Tm {
    fn of(d: &Date) -> Tm {
        let (y, m, day) = d.ymd();
        let ordinal = d.toordinal();
        Tm {
            year: y,
            mon: m - 1,
            mday: day,
            yday: ordinal - ymd_to_ord(y, 1, 1),
            wday: ordinal % 7,
            hour: 0,
            min: 0,
            sec: 0,
            epoch: (ordinal - EPOCH_ORDINAL) * SECONDS_PER_DAY,
        }
    }
}

/// glibc's ISO 8601 helper: days from the Monday of ISO week 1 to `yday`.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 3
}

/// `towupper`/`towlower`, for characters with a one-character mapping.
fn change_case(c: char, upper: bool) -> char {
    let mut it: Vec<char> = if upper {
        c.to_uppercase().collect()
    } else {
        c.to_lowercase().collect()
    };
    if it.len() == 1 {
        it.pop().unwrap_or(c)
    } else {
        c
    }
}

/// The output of one `__strftime_internal` call: `maxsize` as in C (the
/// result plus its NUL must fit), `base` where this call's output starts.
struct Sink<'a> {
    buf: &'a mut Vec<char>,
    base: usize,
    maxsize: i64,
}

impl<'a> Sink<'a> {
    fn used(&self) -> i64 {
        (self.buf.len() - self.base) as i64
    }

    /// Room for `n` more characters (C: `n >= maxsize - i` fails).
    fn room(&self, n: i64) -> bool {
        n < self.maxsize - self.used()
    }

    fn fill(&mut self, c: char, n: i64) {
        for _ in 0..n {
            self.buf.push(c);
        }
    }

    /// glibc's `add`/`cpy`: pad to `width` (zeros for the `0` flag, else
    /// spaces), then the text, case-changed as asked.
    fn cpy(&mut self, text: &[char], width: i64, pad: char, lower: bool, upper: bool) -> bool {
        let n = text.len() as i64;
        let delta = width - n;
        let incr = n + delta.max(0);
        if !self.room(incr) {
            return false;
        }
        if delta > 0 {
            self.fill(if pad == '0' { '0' } else { ' ' }, delta);
        }
        for &c in text {
            self.buf.push(if lower {
                change_case(c, false)
            } else if upper {
                change_case(c, true)
            } else {
                c
            });
        }
        true
    }

    /// `do_number_sign_and_padding` for the digits in `text` (with its sign).
    fn number_text(&mut self, mut text: Vec<char>, digits: i64, mut width: i64, pad: char) -> bool {
        let negative = text.first() == Some(&'-');
        if pad != '-' {
            let padding = digits - text.len() as i64;
            if padding > 0 {
                if pad == '_' {
                    if !self.room(padding) {
                        return false;
                    }
                    self.fill(' ', padding);
                    width = if width > padding { width - padding } else { 0 };
                } else {
                    if !self.room(digits) {
                        return false;
                    }
                    if negative {
                        text.remove(0);
                        self.buf.push('-');
                    }
                    self.fill('0', padding);
                    width = 0;
                }
            }
        }
        self.cpy(&text, width, pad, false, false)
    }

    /// `DO_NUMBER` / `DO_NUMBER_SPACEPAD` (no alternative digits in C).
    fn number(&mut self, d: i64, value: i64, width: i64, pad: char, spacepad: bool) -> bool {
        let pad = if spacepad && pad != '0' && pad != '-' {
            '_'
        } else {
            pad
        };
        let digits = d.max(width);
        self.number_text(value.to_string().chars().collect(), digits, width, pad)
    }
}

/// glibc's `strftime` on `fmt`; false when the result does not fit `maxsize`.
fn glibc_strftime(fmt: &[char], tm: &Tm, buf: &mut Vec<char>, maxsize: i64) -> bool {
    let base = buf.len();
    let mut out = Sink { buf, base, maxsize };
    let at = |i: usize| fmt.get(i).copied().unwrap_or('\0');
    let hour12 = if tm.hour > 12 {
        tm.hour - 12
    } else if tm.hour == 0 {
        12
    } else {
        tm.hour
    };
    let mut k = 0;
    while k < fmt.len() {
        let c = fmt[k];
        if c != '%' {
            if !out.room(1) {
                return false;
            }
            out.buf.push(c);
            k += 1;
            continue;
        }
        let start = k;
        let mut pad = '\0';
        let mut upper = false;
        let mut lower = false;
        let mut swap = false;
        k += 1;
        loop {
            match at(k) {
                '_' | '-' | '0' => pad = at(k),
                '^' => upper = true,
                '#' => swap = true,
                _ => break,
            }
            k += 1;
        }
        let mut width: i64 = -1;
        if at(k).is_ascii_digit() {
            width = 0;
            let max = i64::from(i32::MAX);
            while at(k).is_ascii_digit() {
                let d = i64::from(at(k) as u32 - '0' as u32);
                width = if width > max / 10 || (width == max / 10 && d > max % 10) {
                    max
                } else {
                    width * 10 + d
                };
                k += 1;
            }
        }
        let modifier = match at(k) {
            'E' | 'O' => {
                k += 1;
                at(k - 1)
            }
            _ => '\0',
        };
        let fc = at(k);
        let mut bad = false;
        let mut subfmt: Option<&str> = None;
        // Each arm returns whether the output still fits.
        let ok = match fc {
            '%' => {
                if modifier != '\0' {
                    bad = true;
                    true
                } else {
                    out.cpy(&['%'], width, pad, false, false)
                }
            }
            'a' | 'A' => {
                if modifier != '\0' {
                    bad = true;
                    true
                } else {
                    if swap {
                        upper = true;
                        lower = false;
                    }
                    let name = if fc == 'a' {
                        DAY_ABBR[tm.wday as usize]
                    } else {
                        DAY_FULL[tm.wday as usize]
                    };
                    let text: Vec<char> = name.chars().collect();
                    out.cpy(&text, width, pad, lower, upper)
                }
            }
            'b' | 'h' | 'B' => {
                // %b checks '#' before the modifier, %B after it.
                if fc != 'B' && swap {
                    upper = true;
                    lower = false;
                }
                if modifier == 'E' {
                    bad = true;
                    true
                } else {
                    if swap {
                        upper = true;
                        lower = false;
                    }
                    let name = if fc == 'B' {
                        MONTH_FULL[tm.mon as usize]
                    } else {
                        MONTH_ABBR[tm.mon as usize]
                    };
                    let text: Vec<char> = name.chars().collect();
                    out.cpy(&text, width, pad, lower, upper)
                }
            }
            'c' | 'x' | 'X' => {
                if modifier == 'O' {
                    bad = true;
                } else {
                    subfmt = Some(match fc {
                        'c' => "%a %b %e %H:%M:%S %Y",
                        'x' => "%m/%d/%y",
                        _ => "%H:%M:%S",
                    });
                }
                true
            }
            'D' | 'F' => {
                if modifier != '\0' {
                    bad = true;
                } else {
                    subfmt = Some(if fc == 'D' { "%m/%d/%y" } else { "%Y-%m-%d" });
                }
                true
            }
            'R' => {
                subfmt = Some("%H:%M");
                true
            }
            'r' => {
                subfmt = Some("%I:%M:%S %p");
                true
            }
            'T' => {
                subfmt = Some("%H:%M:%S");
                true
            }
            'C' => {
                let year = tm.year;
                out.number(1, year / 100 - i64::from(year % 100 < 0), width, pad, false)
            }
            'y' => out.number(2, ((tm.year - 1900) % 100 + 100) % 100, width, pad, false),
            'Y' => {
                if modifier == 'O' {
                    bad = true;
                    true
                } else {
                    out.number(1, tm.year, width, pad, false)
                }
            }
            'd' | 'e' | 'H' | 'I' | 'k' | 'l' | 'j' | 'M' | 'm' | 'S' | 'U' | 'W' | 'w' | 'V'
            | 'g' | 'G' => {
                if modifier == 'E' {
                    bad = true;
                    true
                } else {
                    let (d, value, spacepad) = match fc {
                        'd' => (2, tm.mday, false),
                        'e' => (2, tm.mday, true),
                        'H' => (2, tm.hour, false),
                        'I' => (2, hour12, false),
                        'k' => (2, tm.hour, true),
                        'l' => (2, hour12, true),
                        'j' => (3, 1 + tm.yday, false),
                        'M' => (2, tm.min, false),
                        'm' => (2, tm.mon + 1, false),
                        'S' => (2, tm.sec, false),
                        'U' => (2, (tm.yday - tm.wday + 7) / 7, false),
                        'W' => (2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, false),
                        'w' => (1, tm.wday, false),
                        _ => {
                            let mut year = tm.year;
                            let mut days = iso_week_days(tm.yday, tm.wday);
                            if days < 0 {
                                year -= 1;
                                days = iso_week_days(
                                    tm.yday + 365 + i64::from(is_leap(year)),
                                    tm.wday,
                                );
                            } else {
                                let d = iso_week_days(
                                    tm.yday - (365 + i64::from(is_leap(year))),
                                    tm.wday,
                                );
                                if d >= 0 {
                                    year += 1;
                                    days = d;
                                }
                            }
                            match fc {
                                'g' => (2, (year % 100 + 100) % 100, false),
                                'G' => (1, year, false),
                                _ => (2, days / 7 + 1, false),
                            }
                        }
                    };
                    out.number(d, value, width, pad, spacepad)
                }
            }
            'u' => out.number(1, (tm.wday - 1 + 7) % 7 + 1, width, pad, false),
            'n' => out.cpy(&['\n'], width, pad, false, false),
            't' => out.cpy(&['\t'], width, pad, false, false),
            'p' | 'P' => {
                if fc == 'P' {
                    lower = true;
                }
                if swap {
                    upper = false;
                    lower = true;
                }
                let text: Vec<char> = (if tm.hour > 11 { "PM" } else { "AM" }).chars().collect();
                out.cpy(&text, width, pad, lower, upper)
            }
            's' => {
                let text: Vec<char> = tm.epoch.to_string().chars().collect();
                out.number_text(text, 1, width, pad)
            }
            'Z' => {
                // No zone name: tm_zone is NULL and tm_isdst is -1.
                if swap {
                    upper = false;
                    lower = true;
                }
                out.cpy(&[], width, pad, lower, upper)
            }
            // tm_isdst < 0: no output at all.
            'z' => true,
            _ => {
                bad = true;
                true
            }
        };
        if !ok {
            return false;
        }
        if let Some(sub) = subfmt {
            let sub: Vec<char> = sub.chars().collect();
            let mut text = Vec::new();
            glibc_strftime(&sub, tm, &mut text, i64::MAX);
            let from = out.buf.len();
            if !out.cpy(&text, width, pad, false, false) {
                return false;
            }
            if upper {
                for c in out.buf[from..].iter_mut() {
                    *c = change_case(*c, true);
                }
            }
        }
        if bad {
            // Unknown: copy back to the nearest '%' (the directive as
            // written, or just the '%' of `%E%`); a '%' at the end of the
            // format copies what there is.
            let end = if k < fmt.len() { k + 1 } else { fmt.len() };
            let from = if fc == '%' { k } else { start };
            if !out.cpy(&fmt[from..end], width, pad, lower, upper) {
                return false;
            }
        }
        k += 1;
    }
    true
}

// ---------------------------------------------------------------------------
// timedelta
// ---------------------------------------------------------------------------

/// `datetime.timedelta`, normalised as CPython: `0 <= seconds < 86400`,
/// `0 <= microseconds < 1000000`, `|days| <= 999999999`. Field order makes the
/// derived ordering the ordering by duration.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct TimeDelta {
    days: i32,
    seconds: i32,
    microseconds: i32,
}

fn int(v: i64) -> Int {
    Int::from_i64(v)
}

/// CPython's `accum`: adds `num * factor` microseconds to `sofar`, exactly for
/// the integral part of `num`, and collects the fraction in `leftover`.
fn accum(sofar: &Int, num: f64, factor: i64, leftover: &mut f64) -> PyResult<Int> {
    if !num.is_finite() {
        return Int::from_f64(num);
    }
    let intpart = num.trunc();
    let fracpart = num - intpart;
    let sum = sofar.add(&Int::from_f64(intpart)?.mul(&int(factor)));
    if fracpart == 0.0 {
        return Ok(sum);
    }
    let scaled = factor as f64 * fracpart;
    let whole = scaled.trunc();
    *leftover += scaled - whole;
    Ok(sum.add(&Int::from_f64(whole)?))
}

/// `a / b` rounded half to even (`b > 0`), CPython's `divide_nearest`.
fn divide_nearest(a: &Int, b: &Int) -> PyResult<Int> {
    let (q, r) = a.divmod(b)?;
    let twice = r.add(&r);
    let q_odd = !q.modulo(&int(2))?.is_zero();
    if twice > *b || (twice == *b && q_odd) {
        Ok(q.add(&int(1)))
    } else {
        Ok(q)
    }
}

impl TimeDelta {
    /// Normalises `(days, seconds, microseconds)` and checks the day range.
    fn from_dsu(days: i64, seconds: i64, microseconds: i64) -> PyResult<TimeDelta> {
        let seconds = seconds + microseconds.div_euclid(US_PER_SECOND);
        let microseconds = microseconds.rem_euclid(US_PER_SECOND);
        let days = days + seconds.div_euclid(SECONDS_PER_DAY);
        let seconds = seconds.rem_euclid(SECONDS_PER_DAY);
        if days.abs() > MAX_DELTA_DAYS {
            return Err(PyErr::overflow_error(format!(
                "days={}; must have magnitude <= {}",
                days, MAX_DELTA_DAYS
            )));
        }
        Ok(TimeDelta {
            days: days as i32,
            seconds: seconds as i32,
            microseconds: microseconds as i32,
        })
    }

    /// CPython's `microseconds_to_delta`.
    fn from_us(us: &Int) -> PyResult<TimeDelta> {
        let (secs, micros) = us.divmod(&int(US_PER_SECOND))?;
        let (days, secs) = secs.divmod(&int(SECONDS_PER_DAY))?;
        let days = match days.to_i64_opt() {
            Some(d) if d >= i64::from(i32::MIN) && d <= i64::from(i32::MAX) => d,
            _ => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C int",
                ))
            }
        };
        TimeDelta::from_dsu(
            days,
            secs.to_i64_opt().unwrap_or(0),
            micros.to_i64_opt().unwrap_or(0),
        )
    }

    /// The whole duration in microseconds.
    fn total_us(&self) -> Int {
        int(i64::from(self.days))
            .mul(&int(US_PER_DAY))
            .add(&int(
                i64::from(self.seconds) * US_PER_SECOND + i64::from(self.microseconds)
            ))
    }

    /// `timedelta(days, seconds, microseconds, milliseconds, minutes, hours,
    /// weeks)` with CPython's exact accumulation and round-half-even of the
    /// leftover microseconds.
    pub fn new(
        days: f64,
        seconds: f64,
        microseconds: f64,
        milliseconds: f64,
        minutes: f64,
        hours: f64,
        weeks: f64,
    ) -> PyResult<TimeDelta> {
        let parts = [
            (microseconds, 1),
            (milliseconds, 1_000),
            (seconds, US_PER_SECOND),
            (minutes, 60 * US_PER_SECOND),
            (hours, 3_600 * US_PER_SECOND),
            (days, US_PER_DAY),
            (weeks, 7 * US_PER_DAY),
        ];
        let mut x = Int::zero();
        let mut leftover = 0.0f64;
        for &(num, factor) in parts.iter() {
            // `if (arg)`: zero (either sign) is skipped, NaN is not.
            if num != 0.0 || num.is_nan() {
                x = accum(&x, num, factor, &mut leftover)?;
            }
        }
        if leftover != 0.0 {
            let mut whole = leftover.round();
            if (whole - leftover).abs() == 0.5 {
                let odd = if x.modulo(&int(2))?.is_zero() {
                    0.0
                } else {
                    1.0
                };
                whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
            }
            x = x.add(&int(whole as i64));
        }
        TimeDelta::from_us(&x)
    }

    pub fn days(&self) -> i64 {
        i64::from(self.days)
    }

    pub fn seconds(&self) -> i64 {
        i64::from(self.seconds)
    }

    pub fn microseconds(&self) -> i64 {
        i64::from(self.microseconds)
    }

    /// `td.total_seconds()`: microseconds / 10**6, correctly rounded.
    pub fn total_seconds(&self) -> f64 {
        self.total_us().truediv(&int(US_PER_SECOND)).unwrap_or(0.0)
    }

    pub fn add(&self, o: &TimeDelta) -> PyResult<TimeDelta> {
        TimeDelta::from_dsu(
            self.days() + o.days(),
            self.seconds() + o.seconds(),
            self.microseconds() + o.microseconds(),
        )
    }

    pub fn sub(&self, o: &TimeDelta) -> PyResult<TimeDelta> {
        TimeDelta::from_dsu(
            self.days() - o.days(),
            self.seconds() - o.seconds(),
            self.microseconds() - o.microseconds(),
        )
    }

    /// `-td`.
    pub fn neg(&self) -> PyResult<TimeDelta> {
        TimeDelta::from_dsu(-self.days(), -self.seconds(), -self.microseconds())
    }

    /// `abs(td)`.
    pub fn abs(&self) -> PyResult<TimeDelta> {
        if self.days < 0 {
            self.neg()
        } else {
            Ok(*self)
        }
    }

    /// `td * k` for an int `k`.
    pub fn mul_int(&self, k: i64) -> PyResult<TimeDelta> {
        TimeDelta::from_us(&self.total_us().mul(&int(k)))
    }

    /// `td * k` for a float `k`: exact product with `k.as_integer_ratio()`,
    /// rounded half to even.
    pub fn mul_float(&self, k: f64) -> PyResult<TimeDelta> {
        if k.is_nan() {
            return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
        }
        if k.is_infinite() {
            return Err(PyErr::overflow_error(
                "cannot convert Infinity to integer ratio",
            ));
        }
        let (num, den) = float_ratio(k)?;
        TimeDelta::from_us(&divide_nearest(&self.total_us().mul(&num), &den)?)
    }

    /// `td // k` for an int `k`.
    pub fn floordiv_int(&self, k: i64) -> PyResult<TimeDelta> {
        TimeDelta::from_us(&self.total_us().floordiv(&int(k))?)
    }

    /// `td / other`.
    pub fn div_td(&self, o: &TimeDelta) -> PyResult<f64> {
        self.total_us().truediv(&o.total_us())
    }

    /// `td // other`; `OverflowError` where Python's int result exceeds `i64`
    /// (only near `timedelta.max // timedelta(microseconds=1)`).
    pub fn floordiv_td(&self, o: &TimeDelta) -> PyResult<i64> {
        self.total_us().floordiv(&o.total_us())?.to_i64()
    }
}

/// `x.as_integer_ratio()` for a finite float: numerator and a power-of-two
/// denominator in lowest terms.
fn float_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x == 0.0 {
        return Ok((int(0), int(1)));
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    while mant & 1 == 0 {
        mant >>= 1;
        exp += 1;
    }
    let m = int(mant as i64);
    let m = if x < 0.0 { m.neg() } else { m };
    if exp >= 0 {
        Ok((m.shl(exp)?, int(1)))
    } else {
        Ok((m, int(1).shl(-exp)?))
    }
}

impl PyRepr for TimeDelta {
    /// `datetime.timedelta(days=1, seconds=3600)`, `datetime.timedelta(0)`.
    fn py_repr(&self) -> String {
        let mut args = Vec::new();
        if self.days != 0 {
            args.push(format!("days={}", self.days));
        }
        if self.seconds != 0 {
            args.push(format!("seconds={}", self.seconds));
        }
        if self.microseconds != 0 {
            args.push(format!("microseconds={}", self.microseconds));
        }
        if args.is_empty() {
            args.push("0".to_string());
        }
        format!("datetime.timedelta({})", args.join(", "))
    }

    /// `1 day, 1:00:00`, `-1 day, 23:59:59`, `0:00:00.500000`.
    fn py_str(&self) -> String {
        let hours = self.seconds / 3600;
        let minutes = self.seconds % 3600 / 60;
        let seconds = self.seconds % 60;
        let mut s = String::new();
        if self.days != 0 {
            let plural = if self.days == 1 || self.days == -1 {
                ""
            } else {
                "s"
            };
            s.push_str(&format!("{} day{}, ", self.days, plural));
        }
        s.push_str(&format!("{}:{:02}:{:02}", hours, minutes, seconds));
        if self.microseconds != 0 {
            s.push_str(&format!(".{:06}", self.microseconds));
        }
        s
    }
}

impl PyFormat for TimeDelta {
    /// timedelta has no `__format__`: `object.__format__` accepts only `""`.
    fn py_format(&self, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            Ok(self.py_str())
        } else {
            Err(PyErr::type_error(
                "unsupported format string passed to datetime.timedelta.__format__",
            ))
        }
    }
}

impl PyTruthy for TimeDelta {
    fn py_bool(&self) -> bool {
        self.days != 0 || self.seconds != 0 || self.microseconds != 0
    }
}

impl PySetHash for TimeDelta {}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.11.7 on Linux (glibc 2.36, C
    //! locale, TZ unset); errors are written "!Kind: message".
    use super::*;
    use crate::format::float_repr;

    /// A timedelta as (days, seconds, microseconds).
    type Dsu = (i64, i64, i64);

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    fn show<T>(r: PyResult<T>, f: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => f(v),
            Err(e) => format!("!{}", e),
        }
    }

    fn date_repr(r: PyResult<Date>) -> String {
        show(r, |d| d.py_repr())
    }

    fn td_repr(r: PyResult<TimeDelta>) -> String {
        show(r, |t| t.py_repr())
    }

    fn td(t: Dsu) -> TimeDelta {
        TimeDelta::new(t.0 as f64, t.1 as f64, t.2 as f64, 0.0, 0.0, 0.0, 0.0).unwrap()
    }

    fn py_bool_text(b: bool) -> String {
        (if b { "True" } else { "False" }).to_string()
    }

    /// Expands "c*n|c*n|..." runs.
    fn runs(spec: &str) -> String {
        let mut s = String::new();
        if spec.is_empty() {
            return s;
        }
        for run in spec.split('|') {
            let mut it = run.splitn(2, '*');
            let c = it.next().unwrap();
            let n: usize = it.next().unwrap().parse().unwrap();
            s.push_str(&c.repeat(n));
        }
        s
    }

    /// (ordinal, format, CPython 3.11 `date.fromordinal(ordinal).strftime(format)`).
    #[rustfmt::skip]
    const STRFTIME: &[(i64, &str, &str)] = &[
        (1, "%a %A %b %B", "Mon Monday Jan January"),
        (1, "%c", "Mon Jan  1 00:00:00 1"),
        (1, "%d %D %e %F", "01 01/01/01  1 1-01-01"),
        (1, "%H %I %M %S %p", "00 12 00 00 AM"),
        (1, "%j %m %U %w %W", "001 01 00 1 01"),
        (1, "%x %X", "01/01/01 00:00:00"),
        (1, "%y %Y %G %V %u", "01 1 1 01 1"),
        (1, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|0 01 Jan  0 12 \n\t 12:00:00 AM 00:00 00:00:00 -62135596800 am"),
        (738945, "%a %A %b %B", "Thu Thursday Feb February"),
        (738945, "%c", "Thu Feb 29 00:00:00 2024"),
        (738945, "%d %D %e %F", "29 02/29/24 29 2024-02-29"),
        (738945, "%H %I %M %S %p", "00 12 00 00 AM"),
        (738945, "%j %m %U %w %W", "060 02 08 4 09"),
        (738945, "%x %X", "02/29/24 00:00:00"),
        (738945, "%y %Y %G %V %u", "24 2024 2024 09 4"),
        (738945, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 24 Feb  0 12 \n\t 12:00:00 AM 00:00 00:00:00 1709164800 am"),
        (738949, "%a %A %b %B", "Mon Monday Mar March"),
        (738949, "%c", "Mon Mar  4 00:00:00 2024"),
        (738949, "%d %D %e %F", "04 03/04/24  4 2024-03-04"),
        (738949, "%H %I %M %S %p", "00 12 00 00 AM"),
        (738949, "%j %m %U %w %W", "064 03 09 1 10"),
        (738949, "%x %X", "03/04/24 00:00:00"),
        (738949, "%y %Y %G %V %u", "24 2024 2024 10 1"),
        (738949, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 24 Mar  0 12 \n\t 12:00:00 AM 00:00 00:00:00 1709510400 am"),
        (3652059, "%a %A %b %B", "Fri Friday Dec December"),
        (3652059, "%c", "Fri Dec 31 00:00:00 9999"),
        (3652059, "%d %D %e %F", "31 12/31/99 31 9999-12-31"),
        (3652059, "%H %I %M %S %p", "00 12 00 00 AM"),
        (3652059, "%j %m %U %w %W", "365 12 52 5 52"),
        (3652059, "%x %X", "12/31/99 00:00:00"),
        (3652059, "%y %Y %G %V %u", "99 9999 9999 52 5"),
        (3652059, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|99 99 Dec  0 12 \n\t 12:00:00 AM 00:00 00:00:00 253402214400 am"),
        (729757, "%a %A %b %B", "Sun Sunday Jan January"),
        (729757, "%c", "Sun Jan  3 00:00:00 1999"),
        (729757, "%d %D %e %F", "03 01/03/99  3 1999-01-03"),
        (729757, "%H %I %M %S %p", "00 12 00 00 AM"),
        (729757, "%j %m %U %w %W", "003 01 01 0 00"),
        (729757, "%x %X", "01/03/99 00:00:00"),
        (729757, "%y %Y %G %V %u", "99 1999 1998 53 7"),
        (729757, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|19 98 Jan  0 12 \n\t 12:00:00 AM 00:00 00:00:00 915321600 am"),
        (730485, "%a %A %b %B", "Sun Sunday Dec December"),
        (730485, "%c", "Sun Dec 31 00:00:00 2000"),
        (730485, "%d %D %e %F", "31 12/31/00 31 2000-12-31"),
        (730485, "%H %I %M %S %p", "00 12 00 00 AM"),
        (730485, "%j %m %U %w %W", "366 12 53 0 52"),
        (730485, "%x %X", "12/31/00 00:00:00"),
        (730485, "%y %Y %G %V %u", "00 2000 2000 52 7"),
        (730485, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 00 Dec  0 12 \n\t 12:00:00 AM 00:00 00:00:00 978220800 am"),
        (731581, "%a %A %b %B", "Thu Thursday Jan January"),
        (731581, "%c", "Thu Jan  1 00:00:00 2004"),
        (731581, "%d %D %e %F", "01 01/01/04  1 2004-01-01"),
        (731581, "%H %I %M %S %p", "00 12 00 00 AM"),
        (731581, "%j %m %U %w %W", "001 01 00 4 00"),
        (731581, "%x %X", "01/01/04 00:00:00"),
        (731581, "%y %Y %G %V %u", "04 2004 2004 01 4"),
        (731581, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 04 Jan  0 12 \n\t 12:00:00 AM 00:00 00:00:00 1072915200 am"),
        (737790, "%a %A %b %B", "Thu Thursday Dec December"),
        (737790, "%c", "Thu Dec 31 00:00:00 2020"),
        (737790, "%d %D %e %F", "31 12/31/20 31 2020-12-31"),
        (737790, "%H %I %M %S %p", "00 12 00 00 AM"),
        (737790, "%j %m %U %w %W", "366 12 52 4 52"),
        (737790, "%x %X", "12/31/20 00:00:00"),
        (737790, "%y %Y %G %V %u", "20 2020 2020 53 4"),
        (737790, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 20 Dec  0 12 \n\t 12:00:00 AM 00:00 00:00:00 1609372800 am"),
        (737793, "%a %A %b %B", "Sun Sunday Jan January"),
        (737793, "%c", "Sun Jan  3 00:00:00 2021"),
        (737793, "%d %D %e %F", "03 01/03/21  3 2021-01-03"),
        (737793, "%H %I %M %S %p", "00 12 00 00 AM"),
        (737793, "%j %m %U %w %W", "003 01 01 0 00"),
        (737793, "%x %X", "01/03/21 00:00:00"),
        (737793, "%y %Y %G %V %u", "21 2021 2020 53 7"),
        (737793, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|20 20 Jan  0 12 \n\t 12:00:00 AM 00:00 00:00:00 1609632000 am"),
        (693655, "%a %A %b %B", "Thu Thursday Mar March"),
        (693655, "%c", "Thu Mar  1 00:00:00 1900"),
        (693655, "%d %D %e %F", "01 03/01/00  1 1900-03-01"),
        (693655, "%H %I %M %S %p", "00 12 00 00 AM"),
        (693655, "%j %m %U %w %W", "060 03 08 4 09"),
        (693655, "%x %X", "03/01/00 00:00:00"),
        (693655, "%y %Y %G %V %u", "00 1900 1900 09 4"),
        (693655, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|19 00 Mar  0 12 \n\t 12:00:00 AM 00:00 00:00:00 -2203891200 am"),
        (364702, "%a %A %b %B", "Tue Tuesday Jul July"),
        (364702, "%c", "Tue Jul  9 00:00:00 999"),
        (364702, "%d %D %e %F", "09 07/09/99  9 999-07-09"),
        (364702, "%H %I %M %S %p", "00 12 00 00 AM"),
        (364702, "%j %m %U %w %W", "190 07 27 2 27"),
        (364702, "%x %X", "07/09/99 00:00:00"),
        (364702, "%y %Y %G %V %u", "99 999 999 28 2"),
        (364702, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|9 99 Jul  0 12 \n\t 12:00:00 AM 00:00 00:00:00 -30625430400 am"),
        (16361, "%a %A %b %B", "Tue Tuesday Oct October"),
        (16361, "%c", "Tue Oct 17 00:00:00 45"),
        (16361, "%d %D %e %F", "17 10/17/45 17 45-10-17"),
        (16361, "%H %I %M %S %p", "00 12 00 00 AM"),
        (16361, "%j %m %U %w %W", "290 10 42 2 42"),
        (16361, "%x %X", "10/17/45 00:00:00"),
        (16361, "%y %Y %G %V %u", "45 45 45 42 2"),
        (16361, "%%|%C %g %h %k %l %n%t %r %R %T %s %P", "%|0 45 Oct  0 12 \n\t 12:00:00 AM 00:00 00:00:00 -60722092800 am"),
        (1, "%-d %-m %-j %_d %_m %05Y %-5d %_5d %10F %010F", "1 1 1  1  1 00001     1     1    1-01-01 0001-01-01"),
        (738949, "%-d %-m %-j %_d %_m %05Y %-5d %_5d %10F %010F", "4 3 64  4  3 02024     4     4 2024-03-04 2024-03-04"),
        (719162, "%-d %-m %-j %_d %_m %05Y %-5d %_5d %10F %010F", "31 12 365 31 12 01969    31    31 1969-12-31 1969-12-31"),
        (1, "%^a %^A %^b %^B %#a %#A %#b %#B %^p %#p %^P %#P", "MON MONDAY JAN JANUARY MON MONDAY JAN JANUARY AM am am am"),
        (738949, "%^a %^A %^b %^B %#a %#A %#b %#B %^p %#p %^P %#P", "MON MONDAY MAR MARCH MON MONDAY MAR MARCH AM am am am"),
        (719162, "%^a %^A %^b %^B %#a %#A %#b %#B %^p %#p %^P %#P", "WED WEDNESDAY DEC DECEMBER WED WEDNESDAY DEC DECEMBER AM am am am"),
        (1, "%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy %Ob %OB", "Mon Jan  1 00:00:00 1 0 01/01/01 00:00:00 01 1 01  1 00 12 01 00 00 1 00 01 1 01 01 Jan January"),
        (738949, "%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy %Ob %OB", "Mon Mar  4 00:00:00 2024 20 03/04/24 00:00:00 24 2024 04  4 00 12 03 00 00 1 09 10 1 10 24 Mar March"),
        (719162, "%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy %Ob %OB", "Wed Dec 31 00:00:00 1969 19 12/31/69 00:00:00 69 1969 31 31 00 12 12 00 00 3 52 01 3 52 69 Dec December"),
        (1, "%Ea %EA %Eb %EB %Ed %Ej %OY %OC %Oc %Ox %OX %EF %ED %E% %O%", "%Ea %EA %Eb %EB %Ed %Ej %OY 0 %Oc %Ox %OX %EF %ED % %"),
        (738949, "%Ea %EA %Eb %EB %Ed %Ej %OY %OC %Oc %Ox %OX %EF %ED %E% %O%", "%Ea %EA %Eb %EB %Ed %Ej %OY 20 %Oc %Ox %OX %EF %ED % %"),
        (719162, "%Ea %EA %Eb %EB %Ed %Ej %OY %OC %Oc %Ox %OX %EF %ED %E% %O%", "%Ea %EA %Eb %EB %Ed %Ej %OY 19 %Oc %Ox %OX %EF %ED % %"),
        (1, "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年", "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年"),
        (738949, "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年", "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年"),
        (719162, "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年", "%q %Q %i %J %K %L %N %o %v %+ %! %@ %. %( %é %年"),
        (1, "%^q %#q %5q %05q %-5q %_5q %^5é", "%^Q %#q   %5q 0%05q  %-5q  %_5q  %^5É"),
        (738949, "%^q %#q %5q %05q %-5q %_5q %^5é", "%^Q %#q   %5q 0%05q  %-5q  %_5q  %^5É"),
        (719162, "%^q %#q %5q %05q %-5q %_5q %^5é", "%^Q %#q   %5q 0%05q  %-5q  %_5q  %^5É"),
        (1, "%z|%Z|%f|%5z|%5Z|%5f|%-z|%%z|%%f|%Ez|%EZ|%Ef", "||000000||     |  %5f||%z|%f|||%Ef"),
        (738949, "%z|%Z|%f|%5z|%5Z|%5f|%-z|%%z|%%f|%Ez|%EZ|%Ef", "||000000||     |  %5f||%z|%f|||%Ef"),
        (719162, "%z|%Z|%f|%5z|%5Z|%5f|%-z|%%z|%%f|%Ez|%EZ|%Ef", "||000000||     |  %5f||%z|%f|||%Ef"),
        (1, "%", "%"),
        (738949, "%", "%"),
        (719162, "%", "%"),
        (1, "abc%", "abc%"),
        (738949, "abc%", "abc%"),
        (719162, "abc%", "abc%"),
        (1, "%-", "%-"),
        (738949, "%-", "%-"),
        (719162, "%-", "%-"),
        (1, "%10", "       %10"),
        (738949, "%10", "       %10"),
        (719162, "%10", "       %10"),
        (1, "%E", "%E"),
        (738949, "%E", "%E"),
        (719162, "%E", "%E"),
        (1, "%O", "%O"),
        (738949, "%O", "%O"),
        (719162, "%O", "%O"),
        (1, "%^", "%^"),
        (738949, "%^", "%^"),
        (719162, "%^", "%^"),
        (1, "%#", "%#"),
        (738949, "%#", "%#"),
        (719162, "%#", "%#"),
        (1, "%5%", "    %"),
        (738949, "%5%", "    %"),
        (719162, "%5%", "    %"),
        (1, "%05%", "0000%"),
        (738949, "%05%", "0000%"),
        (719162, "%05%", "0000%"),
        (1, "%5%z", "   %5"),
        (738949, "%5%z", "   %5"),
        (719162, "%5%z", "   %5"),
        (1, "%5n|%5t|%_3a", "    \n|    \t|Mon"),
        (738949, "%5n|%5t|%_3a", "    \n|    \t|Mon"),
        (719162, "%5n|%5t|%_3a", "    \n|    \t|Wed"),
        (1, "a\0b%Y", "a"),
        (738949, "a\0b%Y", "a"),
        (719162, "a\0b%Y", "a"),
        (1, "x%\0y", "x%"),
        (738949, "x%\0y", "x%"),
        (719162, "x%\0y", "x%"),
        (1, "", ""),
        (738949, "", ""),
        (719162, "", ""),
        (1, "plain text", "plain text"),
        (738949, "plain text", "plain text"),
        (719162, "plain text", "plain text"),
        (1, "year %Y%%", "year 1%"),
        (738949, "year %Y%%", "year 2024%"),
        (719162, "year %Y%%", "year 1969%"),
        (1, "%1d|%3d|%3Y|%3y|%1j|%5u", "01|001|001|001|001|00001"),
        (738949, "%1d|%3d|%3Y|%3y|%1j|%5u", "04|004|2024|024|064|00001"),
        (719162, "%1d|%3d|%3Y|%3y|%1j|%5u", "31|031|1969|069|365|00003"),
        (1, "%-Y %_Y %0Y %-C %_8C %08y", "1 1 1 0        0 00000001"),
        (738949, "%-Y %_Y %0Y %-C %_8C %08y", "2024 2024 2024 20       20 00000024"),
        (719162, "%-Y %_Y %0Y %-C %_8C %08y", "1969 1969 1969 19       19 00000069"),
        (1, "%5s|%-15s|%015s|%_15s|%^s|%Es|%Os", "-62135596800|   -62135596800|000-62135596800|   -62135596800|-62135596800|-62135596800|-62135596800"),
        (738949, "%5s|%-15s|%015s|%_15s|%^s|%Es|%Os", "1709510400|     1709510400|000001709510400|     1709510400|1709510400|1709510400|1709510400"),
        (719162, "%5s|%-15s|%015s|%_15s|%^s|%Es|%Os", "-86400|         -86400|000000000-86400|         -86400|-86400|-86400|-86400"),
        (1, "%3a|%03a|%-8A|%_8B|%08b", "Mon|Mon|  Monday| January|00000Jan"),
        (738949, "%3a|%03a|%-8A|%_8B|%08b", "Mon|Mon|  Monday|   March|00000Mar"),
        (719162, "%3a|%03a|%-8A|%_8B|%08b", "Wed|Wed|Wednesday|December|00000Dec"),
        (1, "%20c|%^30c|%030x|%-12D|%_12T|%012r", "Mon Jan  1 00:00:00 1|         MON JAN  1 00:00:00 1|000000000000000000000001/01/01|    01/01/01|    00:00:00|012:00:00 AM"),
        (738949, "%20c|%^30c|%030x|%-12D|%_12T|%012r", "Mon Mar  4 00:00:00 2024|      MON MAR  4 00:00:00 2024|000000000000000000000003/04/24|    03/04/24|    00:00:00|012:00:00 AM"),
        (719162, "%20c|%^30c|%030x|%-12D|%_12T|%012r", "Wed Dec 31 00:00:00 1969|      WED DEC 31 00:00:00 1969|000000000000000000000012/31/69|    12/31/69|    00:00:00|012:00:00 AM"),
        (1, "%2048d", ""),
        (738949, "%2048d", ""),
        (719162, "%2048d", ""),
        (1, "%99999999999d", ""),
        (738949, "%99999999999d", ""),
        (719162, "%99999999999d", ""),
        (1, "%2147483647d", ""),
        (738949, "%2147483647d", ""),
        (719162, "%2147483647d", ""),
        (1, "%0_5d|%_-5d|%-_5d|%_05d|%-05d|%^#a|%#^a", "    1|    1|    1|00001|00001|MON|MON"),
        (738949, "%0_5d|%_-5d|%-_5d|%_05d|%-05d|%^#a|%#^a", "    4|    4|    4|00004|00004|MON|MON"),
        (719162, "%0_5d|%_-5d|%-_5d|%_05d|%-05d|%^#a|%#^a", "   31|   31|   31|00031|00031|WED|WED"),
        (81443, "%F %b %W %d", "223-12-26 Dec 51 26"),
        (82626, "%p %H %M %u", "AM 00 00 5"),
        (972939, "%F %A %I %d", "2664-10-25 Tuesday 12 25"),
        (2652064, "%D %A %a %p", "02/07/62 Tuesday Tue AM"),
        (487587, "%U %B %m %F", "51 December 12 1335-12-20"),
        (3400723, "%V %U %u %W", "46 45 4 45"),
        (1763831, "%e %S %j %I", "16 00 075 12"),
        (2057860, "%y %X %x %w", "35 00:00:00 03/25/35 0"),
        (1097626, "%p %x %b %y", "AM 03/14/06 Mar 06"),
        (1446790, "%W %Y %m %j", "10 3962 03 065"),
        (558370, "%G %b %W %a", "1529 Oct 40 Mon"),
        (723872, "%X %b %H %w", "00:00:00 Nov 00 2"),
        (388854, "%I %D %d %b", "12 08/24/65 24 Aug"),
        (1769613, "%G %X %V %B", "4846 00:00:00 02 January"),
        (2052058, "%G %Y %m %j", "5619 5619 05 126"),
        (416649, "%X %W %b %Y", "00:00:00 39 Sep 1141"),
        (2432561, "%W %j %X %c", "06 046 00:00:00 Fri Feb 15 00:00:00 6661"),
        (1146204, "%B %c %S %p", "March Wed Mar 15 00:00:00 3139 00 AM"),
        (859806, "%B %A %u %F", "January Wednesday 3 2355-01-26"),
        (21898, "%S %d %Y %a", "00 14 60 Tue"),
        (4957, "%V %m %e %M", "31 07 28 00"),
        (62970, "%H %I %X %j", "00 12 00:00:00 148"),
        (282769, "%I %Y %A %D", "12 775 Thursday 03/13/75"),
        (1754927, "%I %B %W %c", "12 October 43 Sat Oct 29 00:00:00 4805"),
        (549029, "%H %M %X %I", "00 00 00:00:00 12"),
        (1865665, "%e %W %U %b", " 7 01 01 Jan"),
        (1307278, "%b %Y %u %U", "Mar 3580 7 11"),
        (2737527, "%m %Y %S %H", "02 7496 00 00"),
        (1930359, "%c %U %V %j", "Thu Feb 21 00:00:00 5286 07 08 052"),
        (2344199, "%x %a %u %c", "03/14/19 Thu 4 Thu Mar 14 00:00:00 6419"),
        (479099, "%S %X %j %b", "00 00:00:00 267 Sep"),
        (2260226, "%u %w %G %I", "3 3 6189 12"),
        (600559, "%G %a %B %d", "1645 Mon April 10"),
        (1976640, "%a %I %d %Y", "Mon 12 09 5412"),
        (30174, "%w %x %m %p", "4 08/12/83 08 AM"),
        (810136, "%y %c %U %D", "19 Fri Jan 29 00:00:00 2219 04 01/29/19"),
        (81455, "%B %b %M %u", "January Jan 00 3"),
        (396802, "%A %G %c %Y", "Sunday 1087 Sun May 29 00:00:00 1087 1087"),
        (1712528, "%d %m %D %w", "28 09 09/28/89 6"),
        (1400110, "%b %c %F %y", "May Fri May 16 00:00:00 3834 3834-05-16 34"),
        (3651235, "%c %w %B %I", "Sun Sep 28 00:00:00 9997 0 September 12"),
        (725332, "%a %M %B %X", "Sat 00 November 00:00:00"),
        (853343, "%b %m %W %e", "May 05 20 17"),
        (1514365, "%H %A %S %a", "00 Saturday 00 Sat"),
        (1721741, "%I %w %X %G", "12 0 00:00:00 4714"),
        (2885745, "%w %c %U %A", "2 Tue Nov 26 00:00:00 7901 47 Tuesday"),
        (2697811, "%p %w %y %Y", "AM 4 87 7387"),
        (279466, "%B %G %e %W", "February 766 25 08"),
        (1812214, "%I %S %c %x", "12 00 Fri Sep  3 00:00:00 4962 09/03/62"),
        (3561902, "%W %w %m %y", "09 1 02 53"),
        (2155014, "%W %c %j %m", "12 Mon Mar 25 00:00:00 5901 084 03"),
        (399662, "%M %u %a %m", "00 4 Thu 03"),
        (787017, "%W %H %b %D", "40 00 Oct 10/12/55"),
        (3639569, "%a %F %Y %I", "Wed 9965-10-20 9965 12"),
        (3140904, "%d %A %F %j", "03 Thursday 8600-07-03 184"),
        (1564599, "%U %p %V %w", "38 AM 39 1"),
        (1698873, "%U %w %b %G", "19 1 May 4652"),
        (114497, "%S %b %a %M", "00 Jun Fri 00"),
        (1798576, "%H %u %S %V", "00 3 00 18"),
        (3013402, "%a %I %c %W", "Sun 12 Sun Jun  1 00:00:00 8251 21"),
        (735599, "%G-%V-%u %g %U %W %j", "2015-01-4 15 00 00 001"),
        (735600, "%G-%V-%u %g %U %W %j", "2015-01-5 15 00 00 002"),
        (735601, "%G-%V-%u %g %U %W %j", "2015-01-6 15 00 00 003"),
        (735602, "%G-%V-%u %g %U %W %j", "2015-01-7 15 01 00 004"),
        (735960, "%G-%V-%u %g %U %W %j", "2015-53-1 15 52 52 362"),
        (735961, "%G-%V-%u %g %U %W %j", "2015-53-2 15 52 52 363"),
        (735962, "%G-%V-%u %g %U %W %j", "2015-53-3 15 52 52 364"),
        (735963, "%G-%V-%u %g %U %W %j", "2015-53-4 15 52 52 365"),
        (735964, "%G-%V-%u %g %U %W %j", "2015-53-5 15 00 00 001"),
        (735965, "%G-%V-%u %g %U %W %j", "2015-53-6 15 00 00 002"),
        (735966, "%G-%V-%u %g %U %W %j", "2015-53-7 15 01 00 003"),
        (735967, "%G-%V-%u %g %U %W %j", "2016-01-1 16 01 01 004"),
        (736326, "%G-%V-%u %g %U %W %j", "2016-52-3 16 52 52 363"),
        (736327, "%G-%V-%u %g %U %W %j", "2016-52-4 16 52 52 364"),
        (736328, "%G-%V-%u %g %U %W %j", "2016-52-5 16 52 52 365"),
        (736329, "%G-%V-%u %g %U %W %j", "2016-52-6 16 52 52 366"),
        (736695, "%G-%V-%u %g %U %W %j", "2018-01-1 18 00 01 001"),
        (736696, "%G-%V-%u %g %U %W %j", "2018-01-2 18 00 01 002"),
        (736697, "%G-%V-%u %g %U %W %j", "2018-01-3 18 00 01 003"),
        (736698, "%G-%V-%u %g %U %W %j", "2018-01-4 18 00 01 004"),
        (737056, "%G-%V-%u %g %U %W %j", "2018-52-5 18 51 52 362"),
        (737057, "%G-%V-%u %g %U %W %j", "2018-52-6 18 51 52 363"),
        (737058, "%G-%V-%u %g %U %W %j", "2018-52-7 18 52 52 364"),
        (737059, "%G-%V-%u %g %U %W %j", "2019-01-1 19 52 53 365"),
        (737060, "%G-%V-%u %g %U %W %j", "2019-01-2 19 00 00 001"),
        (737061, "%G-%V-%u %g %U %W %j", "2019-01-3 19 00 00 002"),
        (737062, "%G-%V-%u %g %U %W %j", "2019-01-4 19 00 00 003"),
        (737063, "%G-%V-%u %g %U %W %j", "2019-01-5 19 00 00 004"),
        (737421, "%G-%V-%u %g %U %W %j", "2019-52-6 19 51 51 362"),
        (737422, "%G-%V-%u %g %U %W %j", "2019-52-7 19 52 51 363"),
        (737423, "%G-%V-%u %g %U %W %j", "2020-01-1 20 52 52 364"),
        (737424, "%G-%V-%u %g %U %W %j", "2020-01-2 20 52 52 365"),
        (737425, "%G-%V-%u %g %U %W %j", "2020-01-3 20 00 00 001"),
        (737426, "%G-%V-%u %g %U %W %j", "2020-01-4 20 00 00 002"),
        (737427, "%G-%V-%u %g %U %W %j", "2020-01-5 20 00 00 003"),
        (737428, "%G-%V-%u %g %U %W %j", "2020-01-6 20 00 00 004"),
        (737787, "%G-%V-%u %g %U %W %j", "2020-53-1 20 52 52 363"),
        (737788, "%G-%V-%u %g %U %W %j", "2020-53-2 20 52 52 364"),
        (737789, "%G-%V-%u %g %U %W %j", "2020-53-3 20 52 52 365"),
        (737790, "%G-%V-%u %g %U %W %j", "2020-53-4 20 52 52 366"),
        (739617, "%G-%V-%u %g %U %W %j", "2026-01-4 26 00 00 001"),
        (739618, "%G-%V-%u %g %U %W %j", "2026-01-5 26 00 00 002"),
        (739619, "%G-%V-%u %g %U %W %j", "2026-01-6 26 00 00 003"),
        (739620, "%G-%V-%u %g %U %W %j", "2026-01-7 26 01 00 004"),
        (739978, "%G-%V-%u %g %U %W %j", "2026-53-1 26 52 52 362"),
        (739979, "%G-%V-%u %g %U %W %j", "2026-53-2 26 52 52 363"),
        (739980, "%G-%V-%u %g %U %W %j", "2026-53-3 26 52 52 364"),
        (739981, "%G-%V-%u %g %U %W %j", "2026-53-4 26 52 52 365"),
        (739982, "%G-%V-%u %g %U %W %j", "2026-53-5 26 00 00 001"),
        (739983, "%G-%V-%u %g %U %W %j", "2026-53-6 26 00 00 002"),
        (739984, "%G-%V-%u %g %U %W %j", "2026-53-7 26 01 00 003"),
        (739985, "%G-%V-%u %g %U %W %j", "2027-01-1 27 01 01 004"),
        (740343, "%G-%V-%u %g %U %W %j", "2027-52-2 27 52 52 362"),
        (740344, "%G-%V-%u %g %U %W %j", "2027-52-3 27 52 52 363"),
        (740345, "%G-%V-%u %g %U %W %j", "2027-52-4 27 52 52 364"),
        (740346, "%G-%V-%u %g %U %W %j", "2027-52-5 27 52 52 365"),
        (1, "%G-%V-%u %g %U %W %j", "1-01-1 01 00 01 001"),
        (2, "%G-%V-%u %g %U %W %j", "1-01-2 01 00 01 002"),
        (3, "%G-%V-%u %g %U %W %j", "1-01-3 01 00 01 003"),
        (4, "%G-%V-%u %g %U %W %j", "1-01-4 01 00 01 004"),
        (362, "%G-%V-%u %g %U %W %j", "1-52-5 01 51 52 362"),
        (363, "%G-%V-%u %g %U %W %j", "1-52-6 01 51 52 363"),
        (364, "%G-%V-%u %g %U %W %j", "1-52-7 01 52 52 364"),
        (365, "%G-%V-%u %g %U %W %j", "2-01-1 02 52 53 365"),
        (3651695, "%G-%V-%u %g %U %W %j", "9998-53-5 98 00 00 001"),
        (3651696, "%G-%V-%u %g %U %W %j", "9998-53-6 98 00 00 002"),
        (3651697, "%G-%V-%u %g %U %W %j", "9998-53-7 98 01 00 003"),
        (3651698, "%G-%V-%u %g %U %W %j", "9999-01-1 99 01 01 004"),
        (3652056, "%G-%V-%u %g %U %W %j", "9999-52-2 99 52 52 362"),
        (3652057, "%G-%V-%u %g %U %W %j", "9999-52-3 99 52 52 363"),
        (3652058, "%G-%V-%u %g %U %W %j", "9999-52-4 99 52 52 364"),
        (3652059, "%G-%V-%u %g %U %W %j", "9999-52-5 99 52 52 365"),
        (584023, "%G-%V-%u %g %U %W %j", "1599-52-6 99 00 00 001"),
        (584024, "%G-%V-%u %g %U %W %j", "1599-52-7 99 01 00 002"),
        (584025, "%G-%V-%u %g %U %W %j", "1600-01-1 00 01 01 003"),
        (584026, "%G-%V-%u %g %U %W %j", "1600-01-2 00 01 01 004"),
        (584385, "%G-%V-%u %g %U %W %j", "1600-52-4 00 52 52 363"),
        (584386, "%G-%V-%u %g %U %W %j", "1600-52-5 00 52 52 364"),
        (584387, "%G-%V-%u %g %U %W %j", "1600-52-6 00 52 52 365"),
        (584388, "%G-%V-%u %g %U %W %j", "1600-52-7 00 53 52 366"),
        (766645, "%G-%V-%u %g %U %W %j", "2099-53-5 99 00 00 001"),
        (766646, "%G-%V-%u %g %U %W %j", "2099-53-6 99 00 00 002"),
        (766647, "%G-%V-%u %g %U %W %j", "2099-53-7 99 01 00 003"),
        (766648, "%G-%V-%u %g %U %W %j", "2100-01-1 00 01 01 004"),
        (767006, "%G-%V-%u %g %U %W %j", "2100-52-2 00 52 52 362"),
        (767007, "%G-%V-%u %g %U %W %j", "2100-52-3 00 52 52 363"),
        (767008, "%G-%V-%u %g %U %W %j", "2100-52-4 00 52 52 364"),
        (767009, "%G-%V-%u %g %U %W %j", "2100-52-5 00 52 52 365"),
    ];

    /// (ordinal, format, result as runs "char*count|..."): results near time.strftime's buffer limit.
    #[rustfmt::skip]
    const STRFTIME_LONG: &[(i64, &str, &str)] = &[
        (738949, "%2047d", "0*2046|4*1"),
        (738949, "%2048d", ""),
        (1, "%1100Y%1100Y", "0*1099|1*1|0*1099|1*1"),
        (738949, "xxx%1000c", "x*3| *976|M*1|o*1|n*1| *1|M*1|a*1|r*1| *2|4*1| *1|0*2|:*1|0*2|:*1|0*2| *1|2*1|0*1|2*1|4*1"),
        (738949, "%_2047d", " *2046|4*1"),
        (738949, "%-1023A", " *1017|M*1|o*1|n*1|d*1|a*1|y*1"),
        (738949, "%1023%", " *1022|%*1"),
        (738949, "%02047s", "0*2037|1*1|7*1|0*1|9*1|5*1|1*1|0*1|4*1|0*2"),
        (738949, "%3000dyyyyyy", "0*2999|4*1|y*6"),
        (738949, "%3000dyyyyyyy", "0*2999|4*1|y*7"),
        (1, "%1100s", " *1088|-*1|6*1|2*1|1*1|3*1|5*2|9*1|6*1|8*1|0*2"),
        (738949, "%4090dyyyyyyyyyy", ""),
        (738949, "%4090dyyyyyyyyyyy", "0*4089|4*1|y*11"),
    ];

    /// (ordinal, "repr|str|year|month|day|weekday|isoweekday|ctime|iso year,week,day").
    #[rustfmt::skip]
    const DATES: &[(i64, &str)] = &[
        (1, "datetime.date(1, 1, 1)|0001-01-01|1|1|1|0|1|Mon Jan  1 00:00:00 0001|1,1,1"),
        (2, "datetime.date(1, 1, 2)|0001-01-02|1|1|2|1|2|Tue Jan  2 00:00:00 0001|1,1,2"),
        (365, "datetime.date(1, 12, 31)|0001-12-31|1|12|31|0|1|Mon Dec 31 00:00:00 0001|2,1,1"),
        (366, "datetime.date(2, 1, 1)|0002-01-01|2|1|1|1|2|Tue Jan  1 00:00:00 0002|2,1,2"),
        (3652059, "datetime.date(9999, 12, 31)|9999-12-31|9999|12|31|4|5|Fri Dec 31 00:00:00 9999|9999,52,5"),
        (3652058, "datetime.date(9999, 12, 30)|9999-12-30|9999|12|30|3|4|Thu Dec 30 00:00:00 9999|9999,52,4"),
        (738945, "datetime.date(2024, 2, 29)|2024-02-29|2024|2|29|3|4|Thu Feb 29 00:00:00 2024|2024,9,4"),
        (730179, "datetime.date(2000, 2, 29)|2000-02-29|2000|2|29|1|2|Tue Feb 29 00:00:00 2000|2000,9,2"),
        (693654, "datetime.date(1900, 2, 28)|1900-02-28|1900|2|28|2|3|Wed Feb 28 00:00:00 1900|1900,9,3"),
        (693655, "datetime.date(1900, 3, 1)|1900-03-01|1900|3|1|3|4|Thu Mar  1 00:00:00 1900|1900,9,4"),
        (719163, "datetime.date(1970, 1, 1)|1970-01-01|1970|1|1|3|4|Thu Jan  1 00:00:00 1970|1970,1,4"),
        (731581, "datetime.date(2004, 1, 1)|2004-01-01|2004|1|1|3|4|Thu Jan  1 00:00:00 2004|2004,1,4"),
        (731946, "datetime.date(2004, 12, 31)|2004-12-31|2004|12|31|4|5|Fri Dec 31 00:00:00 2004|2004,53,5"),
        (731584, "datetime.date(2004, 1, 4)|2004-01-04|2004|1|4|6|7|Sun Jan  4 00:00:00 2004|2004,1,7"),
        (731943, "datetime.date(2004, 12, 28)|2004-12-28|2004|12|28|1|2|Tue Dec 28 00:00:00 2004|2004,53,2"),
        (733042, "datetime.date(2008, 1, 1)|2008-01-01|2008|1|1|1|2|Tue Jan  1 00:00:00 2008|2008,1,2"),
        (733407, "datetime.date(2008, 12, 31)|2008-12-31|2008|12|31|2|3|Wed Dec 31 00:00:00 2008|2009,1,3"),
        (733045, "datetime.date(2008, 1, 4)|2008-01-04|2008|1|4|4|5|Fri Jan  4 00:00:00 2008|2008,1,5"),
        (733404, "datetime.date(2008, 12, 28)|2008-12-28|2008|12|28|6|7|Sun Dec 28 00:00:00 2008|2008,52,7"),
        (733408, "datetime.date(2009, 1, 1)|2009-01-01|2009|1|1|3|4|Thu Jan  1 00:00:00 2009|2009,1,4"),
        (733772, "datetime.date(2009, 12, 31)|2009-12-31|2009|12|31|3|4|Thu Dec 31 00:00:00 2009|2009,53,4"),
        (733411, "datetime.date(2009, 1, 4)|2009-01-04|2009|1|4|6|7|Sun Jan  4 00:00:00 2009|2009,1,7"),
        (733769, "datetime.date(2009, 12, 28)|2009-12-28|2009|12|28|0|1|Mon Dec 28 00:00:00 2009|2009,53,1"),
        (733773, "datetime.date(2010, 1, 1)|2010-01-01|2010|1|1|4|5|Fri Jan  1 00:00:00 2010|2009,53,5"),
        (734137, "datetime.date(2010, 12, 31)|2010-12-31|2010|12|31|4|5|Fri Dec 31 00:00:00 2010|2010,52,5"),
        (733776, "datetime.date(2010, 1, 4)|2010-01-04|2010|1|4|0|1|Mon Jan  4 00:00:00 2010|2010,1,1"),
        (734134, "datetime.date(2010, 12, 28)|2010-12-28|2010|12|28|1|2|Tue Dec 28 00:00:00 2010|2010,52,2"),
        (735599, "datetime.date(2015, 1, 1)|2015-01-01|2015|1|1|3|4|Thu Jan  1 00:00:00 2015|2015,1,4"),
        (735963, "datetime.date(2015, 12, 31)|2015-12-31|2015|12|31|3|4|Thu Dec 31 00:00:00 2015|2015,53,4"),
        (735602, "datetime.date(2015, 1, 4)|2015-01-04|2015|1|4|6|7|Sun Jan  4 00:00:00 2015|2015,1,7"),
        (735960, "datetime.date(2015, 12, 28)|2015-12-28|2015|12|28|0|1|Mon Dec 28 00:00:00 2015|2015,53,1"),
        (737425, "datetime.date(2020, 1, 1)|2020-01-01|2020|1|1|2|3|Wed Jan  1 00:00:00 2020|2020,1,3"),
        (737790, "datetime.date(2020, 12, 31)|2020-12-31|2020|12|31|3|4|Thu Dec 31 00:00:00 2020|2020,53,4"),
        (737428, "datetime.date(2020, 1, 4)|2020-01-04|2020|1|4|5|6|Sat Jan  4 00:00:00 2020|2020,1,6"),
        (737787, "datetime.date(2020, 12, 28)|2020-12-28|2020|12|28|0|1|Mon Dec 28 00:00:00 2020|2020,53,1"),
        (737791, "datetime.date(2021, 1, 1)|2021-01-01|2021|1|1|4|5|Fri Jan  1 00:00:00 2021|2020,53,5"),
        (738155, "datetime.date(2021, 12, 31)|2021-12-31|2021|12|31|4|5|Fri Dec 31 00:00:00 2021|2021,52,5"),
        (737794, "datetime.date(2021, 1, 4)|2021-01-04|2021|1|4|0|1|Mon Jan  4 00:00:00 2021|2021,1,1"),
        (738152, "datetime.date(2021, 12, 28)|2021-12-28|2021|12|28|1|2|Tue Dec 28 00:00:00 2021|2021,52,2"),
        (1, "datetime.date(1, 1, 1)|0001-01-01|1|1|1|0|1|Mon Jan  1 00:00:00 0001|1,1,1"),
        (365, "datetime.date(1, 12, 31)|0001-12-31|1|12|31|0|1|Mon Dec 31 00:00:00 0001|2,1,1"),
        (4, "datetime.date(1, 1, 4)|0001-01-04|1|1|4|3|4|Thu Jan  4 00:00:00 0001|1,1,4"),
        (362, "datetime.date(1, 12, 28)|0001-12-28|1|12|28|4|5|Fri Dec 28 00:00:00 0001|1,52,5"),
        (3651330, "datetime.date(9998, 1, 1)|9998-01-01|9998|1|1|3|4|Thu Jan  1 00:00:00 9998|9998,1,4"),
        (3651694, "datetime.date(9998, 12, 31)|9998-12-31|9998|12|31|3|4|Thu Dec 31 00:00:00 9998|9998,53,4"),
        (3651333, "datetime.date(9998, 1, 4)|9998-01-04|9998|1|4|6|7|Sun Jan  4 00:00:00 9998|9998,1,7"),
        (3651691, "datetime.date(9998, 12, 28)|9998-12-28|9998|12|28|0|1|Mon Dec 28 00:00:00 9998|9998,53,1"),
        (3651695, "datetime.date(9999, 1, 1)|9999-01-01|9999|1|1|4|5|Fri Jan  1 00:00:00 9999|9998,53,5"),
        (3652059, "datetime.date(9999, 12, 31)|9999-12-31|9999|12|31|4|5|Fri Dec 31 00:00:00 9999|9999,52,5"),
        (3651698, "datetime.date(9999, 1, 4)|9999-01-04|9999|1|4|0|1|Mon Jan  4 00:00:00 9999|9999,1,1"),
        (3652056, "datetime.date(9999, 12, 28)|9999-12-28|9999|12|28|1|2|Tue Dec 28 00:00:00 9999|9999,52,2"),
        (2322951, "datetime.date(6361, 1, 9)|6361-01-09|6361|1|9|0|1|Mon Jan  9 00:00:00 6361|6361,2,1"),
        (1199631, "datetime.date(3285, 6, 23)|3285-06-23|3285|6|23|5|6|Sat Jun 23 00:00:00 3285|3285,25,6"),
        (1907777, "datetime.date(5224, 4, 25)|5224-04-25|5224|4|25|3|4|Thu Apr 25 00:00:00 5224|5224,17,4"),
        (597930, "datetime.date(1638, 1, 28)|1638-01-28|1638|1|28|3|4|Thu Jan 28 00:00:00 1638|1638,4,4"),
        (692927, "datetime.date(1898, 3, 3)|1898-03-03|1898|3|3|3|4|Thu Mar  3 00:00:00 1898|1898,9,4"),
        (293728, "datetime.date(805, 3, 14)|0805-03-14|805|3|14|0|1|Mon Mar 14 00:00:00 0805|805,11,1"),
        (179194, "datetime.date(491, 8, 13)|0491-08-13|491|8|13|0|1|Mon Aug 13 00:00:00 0491|491,33,1"),
        (2831053, "datetime.date(7752, 2, 28)|7752-02-28|7752|2|28|0|1|Mon Feb 28 00:00:00 7752|7752,9,1"),
        (1371419, "datetime.date(3755, 10, 26)|3755-10-26|3755|10|26|6|7|Sun Oct 26 00:00:00 3755|3755,43,7"),
        (1908957, "datetime.date(5227, 7, 19)|5227-07-19|5227|7|19|0|1|Mon Jul 19 00:00:00 5227|5227,29,1"),
        (2764109, "datetime.date(7568, 11, 15)|7568-11-15|7568|11|15|4|5|Fri Nov 15 00:00:00 7568|7568,46,5"),
        (2904077, "datetime.date(7952, 2, 4)|7952-02-04|7952|2|4|0|1|Mon Feb  4 00:00:00 7952|7952,6,1"),
        (736312, "datetime.date(2016, 12, 14)|2016-12-14|2016|12|14|2|3|Wed Dec 14 00:00:00 2016|2016,50,3"),
        (1755677, "datetime.date(4807, 11, 18)|4807-11-18|4807|11|18|6|7|Sun Nov 18 00:00:00 4807|4807,46,7"),
        (1086151, "datetime.date(2974, 10, 12)|2974-10-12|2974|10|12|2|3|Wed Oct 12 00:00:00 2974|2974,41,3"),
        (212206, "datetime.date(581, 12, 31)|0581-12-31|581|12|31|0|1|Mon Dec 31 00:00:00 0581|582,1,1"),
        (3522493, "datetime.date(9645, 4, 4)|9645-04-04|9645|4|4|1|2|Tue Apr  4 00:00:00 9645|9645,14,2"),
        (1609263, "datetime.date(4407, 1, 5)|4407-01-05|4407|1|5|4|5|Fri Jan  5 00:00:00 4407|4407,1,5"),
        (2209193, "datetime.date(6049, 7, 25)|6049-07-25|6049|7|25|6|7|Sun Jul 25 00:00:00 6049|6049,29,7"),
        (1957104, "datetime.date(5359, 5, 15)|5359-05-15|5359|5|15|1|2|Tue May 15 00:00:00 5359|5359,20,2"),
        (2421718, "datetime.date(6631, 6, 10)|6631-06-10|6631|6|10|4|5|Fri Jun 10 00:00:00 6631|6631,23,5"),
        (1782260, "datetime.date(4880, 8, 29)|4880-08-29|4880|8|29|3|4|Thu Aug 29 00:00:00 4880|4880,35,4"),
        (535437, "datetime.date(1466, 12, 23)|1466-12-23|1466|12|23|6|7|Sun Dec 23 00:00:00 1466|1466,51,7"),
        (2255737, "datetime.date(6176, 12, 30)|6176-12-30|6176|12|30|0|1|Mon Dec 30 00:00:00 6176|6177,1,1"),
        (328558, "datetime.date(900, 7, 24)|0900-07-24|900|7|24|5|6|Sat Jul 24 00:00:00 0900|900,29,6"),
        (1337185, "datetime.date(3662, 2, 1)|3662-02-01|3662|2|1|2|3|Wed Feb  1 00:00:00 3662|3662,5,3"),
        (2898214, "datetime.date(7936, 1, 16)|7936-01-16|7936|1|16|3|4|Thu Jan 16 00:00:00 7936|7936,3,4"),
        (3453157, "datetime.date(9455, 6, 4)|9455-06-04|9455|6|4|0|1|Mon Jun  4 00:00:00 9455|9455,23,1"),
        (3393540, "datetime.date(9292, 3, 12)|9292-03-12|9292|3|12|2|3|Wed Mar 12 00:00:00 9292|9292,11,3"),
        (620744, "datetime.date(1700, 7, 16)|1700-07-16|1700|7|16|4|5|Fri Jul 16 00:00:00 1700|1700,28,5"),
        (783493, "datetime.date(2146, 2, 17)|2146-02-17|2146|2|17|3|4|Thu Feb 17 00:00:00 2146|2146,7,4"),
        (1861873, "datetime.date(5098, 8, 20)|5098-08-20|5098|8|20|5|6|Sat Aug 20 00:00:00 5098|5098,33,6"),
        (1415204, "datetime.date(3875, 9, 12)|3875-09-12|3875|9|12|6|7|Sun Sep 12 00:00:00 3875|3875,36,7"),
        (1722365, "datetime.date(4716, 9, 4)|4716-09-04|4716|9|4|0|1|Mon Sep  4 00:00:00 4716|4716,36,1"),
        (2431526, "datetime.date(6658, 4, 17)|6658-04-17|6658|4|17|5|6|Sat Apr 17 00:00:00 6658|6658,15,6"),
        (2147625, "datetime.date(5880, 12, 30)|5880-12-30|5880|12|30|3|4|Thu Dec 30 00:00:00 5880|5880,53,4"),
        (690792, "datetime.date(1892, 4, 28)|1892-04-28|1892|4|28|3|4|Thu Apr 28 00:00:00 1892|1892,17,4"),
        (3638946, "datetime.date(9964, 2, 5)|9964-02-05|9964|2|5|2|3|Wed Feb  5 00:00:00 9964|9964,6,3"),
        (317910, "datetime.date(871, 5, 29)|0871-05-29|871|5|29|4|5|Fri May 29 00:00:00 0871|871,22,5"),
        (2157419, "datetime.date(5907, 10, 25)|5907-10-25|5907|10|25|4|5|Fri Oct 25 00:00:00 5907|5907,43,5"),
    ];

    /// (year, month, day, repr or "!Error: message").
    #[rustfmt::skip]
    const NEW: &[(i64, i64, i64, &str)] = &[
        (2024, 3, 4, "datetime.date(2024, 3, 4)"),
        (1, 1, 1, "datetime.date(1, 1, 1)"),
        (9999, 12, 31, "datetime.date(9999, 12, 31)"),
        (0, 1, 1, "!ValueError: year 0 is out of range"),
        (10000, 1, 1, "!ValueError: year 10000 is out of range"),
        (-5, 1, 1, "!ValueError: year -5 is out of range"),
        (2024, 0, 1, "!ValueError: month must be in 1..12"),
        (2024, 13, 1, "!ValueError: month must be in 1..12"),
        (2024, 2, 29, "datetime.date(2024, 2, 29)"),
        (2023, 2, 29, "!ValueError: day is out of range for month"),
        (1900, 2, 29, "!ValueError: day is out of range for month"),
        (2000, 2, 29, "datetime.date(2000, 2, 29)"),
        (2024, 4, 31, "!ValueError: day is out of range for month"),
        (2024, 4, 30, "datetime.date(2024, 4, 30)"),
        (2024, 1, 0, "!ValueError: day is out of range for month"),
        (2024, 1, 32, "!ValueError: day is out of range for month"),
        (10000, 13, 40, "!ValueError: year 10000 is out of range"),
        (2024, 13, 40, "!ValueError: month must be in 1..12"),
        (2147483647, 1, 1, "!ValueError: year 2147483647 is out of range"),
        (-2147483648, 1, 1, "!ValueError: year -2147483648 is out of range"),
        (2147483648, 1, 1, "!OverflowError: signed integer is greater than maximum"),
        (-2147483649, 1, 1, "!OverflowError: signed integer is less than minimum"),
        (2024, 2147483648, 1, "!OverflowError: signed integer is greater than maximum"),
        (2024, 1, -2147483649, "!OverflowError: signed integer is less than minimum"),
        (0, 0, 0, "!ValueError: year 0 is out of range"),
    ];

    /// (string, repr or "!Error: message") for `date.fromisoformat`.
    #[rustfmt::skip]
    const ISO: &[(&str, &str)] = &[
        ("2024-03-04", "datetime.date(2024, 3, 4)"),
        ("20240304", "datetime.date(2024, 3, 4)"),
        ("0001-01-01", "datetime.date(1, 1, 1)"),
        ("9999-12-31", "datetime.date(9999, 12, 31)"),
        ("2024-W10", "datetime.date(2024, 3, 4)"),
        ("2024-W10-1", "datetime.date(2024, 3, 4)"),
        ("2024W10", "datetime.date(2024, 3, 4)"),
        ("2024W101", "datetime.date(2024, 3, 4)"),
        ("2020-W53", "datetime.date(2020, 12, 28)"),
        ("2020-W53-7", "datetime.date(2021, 1, 3)"),
        ("2015-W53-5", "datetime.date(2016, 1, 1)"),
        ("2024-W53", "!ValueError: Invalid isoformat string: '2024-W53'"),
        ("2024-W00", "!ValueError: Invalid isoformat string: '2024-W00'"),
        ("2024-W01-0", "!ValueError: Invalid isoformat string: '2024-W01-0'"),
        ("2024-W01-8", "!ValueError: Invalid isoformat string: '2024-W01-8'"),
        ("9999-W52-5", "datetime.date(9999, 12, 31)"),
        ("9999-W52-6", "!ValueError: year 10000 is out of range"),
        ("0001-W01-1", "datetime.date(1, 1, 1)"),
        ("0000-W01-1", "!ValueError: month must be in 1..12"),
        ("0000W011", "!ValueError: month must be in 1..12"),
        ("0000-W53", "!ValueError: Invalid isoformat string: '0000-W53'"),
        ("0000-01-01", "!ValueError: year 0 is out of range"),
        ("2024-13-01", "!ValueError: month must be in 1..12"),
        ("2024-00-10", "!ValueError: month must be in 1..12"),
        ("2024-02-30", "!ValueError: day is out of range for month"),
        ("2023-02-29", "!ValueError: day is out of range for month"),
        ("2024-02-29", "datetime.date(2024, 2, 29)"),
        ("2024-03-0x", "!ValueError: Invalid isoformat string: '2024-03-0x'"),
        ("2024-3-04", "!ValueError: Invalid isoformat string: '2024-3-04'"),
        ("2024-03", "!ValueError: Invalid isoformat string: '2024-03'"),
        ("2024-W1", "!ValueError: Invalid isoformat string: '2024-W1'"),
        ("+024-03-04", "!ValueError: Invalid isoformat string: '+024-03-04'"),
        (" 2024-03-04", "!ValueError: Invalid isoformat string: ' 2024-03-04'"),
        ("2024-03-04 ", "!ValueError: Invalid isoformat string: '2024-03-04 '"),
        ("２０２４-03-04", "!ValueError: Invalid isoformat string: '２０２４-03-04'"),
        ("2024-03-é", "!ValueError: Invalid isoformat string: '2024-03-é'"),
        ("2024年3月4日", "!ValueError: Invalid isoformat string: '2024年3月4日'"),
        ("2024-03-04T00:00", "!ValueError: Invalid isoformat string: '2024-03-04T00:00'"),
        ("2024030412", "datetime.date(2024, 3, 4)"),
        ("20240304XY", "datetime.date(2024, 3, 4)"),
        ("20240304\0\0", "datetime.date(2024, 3, 4)"),
        ("2024W01123", "datetime.date(2024, 1, 1)"),
        ("2024-W0112", "!ValueError: Invalid isoformat string: '2024-W0112'"),
        ("2024W01-1", "!ValueError: Invalid isoformat string: '2024W01-1'"),
        ("2024-0304", "!ValueError: Invalid isoformat string: '2024-0304'"),
        ("202403-04", "!ValueError: Invalid isoformat string: '202403-04'"),
        ("it's", "!ValueError: Invalid isoformat string: \"it's\""),
        ("", "!ValueError: Invalid isoformat string: ''"),
        ("2024", "!ValueError: Invalid isoformat string: '2024'"),
        ("2024-W10-", "!ValueError: Invalid isoformat string: '2024-W10-'"),
        ("2024-w10-1", "!ValueError: Invalid isoformat string: '2024-w10-1'"),
        ("2024_03_04", "!ValueError: Invalid isoformat string: '2024_03_04'"),
        ("2024/03/04", "!ValueError: Invalid isoformat string: '2024/03/04'"),
        ("1999-12-31", "datetime.date(1999, 12, 31)"),
        ("2004-W53-7", "datetime.date(2005, 1, 2)"),
        ("2026-W01-1", "datetime.date(2025, 12, 29)"),
        ("2024-03-4\n", "!ValueError: Invalid isoformat string: '2024-03-4\\n'"),
        ("9942-07-20", "datetime.date(9942, 7, 20)"),
        ("9218-10-11", "datetime.date(9218, 10, 11)"),
        ("4935-W51-4", "datetime.date(4935, 12, 22)"),
        ("1741-W42-7", "datetime.date(1741, 10, 22)"),
        ("9530-09-28", "datetime.date(9530, 9, 28)"),
        ("9168-W46-5", "datetime.date(9168, 11, 15)"),
        ("5368W055", "datetime.date(5368, 2, 5)"),
        ("0595-05-14", "datetime.date(595, 5, 14)"),
        ("0598W386", "datetime.date(598, 9, 22)"),
        ("2235-W32-7", "datetime.date(2235, 8, 9)"),
        ("1203-W16-7", "datetime.date(1203, 4, 20)"),
        ("4499W013", "datetime.date(4498, 12, 31)"),
        ("3051W212", "datetime.date(3051, 5, 20)"),
        ("46991031", "datetime.date(4699, 10, 31)"),
        ("3362-10-29", "datetime.date(3362, 10, 29)"),
        ("59201025", "datetime.date(5920, 10, 25)"),
        ("9429W426", "datetime.date(9429, 10, 17)"),
        ("9891W227", "datetime.date(9891, 5, 31)"),
        ("42790319", "datetime.date(4279, 3, 19)"),
        ("2804W281", "datetime.date(2804, 7, 5)"),
    ];

    /// (n, repr or "!Error: message") for `date.fromordinal`.
    #[rustfmt::skip]
    const ORDINALS: &[(i64, &str)] = &[
        (1, "datetime.date(1, 1, 1)"),
        (0, "!ValueError: ordinal must be >= 1"),
        (-1, "!ValueError: ordinal must be >= 1"),
        (3652059, "datetime.date(9999, 12, 31)"),
        (3652060, "!ValueError: year 10000 is out of range"),
        (730000, "datetime.date(1999, 9, 3)"),
        (2147483647, "!ValueError: year 5879611 is out of range"),
        (2147483648, "!OverflowError: signed integer is greater than maximum"),
        (-2147483648, "!ValueError: ordinal must be >= 1"),
        (-2147483649, "!OverflowError: signed integer is less than minimum"),
        (10000000, "!ValueError: year 27380 is out of range"),
    ];

    /// (ordinal, year, month, day (-1: not given), repr or "!Error: message").
    #[rustfmt::skip]
    const REPLACE: &[(i64, i64, i64, i64, &str)] = &[
        (738945, 2023, -1, -1, "!ValueError: day is out of range for month"),
        (738945, 2028, -1, -1, "datetime.date(2028, 2, 29)"),
        (738916, -1, 2, -1, "!ValueError: day is out of range for month"),
        (738916, -1, 4, 30, "datetime.date(2024, 4, 30)"),
        (738949, -1, -1, -1, "datetime.date(2024, 3, 4)"),
        (738949, 0, -1, -1, "!ValueError: year 0 is out of range"),
        (738949, -1, 13, -1, "!ValueError: month must be in 1..12"),
        (738949, -1, -1, 2147483648, "!OverflowError: signed integer is greater than maximum"),
        (738949, 10000, -1, -1, "!ValueError: year 10000 is out of range"),
        (1, 9999, 12, 31, "datetime.date(9999, 12, 31)"),
        (738949, -1, -1, 0, "!ValueError: day is out of range for month"),
    ];

    /// (days, seconds, microseconds, milliseconds, minutes, hours, weeks) -> "repr|str|total_seconds" or "!Error: message".
    #[rustfmt::skip]
    const TD_NEW: &[([f64; 7], &str)] = &[
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0], "datetime.timedelta(days=1, seconds=3600)|1 day, 1:00:00|90000.0"),
        ([1.0, 3600.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=1, seconds=3600)|1 day, 1:00:00|90000.0"),
        ([-1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1)|-1 day, 0:00:00|-86400.0"),
        ([0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86399)|-1 day, 23:59:59|-1.0"),
        ([0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)|-1 day, 23:59:59.999999|-1e-06"),
        ([2.0, 0.0, 500000.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=2, microseconds=500000)|2 days, 0:00:00.500000|172800.5"),
        ([0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 1.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=2)|0:00:00.000002|2e-06"),
        ([0.0, 0.0, 2.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=2)|0:00:00.000002|2e-06"),
        ([0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, -1.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86399, microseconds=999998)|-1 day, 23:59:59.999998|-2e-06"),
        ([0.0, 0.0, 0.0, 0.0005, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 0.0, 0.0015, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=2)|0:00:00.000002|2e-06"),
        ([0.0, 5e-07, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 1.5e-06, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=2)|0:00:00.000002|2e-06"),
        ([0.0, 2.5e-06, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=2)|0:00:00.000002|2e-06"),
        ([0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(seconds=28800)|8:00:00|28800.0"),
        ([-0.3333333333333333, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=57600)|-1 day, 16:00:00|-28800.0"),
        ([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], "datetime.timedelta(seconds=69486, microseconds=100100)|19:18:06.100100|69486.1001"),
        ([-1.5, -1.5, -1.5, -1.5, -1.5, -1.5, -1.5], "datetime.timedelta(days=-13, seconds=80908, microseconds=498498)|-13 days, 22:28:28.498498|-1042291.501502"),
        ([0.0, 86399.9999995, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(seconds=86399, microseconds=999999)|23:59:59.999999|86399.999999"),
        ([0.0, -86399.9999995, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, microseconds=1)|-1 day, 0:00:00.000001|-86399.999999"),
        ([999999999.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=999999999)|999999999 days, 0:00:00|86399999913600.0"),
        ([-999999999.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-999999999)|-999999999 days, 0:00:00|-86399999913600.0"),
        ([1000000000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: days=1000000000; must have magnitude <= 999999999"),
        ([-1000000000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: days=-1000000000; must have magnitude <= 999999999"),
        ([999999999.0, 0.0, 0.0, 0.0, 0.0, 24.0, 0.0], "!OverflowError: days=1000000000; must have magnitude <= 999999999"),
        ([10000000000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: Python int too large to convert to C int"),
        ([0.0, 1e+300, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: Python int too large to convert to C int"),
        ([0.0, 0.0, 1e-300, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([-0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([NAN, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "!ValueError: cannot convert float NaN to integer"),
        ([INF, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: cannot convert float infinity to integer"),
        ([0.0, -INF, 0.0, 0.0, 0.0, 0.0, 0.0], "!OverflowError: cannot convert float infinity to integer"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, NAN], "!ValueError: cannot convert float NaN to integer"),
        ([1e+30, 0.0, 0.0, 0.0, 0.0, -2.4e+31, 0.0], "!OverflowError: Python int too large to convert to C int"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 142857.0], "datetime.timedelta(days=999999)|999999 days, 0:00:00|86399913600.0"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 142857.15], "datetime.timedelta(days=1000000, seconds=4319, microseconds=999996)|1000000 days, 1:11:59.999996|86400004320.0"),
        ([0.0, 0.0, 0.0, 0.0, 1440.0, 0.0, 0.0], "datetime.timedelta(days=1)|1 day, 0:00:00|86400.0"),
        ([0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86399, microseconds=999000)|-1 day, 23:59:59.999000|-0.001"),
        ([0.0, 0.0, 123456789.5, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(seconds=123, microseconds=456790)|0:02:03.456790|123.45679"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0], "datetime.timedelta(days=-7)|-7 days, 0:00:00|-604800.0"),
        ([3.75, -7.25, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=3, seconds=64792, microseconds=750000)|3 days, 17:59:52.750000|323992.75"),
        ([0.0, 0.0, 0.0, 0.0001, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 0.4999999999, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 1e-07, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 0.0, 0.0, 1e-08, 0.0, 0.0], "datetime.timedelta(microseconds=1)|0:00:00.000001|1e-06"),
        ([451.0, 0.0, 9.093300940937787, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=451, microseconds=9)|451 days, 0:00:00.000009|38966400.000009"),
        ([0.0, -629.0, 7.025210658051091e-07, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=85771)|-1 day, 23:49:31|-629.0"),
        ([0.0, 0.0, 0.0, -819.0, 0.0, 70.0084670224624, -579.0], "datetime.timedelta(days=-4051, seconds=79229, microseconds=662281)|-4051 days, 22:00:29.662281|-349927170.337719"),
        ([0.0, 0.0, 0.0, 0.0, 0.0074655833085047465, 5.927781449956428e-07, 0.0], "datetime.timedelta(microseconds=450069)|0:00:00.450069|0.450069"),
        ([72.30628730386167, 0.0, 0.00024425006654517237, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=72, seconds=26463, microseconds=223054)|72 days, 7:21:03.223054|6247263.223054"),
        ([0.0, 0.0, 0.0, 0.0, 56.333333333333336, 0.0, 0.0], "datetime.timedelta(seconds=3380)|0:56:20|3380.0"),
        ([1.0835406153884365e-06, 0.0, 0.0, 0.0, 438.0, 0.0, 0.0], "datetime.timedelta(seconds=26280, microseconds=93618)|7:18:00.093618|26280.093618"),
        ([-791.0, 0.0, 0.0, 0.0, -328.0, 0.0, 0.0], "datetime.timedelta(days=-792, seconds=66720)|-792 days, 18:32:00|-68362080.0"),
        ([0.0, -687.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=85713)|-1 day, 23:48:33|-687.0"),
        ([-65.81428113967931, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-66, seconds=16046, microseconds=109532)|-66 days, 4:27:26.109532|-5686353.890468"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0486086991398756e-05], "datetime.timedelta(seconds=24, microseconds=485985)|0:00:24.485985|24.485985"),
        ([0.0, 0.0, 0.0, -1.955080260343953e-08, -7.848282041732533e-05, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86399, microseconds=995291)|-1 day, 23:59:59.995291|-0.004709"),
        ([0.0, 48.732435540284904, 0.0, 0.0, 0.0, 0.0, -6.58442460992452], "datetime.timedelta(days=-47, seconds=78588, microseconds=728353)|-47 days, 21:49:48.728353|-3982211.271647"),
        ([0.0, 23.285714285714285, 0.0, 0.0, 58.31325244485759, 0.0, -494.0], "datetime.timedelta(days=-3458, seconds=3522, microseconds=80861)|-3458 days, 0:58:42.080861|-298767677.919139"),
        ([0.0, -1.7665840749669015, 0.0, 0.0, -1286.1780085737328, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=9227, microseconds=552902)|-1 day, 2:33:47.552902|-77172.447098"),
        ([0.0, 0.0, 0.0, 0.0, -1.582122297605193, 0.0, 0.0006592317259322493], "datetime.timedelta(seconds=303, microseconds=776010)|0:05:03.776010|303.77601"),
        ([-471.0, -731.0, 0.0, 6.825564822152377e-06, 0.0, 0.0, 0.0], "datetime.timedelta(days=-472, seconds=85669)|-472 days, 23:47:49|-40695131.0"),
        ([-4.4388869674721686e-07, 0.0, 0.0, 0.0, 0.0, 3686.74454424327, 0.0], "datetime.timedelta(days=153, seconds=53080, microseconds=320924)|153 days, 14:44:40.320924|13272280.320924"),
        ([0.0, 0.0, 0.0, -6.2700301765969964e-09, 0.0, 0.0, 0.0], "datetime.timedelta(0)|0:00:00|0.0"),
        ([0.0, 0.0, 0.0, -0.005633561362104549, 0.0, 0.0, 842.0], "datetime.timedelta(days=5893, seconds=86399, microseconds=999994)|5893 days, 23:59:59.999994|509241599.999994"),
        ([0.0, 53.0, 0.0, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(seconds=53)|0:00:53|53.0"),
        ([0.0, 458.5, 0.0, 0.346, 0.0, 0.0, -3.2467986924250503e-06], "datetime.timedelta(seconds=456, microseconds=536682)|0:07:36.536682|456.536682"),
        ([-596.0, 0.0, 2.7801929454140904e-07, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-596)|-596 days, 0:00:00|-51494400.0"),
        ([0.0, -2.117161073053375, -0.022851996210925263, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-1, seconds=86397, microseconds=882839)|-1 day, 23:59:57.882839|-2.117161"),
        ([647.0, 0.0, -6716.529980070843, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=646, seconds=86399, microseconds=993283)|646 days, 23:59:59.993283|55900799.993283"),
        ([4.149993226878789e-09, 0.0, 0.0, 0.0, 0.0, -1.1014035481656137e-07, 0.0], "datetime.timedelta(days=-1, seconds=86399, microseconds=999962)|-1 day, 23:59:59.999962|-3.8e-05"),
        ([0.0, 523.0, 0.0, 0.0, 62.13741996824342, 0.0, 0.0], "datetime.timedelta(seconds=4251, microseconds=245198)|1:10:51.245198|4251.245198"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -3221.971982350873], "datetime.timedelta(days=-22554, seconds=16945, microseconds=74192)|-22554 days, 4:42:25.074192|-1948648654.925808"),
        ([0.0, 0.0, -32.25, 0.366, 0.0, 0.0, 0.0], "datetime.timedelta(microseconds=334)|0:00:00.000334|0.000334"),
        ([-292.0, 0.0, 0.0, 249.25, 0.0, -169.0, 0.0], "datetime.timedelta(days=-300, seconds=82800, microseconds=249250)|-300 days, 23:00:00.249250|-25837199.75075"),
        ([-3.8791098036505044e-07, 0.0, 0.0, -0.002115067216687938, 0.0, 126.75, 0.0], "datetime.timedelta(days=5, seconds=24299, microseconds=966482)|5 days, 6:44:59.966482|456299.966482"),
        ([-3.254679016098665, 0.0, 0.0, 0.0, 0.0, 0.0004800660165641355, 0.0], "datetime.timedelta(days=-4, seconds=64397, microseconds=461247)|-4 days, 17:53:17.461247|-281202.538753"),
        ([0.0, 0.0, 995.0, 0.0, -0.7307635618294424, 301.0, 0.0], "datetime.timedelta(days=12, seconds=46756, microseconds=155181)|12 days, 12:59:16.155181|1083556.155181"),
        ([64.875, 0.0, 0.0, 95.97091197876316, 0.0, 0.0, 0.0608386872064082], "datetime.timedelta(days=65, seconds=25995, microseconds=333993)|65 days, 7:13:15.333993|5641995.333993"),
        ([43.2810408292742, 0.0, 0.0, 0.0, 11.437130863692314, 615.5, 0.0], "datetime.timedelta(days=68, seconds=80768, microseconds=155501)|68 days, 22:26:08.155501|5955968.155501"),
        ([-602.0, 0.0, 7.925381023472204e-07, 0.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-602)|-602 days, 0:00:00|-52012800.0"),
        ([-38.0, 0.0, 0.0, 247.46679313380105, 0.0, 0.0, 0.0], "datetime.timedelta(days=-38, microseconds=247467)|-38 days, 0:00:00.247467|-3283199.752533"),
        ([-35632.57729752083, 0.0, 0.0, -406.0, 0.0, 0.0, 0.0], "datetime.timedelta(days=-35633, seconds=36521, microseconds=88200)|-35633 days, 10:08:41.088200|-3078654678.9118"),
        ([0.0, 2.166716879943793e-07, 0.0, 0.0, 121.25, -183.5, 0.0], "datetime.timedelta(days=-8, seconds=37875)|-8 days, 10:31:15|-653325.0"),
        ([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 856.0], "datetime.timedelta(days=5992)|5992 days, 0:00:00|517708800.0"),
    ];

    /// (a, b) as (days, seconds, microseconds) -> "a+b|a-b|-a|abs(a)|a/b|a//b|a<b|bool(a)".
    #[rustfmt::skip]
    const TD_ARITH: &[(Dsu, Dsu, &str)] = &[
        ((999999999, 86399, 999999), (0, 0, 1), "!OverflowError: days=1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999998)|!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)|8.64e+19|!OverflowError: Python int too large to convert to C long|False|True"),
        ((999999999, 86399, 999999), (999999999, 86399, 999999), "!OverflowError: days=1999999999; must have magnitude <= 999999999|datetime.timedelta(0)|!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)|1.0|1|False|True"),
        ((-999999999, 0, 0), (-1, 86399, 999999), "!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=-999999999, microseconds=1)|datetime.timedelta(days=999999999)|datetime.timedelta(days=999999999)|8.63999999136e+19|!OverflowError: Python int too large to convert to C long|True|True"),
        ((1, 0, 0), (0, 0, 0), "datetime.timedelta(days=1)|datetime.timedelta(days=1)|datetime.timedelta(days=-1)|datetime.timedelta(days=1)|!ZeroDivisionError: division by zero|!ZeroDivisionError: integer division or modulo by zero|False|True"),
        ((0, 0, 0), (0, 0, 0), "datetime.timedelta(0)|datetime.timedelta(0)|datetime.timedelta(0)|datetime.timedelta(0)|!ZeroDivisionError: division by zero|!ZeroDivisionError: integer division or modulo by zero|False|False"),
        ((-1, 5, 0), (0, 7, 0), "datetime.timedelta(days=-1, seconds=12)|datetime.timedelta(days=-2, seconds=86398)|datetime.timedelta(seconds=86395)|datetime.timedelta(seconds=86395)|-12342.142857142857|-12343|True|True"),
        ((0, 1, 0), (0, 3, 0), "datetime.timedelta(seconds=4)|datetime.timedelta(days=-1, seconds=86398)|datetime.timedelta(days=-1, seconds=86399)|datetime.timedelta(seconds=1)|0.3333333333333333|0|True|True"),
        ((-1, 86399, 0), (0, 3, 0), "datetime.timedelta(seconds=2)|datetime.timedelta(days=-1, seconds=86396)|datetime.timedelta(seconds=1)|datetime.timedelta(seconds=1)|-0.3333333333333333|-1|True|True"),
        ((999999999, 86399, 999999), (0, 0, 1), "!OverflowError: days=1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999998)|!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)|8.64e+19|!OverflowError: Python int too large to convert to C long|False|True"),
        ((0, 23283, 0), (0, 6092, 0), "datetime.timedelta(seconds=29375)|datetime.timedelta(seconds=17191)|datetime.timedelta(days=-1, seconds=63117)|datetime.timedelta(seconds=23283)|3.821897570584373|3|False|True"),
        ((77, 33800, 0), (0, 1, 0), "datetime.timedelta(days=77, seconds=33801)|datetime.timedelta(days=77, seconds=33799)|datetime.timedelta(days=-78, seconds=52600)|datetime.timedelta(days=77, seconds=33800)|6686600.0|6686600|False|True"),
        ((-10, 82700, 0), (0, 21009, 0), "datetime.timedelta(days=-9, seconds=17309)|datetime.timedelta(days=-10, seconds=61691)|datetime.timedelta(days=9, seconds=3700)|datetime.timedelta(days=9, seconds=3700)|-37.18882383740302|-38|True|True"),
        ((-999999999, 0, 0), (62000, 41434, 797363), "datetime.timedelta(days=-999937999, seconds=41434, microseconds=797363)|!OverflowError: days=-1000062000; must have magnitude <= 999999999|datetime.timedelta(days=999999999)|datetime.timedelta(days=999999999)|-16128.907484988551|-16129|True|True"),
        ((2833, 5727, 222725), (0, 0, 1), "datetime.timedelta(days=2833, seconds=5727, microseconds=222726)|datetime.timedelta(days=2833, seconds=5727, microseconds=222724)|datetime.timedelta(days=-2834, seconds=80672, microseconds=777275)|datetime.timedelta(days=2833, seconds=5727, microseconds=222725)|244776927222725.0|244776927222725|False|True"),
        ((0, 45073, 54671), (-272616, 64350, 2612), "datetime.timedelta(days=-272615, seconds=23023, microseconds=57283)|datetime.timedelta(days=272615, seconds=67123, microseconds=52059)|datetime.timedelta(days=-1, seconds=41326, microseconds=945329)|datetime.timedelta(seconds=45073, microseconds=54671)|-1.913608514345002e-06|-1|False|True"),
        ((-915259, 9382, 0), (87, 46655, 0), "datetime.timedelta(days=-915172, seconds=56037)|datetime.timedelta(days=-915347, seconds=49127)|datetime.timedelta(days=915258, seconds=77018)|datetime.timedelta(days=915258, seconds=77018)|-10455.323422695052|-10456|True|True"),
        ((620029, 45944, 319414), (1, 75513, 623932), "datetime.timedelta(days=620031, seconds=35057, microseconds=943346)|datetime.timedelta(days=620027, seconds=56830, microseconds=695482)|datetime.timedelta(days=-620030, seconds=40455, microseconds=680586)|datetime.timedelta(days=620029, seconds=45944, microseconds=319414)|330858.8261035885|330858|False|True"),
        ((437, 57139, 0), (4803, 6291, 0), "datetime.timedelta(days=5240, seconds=63430)|datetime.timedelta(days=-4366, seconds=50848)|datetime.timedelta(days=-438, seconds=29261)|datetime.timedelta(days=437, seconds=57139)|0.0911211110269877|0|True|True"),
        ((0, 82860, 0), (-64089, 68101, 283125), "datetime.timedelta(days=-64088, seconds=64561, microseconds=283125)|datetime.timedelta(days=64089, seconds=14758, microseconds=716875)|datetime.timedelta(days=-1, seconds=3540)|datetime.timedelta(seconds=82860)|-1.4964183755192187e-05|-1|False|True"),
        ((-29586, 25493, 103215), (0, 2551, 0), "datetime.timedelta(days=-29586, seconds=28044, microseconds=103215)|datetime.timedelta(days=-29586, seconds=22942, microseconds=103215)|datetime.timedelta(days=29585, seconds=60906, microseconds=896785)|datetime.timedelta(days=29585, seconds=60906, microseconds=896785)|-1002040.3398262584|-1002041|True|True"),
        ((-915980, 81234, 45282), (0, 0, 1), "datetime.timedelta(days=-915980, seconds=81234, microseconds=45283)|datetime.timedelta(days=-915980, seconds=81234, microseconds=45281)|datetime.timedelta(days=915979, seconds=5165, microseconds=954718)|datetime.timedelta(days=915979, seconds=5165, microseconds=954718)|-7.914059076595472e+16|-79140590765954718|True|True"),
        ((999999999, 86399, 999999), (89483, 18089, 0), "!OverflowError: days=1000089483; must have magnitude <= 999999999|datetime.timedelta(days=999910516, seconds=68310, microseconds=999999)|!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)|11175.28089474991|11175|False|True"),
        ((89510, 80630, 0), (0, 11721, 861285), "datetime.timedelta(days=89511, seconds=5951, microseconds=861285)|datetime.timedelta(days=89510, seconds=68908, microseconds=138715)|datetime.timedelta(days=-89511, seconds=5770)|datetime.timedelta(days=89510, seconds=80630)|659771.0416430678|659771|False|True"),
        ((87492, 11197, 445216), (-4, 71787, 0), "datetime.timedelta(days=87488, seconds=82984, microseconds=445216)|datetime.timedelta(days=87495, seconds=25810, microseconds=445216)|datetime.timedelta(days=-87493, seconds=75202, microseconds=554784)|datetime.timedelta(days=87492, seconds=11197, microseconds=445216)|-27607.600798520216|-27608|False|True"),
        ((-82, 6885, 256404), (-721441, 15782, 106983), "datetime.timedelta(days=-721523, seconds=22667, microseconds=363387)|datetime.timedelta(days=721358, seconds=77503, microseconds=149421)|datetime.timedelta(days=81, seconds=79514, microseconds=743596)|datetime.timedelta(days=81, seconds=79514, microseconds=743596)|0.00011355097682825684|0|False|True"),
        ((-5653, 17971, 911539), (0, 24806, 774538), "datetime.timedelta(days=-5653, seconds=42778, microseconds=686077)|datetime.timedelta(days=-5654, seconds=79565, microseconds=137001)|datetime.timedelta(days=5652, seconds=68428, microseconds=88461)|datetime.timedelta(days=5652, seconds=68428, microseconds=88461)|-19688.219737729654|-19689|True|True"),
        ((107, 5145, 978087), (0, 8250, 0), "datetime.timedelta(days=107, seconds=13395, microseconds=978087)|datetime.timedelta(days=106, seconds=83295, microseconds=978087)|datetime.timedelta(days=-108, seconds=81254, microseconds=21913)|datetime.timedelta(days=107, seconds=5145, microseconds=978087)|1121.2055731014545|1121|False|True"),
        ((763721, 63736, 0), (0, 78951, 0), "datetime.timedelta(days=763722, seconds=56287)|datetime.timedelta(days=763720, seconds=71185)|datetime.timedelta(days=-763722, seconds=22664)|datetime.timedelta(days=763721, seconds=63736)|835778.623905967|835778|False|True"),
        ((-1, 33893, 0), (7798, 51291, 19642), "datetime.timedelta(days=7797, seconds=85184, microseconds=19642)|datetime.timedelta(days=-7800, seconds=69001, microseconds=980358)|datetime.timedelta(seconds=52507)|datetime.timedelta(seconds=52507)|-7.792685899391449e-05|-1|True|True"),
        ((8, 23380, 241124), (1995, 80390, 0), "datetime.timedelta(days=2004, seconds=17370, microseconds=241124)|datetime.timedelta(days=-1988, seconds=29390, microseconds=241124)|datetime.timedelta(days=-9, seconds=63019, microseconds=758876)|datetime.timedelta(days=8, seconds=23380, microseconds=241124)|0.004143733908585636|0|True|True"),
        ((944347, 33679, 912673), (917237, 42086, 61763), "datetime.timedelta(days=1861584, seconds=75765, microseconds=974436)|datetime.timedelta(days=27109, seconds=77993, microseconds=850910)|datetime.timedelta(days=-944348, seconds=52720, microseconds=87327)|datetime.timedelta(days=944347, seconds=33679, microseconds=912673)|1.0295560343833172|1|False|True"),
        ((85053, 35004, 449086), (683, 78855, 983160), "datetime.timedelta(days=85737, seconds=27460, microseconds=432246)|datetime.timedelta(days=84369, seconds=42548, microseconds=465926)|datetime.timedelta(days=-85054, seconds=51395, microseconds=550914)|datetime.timedelta(days=85053, seconds=35004, microseconds=449086)|124.36295891382059|124|False|True"),
        ((0, 5243, 155311), (-141955, 39283, 449646), "datetime.timedelta(days=-141955, seconds=44526, microseconds=604957)|datetime.timedelta(days=141954, seconds=52359, microseconds=705665)|datetime.timedelta(days=-1, seconds=81156, microseconds=844689)|datetime.timedelta(seconds=5243, microseconds=155311)|-4.2749365869283166e-07|-1|False|True"),
        ((-91205, 78129, 0), (0, 20773, 10648), "datetime.timedelta(days=-91204, seconds=12502, microseconds=10648)|datetime.timedelta(days=-91205, seconds=57355, microseconds=989352)|datetime.timedelta(days=91204, seconds=8271)|datetime.timedelta(days=91204, seconds=8271)|-379340.0005674517|-379341|True|True"),
        ((0, 63026, 0), (-65631, 53361, 287742), "datetime.timedelta(days=-65630, seconds=29987, microseconds=287742)|datetime.timedelta(days=65631, seconds=9664, microseconds=712258)|datetime.timedelta(days=-1, seconds=23374)|datetime.timedelta(seconds=63026)|-1.1114785043152823e-05|-1|False|True"),
        ((0, 47956, 245599), (-1, 85949, 98763), "datetime.timedelta(seconds=47505, microseconds=344362)|datetime.timedelta(seconds=48407, microseconds=146836)|datetime.timedelta(days=-1, seconds=38443, microseconds=754401)|datetime.timedelta(seconds=47956, microseconds=245599)|-106.35642944355018|-107|False|True"),
        ((4684, 33877, 0), (3, 76148, 0), "datetime.timedelta(days=4688, seconds=23625)|datetime.timedelta(days=4680, seconds=44129)|datetime.timedelta(days=-4685, seconds=52523)|datetime.timedelta(days=4684, seconds=33877)|1206.8999278361582|1206|False|True"),
        ((-888, 46427, 0), (0, 45554, 0), "datetime.timedelta(days=-887, seconds=5581)|datetime.timedelta(days=-888, seconds=873)|datetime.timedelta(days=887, seconds=39973)|datetime.timedelta(days=887, seconds=39973)|-1683.2061509417395|-1684|True|True"),
        ((-41733, 69420, 613582), (0, 24869, 0), "datetime.timedelta(days=-41732, seconds=7889, microseconds=613582)|datetime.timedelta(days=-41733, seconds=44551, microseconds=613582)|datetime.timedelta(days=41732, seconds=16979, microseconds=386418)|datetime.timedelta(days=41732, seconds=16979, microseconds=386418)|-144986.19885746986|-144987|True|True"),
        ((-4, 81788, 99079), (2, 4184, 0), "datetime.timedelta(days=-2, seconds=85972, microseconds=99079)|datetime.timedelta(days=-6, seconds=77604, microseconds=99079)|datetime.timedelta(days=3, seconds=4611, microseconds=900921)|datetime.timedelta(days=3, seconds=4611, microseconds=900921)|-1.4905974603410477|-2|True|True"),
        ((999999999, 86399, 999999), (563362, 79215, 470603), "!OverflowError: days=1000563362; must have magnitude <= 999999999|datetime.timedelta(days=999436637, seconds=7184, microseconds=529396)|!OverflowError: days=-1000000000; must have magnitude <= 999999999|datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)|1775.054711799299|1775|False|True"),
        ((3594, 16253, 0), (24752, 31095, 203712), "datetime.timedelta(days=28346, seconds=47348, microseconds=203712)|datetime.timedelta(days=-21159, seconds=71557, microseconds=796288)|datetime.timedelta(days=-3595, seconds=70147)|datetime.timedelta(days=3594, seconds=16253)|0.14520587645821145|0|True|True"),
        ((0, 37736, 0), (0, 57670, 0), "datetime.timedelta(days=1, seconds=9006)|datetime.timedelta(days=-1, seconds=66466)|datetime.timedelta(days=-1, seconds=48664)|datetime.timedelta(seconds=37736)|0.6543436795560951|0|True|True"),
        ((-7352, 18601, 0), (0, 50711, 0), "datetime.timedelta(days=-7352, seconds=69312)|datetime.timedelta(days=-7353, seconds=54290)|datetime.timedelta(days=7351, seconds=67799)|datetime.timedelta(days=7351, seconds=67799)|-12525.767565222535|-12526|True|True"),
        ((-590189, 64535, 650028), (-75, 55220, 729337), "datetime.timedelta(days=-590263, seconds=33356, microseconds=379365)|datetime.timedelta(days=-590114, seconds=9314, microseconds=920691)|datetime.timedelta(days=590188, seconds=21864, microseconds=349972)|datetime.timedelta(days=590188, seconds=21864, microseconds=349972)|7936.811976902028|7936|True|True"),
        ((0, 82898, 0), (0, 50575, 698772), "datetime.timedelta(days=1, seconds=47073, microseconds=698772)|datetime.timedelta(seconds=32322, microseconds=301228)|datetime.timedelta(days=-1, seconds=3502)|datetime.timedelta(seconds=82898)|1.6390875857931686|1|False|True"),
        ((0, 61879, 474879), (31070, 6818, 584118), "datetime.timedelta(days=31070, seconds=68698, microseconds=58997)|datetime.timedelta(days=-31070, seconds=55060, microseconds=890761)|datetime.timedelta(days=-1, seconds=24520, microseconds=525121)|datetime.timedelta(seconds=61879, microseconds=474879)|2.3051039805407322e-05|0|True|True"),
        ((0, 70588, 390163), (0, 42361, 773000), "datetime.timedelta(days=1, seconds=26550, microseconds=163163)|datetime.timedelta(seconds=28226, microseconds=617163)|datetime.timedelta(days=-1, seconds=15811, microseconds=609837)|datetime.timedelta(seconds=70588, microseconds=390163)|1.6663228463785027|1|False|True"),
        ((-80, 4045, 654860), (0, 1, 0), "datetime.timedelta(days=-80, seconds=4046, microseconds=654860)|datetime.timedelta(days=-80, seconds=4044, microseconds=654860)|datetime.timedelta(days=79, seconds=82354, microseconds=345140)|datetime.timedelta(days=79, seconds=82354, microseconds=345140)|-6907954.34514|-6907955|True|True"),
    ];

    /// (td, int k, float f) -> "td*k|td//k|td*f".
    #[rustfmt::skip]
    const TD_MUL: &[(Dsu, i64, f64, &str)] = &[
        ((1, 0, 0), 0, 0.5, "datetime.timedelta(0)|!ZeroDivisionError: integer division or modulo by zero|datetime.timedelta(seconds=43200)"),
        ((0, 0, 1), 1, 0.5, "datetime.timedelta(microseconds=1)|datetime.timedelta(microseconds=1)|datetime.timedelta(0)"),
        ((0, 0, 3), -1, 0.5, "datetime.timedelta(days=-1, seconds=86399, microseconds=999997)|datetime.timedelta(days=-1, seconds=86399, microseconds=999997)|datetime.timedelta(microseconds=2)"),
        ((0, 0, 5), 2, -0.5, "datetime.timedelta(microseconds=10)|datetime.timedelta(microseconds=2)|datetime.timedelta(days=-1, seconds=86399, microseconds=999998)"),
        ((999999999, 86399, 999999), 2, 1.0000001, "!OverflowError: days=1999999999; must have magnitude <= 999999999|datetime.timedelta(days=499999999, seconds=86399, microseconds=999999)|!OverflowError: days=1000000100; must have magnitude <= 999999999"),
        ((999999999, 86399, 999999), -1, -1.0, "!OverflowError: days=-1000000000; must have magnitude <= 999999999|!OverflowError: days=-1000000000; must have magnitude <= 999999999|!OverflowError: days=-1000000000; must have magnitude <= 999999999"),
        ((-999999999, 0, 0), -1, -1.0, "datetime.timedelta(days=999999999)|datetime.timedelta(days=999999999)|datetime.timedelta(days=999999999)"),
        ((1, 0, 0), 1000000000000, 1e+300, "!OverflowError: Python int too large to convert to C int|datetime.timedelta(0)|!OverflowError: Python int too large to convert to C int"),
        ((1, 0, 0), 4611686018427387904, 1e-300, "!OverflowError: Python int too large to convert to C int|datetime.timedelta(0)|datetime.timedelta(0)"),
        ((1, 0, 0), 3, NAN, "datetime.timedelta(days=3)|datetime.timedelta(seconds=28800)|!ValueError: cannot convert NaN to integer ratio"),
        ((1, 0, 0), 7, INF, "datetime.timedelta(days=7)|datetime.timedelta(seconds=12342, microseconds=857142)|!OverflowError: cannot convert Infinity to integer ratio"),
        ((1, 0, 0), -7, -INF, "datetime.timedelta(days=-7)|datetime.timedelta(days=-1, seconds=74057, microseconds=142857)|!OverflowError: cannot convert Infinity to integer ratio"),
        ((0, 1, 0), 1000, 0.3333333333333333, "datetime.timedelta(seconds=1000)|datetime.timedelta(microseconds=1000)|datetime.timedelta(microseconds=333333)"),
        ((-1, 86399, 0), 3, 0.6666666666666666, "datetime.timedelta(days=-1, seconds=86397)|datetime.timedelta(days=-1, seconds=86399, microseconds=666666)|datetime.timedelta(days=-1, seconds=86399, microseconds=333333)"),
        ((0, 0, 7), 2, 0.1, "datetime.timedelta(microseconds=14)|datetime.timedelta(microseconds=3)|datetime.timedelta(microseconds=1)"),
        ((0, 0, 1), 1, 5e-07, "datetime.timedelta(microseconds=1)|datetime.timedelta(microseconds=1)|datetime.timedelta(0)"),
        ((-3, 7, 11), 1, -0.0, "datetime.timedelta(days=-3, seconds=7, microseconds=11)|datetime.timedelta(days=-3, seconds=7, microseconds=11)|datetime.timedelta(0)"),
        ((76, 39352, 0), 7, -2.25, "datetime.timedelta(days=535, seconds=16264)|datetime.timedelta(days=10, seconds=79678, microseconds=857142)|datetime.timedelta(days=-173, seconds=84258)"),
        ((-8092, 54156, 0), -249, 0.1, "datetime.timedelta(days=2014751, seconds=79956)|datetime.timedelta(days=32, seconds=42809, microseconds=12048)|datetime.timedelta(days=-810, seconds=74535, microseconds=600000)"),
        ((44, 34215, 0), 7, 0.5, "datetime.timedelta(days=310, seconds=66705)|datetime.timedelta(days=6, seconds=29573, microseconds=571428)|datetime.timedelta(days=22, seconds=17107, microseconds=500000)"),
        ((-1, 86399, 999999), -7, 0.1, "datetime.timedelta(microseconds=7)|datetime.timedelta(0)|datetime.timedelta(0)"),
        ((0, 1, 0), -1, 1.3396138200468855, "datetime.timedelta(days=-1, seconds=86399)|datetime.timedelta(days=-1, seconds=86399)|datetime.timedelta(seconds=1, microseconds=339614)"),
        ((0, 35229, 112282), 1000, -7.326952736050131e-07, "datetime.timedelta(days=407, seconds=64312, microseconds=282000)|datetime.timedelta(seconds=35, microseconds=229112)|datetime.timedelta(days=-1, seconds=86399, microseconds=974188)"),
        ((0, 45478, 0), -7, 0.5, "datetime.timedelta(days=-4, seconds=27254)|datetime.timedelta(days=-1, seconds=79903, microseconds=142857)|datetime.timedelta(seconds=22739)"),
        ((-944, 81576, 0), 1000, 3.4559329219570436e-07, "datetime.timedelta(days=-943056, seconds=14400)|datetime.timedelta(days=-1, seconds=4919, microseconds=976000)|datetime.timedelta(days=-1, seconds=86371, microseconds=841050)"),
        ((-52331, 21501, 0), 3, 5.838333515101068, "datetime.timedelta(days=-156993, seconds=64503)|datetime.timedelta(days=-17444, seconds=35967)|datetime.timedelta(days=-305525, seconds=53716, microseconds=164563)"),
        ((-47, 60382, 0), 1000, -2.25, "datetime.timedelta(days=-46302, seconds=74800)|datetime.timedelta(days=-1, seconds=82399, microseconds=582000)|datetime.timedelta(days=104, seconds=15340, microseconds=500000)"),
        ((-999999999, 0, 0), 3, -9.936788347062501, "!OverflowError: Python int too large to convert to C int|datetime.timedelta(days=-333333333)|!OverflowError: Python int too large to convert to C int"),
        ((1, 0, 0), -1, 0.5, "datetime.timedelta(days=-1)|datetime.timedelta(days=-1)|datetime.timedelta(seconds=43200)"),
        ((-1, 35364, 252248), -7, 1.5, "datetime.timedelta(days=4, seconds=11650, microseconds=234264)|datetime.timedelta(seconds=7290, microseconds=821107)|datetime.timedelta(days=-1, seconds=9846, microseconds=378372)"),
        ((0, 2620, 0), 3, 0.3333333333333333, "datetime.timedelta(seconds=7860)|datetime.timedelta(seconds=873, microseconds=333333)|datetime.timedelta(seconds=873, microseconds=333333)"),
        ((296, 46992, 0), 7, 3.7, "datetime.timedelta(days=2075, seconds=69744)|datetime.timedelta(days=42, seconds=31398, microseconds=857142)|datetime.timedelta(days=1097, seconds=18350, microseconds=400000)"),
        ((-1, 8006, 106124), 7, 0.3333333333333333, "datetime.timedelta(days=-7, seconds=56042, microseconds=742868)|datetime.timedelta(days=-1, seconds=75200, microseconds=872303)|datetime.timedelta(days=-1, seconds=60268, microseconds=702041)"),
        ((0, 5715, 0), 1000000, 0.1, "datetime.timedelta(days=66145, seconds=72000)|datetime.timedelta(microseconds=5715)|datetime.timedelta(seconds=571, microseconds=500000)"),
        ((1, 33501, 0), 2, -7.9756299289125e-08, "datetime.timedelta(days=2, seconds=67002)|datetime.timedelta(seconds=59950, microseconds=500000)|datetime.timedelta(days=-1, seconds=86399, microseconds=990437)"),
        ((222, 81024, 856900), -1, 0.1, "datetime.timedelta(days=-223, seconds=5375, microseconds=143100)|datetime.timedelta(days=-223, seconds=5375, microseconds=143100)|datetime.timedelta(days=22, seconds=25382, microseconds=485690)"),
        ((-419233, 40938, 0), 3, -2.9274097081211785, "datetime.timedelta(days=-1257698, seconds=36414)|datetime.timedelta(days=-139745, seconds=71246)|datetime.timedelta(days=1227265, seconds=31717, microseconds=537154)"),
        ((0, 28612, 33779), 2, 0.5, "datetime.timedelta(seconds=57224, microseconds=67558)|datetime.timedelta(seconds=14306, microseconds=16889)|datetime.timedelta(seconds=14306, microseconds=16890)"),
        ((633, 32089, 0), -1, -5.368532899401517, "datetime.timedelta(days=-634, seconds=54311)|datetime.timedelta(days=-634, seconds=54311)|datetime.timedelta(days=-3401, seconds=62622, microseconds=640043)"),
        ((32, 47818, 0), 2, 3.7, "datetime.timedelta(days=65, seconds=9236)|datetime.timedelta(days=16, seconds=23909)|datetime.timedelta(days=120, seconds=38686, microseconds=600000)"),
        ((0, 77281, 796843), -1, 3.6958433903387525e-07, "datetime.timedelta(days=-1, seconds=9118, microseconds=203157)|datetime.timedelta(days=-1, seconds=9118, microseconds=203157)|datetime.timedelta(microseconds=28562)"),
        ((34796, 7837, 532007), 1, -3.2041835471026944e-07, "datetime.timedelta(days=34796, seconds=7837, microseconds=532007)|datetime.timedelta(days=34796, seconds=7837, microseconds=532007)|datetime.timedelta(days=-1, seconds=85436, microseconds=699950)"),
    ];

    /// (ordinal, td, other ordinal) -> "date+td|date-td|date-other".
    #[rustfmt::skip]
    const DATE_ARITH: &[(i64, Dsu, i64, &str)] = &[
        (738944, (1, 0, 0), 738946, "datetime.date(2024, 2, 29)|datetime.date(2024, 2, 27)|datetime.timedelta(days=-2)"),
        (738885, (1, 86399, 0), 738521, "datetime.date(2024, 1, 1)|datetime.date(2023, 12, 30)|datetime.timedelta(days=364)"),
        (1, (-1, 0, 0), 3652059, "!OverflowError: date value out of range|datetime.date(1, 1, 2)|datetime.timedelta(days=-3652058)"),
        (1, (-1, 86399, 0), 1, "!OverflowError: date value out of range|datetime.date(1, 1, 2)|datetime.timedelta(0)"),
        (3652059, (1, 0, 0), 1, "!OverflowError: date value out of range|datetime.date(9999, 12, 30)|datetime.timedelta(days=3652058)"),
        (3652059, (0, 0, 999999), 1826013, "datetime.date(9999, 12, 31)|datetime.date(9999, 12, 31)|datetime.timedelta(days=1826046)"),
        (738949, (999999999, 86399, 999999), 738949, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(0)"),
        (738949, (-999999999, 0, 0), 719163, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=19786)"),
        (730120, (3652058, 0, 0), 730120, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(0)"),
        (1, (3652058, 0, 0), 3652059, "datetime.date(9999, 12, 31)|!OverflowError: date value out of range|datetime.timedelta(days=-3652058)"),
        (113899, (-17, 51531, 92621), 1191807, "datetime.date(312, 10, 19)|datetime.date(312, 11, 22)|datetime.timedelta(days=-1077908)"),
        (3161977, (-4, 11853, 0), 312797, "datetime.date(8658, 3, 10)|datetime.date(8658, 3, 18)|datetime.timedelta(days=2849180)"),
        (1910420, (314058, 56454, 0), 3123232, "datetime.date(6091, 5, 31)|datetime.date(4371, 9, 10)|datetime.timedelta(days=-1212812)"),
        (2897144, (-226662, 65377, 0), 949391, "datetime.date(7312, 7, 13)|datetime.date(8553, 9, 9)|datetime.timedelta(days=1947753)"),
        (917220, (-999999999, 0, 0), 173299, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=743921)"),
        (727685, (249804, 16202, 0), 1596688, "datetime.date(2677, 4, 10)|datetime.date(1309, 5, 24)|datetime.timedelta(days=-869003)"),
        (102377, (0, 2845, 0), 2157680, "datetime.date(281, 4, 19)|datetime.date(281, 4, 19)|datetime.timedelta(days=-2055303)"),
        (1264069, (0, 62758, 0), 2212105, "datetime.date(3461, 11, 26)|datetime.date(3461, 11, 26)|datetime.timedelta(days=-948036)"),
        (2774821, (0, 69628, 0), 3650621, "datetime.date(7598, 3, 15)|datetime.date(7598, 3, 15)|datetime.timedelta(days=-875800)"),
        (708825, (-1, 86399, 999999), 788862, "datetime.date(1941, 9, 11)|datetime.date(1941, 9, 13)|datetime.timedelta(days=-80037)"),
        (905207, (-9823, 57753, 300101), 2179638, "datetime.date(2452, 6, 23)|datetime.date(2506, 4, 8)|datetime.timedelta(days=-1274431)"),
        (2189453, (0, 48103, 0), 1423, "datetime.date(5995, 7, 9)|datetime.date(5995, 7, 9)|datetime.timedelta(days=2188030)"),
        (1540604, (0, 58311, 0), 1610325, "datetime.date(4219, 1, 12)|datetime.date(4219, 1, 12)|datetime.timedelta(days=-69721)"),
        (2152654, (-999999999, 0, 0), 1744197, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=408457)"),
        (2381304, (-5, 65108, 0), 3211413, "datetime.date(6520, 10, 10)|datetime.date(6520, 10, 20)|datetime.timedelta(days=-830109)"),
        (3409327, (999999999, 86399, 999999), 2051629, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=1357698)"),
        (1176606, (0, 0, 1), 2087635, "datetime.date(3222, 6, 9)|datetime.date(3222, 6, 9)|datetime.timedelta(days=-911029)"),
        (2682683, (28, 31027, 0), 2230437, "datetime.date(7346, 1, 5)|datetime.date(7345, 11, 10)|datetime.timedelta(days=452246)"),
        (1637416, (-61, 11202, 0), 1775959, "datetime.date(4483, 12, 4)|datetime.date(4484, 4, 4)|datetime.timedelta(days=-138543)"),
        (2417622, (0, 42837, 596752), 273704, "datetime.date(6620, 3, 23)|datetime.date(6620, 3, 23)|datetime.timedelta(days=2143918)"),
        (3306332, (-6419, 31300, 0), 1446703, "datetime.date(9035, 11, 9)|datetime.date(9071, 1, 2)|datetime.timedelta(days=1859629)"),
        (1955438, (117506, 18603, 0), 2399737, "datetime.date(5676, 7, 11)|datetime.date(5033, 2, 1)|datetime.timedelta(days=-444299)"),
        (640297, (0, 13938, 0), 3221689, "datetime.date(1754, 1, 27)|datetime.date(1754, 1, 27)|datetime.timedelta(days=-2581392)"),
        (2151403, (-7701, 80018, 146870), 3337689, "datetime.date(5870, 4, 4)|datetime.date(5912, 6, 5)|datetime.timedelta(days=-1186286)"),
        (2013777, (54, 7005, 832183), 187350, "datetime.date(5514, 9, 7)|datetime.date(5514, 5, 22)|datetime.timedelta(days=1826427)"),
        (751132, (999999999, 86399, 999999), 1357585, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=-606453)"),
        (3186834, (-999999999, 0, 0), 2899718, "!OverflowError: date value out of range|!OverflowError: date value out of range|datetime.timedelta(days=287116)"),
        (1082755, (0, 14426, 0), 1261739, "datetime.date(2965, 6, 25)|datetime.date(2965, 6, 25)|datetime.timedelta(days=-178984)"),
        (1787676, (594831, 23020, 684834), 3057098, "datetime.date(6524, 1, 31)|datetime.date(3266, 11, 24)|datetime.timedelta(days=-1269422)"),
        (812073, (0, 35525, 959159), 1347776, "datetime.date(2224, 5, 19)|datetime.date(2224, 5, 19)|datetime.timedelta(days=-535703)"),
    ];

    #[test]
    fn strftime_table() {
        for &(ord, fmt, want) in STRFTIME {
            let d = Date::fromordinal(ord).unwrap();
            assert_eq!(d.strftime(fmt), want, "{:?} on {}", fmt, d.isoformat());
            if !fmt.is_empty() {
                assert_eq!(d.py_format(fmt).unwrap(), want);
            }
        }
    }

    #[test]
    fn strftime_long_results() {
        for &(ord, fmt, want) in STRFTIME_LONG {
            let d = Date::fromordinal(ord).unwrap();
            assert_eq!(d.strftime(fmt), runs(want), "{:?}", fmt);
        }
    }

    #[test]
    fn date_accessors_table() {
        for &(ord, want) in DATES {
            let d = Date::fromordinal(ord).unwrap();
            let (y, w, wd) = d.isocalendar();
            let got = format!(
                "{}|{}|{}|{}|{}|{}|{}|{}|{},{},{}",
                d.py_repr(),
                d.py_str(),
                d.year(),
                d.month(),
                d.day(),
                d.weekday(),
                d.isoweekday(),
                d.ctime(),
                y,
                w,
                wd
            );
            assert_eq!(got, want);
            assert_eq!(d.toordinal(), ord);
            assert_eq!(d.isoformat(), d.py_str());
            assert_eq!(Date::new(d.year(), d.month(), d.day()).unwrap(), d);
            assert_eq!(Date::fromisoformat(&d.isoformat()).unwrap(), d);
        }
    }

    #[test]
    fn date_new_table() {
        for &(y, m, d, want) in NEW {
            assert_eq!(
                date_repr(Date::new(y, m, d)),
                want,
                "date({}, {}, {})",
                y,
                m,
                d
            );
        }
    }

    #[test]
    fn fromisoformat_table() {
        for &(s, want) in ISO {
            assert_eq!(date_repr(Date::fromisoformat(s)), want, "{:?}", s);
        }
    }

    #[test]
    fn fromordinal_table() {
        for &(n, want) in ORDINALS {
            assert_eq!(date_repr(Date::fromordinal(n)), want, "{}", n);
        }
    }

    #[test]
    fn replace_table() {
        let opt = |v: i64| if v == -1 { None } else { Some(v) };
        for &(ord, y, m, d, want) in REPLACE {
            let date = Date::fromordinal(ord).unwrap();
            assert_eq!(date_repr(date.replace(opt(y), opt(m), opt(d))), want);
        }
    }

    #[test]
    fn timedelta_new_table() {
        for &(a, want) in TD_NEW {
            let got = show(
                TimeDelta::new(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
                |t| {
                    format!(
                        "{}|{}|{}",
                        t.py_repr(),
                        t.py_str(),
                        float_repr(t.total_seconds())
                    )
                },
            );
            assert_eq!(got, want, "{:?}", a);
        }
    }

    #[test]
    fn timedelta_arith_table() {
        for &(a, b, want) in TD_ARITH {
            let (a, b) = (td(a), td(b));
            let got = [
                td_repr(a.add(&b)),
                td_repr(a.sub(&b)),
                td_repr(a.neg()),
                td_repr(a.abs()),
                show(a.div_td(&b), float_repr),
                show(a.floordiv_td(&b), |q| q.to_string()),
                py_bool_text(a < b),
                py_bool_text(a.py_bool()),
            ]
            .join("|");
            assert_eq!(got, want, "{:?} {:?}", a, b);
        }
    }

    #[test]
    fn timedelta_mul_table() {
        for &(t, k, f, want) in TD_MUL {
            let t = td(t);
            let got = [
                td_repr(t.mul_int(k)),
                td_repr(t.floordiv_int(k)),
                td_repr(t.mul_float(f)),
            ]
            .join("|");
            assert_eq!(got, want, "{:?} {} {}", t, k, f);
        }
    }

    #[test]
    fn date_arith_table() {
        for &(ord, t, other, want) in DATE_ARITH {
            let d = Date::fromordinal(ord).unwrap();
            let o = Date::fromordinal(other).unwrap();
            let t = td(t);
            let got = [
                date_repr(d.add(&t)),
                date_repr(d.sub(&t)),
                d.diff(&o).py_repr(),
            ]
            .join("|");
            assert_eq!(got, want);
            assert_eq!(d.diff(&o).days(), ord - other);
        }
    }

    #[test]
    fn protocols() {
        let d = Date::new(2024, 3, 4).unwrap();
        assert_eq!(d.py_format("").unwrap(), "2024-03-04");
        assert_eq!(d.py_format("%d/%m").unwrap(), "04/03");
        assert!(d.py_bool());
        assert!(Date::new(1, 1, 1).unwrap().py_bool());
        assert_eq!(Date::default(), Date::new(DATE_MIN_YEAR, 1, 1).unwrap());
        assert_eq!(Date::default().toordinal(), 1);
        assert!(Date::new(2024, 3, 4).unwrap() < Date::new(2024, 3, 5).unwrap());
        assert!(Date::new(DATE_MAX_YEAR, 12, 31).unwrap() > Date::new(2024, 3, 5).unwrap());
        let t = TimeDelta::new(-1.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0).unwrap();
        assert_eq!(t.py_format("").unwrap(), "-1 day, 0:00:05");
        assert_eq!(
            t.py_format(">20").unwrap_err().to_string(),
            "TypeError: unsupported format string passed to datetime.timedelta.__format__"
        );
        assert_eq!((t.days(), t.seconds(), t.microseconds()), (-1, 5, 0));
        assert!(t.py_bool());
        assert!(!TimeDelta::default().py_bool());
        assert_eq!(TimeDelta::default().py_repr(), "datetime.timedelta(0)");
        assert_eq!(TimeDelta::default().py_str(), "0:00:00");
        assert!(t < TimeDelta::default());
        assert_eq!(
            TimeDelta::new(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
                .unwrap()
                .floordiv_int(0)
                .unwrap_err()
                .to_string(),
            "ZeroDivisionError: integer division or modulo by zero"
        );
    }
}
