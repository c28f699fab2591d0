//! `repr(float)` and Python's format-spec mini-language
//! (`format(x, spec)`, f-string `{x:spec}`) for int, float, bool and str.
//!
//! The code follows CPython 3.11's `Python/formatter_unicode.c` and
//! `Python/pystrtod.c` step by step. The decimal digits come from Rust's
//! float formatting, which is exact: `{:e}` gives the shortest round-trip
//! digits and `{:.N}`/`{:.Ne}` round the exact binary value half to even,
//! like CPython's `dtoa`.

use crate::error::{PyErr, PyResult};
use crate::numbers::fixed_exact;
use crate::strings::{decimal_value, to_count};
use crate::traits::PyFormat;

/// `format(v, spec)`: dispatches to the value's `PyFormat` impl.
pub fn format_value<T: PyFormat + ?Sized>(v: &T, spec: &str) -> PyResult<String> {
    v.py_format(spec)
}

/// `repr(x)` / `str(x)` for a float (`1.0`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`).
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `format(x, spec)` for an int.
pub fn format_int(x: i64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(x.to_string());
    }
    format_int_as(x, spec, "int")
}

/// `format(b, spec)` for a bool: `True`/`False` for an empty spec, else as the int 1/0.
pub fn format_bool(b: bool, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    format_int_as(i64::from(b), spec, "bool")
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, '\0', '>', "float")?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(x, &f),
        t => Err(unknown_presentation_type(t, "float")),
    }
}

/// `format(s, spec)` for a str (type `s` or none; precision truncates).
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_spec(spec, 's', '<', "str")?;
    if f.ty != 's' {
        return Err(unknown_presentation_type(f.ty, "str"));
    }
    if f.sign == ' ' {
        return Err(PyErr::value_error(
            "Space not allowed in string format specifier",
        ));
    }
    if f.sign != '\0' {
        return Err(PyErr::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count() as i64;
    let text = if f.precision >= 0 && len > f.precision {
        len = f.precision;
        s.chars().take(len as usize).collect()
    } else {
        s.to_string()
    };
    let total = f.width.max(len);
    let left = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    Ok(pad(&text, left, total - len - left, f.fill))
}

// ---------------------------------------------------------------------------
// Spec parsing (`parse_internal_render_format_spec`).
// ---------------------------------------------------------------------------

/// Thousands separators requested by the spec.
#[derive(Clone, Copy, PartialEq)]
enum Grouping {
    None,
    Comma,
    Underscore,
    /// `_` with `b`, `o`, `x`, `X`: every four digits.
    UnderFour,
}

/// A parsed format spec; `-1` marks an absent width or precision, `'\0'` an absent sign/type.
struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    width: i64,
    grouping: Grouping,
    precision: i64,
    ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads decimal digits (any Unicode decimal digit, as CPython) at `*pos`.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let mut value: i64 = 0;
    let start = *pos;
    while *pos < chars.len() {
        let d = match decimal_value(chars[*pos]) {
            Some(d) => i64::from(d),
            None => break,
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(value) })
}

/// `'x'`, or `'\x1'` for characters CPython does not print with `%c`.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_presentation_type(ty: char, type_name: &str) -> PyErr {
    PyErr::value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(ty),
        type_name
    ))
}

fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = get_integer(&chars, &mut pos)? {
        f.width = w;
    }
    let both = || PyErr::value_error("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(both());
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = p,
            None => {
                return Err(PyErr::value_error("Format specifier missing precision"));
            }
        }
    }
    if end - pos > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if f.grouping != Grouping::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderFour;
            }
            t => {
                let sep = if f.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    code_text(t)
                )));
            }
        }
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Number layout (`calc_number_widths`, `fill_number`, thousands grouping).
// ---------------------------------------------------------------------------

fn pad(body: &str, left: i64, right: i64, fill: char) -> String {
    let mut out = String::with_capacity(body.len());
    out.extend(std::iter::repeat(fill).take(to_count(left)));
    out.push_str(body);
    out.extend(std::iter::repeat(fill).take(to_count(right)));
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits`, left-padding with
/// zeros until `min_width` characters (separators included) are used.
fn group_digits(digits: &[u8], mut min_width: i64, group: Option<(char, i64)>) -> String {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut take = |rev: &mut Vec<char>, len: i64, remaining: &mut i64, sep: Option<char>| {
        let n_zeros = (len - *remaining).max(0);
        let n_chars = (*remaining).min(len).max(0);
        rev.extend(sep);
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos] as char);
        }
        rev.extend(std::iter::repeat('0').take(to_count(n_zeros)));
        *remaining -= n_chars;
    };
    match group {
        Some((sep, size)) => {
            let mut first = true;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                take(
                    &mut rev,
                    len,
                    &mut remaining,
                    if first { None } else { Some(sep) },
                );
                first = false;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            take(&mut rev, len, &mut remaining, None);
        }
    }
    rev.iter().rev().collect()
}

/// Lays out `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
fn fill_number(
    f: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    group: Option<(char, i64)>,
) -> String {
    let sign = match f.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ if negative => Some('-'),
        _ => None,
    };
    let n_non_digit = sign.map_or(0, |_| 1)
        + prefix.len() as i64
        + i64::from(has_decimal)
        + remainder.chars().count() as i64;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - n_non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits.as_bytes(), min_width, group)
    };
    let padding = f.width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match f.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut body = String::new();
    body.extend(sign);
    body.push_str(prefix);
    body.extend(std::iter::repeat(f.fill).take(to_count(spad)));
    body.push_str(&grouped);
    if has_decimal {
        body.push('.');
    }
    body.push_str(remainder);
    pad(&body, lpad, rpad, f.fill)
}

fn group_of(grouping: Grouping) -> Option<(char, i64)> {
    match grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
        Grouping::UnderFour => Some(('_', 4)),
    }
}

// ---------------------------------------------------------------------------
// Integers (`format_long_internal`).
// ---------------------------------------------------------------------------

/// An integer as the int presentation types see it: a sign and the
/// magnitude's digits in a base. `i64` and the big `Int` share one formatter
/// through it.
pub(crate) trait IntDigits {
    fn digits_negative(&self) -> bool;
    /// The magnitude's digits in `radix` (2, 8, 10 or 16), lowercase, without
    /// sign or prefix (`"0"` for zero).
    fn magnitude_digits(&self, radix: u32) -> PyResult<String>;
    /// The value as a C long, for `c` (`PyLong_AsLong`'s OverflowError).
    fn char_value(&self) -> PyResult<i64>;
    /// `float(x)`, for the float presentation types.
    fn float_value(&self) -> PyResult<f64>;
}

impl IntDigits for i64 {
    fn digits_negative(&self) -> bool {
        *self < 0
    }
    fn magnitude_digits(&self, radix: u32) -> PyResult<String> {
        let m = self.unsigned_abs();
        Ok(match radix {
            2 => format!("{:b}", m),
            8 => format!("{:o}", m),
            16 => format!("{:x}", m),
            _ => m.to_string(),
        })
    }
    fn char_value(&self) -> PyResult<i64> {
        Ok(*self)
    }
    fn float_value(&self) -> PyResult<f64> {
        Ok(*self as f64)
    }
}

/// `format(x, spec)` for a non-empty spec on any integer type (`format_long_internal`).
pub(crate) fn format_integer<T: IntDigits + ?Sized>(
    x: &T,
    spec: &str,
    type_name: &str,
) -> PyResult<String> {
    let f = parse_spec(spec, 'd', '>', type_name)?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_spec(x, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(x.float_value()?, &f),
        t => Err(unknown_presentation_type(t, type_name)),
    }
}

fn format_int_as(x: i64, spec: &str, type_name: &str) -> PyResult<String> {
    format_integer(&x, spec, type_name)
}

fn format_int_spec<T: IntDigits + ?Sized>(x: &T, f: &Spec) -> PyResult<String> {
    if f.precision != -1 {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == 'c' {
        if f.sign != '\0' {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = x.char_value()?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(PyErr::overflow_error("%c arg not in range(0x110000)"));
        }
        // Surrogates cannot live in a Rust string: U+FFFD stands in.
        let c = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        return Ok(fill_number(f, false, "", "", false, &c.to_string(), None));
    }
    let (radix, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude_digits(radix)?;
    if f.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    // 'n' uses the C locale's (empty) grouping.
    let group = if f.ty == 'n' {
        None
    } else {
        group_of(f.grouping)
    };
    Ok(fill_number(
        f,
        x.digits_negative(),
        prefix,
        &digits,
        false,
        "",
        group,
    ))
}

// ---------------------------------------------------------------------------
// Floats (`format_float_internal`, `PyOS_double_to_string`).
// ---------------------------------------------------------------------------

fn format_float_spec(value: f64, f: &Spec) -> PyResult<String> {
    if f.precision > i64::from(i32::MAX) {
        return Err(PyErr::value_error("precision too big"));
    }
    let mut ty = f.ty;
    let mut default_precision = 6;
    let mut flags = DtoaFlags {
        alternate: f.alternate,
        no_neg_0: f.no_neg_0,
        add_dot_0: false,
    };
    if ty == '\0' {
        // Like repr without a precision, else like 'g' with at least one digit after the point.
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = value;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        value *= 100.0;
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision as usize
    };
    let mut buf = double_to_string(value, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let group = if f.ty == 'n' {
        None
    } else {
        group_of(f.grouping)
    };
    Ok(fill_number(
        f,
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        group,
    ))
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    alternate: bool,
    no_neg_0: bool,
    add_dot_0: bool,
}

/// Digits of a non-negative finite `x` as `_Py_dg_dtoa` returns them: no
/// trailing zeros (`"0"` for zero) and the decimal point position.
fn dtoa_digits(x: f64, mode: u8, ndigits: usize) -> (Vec<u8>, i64) {
    let (mut digits, decpt) = match mode {
        0 | 2 => {
            let mut s = if mode == 0 {
                format!("{:e}", x)
            } else {
                format!("{:.*e}", ndigits - 1, x)
            };
            // Rust breaks an exact tie between two shortest candidates
            // upwards, dtoa to even. A tie needs at least 16 digits; then
            // take the correctly rounded digits of that length if they
            // round-trip too.
            let n = s.find('e').unwrap_or(0).saturating_sub(1);
            if mode == 0 && n >= 16 {
                let nearest = format!("{:.*e}", n - 1, x);
                if nearest != s && nearest.parse::<f64>().ok() == Some(x) {
                    s = nearest;
                }
            }
            let e = s.find('e').unwrap_or(s.len());
            let exp: i64 = s[e + 1..].parse().unwrap_or(0);
            let digits: Vec<u8> = s[..e].bytes().filter(|&b| b != b'.').collect();
            (digits, exp + 1)
        }
        _ => {
            let s = fixed_exact(x, ndigits);
            let int_len = s.find('.').unwrap_or(s.len()) as i64;
            let mut digits: Vec<u8> = s.bytes().filter(|&b| b != b'.').collect();
            let zeros = digits.iter().take_while(|&&b| b == b'0').count();
            digits.drain(..zeros);
            (digits, int_len - zeros as i64)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// `PyOS_double_to_string(x, code, precision, flags)`; `code` is one of
/// `e E f F g G r`.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{}", s)
        } else {
            s.to_string()
        };
    }
    let (mode, precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, mut decpt) = dtoa_digits(x.abs(), mode, precision);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat('0').take(to_count(n)));
    let text = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    let mut out = String::with_capacity(to_count(vdigits_end - vdigits_start) + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{:+03}", exp));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_format_strings_follow_cpython() {
        use crate::Obj;
        let args = vec![Obj::Str("ab".to_string()), Obj::Float(3.14159), Obj::Int(42)];
        let kw = vec![("w", Obj::Int(8))];
        assert_eq!(format_runtime("{:>5}|{:.2f}|{:05d}", &args, &[]).unwrap(), "   ab|3.14|00042");
        assert_eq!(format_runtime("{2} {0!r} {{x}}", &args, &[]).unwrap(), "42 'ab' {x}");
        assert_eq!(format_runtime("{0:>{w}}|", &args, &kw).unwrap(), "      ab|");
        assert_eq!(format_runtime("{}", &[], &[]).unwrap_err().to_string(), "IndexError: Replacement index 0 out of range for positional args tuple");
        assert_eq!(format_runtime("{x}", &[], &[]).unwrap_err().to_string(), "KeyError: 'x'");
        assert_eq!(format_runtime("{} {0}", &args, &[]).unwrap_err().to_string(), "ValueError: cannot switch from automatic field numbering to manual field specification");
        assert_eq!(format_runtime("a }", &args, &[]).unwrap_err().to_string(), "ValueError: Single '}' encountered in format string");
    }

    fn show(r: PyResult<String>) -> Result<String, String> {
        r.map_err(|e| e.to_string())
    }

    /// `(bits, repr(x))` from CPython 3.11, including random bit patterns and exact ties between shortest candidates.
    #[rustfmt::skip]
    const FLOAT_REPR: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x42dc12218377de6b, "123456789012345.67"),
        (0x3e90c6f7a0b5ed8d, "2.5e-07"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x3ff8000000000000, "1.5"),
        (0x4059000000000000, "100.0"),
        (0x41678c29dccccccd, "12345678.9"),
        (0x3fe0000000000000, "0.5"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000001, "9007199254740994.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0xc3e0000000000000, "-9.223372036854776e+18"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x4005bf0a8b145769, "2.718281828459045"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x3ee9e0fcaf9380fc, "1.234e-05"),
        (0x3f1a36e2eb1c432c, "9.999999999999999e-05"),
        (0x4308eb80d7d76f3a, "876792256327143.2"),
        (0xc2aaf81cda1dfba0, "-14826469134077.812"),
        (0xc309ff4362925b32, "-914692412427110.2"),
        (0xc302416240eaf7a2, "-642304979066612.2"),
        (0x4011666666666666, "4.35"),
        (0x3fa70a3d70a3d70a, "0.045"),
        (0x7e37e43c8800759c, "1e+300"),
        (0x01a56e1fc2f8f359, "1e-300"),
        (0x3c36b082c2148b8e, "1.23e-18"),
        (0xf2a74de452e6b438, "-1.989032661366619e+244"),
        (0x6513270e269e0d37, "7.761117632285041e+178"),
        (0x0c5c7fd0a6a3a450, "3.980498358697587e-249"),
        (0xd23f0824128b2f33, "-1.5432835417340557e+88"),
        (0x1818e811892f902b, "1.3647584518757569e-192"),
        (0x9531985d5d9dc9f8, "-1.3701135617873088e-206"),
        (0xe8e25d940ed90475, "-1.7160537630466207e+197"),
        (0x36f675cc81e74ef5, "6.294675241195386e-44"),
        (0x1600a35a099950d8, "1.0613447212142254e-202"),
        (0x6b0d549b6f03675a, "4.708325160387546e+207"),
        (0x3d9c172411e20b8f, "6.387016158513563e-12"),
        (0x8d116ece1738f7d9, "-9.973130378568733e-246"),
        (0x0f21ddb66cad4a26, "8.779753225680271e-236"),
        (0x90c192cfd3ac94af, "-5.795503248498993e-228"),
        (0xf28c105d1fb17c23, "-5.988180159386011e+243"),
        (0xa170b33839263059, "-1.306052388527796e-147"),
        (0x953f48f1a09f76b5, "-2.436117699484841e-206"),
        (0x0fd630f1f29d0da9, "2.233386999150174e-232"),
        (0x95e60af593bd04cf, "-3.51527970626667e-203"),
        (0x0cb1e29c658cda14, "1.5987381841032883e-247"),
        (0x3898d190f9ebdacc, "4.6678633181812096e-36"),
        (0x8e81973e0becd7b0, "-8.441872792105456e-239"),
        (0x2217beaddbc496cb, "1.9015657400796622e-144"),
        (0x6b4cb2424a23d596, "7.370437700706684e+208"),
        (0x8a6a63ec24ede6a4, "-1.7163996725272777e-258"),
        (0x922766581e27a1c0, "-3.2367190832119987e-221"),
        (0x8f6d05584ef8aa38, "-2.2818334634712625e-234"),
        (0xae97ba94d0eda82f, "-3.0536383926309363e-84"),
        (0x1a61dbe22e44158b, "1.3449551894627777e-181"),
        (0x923a736994e3bf91, "-7.317495976062606e-221"),
        (0x301850c5a38fd547, "5.249822308814304e-77"),
        (0x18f135d25f557203, "1.5450754142984396e-188"),
        (0xb64ce4228c38fb29, "-3.953625698224792e-47"),
        (0x907a70c31012f037, "-2.72491267476498e-229"),
        (0x9e7769b10f4205b4, "-6.505141861548772e-162"),
        (0x7f15052434b9b5df, "1.441484839555994e+304"),
        (0x881ed162ae2eb154, "-1.4583679262758548e-269"),
        (0xc6f877186d76b07e, "-7.939416668807721e+33"),
        (0x7731af10506bf2ef, "1.4255183989699612e+266"),
        (0xec66a78795e761d1, "-1.525315701232403e+214"),
        (0x5c90a9587403e430, "7.750545741548908e+137"),
        (0x3f98e2774cbd87ad, "0.024301399287089676"),
        (0x2e05319acb5c7427, "5.326960081783017e-87"),
        (0xc7a2ea20b2f14c94, "-1.2570882301712172e+37"),
        (0x14f4733f3e7d1bfb, "9.952684009002448e-208"),
        (0x4cdd2055930d6eaf, "1.8721667527122837e+62"),
        (0x7ebff20686734721, "3.422978398947072e+302"),
        (0x57ee05cde00902c7, "3.6967297937384553e+115"),
        (0x72e6cc3ababced20, "3.113284956169447e+245"),
        (0x9be4bcfc49b64a08, "-2.6202582260546103e-174"),
        (0x12bd4acefaecbd38, "2.0745096302730225e-218"),
        (0x830e07bc1e398f10, "-5.877500503097409e-294"),
        (0x2a3af4d46b0a18e8, "2.938345597354166e-105"),
        (0x5790f82ec1d3fcff, "6.529598674765832e+113"),
        (0xeeeacbe226e87555, "-1.9837344250050814e+226"),
        (0x6bf46c697d2caf82, "1.0743030475716402e+212"),
        (0xf646e1f40a097c97, "-5.629271400715247e+261"),
        (0x13deef86ab1031d0, "5.743310614918485e-213"),
        (0x8ede0d7ac3baea9e, "-4.61515470702556e-237"),
        (0xca02135e92b1d3f2, "-3.302201168194502e+48"),
        (0xd17f9acae01f5057, "-3.8373366379117136e+84"),
        (0x571242425051c1cc, "2.7444240984593666e+111"),
        (0x59a54a7bb1fee08f, "7.037254769664525e+123"),
        (0x7f26144b98289fcd, "3.0282415270685036e+304"),
        (0xcc011cdd9474031b, "-1.3427313830183207e+58"),
        (0x119a72d174c9df6a, "7.145365052251808e-224"),
        (0x17f5e837d70820fe, "3.0010119427191346e-193"),
        (0x451abd81f1d69ed6, "8.08174890787967e+24"),
        (0xb2715945795e8229, "-1.029599445714058e-65"),
        (0x10a3d6b2aa05e11a, "1.6356324386913733e-228"),
        (0xbb2d420f0f88080b, "-1.210084267904234e-23"),
        (0x4f426dcbb394fb36, "6.512205859834416e+73"),
        (0x93f448b3a5aa3c81, "-1.5063173670565552e-212"),
        (0xae658f33fe3b890b, "-3.468068334360956e-85"),
        (0x72158370d269a9a5, "3.5862982565236525e+241"),
        (0xb774eb5248db40af, "-1.500880737539812e-41"),
        (0xe315128862c33a4f, "-1.9881605394901064e+169"),
        (0x58d5563dab2cd31e, "8.608929980762736e+119"),
        (0xf0ce583505c6af07, "-2.412056419517317e+235"),
        (0x5affb2297631a992, "2.1970596639628e+130"),
        (0x9c6539382b0537e6, "-6.864829614150003e-172"),
        (0x7e62aa0a1df9fd78, "6.249646571111859e+300"),
        (0x37dc76fb0f17a300, "1.3070380624806793e-39"),
        (0x49952399c4aaeac1, "3.0170681842882087e+46"),
        (0xbd0561e6211c70cf, "-9.495701001087435e-15"),
        (0x65dc9f503f63af83, "4.750750204750985e+182"),
        (0xeab477d26415479c, "-1.0267710304426359e+206"),
        (0x7f1b103cdf1582b0, "1.8559166032057722e+304"),
        (0x2a96fb1a14a0f9e7, "1.6032007377980954e-103"),
        (0x66d2287672fdf202, "1.9751801151887592e+187"),
        (0x4720771f8ca81811, "4.274642804177215e+34"),
        (0x230d977ee2257159, "7.765387138513795e-140"),
        (0x6e36aab0d1bc52d9, "8.193439767873551e+222"),
        (0x8cdb305fdd2e1609, "-9.721565446084252e-247"),
        (0xb4d66a3a47469a4d, "-3.6566096214330605e-54"),
        (0xfc891b4a6a50df4d, "-7.829495745681799e+291"),
        (0xaec6f0245bd86d40, "-2.361499160522349e-83"),
        (0x616499c9e25a7605, "1.448139668433268e+161"),
        (0x3b1287fff52ddf5d, "3.8321725482165366e-24"),
        (0xc0f10b7ccccccccd, "-69815.8"),
        (0xc0f106c52c9081c3, "-69740.32338"),
        (0xc0ea0a990e560419, "-53332.783"),
        (0x40f02aab33333333, "66218.7"),
        (0xc0e72b6000000000, "-47451.0"),
        (0xc0f14d0b8b439581, "-70864.7215"),
        (0xc0d9895243fe5c92, "-26149.2854"),
        (0xc0e1b6b666666666, "-36277.7"),
        (0x40e29a5767a0f909, "38098.7314"),
        (0x40f5fbcca398201d, "90044.78994"),
        (0x40e1350000000000, "35240.0"),
        (0xc0c0efa0b6284599, "-8671.255559"),
        (0x40eb573cbd9231c6, "55993.898141"),
        (0x40e1a260a57a786c, "36115.0202"),
        (0xc0d5050e04189375, "-21524.219"),
        (0xc0d4adffced91687, "-21175.997"),
        (0x40da3a8000000000, "26858.0"),
        (0xc0ee36c333333333, "-61878.1"),
        (0xc0c7318000000000, "-11875.0"),
        (0xc0df3d4000000000, "-31989.0"),
        (0xc0f36a4149ba5e35, "-79524.0805"),
        (0xc0f1073000000000, "-69747.0"),
        (0x40f5ebdc06f69446, "89789.7517"),
        (0xc0f72b3d29a4df48, "-94899.822667"),
        (0xc0ec852ed0e56042, "-58409.463"),
        (0xc0f1291e66666666, "-70289.9"),
        (0x40f63d59ad42c3ca, "91093.6048"),
        (0xc0da87c000000000, "-27167.0"),
        (0xc0f2c814c083126f, "-76929.297"),
        (0x40f813c8b4395810, "98620.544"),
        (0xc0aea1f5c28f5c29, "-3920.98"),
        (0xc0f4387000000000, "-82823.0"),
        (0x40e861d91743e964, "49934.78409"),
        (0xc0e6f913e49d388b, "-47048.621657"),
        (0x40e2c16b525460aa, "38411.3538"),
        (0xc0f7494db15b573f, "-95380.8558"),
        (0xc0db006086594af5, "-27649.5082"),
        (0x40c0dd0000000000, "8634.0"),
        (0x40e93592e147ae14, "51628.59"),
        (0x40f75d43fa0945fa, "95700.248544"),
        (0xc0f3f85e3aafff37, "-81797.889328"),
        (0xc0e7541eb851eb85, "-47776.96"),
        (0x40f3ef3b5c28f5c3, "81651.71"),
        (0x40ea8e729d495183, "54387.5817"),
        (0x40c03cb6594af4f1, "8313.4246"),
        (0xc0e0a26000000000, "-34067.0"),
        (0x40d61d6940852b4e, "22645.644563"),
        (0x40f7ad935ca4b125, "96985.210118"),
        (0xc0edc5599999999a, "-60970.8"),
        (0x40ef1652d66277c4, "63666.58867"),
        (0x40ed9f2666666666, "60665.2"),
        (0x40ab8f7ae147ae14, "3527.74"),
        (0x40e68f2000000000, "46201.0"),
        (0x40ec54da76c8b439, "58022.827"),
        (0xc0e784a413404ea5, "-48165.12735"),
        (0x40d488f3d70a3d71, "21027.81"),
        (0xc0c49d3b7318fc50, "-10554.46445"),
        (0x40f7d479c28f5c29, "97607.61"),
        (0xc0f47b4000000000, "-83892.0"),
        (0xc0eaacd99999999a, "-54630.8"),
        (0xc0dfb1204210aaa0, "-32452.504032293917"),
        (0x42b6914ab5a64ba5, "24813279487563.645"),
        (0x40f09f71aff27b52, "68087.10545585796"),
        (0x3f4ad1392c42ddbf, "0.0008183983959701365"),
        (0x3bbc4cf0f2444209, "5.992874896993203e-21"),
        (0x3c28b1565645c4b9, "6.692976155964382e-19"),
        (0x451b1de50d132d7b, "8.19554275103446e+24"),
        (0x3d27cfdec6e4d337, "4.229859672507712e-14"),
        (0xbcbfa87c9ced7a01, "-4.3934510811999505e-16"),
        (0xc2de0c2231bd8726, "-132149848503836.6"),
        (0xc4322894deb8f357, "-3.3496560027078014e+20"),
        (0xbfcaaa54112dc9f8, "-0.20832300986110375"),
        (0x3bb6fbe85265d831, "4.867054216086417e-21"),
        (0x3cc032cdaf19a160, "4.495973312684305e-16"),
        (0x3af3138c5964255f, "9.862247128343338e-25"),
        (0xc0bb40fc69fef821, "-6976.985992370203"),
        (0x3c91ab2bbfdf98c5, "6.130039640643922e-17"),
        (0x42803c6e42d00152, "2231466744320.165"),
        (0x4375547246488a89, "9.60611886894061e+16"),
        (0x3c9937e18712c49b, "8.749350212575124e-17"),
        (0x3c31f3cfabd2b73e, "9.73200879735583e-19"),
        (0xc449f1f494f4830b, "-9.572066513561766e+20"),
        (0x417c8c555ef4cd51, "29934933.934766117"),
        (0x3c57031029a2d6a2, "4.989924569968105e-18"),
        (0xbd0dcf409bbdefe1, "-1.3238112648502876e-14"),
        (0x3d66f37d9d58953e, "6.523105036304422e-13"),
        (0xbd709b745e39ca1a, "-9.4401254874714e-13"),
        (0xbdc6c3787d4aa594, "-4.1406669465956214e-11"),
        (0x3ed61e7af1ea3d67, "5.273595688706215e-06"),
        (0xc0134035808e74fa, "-4.812704094595796"),
        (0x3b54336ac6438926, "6.683899928789387e-23"),
        (0x3f4adef1d901649c, "0.0008200341126311131"),
        (0x4371a95efb781f8f, "7.954080024087576e+16"),
        (0x416fcb874d115df5, "16669754.408369998"),
        (0xc13838ea95f836d0, "-1587434.5858186968"),
        (0xbc9548f8f7c65a00, "-7.384734819557523e-17"),
        (0x3aad1988c9ff1a51, "4.7013171174332673e-26"),
        (0x44e3bc753f7d08e7, "7.456111973542705e+23"),
        (0xbab39d5b20483e9d, "-6.337842254556025e-26"),
        (0x3c8fd33b74541c24, "5.520779311533339e-17"),
        (0xc0efff550ab5a0d5, "-65530.65755731022"),
        (0x3c119384816d710e, "2.382024783669898e-19"),
        (0x3eb2f3382014d6eb, "1.129512498044265e-06"),
        (0x418163730794e9ee, "36466272.94771181"),
        (0x44ed59c67029daf8, "1.1088374976049376e+24"),
        (0x41f499a151a5fa9b, "5529802010.373683"),
        (0xbd38f2dc2040554f, "-8.863548599407925e-14"),
        (0xc4d79eacc7a221e1, "-4.461658590704369e+23"),
        (0xc08924135c489270, "-804.5094533605279"),
        (0x4484ea2bba2c6984, "1.2345877331295242e+22"),
        (0x42e6f7a3b6280008, "202022874857472.25"),
        (0x430232d782e60006, "640306347032576.8"),
        (0x43025f3f316a0003, "646409324675072.4"),
        (0x42d6bcc41e900018, "100000000000000.38"),
        (0x42e1f5d8e8980018, "157980830253056.75"),
        (0x42d6bcc41e900008, "100000000000000.12"),
        (0x42d6bcc41e900030, "100000000000000.75"),
        (0x430bb4770f9a0006, "974780978380800.8"),
        (0x42d6bcc41e900018, "100000000000000.38"),
        (0x42d73b8c96f00010, "102178116845568.25"),
        (0x42d6bcc41e900018, "100000000000000.38"),
        (0x42d6bcc41e900008, "100000000000000.12"),
    ];

    #[test]
    fn float_repr_matches_cpython() {
        for &(b, want) in FLOAT_REPR {
            let x = f64::from_bits(b);
            assert_eq!(float_repr(x), want, "repr of {:e} ({:#x})", x, b);
        }
    }

    /// `(bits, spec, format(x, spec))` from CPython 3.11.
    #[rustfmt::skip]
    const FORMAT_FLOAT: &[(u64, &str, Result<&str, &str>)] = &[
        (0xc004000000000000, "", Ok("-2.5")),
        (0x3fd8000000000000, "", Ok("0.375")),
        (0x3fb999999999999a, "", Ok("0.1")),
        (0x4480f0cf064dd592, "", Ok("1e+22")),
        (0x3fc0000000000000, ".3", Ok("0.125")),
        (0x7ff8000000000000, ".3", Ok("nan")),
        (0xc132d687e4189375, ".3", Ok("-1.23e+06")),
        (0x4004000000000000, ".3", Ok("2.5")),
        (0x7e37e43c8800759c, ".0", Ok("1e+300")),
        (0x4059000000000000, ".0", Ok("1e+02")),
        (0x4005666666666666, ".0", Ok("3e+00")),
        (0xc132d687e4189375, ".0", Ok("-1e+06")),
        (0x4005666666666666, ".1", Ok("3e+00")),
        (0x7ff0000000000000, ".1", Ok("inf")),
        (0x430c6bf526340000, ".1", Ok("1e+15")),
        (0x7e37e43c8800759c, ".1", Ok("1e+300")),
        (0x4023fd70a3d70a3d, ".17", Ok("9.9949999999999992")),
        (0x0000000000000001, ".17", Ok("4.9406564584124654e-324")),
        (0x3fa70a3d70a3d70a, ".17", Ok("0.044999999999999998")),
        (0x4058e00000000000, ".17", Ok("99.5")),
        (0x405edd2f1a9fbe77, "f", Ok("123.456000")),
        (0x3ff8000000000000, "f", Ok("1.500000")),
        (0x3fb999999999999a, "f", Ok("0.100000")),
        (0x8000000000000000, "f", Ok("-0.000000")),
        (0x4023fd70a3d70a3d, ".2f", Ok("9.99")),
        (0x7ff8000000000000, ".2f", Ok("nan")),
        (0xfff0000000000000, ".2f", Ok("-inf")),
        (0x8000000000000000, ".2f", Ok("-0.00")),
        (0x3fd5555555555555, ".0f", Ok("0")),
        (0x4023fd70a3d70a3d, ".0f", Ok("10")),
        (0x3f50624dd2f1a9fc, ".0f", Ok("0")),
        (0x3f1a36e2eb1c432d, ".0f", Ok("0")),
        (0x430c6bf526340000, "#.0f", Ok("1000000000000000.")),
        (0x3fe0000000000000, "#.0f", Ok("0.")),
        (0xc004000000000000, "#.0f", Ok("-2.")),
        (0xc132d687e4189375, "#.0f", Ok("-1234568.")),
        (0x4004000000000000, ".10f", Ok("2.5000000000")),
        (0x3ff8000000000000, ".10f", Ok("1.5000000000")),
        (0x4480f0cf064dd592, ".10f", Ok("10000000000000000000000.0000000000")),
        (0x3ee4f8b588e368f1, ".10f", Ok("0.0000100000")),
        (0x3ff0000000000000, "e", Ok("1.000000e+00")),
        (0x3ff0147ae147ae14, "e", Ok("1.005000e+00")),
        (0x3ee4f8b588e368f1, "e", Ok("1.000000e-05")),
        (0x3fc0000000000000, "e", Ok("1.250000e-01")),
        (0x7ff0000000000000, ".3e", Ok("inf")),
        (0x4480f0cf064dd592, ".3e", Ok("1.000e+22")),
        (0x7e37e43c8800759c, ".3e", Ok("1.000e+300")),
        (0x3fd8000000000000, ".3e", Ok("3.750e-01")),
        (0xbf3a36e2eb1c432d, ".0e", Ok("-4e-04")),
        (0x430c6bf526340000, ".0e", Ok("1e+15")),
        (0x4059000000000000, ".0e", Ok("1e+02")),
        (0x405edd2f1a9fbe77, ".0e", Ok("1e+02")),
        (0x3ff8000000000000, "#.0e", Ok("2.e+00")),
        (0x3ee4f8b588e368f1, "#.0e", Ok("1.e-05")),
        (0xbff0000000000000, "#.0e", Ok("-1.e+00")),
        (0x3ff0147ae147ae14, "#.0e", Ok("1.e+00")),
        (0x7ff0000000000000, "E", Ok("INF")),
        (0x3fe0000000000000, "E", Ok("5.000000E-01")),
        (0x3ee4f8b588e368f1, "E", Ok("1.000000E-05")),
        (0x8000000000000000, "E", Ok("-0.000000E+00")),
        (0x3ff8000000000000, "g", Ok("1.5")),
        (0x4480f0cf064dd592, "g", Ok("1e+22")),
        (0xc132d687e4189375, "g", Ok("-1.23457e+06")),
        (0x3fe0000000000000, "g", Ok("0.5")),
        (0x4480f0cf064dd592, ".3g", Ok("1e+22")),
        (0xc004000000000000, ".3g", Ok("-2.5")),
        (0x7ff8000000000000, ".3g", Ok("nan")),
        (0x0000000000000000, ".3g", Ok("0")),
        (0x4023fd70a3d70a3d, "#g", Ok("9.99500")),
        (0x0000000000000001, "#g", Ok("4.94066e-324")),
        (0x3ee4f8b588e368f1, "#g", Ok("1.00000e-05")),
        (0x3fc0000000000000, "#g", Ok("0.125000")),
        (0x3ff0000000000000, "#.3g", Ok("1.00")),
        (0x3f50624dd2f1a9fc, "#.3g", Ok("0.00100")),
        (0x4341c37937e08000, "#.3g", Ok("1.00e+16")),
        (0xc004000000000000, "#.3g", Ok("-2.50")),
        (0x4005666666666666, ".0g", Ok("3")),
        (0x4480f0cf064dd592, ".0g", Ok("1e+22")),
        (0xbff0000000000000, ".0g", Ok("-1")),
        (0x3ff0147ae147ae14, ".0g", Ok("1")),
        (0x3fa70a3d70a3d70a, "G", Ok("0.045")),
        (0xbddb7cdfd9d7bdbb, "G", Ok("-1E-10")),
        (0x3f50624dd2f1a9fc, "G", Ok("0.001")),
        (0x4132d687e4189375, "G", Ok("1.23457E+06")),
        (0x3f1a36e2eb1c432d, "%", Ok("0.010000%")),
        (0xfff0000000000000, "%", Ok("-inf%")),
        (0x430c6bf526340000, "%", Ok("100000000000000000.000000%")),
        (0x3ff0147ae147ae14, "%", Ok("100.500000%")),
        (0x3ee4f8b588e368f1, ".1%", Ok("0.0%")),
        (0x4058e00000000000, ".1%", Ok("9950.0%")),
        (0x8000000000000000, ".1%", Ok("-0.0%")),
        (0x4480f0cf064dd592, ".1%", Ok("999999999999999983222784.0%")),
        (0x3ff0000000000000, ".0%", Ok("100%")),
        (0x0000000000000000, ".0%", Ok("0%")),
        (0x8000000000000000, ".0%", Ok("-0%")),
        (0x430c6bf526340000, ".0%", Ok("100000000000000000%")),
        (0x3fa70a3d70a3d70a, "n", Ok("0.045")),
        (0x430c6bf526340000, "n", Ok("1e+15")),
        (0x43e56a95319d63e1, "n", Ok("1.23457e+19")),
        (0x4341c37937e08000, "n", Ok("1e+16")),
        (0xfff0000000000000, ",", Ok("-inf")),
        (0x4004000000000000, ",", Ok("2.5")),
        (0x7ff0000000000000, ",", Ok("inf")),
        (0x4059000000000000, ",", Ok("100.0")),
        (0xbf3a36e2eb1c432d, ",.2f", Ok("-0.00")),
        (0x7e37e43c8800759c, ",.2f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00")),
        (0x430c6bf526340000, ",.2f", Ok("1,000,000,000,000,000.00")),
        (0xbddb7cdfd9d7bdbb, ",.2f", Ok("-0.00")),
        (0x4132d687e4189375, "_.3f", Ok("1_234_567.891")),
        (0xc132d687e4189375, "_.3f", Ok("-1_234_567.891")),
        (0x4023fd70a3d70a3d, "_.3f", Ok("9.995")),
        (0x3fa70a3d70a3d70a, "_.3f", Ok("0.045")),
        (0x3fc0000000000000, "015,.2f", Ok("0,000,000,000.12")),
        (0x7e37e43c8800759c, "015,.2f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00")),
        (0x4058e00000000000, "015,.2f", Ok("0,000,000,099.50")),
        (0xbff0000000000000, "015,.2f", Ok("-000,000,001.00")),
        (0x3fc0000000000000, "+015_.2f", Ok("+000_000_000.12")),
        (0x0000000000000000, "+015_.2f", Ok("+000_000_000.00")),
        (0x3fe0000000000000, "+015_.2f", Ok("+000_000_000.50")),
        (0x4480f0cf064dd592, "+015_.2f", Ok("+10_000_000_000_000_000_000_000.00")),
        (0x7ff0000000000000, "010", Ok("0000000inf")),
        (0x4005666666666666, "010", Ok("000002.675")),
        (0xbff0000000000000, "010", Ok("-0000001.0")),
        (0x3ff8000000000000, "010", Ok("00000001.5")),
        (0x3fd5555555555555, "010.3f", Ok("000000.333")),
        (0x430c6bf526340000, "010.3f", Ok("1000000000000000.000")),
        (0x3f1a36e2eb1c432d, "010.3f", Ok("000000.000")),
        (0x4341c37937e08000, "010.3f", Ok("10000000000000000.000")),
        (0x3f1a36e2eb1c432d, "+", Ok("+0.0001")),
        (0x3ff0000000000000, "+", Ok("+1.0")),
        (0x7ff8000000000000, "+", Ok("+nan")),
        (0x3ff0147ae147ae14, "+", Ok("+1.005")),
        (0x4005666666666666, " ", Ok(" 2.675")),
        (0x3ee4f8b588e368f1, " ", Ok(" 1e-05")),
        (0xfff0000000000000, " ", Ok("-inf")),
        (0x0000000000000000, " ", Ok(" 0.0")),
        (0x4480f0cf064dd592, "-", Ok("1e+22")),
        (0x3fb999999999999a, "-", Ok("0.1")),
        (0x4023fd70a3d70a3d, "-", Ok("9.995")),
        (0x405edd2f1a9fbe77, "-", Ok("123.456")),
        (0x4341c37937e08000, "+.2e", Ok("+1.00e+16")),
        (0x3ff0000000000000, "+.2e", Ok("+1.00e+00")),
        (0xbddb7cdfd9d7bdbb, "+.2e", Ok("-1.00e-10")),
        (0x4132d687e4189375, "+.2e", Ok("+1.23e+06")),
        (0x4058e00000000000, " .3g", Ok(" 99.5")),
        (0x3ff0147ae147ae14, " .3g", Ok(" 1")),
        (0x0000000000000000, " .3g", Ok(" 0")),
        (0x4023fd70a3d70a3d, " .3g", Ok(" 9.99")),
        (0x3fd5555555555555, ">12", Ok("0.3333333333333333")),
        (0x3ff8000000000000, ">12", Ok("         1.5")),
        (0x43e56a95319d63e1, ">12", Ok("1.2345678901234567e+19")),
        (0x3ee4f8b588e368f1, ">12", Ok("       1e-05")),
        (0x430c6bf526340000, "<12.3f", Ok("1000000000000000.000")),
        (0x3fa70a3d70a3d70a, "<12.3f", Ok("0.045       ")),
        (0x4341c37937e08000, "<12.3f", Ok("10000000000000000.000")),
        (0x0000000000000000, "<12.3f", Ok("0.000       ")),
        (0x3ff8000000000000, "^13.2e", Ok("  1.50e+00   ")),
        (0x4480f0cf064dd592, "^13.2e", Ok("  1.00e+22   ")),
        (0x3fd8000000000000, "^13.2e", Ok("  3.75e-01   ")),
        (0x7e37e43c8800759c, "^13.2e", Ok("  1.00e+300  ")),
        (0x3ff0000000000000, "*^15,.1f", Ok("******1.0******")),
        (0x7e37e43c8800759c, "*^15,.1f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.0")),
        (0x8000000000000000, "*^15,.1f", Ok("*****-0.0******")),
        (0xbddb7cdfd9d7bdbb, "*^15,.1f", Ok("*****-0.0******")),
        (0xbddb7cdfd9d7bdbb, "x=+12.2f", Ok("-xxxxxxx0.00")),
        (0xc132d687e4189375, "x=+12.2f", Ok("-x1234567.89")),
        (0x3ff8000000000000, "x=+12.2f", Ok("+xxxxxxx1.50")),
        (0x3f50624dd2f1a9fc, "x=+12.2f", Ok("+xxxxxxx0.00")),
        (0x3fd8000000000000, "0=12", Ok("00000000.375")),
        (0x3fd5555555555555, "0=12", Ok("0.3333333333333333")),
        (0x405edd2f1a9fbe77, "0=12", Ok("00000123.456")),
        (0x4059000000000000, "0=12", Ok("0000000100.0")),
        (0x3fd8000000000000, "=10.1%", Ok("     37.5%")),
        (0x3f1a36e2eb1c432d, "=10.1%", Ok("      0.0%")),
        (0x3ff0000000000000, "=10.1%", Ok("    100.0%")),
        (0x430c6bf526340000, "=10.1%", Ok("100000000000000000.0%")),
        (0x7ff0000000000000, "z", Ok("inf")),
        (0x430c6bf526340000, "z", Ok("1000000000000000.0")),
        (0x3fc0000000000000, "z", Ok("0.125")),
        (0x3f50624dd2f1a9fc, "z", Ok("0.001")),
        (0x430c6bf526340000, "z.2f", Ok("1000000000000000.00")),
        (0x8000000000000000, "z.2f", Ok("0.00")),
        (0xc132d687e4189375, "z.2f", Ok("-1234567.89")),
        (0x3ff8000000000000, "z.2f", Ok("1.50")),
        (0x8000000000000000, "z.0f", Ok("0")),
        (0x3ff0000000000000, "z.0f", Ok("1")),
        (0x3fc0000000000000, "z.0f", Ok("0")),
        (0x3fb999999999999a, "z.0f", Ok("0")),
        (0x4004000000000000, "+z.1f", Ok("+2.5")),
        (0x3fd5555555555555, "+z.1f", Ok("+0.3")),
        (0xfff0000000000000, "+z.1f", Ok("-inf")),
        (0xbff0000000000000, "+z.1f", Ok("-1.0")),
        (0x8000000000000000, "z.3g", Ok("0")),
        (0xbf3a36e2eb1c432d, "z.3g", Ok("-0.0004")),
        (0x4341c37937e08000, "z.3g", Ok("1e+16")),
        (0x4059000000000000, "z.3g", Ok("100")),
        (0x4480f0cf064dd592, "z.1%", Ok("999999999999999983222784.0%")),
        (0x0000000000000000, "z.1%", Ok("0.0%")),
        (0x7ff8000000000000, "z.1%", Ok("nan%")),
        (0x3fe0000000000000, "z.1%", Ok("50.0%")),
        (0x430c6bf526340000, "#", Ok("1000000000000000.0")),
        (0xbf3a36e2eb1c432d, "#", Ok("-0.0004")),
        (0x3ff8000000000000, "#", Ok("1.5")),
        (0x3f50624dd2f1a9fc, "#", Ok("0.001")),
        (0x3fe0000000000000, "#.3", Ok("0.500")),
        (0x43e56a95319d63e1, "#.3", Ok("1.23e+19")),
        (0x4480f0cf064dd592, "#.3", Ok("1.00e+22")),
        (0x4341c37937e08000, "#.3", Ok("1.00e+16")),
        (0x4132d687e4189375, ".20g", Ok("1234567.8910000000615")),
        (0xc132d687e4189375, ".20g", Ok("-1234567.8910000000615")),
        (0x7ff8000000000000, ".20g", Ok("nan")),
        (0x4059000000000000, ".20g", Ok("100")),
        (0x3fd5555555555555, ".25f", Ok("0.3333333333333333148296163")),
        (0x3fe0000000000000, ".25f", Ok("0.5000000000000000000000000")),
        (0x43e56a95319d63e1, ".25f", Ok("12345678901234567168.0000000000000000000000000")),
        (0x3f1a36e2eb1c432d, ".25f", Ok("0.0001000000000000000047922")),
        (0x3ff0000000000000, "30.20e", Ok("    1.00000000000000000000e+00")),
        (0x3fa70a3d70a3d70a, "30.20e", Ok("    4.49999999999999983347e-02")),
        (0x3fe0000000000000, "30.20e", Ok("    5.00000000000000000000e-01")),
        (0x3fd8000000000000, "30.20e", Ok("    3.75000000000000000000e-01")),
        (0x4023fd70a3d70a3d, "F", Ok("9.995000")),
        (0x4480f0cf064dd592, "F", Ok("10000000000000000000000.000000")),
        (0xbddb7cdfd9d7bdbb, "F", Ok("-0.000000")),
        (0x3fc0000000000000, "F", Ok("0.125000")),
        (0x0000000000000000, ".3F", Ok("0.000")),
        (0x43e56a95319d63e1, ".3F", Ok("12345678901234567168.000")),
        (0xbff0000000000000, ".3F", Ok("-1.000")),
        (0x4059000000000000, ".3F", Ok("100.000")),
        (0x3ee4f8b588e368f1, "08.3E", Ok("1.000E-05")),
        (0x4004000000000000, "08.3E", Ok("2.500E+00")),
        (0x4132d687e4189375, "08.3E", Ok("1.235E+06")),
        (0x4059000000000000, "08.3E", Ok("1.000E+02")),
        (0x3f1a36e2eb1c432d, ",g", Ok("0.0001")),
        (0x3f50624dd2f1a9fc, ",g", Ok("0.001")),
        (0x7ff8000000000000, ",g", Ok("nan")),
        (0xc004000000000000, ",g", Ok("-2.5")),
        (0x3fa70a3d70a3d70a, ",.0f", Ok("0")),
        (0xbddb7cdfd9d7bdbb, ",.0f", Ok("-0")),
        (0x3ff8000000000000, ",.0f", Ok("2")),
        (0x43e56a95319d63e1, ",.0f", Ok("12,345,678,901,234,567,168")),
        (0x8000000000000000, "_e", Ok("-0.000000e+00")),
        (0x3f1a36e2eb1c432d, "_e", Ok("1.000000e-04")),
        (0x7ff8000000000000, "_e", Ok("nan")),
        (0x3fe0000000000000, "_e", Ok("5.000000e-01")),
        (0x430c6bf526340000, "#010.0f", Ok("1000000000000000.")),
        (0xfff0000000000000, "#010.0f", Ok("-000000inf")),
        (0x3ee4f8b588e368f1, "#010.0f", Ok("000000000.")),
        (0x3fd5555555555555, "#010.0f", Ok("000000000.")),
        (0x4132d687e4189375, "0<10", Ok("1234567.891")),
        (0x3fe0000000000000, "0<10", Ok("0.50000000")),
        (0x3ff8000000000000, "0<10", Ok("1.50000000")),
        (0x3fd8000000000000, "0<10", Ok("0.37500000")),
        (0x3f50624dd2f1a9fc, "\u{e9}^9.2f", Ok("\u{e9}\u{e9}0.00\u{e9}\u{e9}\u{e9}")),
        (0x4480f0cf064dd592, "\u{e9}^9.2f", Ok("10000000000000000000000.00")),
        (0x3fb999999999999a, "\u{e9}^9.2f", Ok("\u{e9}\u{e9}0.10\u{e9}\u{e9}\u{e9}")),
        (0x3fc0000000000000, "\u{e9}^9.2f", Ok("\u{e9}\u{e9}0.12\u{e9}\u{e9}\u{e9}")),
        (0x430c6bf526340000, "\u{661}\u{662}.\u{663}f", Ok("1000000000000000.000")),
        (0x3ee4f8b588e368f1, "\u{661}\u{662}.\u{663}f", Ok("       0.000")),
        (0xc004000000000000, "\u{661}\u{662}.\u{663}f", Ok("      -2.500")),
        (0x3fb999999999999a, "\u{661}\u{662}.\u{663}f", Ok("       0.100")),
        (0x0000000000000000, "+015_.2f", Ok("+000_000_000.00")),
        (0x8000000000000000, "\u{e9}^9.2f", Ok("\u{e9}\u{e9}-0.00\u{e9}\u{e9}")),
        (0x3ff0000000000000, "0<10", Ok("1.00000000")),
        (0xbff0000000000000, "#", Ok("-1.0")),
        (0x3fe0000000000000, ".1", Ok("0.5")),
        (0x3ff8000000000000, "G", Ok("1.5")),
        (0x4004000000000000, "", Ok("2.5")),
        (0xc004000000000000, "0<10", Ok("-2.5000000")),
        (0x3fc0000000000000, "08.3E", Ok("1.250E-01")),
        (0x3fd8000000000000, "#.3", Ok("0.375")),
        (0x4005666666666666, "<12.3f", Ok("2.675       ")),
        (0x3ff0147ae147ae14, "#.3g", Ok("1.00")),
        (0x3fa70a3d70a3d70a, ".25f", Ok("0.0449999999999999983346655")),
        (0x4132d687e4189375, "z", Ok("1234567.891")),
        (0xc132d687e4189375, "z.3g", Ok("-1.23e+06")),
        (0x4341c37937e08000, "*^15,.1f", Ok("10,000,000,000,000,000.0")),
        (0x4480f0cf064dd592, "g", Ok("1e+22")),
        (0x3ee4f8b588e368f1, "0=12", Ok("00000001e-05")),
        (0x3f1a36e2eb1c432d, "", Ok("0.0001")),
        (0xbddb7cdfd9d7bdbb, "x=+12.2f", Ok("-xxxxxxx0.00")),
        (0x405edd2f1a9fbe77, "=10.1%", Ok("  12345.6%")),
        (0x4023fd70a3d70a3d, "#", Ok("9.995")),
        (0x4058e00000000000, "g", Ok("99.5")),
        (0x3fb999999999999a, ",", Ok("0.1")),
        (0x3fd5555555555555, ".3", Ok("0.333")),
        (0x7e37e43c8800759c, ">12", Ok("      1e+300")),
        (0x0000000000000001, "+", Ok("+5e-324")),
        (0x7ff0000000000000, "+z.1f", Ok("+inf")),
        (0xfff0000000000000, "#.0f", Ok("-inf")),
        (0x7ff8000000000000, "#", Ok("nan")),
        (0x43e56a95319d63e1, "z.1%", Ok("1234567890123456774144.0%")),
        (0x4059000000000000, ".10f", Ok("100.0000000000")),
        (0x430c6bf526340000, "z.0f", Ok("1000000000000000")),
        (0x3f50624dd2f1a9fc, "30.20e", Ok("    1.00000000000000002082e-03")),
        (0xbf3a36e2eb1c432d, "+.2e", Ok("-4.00e-04")),
        (0x3ff8000000000000, "d", Err("ValueError: Unknown format code 'd' for object of type 'float'")),
        (0x3ff8000000000000, "x", Err("ValueError: Unknown format code 'x' for object of type 'float'")),
        (0x3ff8000000000000, "c", Err("ValueError: Unknown format code 'c' for object of type 'float'")),
        (0x3ff8000000000000, "s", Err("ValueError: Unknown format code 's' for object of type 'float'")),
        (0x3ff8000000000000, "b", Err("ValueError: Unknown format code 'b' for object of type 'float'")),
        (0x3ff8000000000000, ".", Err("ValueError: Format specifier missing precision")),
        (0x3ff8000000000000, ",_", Err("ValueError: Cannot specify both ',' and '_'.")),
        (0x3ff8000000000000, "_,", Err("ValueError: Cannot specify both ',' and '_'.")),
        (0x3ff8000000000000, ",n", Err("ValueError: Cannot specify ',' with 'n'.")),
        (0x3ff8000000000000, "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        (0x3ff8000000000000, ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        (0x3ff8000000000000, "abc", Err("ValueError: Invalid format specifier 'abc' for object of type 'float'")),
        (0x3ff8000000000000, "1.2.3", Err("ValueError: Invalid format specifier '1.2.3' for object of type 'float'")),
        (0x3ff8000000000000, "==5", Ok("==1.5")),
        (0x3ff8000000000000, "+ 5", Err("ValueError: Invalid format specifier '+ 5' for object of type 'float'")),
        (0x3ff8000000000000, "\u{e9}", Err("ValueError: Unknown format code '\\xe9' for object of type 'float'")),
        (0x3ff8000000000000, ".99999999999999999999", Err("ValueError: Too many decimal digits in format string")),
        (0x3ff8000000000000, "99999999999999999999999", Err("ValueError: Too many decimal digits in format string")),
    ];

    #[test]
    fn format_float_matches_cpython() {
        for &(b, spec, want) in FORMAT_FLOAT {
            let x = f64::from_bits(b);
            let got = show(format_float(x, spec));
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "format({:e}, {:?})",
                x,
                spec
            );
        }
    }

    /// `(x, spec, format(x, spec))` for ints from CPython 3.11.
    #[rustfmt::skip]
    const FORMAT_INT: &[(i64, &str, Result<&str, &str>)] = &[
        (1, "", Ok("1")),
        (1234, "", Ok("1234")),
        (128512, "", Ok("128512")),
        (1, "d", Ok("1")),
        (-1234, "d", Ok("-1234")),
        (65, "d", Ok("65")),
        (-5, "b", Ok("-101")),
        (-255, "b", Ok("-11111111")),
        (128512, "b", Ok("11111011000000000")),
        (9223372036854775807, "o", Ok("777777777777777777777")),
        (65, "o", Ok("101")),
        (5, "o", Ok("5")),
        (1000000, "x", Ok("f4240")),
        (9223372036854775807, "x", Ok("7fffffffffffffff")),
        (i64::MIN, "x", Ok("-8000000000000000")),
        (0, "X", Ok("0")),
        (-987654321, "X", Ok("-3ADE68B1")),
        (i64::MIN, "X", Ok("-8000000000000000")),
        (255, "#b", Ok("0b11111111")),
        (-1, "#b", Ok("-0b1")),
        (0, "#b", Ok("0b0")),
        (9223372036854775807, "#o", Ok("0o777777777777777777777")),
        (i64::MIN, "#o", Ok("-0o1000000000000000000000")),
        (-1234, "#o", Ok("-0o2322")),
        (-5, "#x", Ok("-0x5")),
        (-1234, "#x", Ok("-0x4d2")),
        (-255, "#x", Ok("-0xff")),
        (1, "#X", Ok("0X1")),
        (-5, "#X", Ok("-0X5")),
        (-1, "#X", Ok("-0X1")),
        (123456789012, "c", Err("OverflowError: %c arg not in range(0x110000)")),
        (9223372036854775807, "c", Err("OverflowError: %c arg not in range(0x110000)")),
        (42, "c", Ok("*")),
        (-1234, "n", Ok("-1234")),
        (128512, "n", Ok("128512")),
        (-5, "n", Ok("-5")),
        (1234, ",", Ok("1,234")),
        (-987654321, ",", Ok("-987,654,321")),
        (65, ",", Ok("65")),
        (-255, "_", Ok("-255")),
        (-1234, "_", Ok("-1_234")),
        (128512, "_", Ok("128_512")),
        (-987654321, ",d", Ok("-987,654,321")),
        (5, ",d", Ok("5")),
        (-1, ",d", Ok("-1")),
        (42, "_b", Ok("10_1010")),
        (-1, "_b", Ok("-1")),
        (5, "_b", Ok("101")),
        (128512, "_x", Ok("1_f600")),
        (123456789012, "_x", Ok("1c_be99_1a14")),
        (1234, "_x", Ok("4d2")),
        (-255, "#_x", Ok("-0xff")),
        (i64::MIN, "#_x", Ok("-0x8000_0000_0000_0000")),
        (123456789012, "#_x", Ok("0x1c_be99_1a14")),
        (65, "#_o", Ok("0o101")),
        (i64::MIN, "#_o", Ok("-0o10_0000_0000_0000_0000_0000")),
        (255, "#_o", Ok("0o377")),
        (-5, "08,d", Ok("-000,005")),
        (255, "08,d", Ok("0,000,255")),
        (5, "08,d", Ok("0,000,005")),
        (-1, "09,", Ok("-0,000,001")),
        (42, "09,", Ok("0,000,042")),
        (123456789012, "09,", Ok("123,456,789,012")),
        (-1, "08,", Ok("-000,001")),
        (65, "08,", Ok("0,000,065")),
        (5, "08,", Ok("0,000,005")),
        (1000000, "010_x", Ok("0_000f_4240")),
        (1234, "010_x", Ok("0_0000_04d2")),
        (-987654321, "010_x", Ok("-3ade_68b1")),
        (255, "#012_b", Ok("0b0_1111_1111")),
        (0, "#012_b", Ok("0b0_0000_0000")),
        (1000000, "#012_b", Ok("0b1111_0100_0010_0100_0000")),
        (9223372036854775807, "#020_X", Ok("0X7FFF_FFFF_FFFF_FFFF")),
        (-987654321, "#020_X", Ok("-0X00_0000_3ADE_68B1")),
        (255, "#020_X", Ok("0X000_0000_0000_00FF")),
        (128512, "+", Ok("+128512")),
        (255, "+", Ok("+255")),
        (123456789012, "+", Ok("+123456789012")),
        (1234, " ", Ok(" 1234")),
        (65, " ", Ok(" 65")),
        (-987654321, " ", Ok("-987654321")),
        (1, "-", Ok("1")),
        (123456789012, "-", Ok("123456789012")),
        (-5, "-", Ok("-5")),
        (1000000, "+d", Ok("+1000000")),
        (-5, "+d", Ok("-5")),
        (65, "+d", Ok("+65")),
        (128512, "+x", Ok("+1f600")),
        (255, "+x", Ok("+ff")),
        (1, "+x", Ok("+1")),
        (1234, " #o", Ok(" 0o2322")),
        (-255, " #o", Ok("-0o377")),
        (255, " #o", Ok(" 0o377")),
        (-987654321, ">8", Ok("-987654321")),
        (i64::MIN, ">8", Ok("-9223372036854775808")),
        (255, ">8", Ok("     255")),
        (-1234, "<8", Ok("-1234   ")),
        (0, "<8", Ok("0       ")),
        (-1, "<8", Ok("-1      ")),
        (1, "^8", Ok("   1    ")),
        (9223372036854775807, "^8", Ok("9223372036854775807")),
        (1000000, "^8", Ok("1000000 ")),
        (123456789012, "=8", Ok("123456789012")),
        (128512, "=8", Ok("  128512")),
        (0, "=8", Ok("       0")),
        (-1, "*^9", Ok("***-1****")),
        (-987654321, "*^9", Ok("-987654321")),
        (i64::MIN, "*^9", Ok("-9223372036854775808")),
        (128512, "x<05", Ok("128512")),
        (i64::MIN, "x<05", Ok("-9223372036854775808")),
        (-255, "x<05", Ok("-255x")),
        (-255, "0<5", Ok("-2550")),
        (5, "0<5", Ok("50000")),
        (123456789012, "0<5", Ok("123456789012")),
        (-5, "0=6", Ok("-00005")),
        (128512, "0=6", Ok("128512")),
        (1234, "0=6", Ok("001234")),
        (5, "0", Ok("5")),
        (i64::MIN, "0", Ok("-9223372036854775808")),
        (1, "0", Ok("1")),
        (1, "00", Ok("1")),
        (0, "00", Ok("0")),
        (-987654321, "00", Ok("-987654321")),
        (-5, "05", Ok("-0005")),
        (-255, "05", Ok("-0255")),
        (-1234, "05", Ok("-1234")),
        (1, "+05", Ok("+0001")),
        (-1234, "+05", Ok("-1234")),
        (-1, "+05", Ok("-0001")),
        (1234, "#010x", Ok("0x000004d2")),
        (9223372036854775807, "#010x", Ok("0x7fffffffffffffff")),
        (1000000, "#010x", Ok("0x000f4240")),
        (5, "=+10", Ok("+        5")),
        (128512, "=+10", Ok("+   128512")),
        (1, "=+10", Ok("+        1")),
        (-1234, "e", Ok("-1.234000e+03")),
        (255, "e", Ok("2.550000e+02")),
        (123456789012, "e", Ok("1.234568e+11")),
        (1234, ".2e", Ok("1.23e+03")),
        (-255, ".2e", Ok("-2.55e+02")),
        (-987654321, ".2e", Ok("-9.88e+08")),
        (0, "f", Ok("0.000000")),
        (128512, "f", Ok("128512.000000")),
        (1234, "f", Ok("1234.000000")),
        (-1234, ".2f", Ok("-1234.00")),
        (i64::MIN, ".2f", Ok("-9223372036854775808.00")),
        (-5, ".2f", Ok("-5.00")),
        (65, "g", Ok("65")),
        (-255, "g", Ok("-255")),
        (123456789012, "g", Ok("1.23457e+11")),
        (128512, "G", Ok("128512")),
        (-255, "G", Ok("-255")),
        (1234, "G", Ok("1234")),
        (-255, "%", Ok("-25500.000000%")),
        (0, "%", Ok("0.000000%")),
        (255, "%", Ok("25500.000000%")),
        (-1234, ".1%", Ok("-123400.0%")),
        (1, ".1%", Ok("100.0%")),
        (0, ".1%", Ok("0.0%")),
        (255, ",.2f", Ok("255.00")),
        (123456789012, ",.2f", Ok("123,456,789,012.00")),
        (i64::MIN, ",.2f", Ok("-9,223,372,036,854,775,808.00")),
        (9223372036854775807, "E", Ok("9.223372E+18")),
        (-1, "E", Ok("-1.000000E+00")),
        (-5, "E", Ok("-5.000000E+00")),
        (-255, "F", Ok("-255.000000")),
        (9223372036854775807, "F", Ok("9223372036854775808.000000")),
        (i64::MIN, "F", Ok("-9223372036854775808.000000")),
        (1000000, "z.2f", Ok("1000000.00")),
        (-255, "z.2f", Ok("-255.00")),
        (123456789012, "z.2f", Ok("123456789012.00")),
        (1, "^+9", Ok("   +1    ")),
        (65, "^+9", Ok("   +65   ")),
        (1000000, "^+9", Ok("+1000000 ")),
        (9223372036854775807, "*>+12,", Ok("+9,223,372,036,854,775,807")),
        (1000000, "*>+12,", Ok("**+1,000,000")),
        (65, "*>+12,", Ok("*********+65")),
        (-987654321, " 10", Ok("-987654321")),
        (255, " 10", Ok("       255")),
        (0, " 10", Ok("         0")),
        (-1234, "+#10b", Ok("-0b10011010010")),
        (-1, "+#10b", Ok("      -0b1")),
        (5, "+#10b", Ok("    +0b101")),
        (65, "c", Ok("A")),
        (128512, "c", Ok("\u{1f600}")),
        (-1, "c", Err("OverflowError: %c arg not in range(0x110000)")),
        (1114112, "c", Err("OverflowError: %c arg not in range(0x110000)")),
        (65, "+c", Err("ValueError: Sign not allowed with integer format specifier 'c'")),
        (65, "#c", Err("ValueError: Alternate form (#) not allowed with integer format specifier 'c'")),
        (65, "05c", Ok("0000A")),
        (65, "^5c", Ok("  A  ")),
        (65, ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        (5, ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        (5, "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        (5, "zd", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        (5, "z.2", Err("ValueError: Precision not allowed in integer format specifier")),
        (5, "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        (5, "q", Err("ValueError: Unknown format code 'q' for object of type 'int'")),
        (5, "\u{1}", Err("ValueError: Unknown format code '\\x1' for object of type 'int'")),
        (5, ",n", Err("ValueError: Cannot specify ',' with 'n'.")),
        (5, "_c", Err("ValueError: Cannot specify '_' with 'c'.")),
        (5, ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        (5, "abc", Err("ValueError: Invalid format specifier 'abc' for object of type 'int'")),
        (5, ".", Err("ValueError: Format specifier missing precision")),
        (5, "_,", Err("ValueError: Cannot specify both ',' and '_'.")),
        (255, "#_b", Ok("0b1111_1111")),
        (12345, "#020_x", Ok("0x000_0000_0000_3039")),
        (-12345, "020,", Ok("-000,000,000,012,345")),
        (1, "99999999999999999999999", Err("ValueError: Too many decimal digits in format string")),
        (4611686018427387904, "g", Ok("4.61169e+18")),
        (4611686018427387904, ".20g", Ok("4611686018427387904")),
        (i64::MIN, "e", Ok("-9.223372e+18")),
        (12, "%", Ok("1200.000000%")),
    ];

    #[test]
    fn format_int_matches_cpython() {
        for &(x, spec, want) in FORMAT_INT {
            let got = show(format_int(x, spec));
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "format({}, {:?})",
                x,
                spec
            );
        }
    }

    /// `(s, spec, format(s, spec))` from CPython 3.11.
    #[rustfmt::skip]
    const FORMAT_STR: &[(&str, &str, Result<&str, &str>)] = &[
        ("", "", Ok("")),
        ("", "s", Ok("")),
        ("", "5", Ok("     ")),
        ("", "<5", Ok("     ")),
        ("", ">5", Ok("     ")),
        ("", "^6", Ok("      ")),
        ("", "^7", Ok("       ")),
        ("", "*^7", Ok("*******")),
        ("", ".2", Ok("")),
        ("", ".0", Ok("")),
        ("", "10.2s", Ok("          ")),
        ("", "0>5", Ok("00000")),
        ("", "05", Ok("00000")),
        ("", "x<3", Ok("xxx")),
        ("", ",", Err("ValueError: Cannot specify ',' with 's'.")),
        ("", "_", Err("ValueError: Cannot specify '_' with 's'.")),
        ("", "d", Err("ValueError: Unknown format code 'd' for object of type 'str'")),
        ("", "+", Err("ValueError: Sign not allowed in string format specifier")),
        ("", " ", Err("ValueError: Space not allowed in string format specifier")),
        ("", "-", Err("ValueError: Sign not allowed in string format specifier")),
        ("", "z", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("", "#", Err("ValueError: Alternate form (#) not allowed in string format specifier")),
        ("", "=5", Err("ValueError: '=' alignment not allowed in string format specifier")),
        ("", "+#", Err("ValueError: Sign not allowed in string format specifier")),
        ("", "z#", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("", ".", Err("ValueError: Format specifier missing precision")),
        ("", "ss", Err("ValueError: Invalid format specifier 'ss' for object of type 'str'")),
        ("abc", "", Ok("abc")),
        ("abc", "s", Ok("abc")),
        ("abc", "5", Ok("abc  ")),
        ("abc", "<5", Ok("abc  ")),
        ("abc", ">5", Ok("  abc")),
        ("abc", "^6", Ok(" abc  ")),
        ("abc", "^7", Ok("  abc  ")),
        ("abc", "*^7", Ok("**abc**")),
        ("abc", ".2", Ok("ab")),
        ("abc", ".0", Ok("")),
        ("abc", "10.2s", Ok("ab        ")),
        ("abc", "0>5", Ok("00abc")),
        ("abc", "05", Ok("abc00")),
        ("abc", "x<3", Ok("abc")),
        ("abc", ",", Err("ValueError: Cannot specify ',' with 's'.")),
        ("abc", "_", Err("ValueError: Cannot specify '_' with 's'.")),
        ("abc", "d", Err("ValueError: Unknown format code 'd' for object of type 'str'")),
        ("abc", "+", Err("ValueError: Sign not allowed in string format specifier")),
        ("abc", " ", Err("ValueError: Space not allowed in string format specifier")),
        ("abc", "-", Err("ValueError: Sign not allowed in string format specifier")),
        ("abc", "z", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("abc", "#", Err("ValueError: Alternate form (#) not allowed in string format specifier")),
        ("abc", "=5", Err("ValueError: '=' alignment not allowed in string format specifier")),
        ("abc", "+#", Err("ValueError: Sign not allowed in string format specifier")),
        ("abc", "z#", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("abc", ".", Err("ValueError: Format specifier missing precision")),
        ("abc", "ss", Err("ValueError: Invalid format specifier 'ss' for object of type 'str'")),
        ("h\u{e9}llo", "", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "s", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "5", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "<5", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", ">5", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "^6", Ok("h\u{e9}llo ")),
        ("h\u{e9}llo", "^7", Ok(" h\u{e9}llo ")),
        ("h\u{e9}llo", "*^7", Ok("*h\u{e9}llo*")),
        ("h\u{e9}llo", ".2", Ok("h\u{e9}")),
        ("h\u{e9}llo", ".0", Ok("")),
        ("h\u{e9}llo", "10.2s", Ok("h\u{e9}        ")),
        ("h\u{e9}llo", "0>5", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "05", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", "x<3", Ok("h\u{e9}llo")),
        ("h\u{e9}llo", ",", Err("ValueError: Cannot specify ',' with 's'.")),
        ("h\u{e9}llo", "_", Err("ValueError: Cannot specify '_' with 's'.")),
        ("h\u{e9}llo", "d", Err("ValueError: Unknown format code 'd' for object of type 'str'")),
        ("h\u{e9}llo", "+", Err("ValueError: Sign not allowed in string format specifier")),
        ("h\u{e9}llo", " ", Err("ValueError: Space not allowed in string format specifier")),
        ("h\u{e9}llo", "-", Err("ValueError: Sign not allowed in string format specifier")),
        ("h\u{e9}llo", "z", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("h\u{e9}llo", "#", Err("ValueError: Alternate form (#) not allowed in string format specifier")),
        ("h\u{e9}llo", "=5", Err("ValueError: '=' alignment not allowed in string format specifier")),
        ("h\u{e9}llo", "+#", Err("ValueError: Sign not allowed in string format specifier")),
        ("h\u{e9}llo", "z#", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("h\u{e9}llo", ".", Err("ValueError: Format specifier missing precision")),
        ("h\u{e9}llo", "ss", Err("ValueError: Invalid format specifier 'ss' for object of type 'str'")),
        ("\u{65e5}\u{672c}\u{8a9e}", "", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        ("\u{65e5}\u{672c}\u{8a9e}", "s", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        ("\u{65e5}\u{672c}\u{8a9e}", "5", Ok("\u{65e5}\u{672c}\u{8a9e}  ")),
        ("\u{65e5}\u{672c}\u{8a9e}", "<5", Ok("\u{65e5}\u{672c}\u{8a9e}  ")),
        ("\u{65e5}\u{672c}\u{8a9e}", ">5", Ok("  \u{65e5}\u{672c}\u{8a9e}")),
        ("\u{65e5}\u{672c}\u{8a9e}", "^6", Ok(" \u{65e5}\u{672c}\u{8a9e}  ")),
        ("\u{65e5}\u{672c}\u{8a9e}", "^7", Ok("  \u{65e5}\u{672c}\u{8a9e}  ")),
        ("\u{65e5}\u{672c}\u{8a9e}", "*^7", Ok("**\u{65e5}\u{672c}\u{8a9e}**")),
        ("\u{65e5}\u{672c}\u{8a9e}", ".2", Ok("\u{65e5}\u{672c}")),
        ("\u{65e5}\u{672c}\u{8a9e}", ".0", Ok("")),
        ("\u{65e5}\u{672c}\u{8a9e}", "10.2s", Ok("\u{65e5}\u{672c}        ")),
        ("\u{65e5}\u{672c}\u{8a9e}", "0>5", Ok("00\u{65e5}\u{672c}\u{8a9e}")),
        ("\u{65e5}\u{672c}\u{8a9e}", "05", Ok("\u{65e5}\u{672c}\u{8a9e}00")),
        ("\u{65e5}\u{672c}\u{8a9e}", "x<3", Ok("\u{65e5}\u{672c}\u{8a9e}")),
        ("\u{65e5}\u{672c}\u{8a9e}", ",", Err("ValueError: Cannot specify ',' with 's'.")),
        ("\u{65e5}\u{672c}\u{8a9e}", "_", Err("ValueError: Cannot specify '_' with 's'.")),
        ("\u{65e5}\u{672c}\u{8a9e}", "d", Err("ValueError: Unknown format code 'd' for object of type 'str'")),
        ("\u{65e5}\u{672c}\u{8a9e}", "+", Err("ValueError: Sign not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", " ", Err("ValueError: Space not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "-", Err("ValueError: Sign not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "z", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "#", Err("ValueError: Alternate form (#) not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "=5", Err("ValueError: '=' alignment not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "+#", Err("ValueError: Sign not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", "z#", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("\u{65e5}\u{672c}\u{8a9e}", ".", Err("ValueError: Format specifier missing precision")),
        ("\u{65e5}\u{672c}\u{8a9e}", "ss", Err("ValueError: Invalid format specifier 'ss' for object of type 'str'")),
        ("ab", "", Ok("ab")),
        ("ab", "s", Ok("ab")),
        ("ab", "5", Ok("ab   ")),
        ("ab", "<5", Ok("ab   ")),
        ("ab", ">5", Ok("   ab")),
        ("ab", "^6", Ok("  ab  ")),
        ("ab", "^7", Ok("  ab   ")),
        ("ab", "*^7", Ok("**ab***")),
        ("ab", ".2", Ok("ab")),
        ("ab", ".0", Ok("")),
        ("ab", "10.2s", Ok("ab        ")),
        ("ab", "0>5", Ok("000ab")),
        ("ab", "05", Ok("ab000")),
        ("ab", "x<3", Ok("abx")),
        ("ab", ",", Err("ValueError: Cannot specify ',' with 's'.")),
        ("ab", "_", Err("ValueError: Cannot specify '_' with 's'.")),
        ("ab", "d", Err("ValueError: Unknown format code 'd' for object of type 'str'")),
        ("ab", "+", Err("ValueError: Sign not allowed in string format specifier")),
        ("ab", " ", Err("ValueError: Space not allowed in string format specifier")),
        ("ab", "-", Err("ValueError: Sign not allowed in string format specifier")),
        ("ab", "z", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("ab", "#", Err("ValueError: Alternate form (#) not allowed in string format specifier")),
        ("ab", "=5", Err("ValueError: '=' alignment not allowed in string format specifier")),
        ("ab", "+#", Err("ValueError: Sign not allowed in string format specifier")),
        ("ab", "z#", Err("ValueError: Negative zero coercion (z) not allowed in string format specifier")),
        ("ab", ".", Err("ValueError: Format specifier missing precision")),
        ("ab", "ss", Err("ValueError: Invalid format specifier 'ss' for object of type 'str'")),
    ];

    #[test]
    fn format_str_matches_cpython() {
        for &(s, spec, want) in FORMAT_STR {
            let got = show(format_str(s, spec));
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "format({:?}, {:?})",
                s,
                spec
            );
        }
    }

    /// `(b, spec, format(b, spec))` from CPython 3.11: any non-empty spec formats the int.
    #[rustfmt::skip]
    const FORMAT_BOOL: &[(bool, &str, Result<&str, &str>)] = &[
        (true, "", Ok("True")),
        (true, "d", Ok("1")),
        (true, ">10", Ok("         1")),
        (true, "^7", Ok("   1   ")),
        (true, "<3", Ok("1  ")),
        (true, "x", Ok("1")),
        (true, "#x", Ok("0x1")),
        (true, "+", Ok("+1")),
        (true, "05", Ok("00001")),
        (true, ".2f", Ok("1.00")),
        (true, "s", Err("ValueError: Unknown format code 's' for object of type 'bool'")),
        (true, "q", Err("ValueError: Unknown format code 'q' for object of type 'bool'")),
        (true, ",", Ok("1")),
        (true, "c", Ok("\u{1}")),
        (true, "%", Ok("100.000000%")),
        (false, "", Ok("False")),
        (false, "d", Ok("0")),
        (false, ">10", Ok("         0")),
        (false, "^7", Ok("   0   ")),
        (false, "<3", Ok("0  ")),
        (false, "x", Ok("0")),
        (false, "#x", Ok("0x0")),
        (false, "+", Ok("+0")),
        (false, "05", Ok("00000")),
        (false, ".2f", Ok("0.00")),
        (false, "s", Err("ValueError: Unknown format code 's' for object of type 'bool'")),
        (false, "q", Err("ValueError: Unknown format code 'q' for object of type 'bool'")),
        (false, ",", Ok("0")),
        (false, "c", Ok("\0")),
        (false, "%", Ok("0.000000%")),
    ];

    #[test]
    fn format_bool_matches_cpython() {
        for &(b, spec, want) in FORMAT_BOOL {
            let got = show(format_bool(b, spec));
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "format({}, {:?})",
                b,
                spec
            );
        }
    }

    #[test]
    fn format_value_dispatches_on_the_type() {
        assert_eq!(format_value(&3.5f64, ".2f").unwrap(), "3.50");
        assert_eq!(format_value(&-7i64, "05").unwrap(), "-0007");
        assert_eq!(format_value("ab", "^4").unwrap(), " ab ");
        assert_eq!(format_value(&String::from("ab"), ">3").unwrap(), " ab");
        assert_eq!(format_value(&true, "").unwrap(), "True");
        let err = format_value(&1.0f64, "d").unwrap_err();
        assert_eq!(err.kind, "ValueError");
        assert_eq!(
            err.msg,
            "Unknown format code 'd' for object of type 'float'"
        );
    }

    #[test]
    fn grouping_pads_zeros_through_separators() {
        // CPython counts separators in the zero padding and never starts with one.
        assert_eq!(format_int(1234, "08,").unwrap(), "0,001,234");
        assert_eq!(format_int(-1234, "08,d").unwrap(), "-001,234");
        assert_eq!(format_float(1234567.891, ",.2f").unwrap(), "1,234,567.89");
        assert_eq!(format_float(f64::INFINITY, "010").unwrap(), "0000000inf");
    }
}

/// `fmt.format(*args, **kwargs)` for a format string known only at run time: CPython's
/// grammar (`{}`, `{0}`, `{name}`, `!r`/`!s`/`!a`, specs with nested fields, `{{` `}}`)
/// and its errors.
pub fn format_runtime(
    fmt: &str,
    args: &[crate::Obj],
    kwargs: &[(&str, crate::Obj)],
) -> PyResult<String> {
    let mut auto = Some(0usize);
    let mut manual = false;
    format_with(fmt, args, kwargs, &mut auto, &mut manual, 2)
}

fn format_with(
    fmt: &str,
    args: &[crate::Obj],
    kwargs: &[(&str, crate::Obj)],
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    use crate::traits::PyRepr;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // a replacement field: up to the matching '}', nested braces counted
        let mut j = i + 1;
        let mut level = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        let (head, spec) = match field.find(':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (&field[..], ""),
        };
        let (name, conv) = match head.find('!') {
            Some(p) => (&head[..p], Some(&head[p + 1..])),
            None => (head, None),
        };
        let value = if name.is_empty() {
            if *manual {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let k = auto.unwrap_or(0);
            *auto = Some(k + 1);
            args.get(k).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            })?
        } else if name.chars().all(|d| d.is_ascii_digit()) {
            if auto.map_or(false, |k| k > 0) {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *manual = true;
            let k: usize = name.parse().unwrap_or(usize::MAX);
            args.get(k).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            })?
        } else if name.contains('.') || name.contains('[') {
            return Err(PyErr::value_error(format!(
                "format field '{}' is not supported here",
                name
            )));
        } else {
            kwargs
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::key_error(str_repr_of(name)))?
        };
        let spec = if spec.contains('{') {
            if depth == 0 {
                return Err(PyErr::value_error("Max string recursion exceeded"));
            }
            format_with(spec, args, kwargs, auto, manual, depth - 1)?
        } else {
            spec.to_string()
        };
        let text = match conv {
            None => value.py_format(&spec)?,
            Some(conv) => {
                let shown = match conv {
                    "r" => value.py_repr(),
                    "s" => value.py_str(),
                    "a" => crate::strings::ascii_escape(&value.py_repr()),
                    other => {
                        return Err(PyErr::value_error(format!(
                            "Unknown conversion specifier {}",
                            other
                        )))
                    }
                };
                crate::Obj::Str(shown).py_format(&spec)?
            }
        };
        out.push_str(&text);
    }
    Ok(out)
}

fn str_repr_of(s: &str) -> String {
    crate::strings::str_repr(s)
}
