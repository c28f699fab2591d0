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

/// `math.hypot(x, y)`.
pub fn math_hypot(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

/// A function of one float that is only defined on part of the line: `math.asin` etc.
pub fn math_domain(x: f64, ok: bool, f: fn(f64) -> f64) -> PyResult<f64> {
    if !ok {
        return Err(domain_error());
    }
    Ok(f(x))
}

/// `math.fsum(xs)`: the correctly rounded sum (Shewchuk's algorithm, as CPython's msum).
pub fn math_fsum(items: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for mut x in items {
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if !x.is_finite() {
            return Err(PyErr::new("OverflowError", "intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
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
