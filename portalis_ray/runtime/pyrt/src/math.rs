//! The `math` module where Rust's `f64` methods differ from CPython's: domain
//! errors raise `ValueError`, integer results are exact, `isclose` uses
//! CPython's tolerance rule.

use crate::error::{PyErr, PyResult};

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

/// `math.sqrt(x)`.
pub fn math_sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(x.sqrt())
}

/// `math.log(x)` and `math.log(x, base)`.
pub fn math_log(x: f64, base: Option<f64>) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(domain_error());
    }
    match base {
        None => Ok(x.ln()),
        Some(b) => {
            if b <= 0.0 {
                return Err(domain_error());
            }
            let den = b.ln();
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(x.ln() / den)
        }
    }
}

/// `math.log2(x)`.
pub fn math_log2(x: f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(x.log2())
}

/// `math.log10(x)`.
pub fn math_log10(x: f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(x.log10())
}

/// `math.floor(x)` / `math.ceil(x)` / `math.trunc(x)` for floats: an int.
pub fn math_to_int(x: f64) -> PyResult<i64> {
    crate::numbers::int_from_float(x)
}

/// `math.gcd(a, b)` (always non-negative).
pub fn math_gcd(a: i64, b: i64) -> i64 {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        let r = x % y;
        x = y;
        y = r;
    }
    x as i64
}

/// `math.lcm(a, b)`.
pub fn math_lcm(a: i64, b: i64) -> i64 {
    if a == 0 || b == 0 {
        return 0;
    }
    (a / math_gcd(a, b) * b).abs()
}

/// `math.factorial(n)`; beyond 64 bits is an `OverflowError` here.
pub fn math_factorial(n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let mut acc: i64 = 1;
    for k in 2..=n {
        acc = acc
            .checked_mul(k)
            .ok_or_else(|| PyErr::overflow_error("factorial result does not fit in 64 bits"))?;
    }
    Ok(acc)
}

/// `math.comb(n, k)`.
pub fn math_comb(n: i64, k: i64) -> PyResult<i64> {
    if n < 0 || k < 0 {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k);
    let mut acc: i128 = 1;
    for i in 0..k {
        acc = acc * (n - i) as i128 / (i + 1) as i128;
        if acc > i64::MAX as i128 {
            return Err(PyErr::overflow_error("comb result does not fit in 64 bits"));
        }
    }
    Ok(acc as i64)
}

/// `math.perm(n, k)`.
pub fn math_perm(n: i64, k: i64) -> PyResult<i64> {
    if n < 0 || k < 0 {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(0);
    }
    let mut acc: i64 = 1;
    for i in 0..k {
        acc = acc
            .checked_mul(n - i)
            .ok_or_else(|| PyErr::overflow_error("perm result does not fit in 64 bits"))?;
    }
    Ok(acc)
}

/// `math.isqrt(n)`.
pub fn math_isqrt(n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    let mut x = (n as f64).sqrt() as i64;
    while x * x > n {
        x -= 1;
    }
    while (x + 1) * (x + 1) <= n {
        x += 1;
    }
    Ok(x)
}

/// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`.
pub fn math_isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.hypot(x, y)`: CPython's correctly rounded vector norm, not libm's `hypot`.
pub fn math_hypot(x: f64, y: f64) -> f64 {
    math_hypot_n(&[x, y])
}

/// `math.hypot(*coordinates)`.
pub fn math_hypot_n(coords: &[f64]) -> f64 {
    let mut vec: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let found_nan = vec.iter().any(|x| x.is_nan());
    let max = vec.iter().cloned().filter(|x| !x.is_nan()).fold(0.0f64, f64::max);
    vector_norm(&mut vec, max, found_nan)
}

/// `math.dist(p, q)`.
pub fn math_dist(p: &[f64], q: &[f64]) -> PyResult<f64> {
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| a - b).collect();
    Ok(math_hypot_n(&diffs))
}

/// CPython 3.11's `vector_norm` (Modules/mathmodule.c): scaled, with lossless squaring
/// and summation and one differential correction, so results match to the last bit.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x0 in vec.iter() {
        let x = x0 * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s_hi, s_lo) = dl_fast_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s_hi, s_lo) = dl_fast_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// The exponent `e` of `frexp(x)` (x = m * 2**e, 0.5 <= |m| < 1) for finite nonzero x.
fn frexp_exp(x: f64) -> i32 {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let lead = (bits << 12).leading_zeros() as i32; // subnormal
        -1022 - lead
    } else {
        exp - 1022
    }
}

fn ldexp(x: f64, e: i32) -> f64 {
    let mut v = x;
    let mut e = e;
    while e > 1000 {
        v *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= 2f64.powi(-1000);
        e += 1000;
    }
    v * 2f64.powi(e)
}

/// `x <op> n` for a float and a big int, exactly as CPython compares them (never by
/// rounding the int to a float); None when `x` is NaN.
pub fn cmp_float_int(x: f64, n: &crate::Int) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let whole = crate::Int::from_f64(x.trunc()).expect("finite");
    match whole.cmp(n) {
        Ordering::Equal => 0.0f64.partial_cmp(&(x - x.trunc())).map(|o| o.reverse()),
        other => Some(other),
    }
}

/// `math.modf(x)`: the fractional and integer parts, both with the sign of `x`.
pub fn math_modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// A finite nonzero float as `mantissa * 2**exp` with the mantissa odd (sign included).
pub(crate) fn float_parts(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += i64::from(tz);
    (if x < 0.0 { -(mant as i64) } else { mant as i64 }, exp)
}

/// `float.as_integer_ratio()`: the exact ratio in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> PyResult<(crate::Int, crate::Int)> {
    if x.is_infinite() {
        return Err(PyErr::new("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let one = crate::Int::from_i64(1);
    if x == 0.0 {
        return Ok((crate::Int::zero(), one));
    }
    let (mant, exp) = float_parts(x);
    let num = crate::Int::from_i64(mant);
    if exp >= 0 {
        Ok((num.shl(exp).expect("shift"), one))
    } else {
        Ok((num, one.shl(-exp).expect("shift")))
    }
}

/// `float.hex()`: `0x1.8000000000000p+1`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e < 0 { "-" } else { "+" };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, mant, esign, e.abs())
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> PyResult<f64> {
    let bad = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let digits = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant_part, exp_part) = match digits.find('p') {
        Some(i) => (&digits[..i], Some(&digits[i + 1..])),
        None => (digits, None),
    };
    let (int_s, frac_s) = match mant_part.find('.') {
        Some(i) => (&mant_part[..i], &mant_part[i + 1..]),
        None => (mant_part, ""),
    };
    if int_s.is_empty() && frac_s.is_empty() {
        return Err(bad());
    }
    let mut exp: i64 = match exp_part {
        Some(e) => {
            let ok = !e.is_empty()
                && e.trim_start_matches(|c| c == '+' || c == '-').chars().all(|c| c.is_ascii_digit())
                && e.trim_start_matches(|c| c == '+' || c == '-').len() + 1 >= e.len();
            if !ok || e.trim_start_matches(|c| c == '+' || c == '-').is_empty() {
                return Err(bad());
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') { i64::MIN / 4 } else { i64::MAX / 4 })
        }
        None => 0,
    };
    // The value is mantissa * 2**exp with the mantissa's hex digits read as an integer.
    let mut mant = crate::Int::zero();
    let sixteen = crate::Int::from_i64(16);
    for c in int_s.chars().chain(frac_s.chars()) {
        let d = c.to_digit(16).ok_or_else(bad)? as i64;
        mant = mant.mul(&sixteen).add(&crate::Int::from_i64(d));
    }
    exp = exp.saturating_sub(4 * frac_s.len() as i64);
    if mant.is_zero() {
        return Ok(signed(0.0));
    }
    let value = if exp >= 0 {
        if exp > 2000 {
            return Err(PyErr::new("OverflowError", "hexadecimal value too large to represent as a float"));
        }
        mant.shl(exp)?.to_f64().map_err(|_| {
            PyErr::new("OverflowError", "hexadecimal value too large to represent as a float")
        })?
    } else {
        let den = crate::Int::from_i64(1).shl((-exp).min(1 << 20))?;
        mant.truediv(&den)?
    };
    if value.is_infinite() {
        return Err(PyErr::new("OverflowError", "hexadecimal value too large to represent as a float"));
    }
    Ok(signed(value))
}

/// A function of one float that is only defined on part of the line: `math.asin` etc.
pub fn math_domain(x: f64, ok: bool, f: fn(f64) -> f64) -> PyResult<f64> {
    if !ok {
        return Err(domain_error());
    }
    Ok(f(x))
}

/// `math.fsum(xs)`, a line-by-line port of CPython 3.11's `math_fsum` (NaN inputs sum
/// to NaN; the partials restart after an infinity).
pub fn math_fsum(items: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for xsave in items {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.fmod(x, y)`: C's fmod (the sign of `x`), ValueError for a zero `y`.
pub fn math_fmod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 && !x.is_nan() {
        return Err(domain_error());
    }
    Ok(x % y)
}

/// `math.prod(ints)`.
pub fn try_product(items: impl IntoIterator<Item = i64>) -> PyResult<i64> {
    let mut acc: i64 = 1;
    for x in items {
        acc = acc
            .checked_mul(x)
            .ok_or_else(|| PyErr::new("OverflowError", "integer result beyond 64 bits"))?;
    }
    Ok(acc)
}

/// `int.bit_length()`.
pub fn int_bit_length(n: i64) -> i64 {
    64 - n.unsigned_abs().leading_zeros() as i64
}

#[cfg(test)]
mod tests {
    #[test]
    fn vector_norms_match_cpython() {
        use crate::format::float_repr;
        assert_eq!(float_repr(math_hypot(3.0, 4.0)), "5.0");
        assert_eq!(float_repr(math_dist(&[1.0, 2.0, 3.0], &[4.0, 6.0, 15.0]).unwrap()), "13.0");
        assert_eq!(float_repr(math_hypot_n(&[1.1, 2.2, 3.3])), "4.115823125451335");
        assert_eq!(float_repr(math_hypot(1e-310, 3e-310)), "3.1622776601684e-310");
        assert_eq!(float_repr(math_hypot(0.1, 0.2)), "0.223606797749979");
        assert!(math_dist(&[1.0], &[1.0, 2.0]).is_err());
    }

    #[test]
    fn floats_compare_exactly_with_big_ints() {
        use std::cmp::Ordering;
        let big = crate::Int::from_i64(10).pow(&crate::Int::from_i64(400)).unwrap();
        assert_eq!(cmp_float_int(f64::INFINITY, &big), Some(Ordering::Greater));
        assert_eq!(cmp_float_int(1e308, &big), Some(Ordering::Less));
        assert_eq!(cmp_float_int(f64::NAN, &big), None);
        let n = crate::Int::from_i64(1 << 53).add(&crate::Int::from_i64(1));
        assert_eq!(cmp_float_int(9007199254740992.0, &n), Some(Ordering::Less));
        assert_eq!(cmp_float_int(2.5, &crate::Int::from_i64(2)), Some(Ordering::Greater));
        assert_eq!(cmp_float_int(-2.5, &crate::Int::from_i64(-2)), Some(Ordering::Less));
        assert_eq!(cmp_float_int(3.0, &crate::Int::from_i64(3)), Some(Ordering::Equal));
    }

    #[test]
    fn float_parts_match_cpython() {
        assert_eq!(math_modf(3.75), (0.75, 3.0));
        assert_eq!(math_modf(-3.75), (-0.75, -3.0));
        assert_eq!(math_modf(f64::INFINITY), (0.0, f64::INFINITY));
        let (n, d) = float_as_integer_ratio(0.1).unwrap();
        assert_eq!((n.to_string(), d.to_string()), ("3602879701896397".to_string(), "36028797018963968".to_string()));
        let (n, d) = float_as_integer_ratio(-2.5).unwrap();
        assert_eq!((n.to_string(), d.to_string()), ("-5".to_string(), "2".to_string()));
        assert!(float_as_integer_ratio(f64::NAN).is_err());
        assert_eq!(float_hex(3.0), "0x1.8000000000000p+1");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(1e300), "0x1.7e43c8800759cp+996");
        assert_eq!(float_fromhex("0x1.8p1").unwrap(), 3.0);
        assert_eq!(float_fromhex("-0x1p-1074").unwrap(), -5e-324);
        assert_eq!(float_fromhex("0x1.fffffffffffffp+1023").unwrap(), f64::MAX);
        assert_eq!(float_fromhex("  0xA.8 ").unwrap(), 10.5);
        assert_eq!(float_fromhex("1.5p3").unwrap(), 10.5);
        assert!(float_fromhex("0x").is_err());
        assert!(float_fromhex("0x1p99999").is_err());
    }

    use super::*;

    #[test]
    fn integer_functions() {
        assert_eq!(math_gcd(-12, 18), 6);
        assert_eq!(math_lcm(4, 6), 12);
        assert_eq!(math_factorial(20).unwrap(), 2432902008176640000);
        assert!(math_factorial(21).is_err());
        assert_eq!(math_comb(52, 5).unwrap(), 2598960);
        assert_eq!(math_isqrt(99).unwrap(), 9);
    }

    #[test]
    fn domains_and_closeness() {
        assert!(math_sqrt(-1.0).is_err());
        assert!(math_log(0.0, None).is_err());
        assert_eq!(math_log(8.0, Some(2.0)).unwrap(), 3.0);
        assert!(math_isclose(0.1 + 0.2, 0.3, 1e-9, 0.0).unwrap());
        assert!(!math_isclose(1.0, 1.1, 1e-9, 0.0).unwrap());
    }
}
