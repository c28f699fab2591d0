//! Python's unbounded `int` as `Int`: a sign and a magnitude of 32-bit limbs.
//!
//! Generated code uses `Int` where an int may outgrow `i64` (`2**64`,
//! `factorial(100)`, `fib(1000)`, masks of 128-bit intermediates). Results
//! print and behave like CPython 3.11's `int`: floor division and modulo,
//! infinite two's-complement bit operations, correctly rounded conversions
//! to float and true division, `hash()`, `format()` and `int(s, base)`.
//!
//! # API
//! - `Int::from_i64(i64)`, `Int::from_u64(u64)`, `From<i64>`, `From<bool>`,
//!   `Int::from_lit(&str)` (decimal literal, optional `-`; panics on bad input).
//! - `to_i64` (`OverflowError`), `to_index` (`IndexError`), `to_f64`
//!   (correctly rounded, `OverflowError`), `Int::from_f64` (truncates).
//! - `Int::parse(s, base)`: `int(s, base)`.
//! - `add`, `sub`, `mul`, `floordiv`, `modulo`, `divmod`, `neg`, `abs`, `pow`,
//!   `pow_mod`, `truediv`; `bitand`, `bitor`, `bitxor`, `invert`, `shl`, `shr`;
//!   `bit_length`, `bit_count`, `is_zero`, `is_negative`, `signum`, `gcd`, `isqrt`.
//! - `int_factorial`, `int_comb`, `int_perm`, `int_sum`, `int_prod`,
//!   `int_hex`, `int_oct`, `int_bin`, `Int::to_str_radix`.
//! - `Int::to_str_checked` and `set_int_max_str_digits`/`get_int_max_str_digits`:
//!   CPython's limit on decimal conversions (`sys.set_int_max_str_digits`).
//!   `int(s)` and `format(x, spec)` enforce it; `repr`/`str`/`Display` cannot
//!   fail and convert any size.

use std::cell::Cell;
use std::cmp::Ordering;
use std::convert::TryFrom;
use std::fmt;

use crate::error::{PyErr, PyResult};
use crate::format::{format_integer, IntDigits};
use crate::traits::{PyFormat, PyRepr, PySetHash, PyTruthy};

/// A Python int of any size. Normalised: no high zero limbs, and zero is
/// never negative, so derived equality and hashing are by value.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Int {
    neg: bool,
    /// Little-endian base-2**32 digits.
    mag: Vec<u32>,
}

// ---------------------------------------------------------------------------
// Magnitudes: little-endian `u32` slices.
// ---------------------------------------------------------------------------

const KARATSUBA_CUTOFF: usize = 40;

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn trimmed(mut a: &[u32]) -> &[u32] {
    while let Some((&0, rest)) = a.split_last() {
        a = rest;
    }
    a
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = u64::from(x) + u64::from(b.get(i).copied().unwrap_or(0)) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    trim(&mut out);
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = false;
    for (i, &x) in a.iter().enumerate() {
        let (d1, o1) = x.overflowing_sub(b.get(i).copied().unwrap_or(0));
        let (d2, o2) = d1.overflowing_sub(u32::from(borrow));
        out.push(d2);
        borrow = o1 || o2;
    }
    debug_assert!(!borrow, "sub_mag: a < b");
    trim(&mut out);
    out
}

/// Adds `x` into `acc` at limb offset `off` (`acc` is long enough for the sum).
fn add_at(acc: &mut [u32], x: &[u32], off: usize) {
    let mut carry = 0u64;
    let mut i = 0;
    while i < x.len() || carry != 0 {
        let s = u64::from(acc[off + i]) + u64::from(x.get(i).copied().unwrap_or(0)) + carry;
        acc[off + i] = s as u32;
        carry = s >> 32;
        i += 1;
    }
}

fn schoolbook(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let x = u64::from(x);
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x * u64::from(y) + u64::from(out[i + j]) + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

/// Schoolbook below `KARATSUBA_CUTOFF` limbs, Karatsuba above.
fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = (trimmed(a), trimmed(b));
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_CUTOFF {
        return schoolbook(a, b);
    }
    let mut out = vec![0u32; a.len() + b.len() + 1];
    if 2 * b.len() <= a.len() {
        // Unbalanced: multiply b by b-sized slices of a.
        for (i, chunk) in a.chunks(b.len()).enumerate() {
            add_at(&mut out, &mul_mag(chunk, b), i * b.len());
        }
    } else {
        let half = a.len() / 2;
        let (a0, a1) = a.split_at(half);
        let (b0, b1) = b.split_at(half);
        let z0 = mul_mag(a0, b0);
        let z2 = mul_mag(a1, b1);
        let z1 = mul_mag(&add_mag(trimmed(a0), a1), &add_mag(trimmed(b0), b1));
        let z1 = sub_mag(&sub_mag(&z1, &z0), &z2);
        add_at(&mut out, &z0, 0);
        add_at(&mut out, &z1, half);
        add_at(&mut out, &z2, 2 * half);
    }
    trim(&mut out);
    out
}

/// `a = a * m + c` in place.
fn mul_small_add(a: &mut Vec<u32>, m: u32, c: u32) {
    let mut carry = u64::from(c);
    for x in a.iter_mut() {
        let t = u64::from(*x) * u64::from(m) + carry;
        *x = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    trim(a);
}

/// `a //= d` in place; returns `a % d`.
fn div_small_in_place(a: &mut Vec<u32>, d: u32) -> u32 {
    let d = u64::from(d);
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (rem << 32) | u64::from(*x);
        *x = (cur / d) as u32;
        rem = cur % d;
    }
    trim(a);
    rem as u32
}

/// `a << s` for `s < 32`, with one extra (possibly zero) high limb.
fn shl_bits(a: &[u32], s: u32) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + 1);
    if s == 0 {
        out.extend_from_slice(a);
        out.push(0);
        return out;
    }
    let mut carry = 0u32;
    for &x in a {
        out.push((x << s) | carry);
        carry = x >> (32 - s);
    }
    out.push(carry);
    out
}

/// Truncating division of magnitudes (`b` non-zero): Knuth's algorithm D.
fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    assert!(!b.is_empty(), "division by a zero magnitude");
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = div_small_in_place(&mut q, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    let n = b.len();
    let m = a.len() - n;
    let s = b[n - 1].leading_zeros();
    let mut v = shl_bits(b, s);
    v.pop();
    let mut u = shl_bits(a, s);
    let mut q = vec![0u32; m + 1];
    let base = 1u64 << 32;
    let vtop = u64::from(v[n - 1]);
    let vnext = u64::from(v[n - 2]);
    for j in (0..=m).rev() {
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= base || qhat * vnext > ((rhat << 32) | u64::from(u[j + n - 2])) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= base {
                break;
            }
        }
        // u[j..=j+n] -= qhat * v
        let mut k: i64 = 0;
        for i in 0..n {
            let p = qhat * u64::from(v[i]);
            let t = i64::from(u[i + j]) - k - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            k = (p >> 32) as i64 - (t >> 32);
        }
        let t = i64::from(u[j + n]) - k;
        u[j + n] = t as u32;
        if t < 0 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let t = u64::from(u[i + j]) + u64::from(v[i]) + c;
                u[i + j] = t as u32;
                c = t >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // The remainder is u[..n] >> s.
    let mut r: Vec<u32> = Vec::with_capacity(n);
    for i in 0..n {
        let lo = u[i] >> s;
        let hi = if s == 0 || i + 1 >= u.len() {
            0
        } else {
            u[i + 1] << (32 - s)
        };
        r.push(if s == 0 { u[i] } else { lo | hi });
    }
    trim(&mut r);
    (q, r)
}

fn bit_length_mag(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
    }
}

fn shl_mag(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (n / 32) as usize;
    let mut out = vec![0u32; limbs];
    out.extend(shl_bits(a, (n % 32) as u32));
    trim(&mut out);
    out
}

fn shr_mag(a: &[u32], n: u64) -> Vec<u32> {
    let limbs = n / 32;
    if limbs >= a.len() as u64 {
        return Vec::new();
    }
    let a = &a[limbs as usize..];
    let s = (n % 32) as u32;
    let mut out = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        if s == 0 {
            out.push(a[i]);
        } else {
            let hi = a.get(i + 1).map_or(0, |&h| h << (32 - s));
            out.push((a[i] >> s) | hi);
        }
    }
    trim(&mut out);
    out
}

/// Whether any of the low `n` bits of `a` is set.
fn low_bits_nonzero(a: &[u32], n: u64) -> bool {
    let limbs = ((n / 32) as usize).min(a.len());
    if a[..limbs].iter().any(|&x| x != 0) {
        return true;
    }
    let s = (n % 32) as u32;
    s != 0 && limbs < a.len() && a[limbs] & ((1u32 << s) - 1) != 0
}

fn mag_from_u64(v: u64) -> Vec<u32> {
    let mut out = vec![v as u32, (v >> 32) as u32];
    trim(&mut out);
    out
}

/// The magnitude as a `u64` when it has at most two limbs.
fn mag_to_u64(a: &[u32]) -> Option<u64> {
    match a.len() {
        0 => Some(0),
        1 => Some(u64::from(a[0])),
        2 => Some(u64::from(a[0]) | (u64::from(a[1]) << 32)),
        _ => None,
    }
}

/// The largest power of `radix` that fits a `u32`, and its exponent.
fn radix_chunk(radix: u32) -> (u32, usize) {
    let mut p = radix;
    let mut k = 1;
    while let Some(next) = p.checked_mul(radix) {
        p = next;
        k += 1;
    }
    (p, k)
}

fn digit_char(d: u32) -> char {
    std::char::from_digit(d, 36).unwrap_or('?')
}

/// Magnitude digits in `radix` (2..=36), lowercase; `"0"` for zero.
fn mag_to_radix(a: &[u32], radix: u32) -> String {
    if a.is_empty() {
        return "0".to_string();
    }
    if radix.is_power_of_two() {
        let bits = u64::from(radix.trailing_zeros());
        let nbits = bit_length_mag(a);
        let ndigits = (nbits - 1) / bits + 1; // nbits >= 1
        let mut s = String::with_capacity(ndigits as usize);
        for i in (0..ndigits).rev() {
            let pos = i * bits;
            let limb = (pos / 32) as usize;
            let off = (pos % 32) as u32;
            let mut v = a[limb] >> off;
            if off as u64 + bits > 32 && limb + 1 < a.len() {
                v |= a[limb + 1] << (32 - off);
            }
            s.push(digit_char(v & (radix - 1)));
        }
        return s;
    }
    let (chunk, k) = radix_chunk(radix);
    let mut work = a.to_vec();
    let mut parts: Vec<u32> = Vec::with_capacity(a.len() * 32 / k + 1);
    while !work.is_empty() {
        parts.push(div_small_in_place(&mut work, chunk));
    }
    let mut s = String::with_capacity(parts.len() * k);
    let mut buf = Vec::with_capacity(k);
    for (i, &p) in parts.iter().rev().enumerate() {
        buf.clear();
        let mut p = p;
        for _ in 0..k {
            buf.push(digit_char(p % radix));
            p /= radix;
        }
        if i == 0 {
            while buf.len() > 1 && buf.last() == Some(&'0') {
                buf.pop();
            }
        }
        s.extend(buf.iter().rev());
    }
    s
}

/// A magnitude from digit values (each `< radix`), most significant first.
fn mag_from_digits(digits: &[u8], radix: u32) -> Vec<u32> {
    let (_, k) = radix_chunk(radix);
    let mut mag: Vec<u32> = Vec::with_capacity(digits.len() / k + 1);
    let first = digits.len() % k;
    let mut pos = 0;
    let mut take = |n: usize, mag: &mut Vec<u32>| {
        let mut v = 0u32;
        let mut m = 1u32;
        for &d in &digits[pos..pos + n] {
            v = v * radix + u32::from(d);
            m *= radix;
        }
        pos += n;
        if n > 0 {
            mul_small_add(mag, m, v);
        }
    };
    take(first, &mut mag);
    for _ in 0..digits.len() / k {
        take(k, &mut mag);
    }
    mag
}

/// `2.0 ** e` for `-1022 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x * 2**e`, exact whenever the result is representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

// ---------------------------------------------------------------------------
// The str-digits limit (`sys.set_int_max_str_digits`, CPython 3.11).
// ---------------------------------------------------------------------------

thread_local! {
    static MAX_STR_DIGITS: Cell<i64> = const { Cell::new(4300) };
}

/// `sys.set_int_max_str_digits(n)`: 0 disables the limit.
pub fn set_int_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.with(|c| c.set(n));
    Ok(())
}

/// `sys.get_int_max_str_digits()`.
pub fn get_int_max_str_digits() -> i64 {
    MAX_STR_DIGITS.with(Cell::get)
}

fn str_limit_error(limit: i64) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

// ---------------------------------------------------------------------------
// Int
// ---------------------------------------------------------------------------

fn memory_error() -> PyErr {
    PyErr::new("MemoryError", "")
}

/// Results above this many bits raise MemoryError instead of aborting.
const MAX_BITS: u64 = 1 << 34;

impl Int {
    fn new(neg: bool, mut mag: Vec<u32>) -> Int {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        Int { neg, mag }
    }

    pub fn zero() -> Int {
        Int::default()
    }

    pub fn from_i64(v: i64) -> Int {
        Int::new(v < 0, mag_from_u64(v.unsigned_abs()))
    }

    pub fn from_u64(v: u64) -> Int {
        Int::new(false, mag_from_u64(v))
    }

    /// A decimal literal emitted by the compiler (`123`, `-456`); panics on anything else.
    pub fn from_lit(s: &str) -> Int {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        assert!(
            !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()),
            "Int::from_lit: not a decimal literal: {:?}",
            s
        );
        let digits: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        Int::new(neg, mag_from_digits(&digits, 10))
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i64 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// The value as an `i64` when it fits.
    pub(crate) fn to_i64_opt(&self) -> Option<i64> {
        let m = mag_to_u64(&self.mag)?;
        if self.neg {
            if m <= 1 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    /// `int` -> C long: `OverflowError` when it does not fit an `i64`.
    pub fn to_i64(&self) -> PyResult<i64> {
        self.to_i64_opt()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
    }

    /// `__index__` for subscripts and counts: `IndexError` when it does not fit an `i64`.
    pub fn to_index(&self) -> PyResult<i64> {
        self.to_i64_opt()
            .ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))
    }

    /// `float(x)`: correctly rounded (half to even), like `int.__float__`.
    pub fn to_f64(&self) -> PyResult<f64> {
        let nbits = bit_length_mag(&self.mag);
        let magnitude = if nbits <= 64 {
            mag_to_u64(&self.mag).unwrap_or(0) as f64
        } else {
            if nbits > 1024 {
                return Err(PyErr::overflow_error("int too large to convert to float"));
            }
            // Keep 64 bits with a sticky bit: rounding that to 53 bits is exact rounding.
            let shift = nbits - 64;
            let top = mag_to_u64(&shr_mag(&self.mag, shift)).unwrap_or(0);
            let top = top | u64::from(low_bits_nonzero(&self.mag, shift));
            let r = top as f64 * pow2(shift as i64);
            if r.is_infinite() {
                return Err(PyErr::overflow_error("int too large to convert to float"));
            }
            r
        };
        Ok(if self.neg { -magnitude } else { magnitude })
    }

    /// `int(x)` for a float: truncation towards zero.
    pub fn from_f64(x: f64) -> PyResult<Int> {
        if x.is_nan() {
            return Err(PyErr::value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(PyErr::overflow_error(
                "cannot convert float infinity to integer",
            ));
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp < 1023 {
            return Ok(Int::zero()); // |x| < 1 (or subnormal)
        }
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let e = exp - 1075;
        let mag = if e >= 0 {
            shl_mag(&mag_from_u64(mant), e as u64)
        } else {
            mag_from_u64(mant >> (-e) as u32)
        };
        Ok(Int::new(x < 0.0, mag))
    }

    /// `int(s, base)` with CPython's accepted forms and errors.
    pub fn parse(s: &str, base: i64) -> PyResult<Int> {
        let (negative, radix, digits) = crate::numbers::int_literal_digits(s, base, true)?;
        Ok(Int::new(negative, mag_from_digits(&digits, radix)))
    }

    pub fn add(&self, other: &Int) -> Int {
        Int::add_signed(self.neg, &self.mag, other.neg, &other.mag)
    }

    pub fn sub(&self, other: &Int) -> Int {
        Int::add_signed(self.neg, &self.mag, !other.neg, &other.mag)
    }

    fn add_signed(an: bool, am: &[u32], bn: bool, bm: &[u32]) -> Int {
        if an == bn {
            return Int::new(an, add_mag(am, bm));
        }
        match cmp_mag(am, bm) {
            Ordering::Equal => Int::zero(),
            Ordering::Greater => Int::new(an, sub_mag(am, bm)),
            Ordering::Less => Int::new(bn, sub_mag(bm, am)),
        }
    }

    pub fn mul(&self, other: &Int) -> Int {
        Int::new(self.neg != other.neg, mul_mag(&self.mag, &other.mag))
    }

    pub fn neg(&self) -> Int {
        Int::new(!self.neg, self.mag.clone())
    }

    pub fn abs(&self) -> Int {
        Int::new(false, self.mag.clone())
    }

    /// Floor quotient and modulo (the modulo has the sign of `other`); `other` non-zero.
    fn floor_divmod(&self, other: &Int) -> (Int, Int) {
        let (q, r) = divmod_mag(&self.mag, &other.mag);
        if self.neg == other.neg {
            (Int::new(false, q), Int::new(other.neg, r))
        } else if r.is_empty() {
            (Int::new(true, q), Int::zero())
        } else {
            let q = add_mag(&q, &[1]);
            let r = sub_mag(&other.mag, &r);
            (Int::new(true, q), Int::new(other.neg, r))
        }
    }

    /// `a // b`.
    pub fn floordiv(&self, other: &Int) -> PyResult<Int> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        Ok(self.floor_divmod(other).0)
    }

    /// `a % b` (sign of `b`).
    pub fn modulo(&self, other: &Int) -> PyResult<Int> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        Ok(self.floor_divmod(other).1)
    }

    /// `divmod(a, b)`.
    pub fn divmod(&self, other: &Int) -> PyResult<(Int, Int)> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        Ok(self.floor_divmod(other))
    }

    /// `a ** b` for `b >= 0`.
    pub fn pow(&self, exp: &Int) -> PyResult<Int> {
        if exp.neg {
            return Err(PyErr::value_error("negative exponent in integer context"));
        }
        if exp.is_zero() {
            return Ok(Int::from_i64(1));
        }
        if self.is_zero() || self.mag == [1] {
            // 0, 1 and -1.
            let odd = exp.mag[0] & 1 == 1;
            return Ok(Int::new(self.neg && odd, self.mag.clone()));
        }
        let e = match mag_to_u64(&exp.mag) {
            Some(e) => e,
            None => return Err(memory_error()),
        };
        let base_bits = bit_length_mag(&self.mag);
        if (base_bits - 1).saturating_mul(e) > MAX_BITS {
            return Err(memory_error());
        }
        let neg = self.neg && e & 1 == 1;
        if self.mag.iter().map(|x| x.count_ones()).sum::<u32>() == 1 {
            // A power of two: a shift.
            return Ok(Int::new(neg, shl_mag(&[1], (base_bits - 1) * e)));
        }
        let mut result: Vec<u32> = vec![1];
        for i in (0..64 - e.leading_zeros()).rev() {
            result = mul_mag(&result, &result);
            if (e >> i) & 1 == 1 {
                result = mul_mag(&result, &self.mag);
            }
        }
        Ok(Int::new(neg, result))
    }

    /// `pow(a, b, m)` (Python 3.8+: a negative `b` inverts `a` modulo `m`).
    pub fn pow_mod(&self, exp: &Int, m: &Int) -> PyResult<Int> {
        if m.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let modulus = m.abs();
        if modulus.mag == [1] {
            return Ok(Int::zero());
        }
        let mut base = self.floor_divmod(&modulus).1;
        if exp.neg {
            base = inverse_mod(&base, &modulus).ok_or_else(|| {
                PyErr::value_error("base is not invertible for the given modulus")
            })?;
        }
        let mut result = Int::from_i64(1);
        let nbits = bit_length_mag(&exp.mag);
        for i in (0..nbits).rev() {
            result = result.mul(&result).floor_divmod(&modulus).1;
            if (exp.mag[(i / 32) as usize] >> (i % 32)) & 1 == 1 {
                result = result.mul(&base).floor_divmod(&modulus).1;
            }
        }
        if m.neg && !result.is_zero() {
            result = result.sub(&modulus);
        }
        Ok(result)
    }

    /// `a / b`: the correctly rounded quotient (CPython's `long_true_divide`).
    pub fn truediv(&self, other: &Int) -> PyResult<f64> {
        const MANT_DIG: i64 = 53;
        const MIN_EXP: i64 = -1021;
        const MAX_EXP: i64 = 1024;
        if other.is_zero() {
            return Err(PyErr::zero_division("division by zero"));
        }
        let negate = self.neg != other.neg;
        let signed = |x: f64| if negate { -x } else { x };
        if self.is_zero() {
            return Ok(signed(0.0));
        }
        let a_bits = bit_length_mag(&self.mag) as i64;
        let b_bits = bit_length_mag(&other.mag) as i64;
        if a_bits <= MANT_DIG && b_bits <= MANT_DIG {
            // Both are exact doubles: IEEE division rounds correctly.
            let a = mag_to_u64(&self.mag).unwrap_or(0) as f64;
            let b = mag_to_u64(&other.mag).unwrap_or(0) as f64;
            return Ok(signed(a / b));
        }
        let overflow = || PyErr::overflow_error("integer division result too large for a float");
        let diff = a_bits - b_bits;
        if diff > MAX_EXP {
            return Err(overflow());
        }
        if diff < MIN_EXP - MANT_DIG - 1 {
            return Ok(signed(0.0));
        }
        let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
        let (x, mut inexact) = if shift <= 0 {
            (shl_mag(&self.mag, (-shift) as u64), false)
        } else {
            (
                shr_mag(&self.mag, shift as u64),
                low_bits_nonzero(&self.mag, shift as u64),
            )
        };
        let (q, r) = divmod_mag(&x, &other.mag);
        if !r.is_empty() {
            inexact = true;
        }
        let x_bits = bit_length_mag(&q) as i64;
        let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
        let mask = 1u64 << (extra_bits - 1);
        let mut low = mag_to_u64(&q).unwrap_or(0) | u64::from(inexact);
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            low += mask;
        }
        let xv = low & !(2 * mask - 1);
        let dx = xv as f64;
        if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
            return Err(overflow());
        }
        Ok(signed(ldexp(dx, shift)))
    }

    /// Two's complement limbs of the value, `len` limbs (enough for a sign limb).
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(len, 0);
        if self.neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = u64::from(!*x) + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>, neg: bool) -> Int {
        if neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = u64::from(!*x) + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        Int::new(neg, v)
    }

    fn bitop(&self, other: &Int, f: impl Fn(u32, u32) -> u32) -> Int {
        let len = self.mag.len().max(other.mag.len()) + 1;
        let a = self.twos(len);
        let b = other.twos(len);
        let v: Vec<u32> = a.iter().zip(b.iter()).map(|(&x, &y)| f(x, y)).collect();
        let sign = |n: bool| if n { u32::MAX } else { 0 };
        let neg = f(sign(self.neg), sign(other.neg)) != 0;
        Int::from_twos(v, neg)
    }

    pub fn bitand(&self, other: &Int) -> Int {
        if !self.neg && !other.neg {
            let v = self
                .mag
                .iter()
                .zip(other.mag.iter())
                .map(|(&x, &y)| x & y)
                .collect();
            return Int::new(false, v);
        }
        self.bitop(other, |x, y| x & y)
    }

    pub fn bitor(&self, other: &Int) -> Int {
        self.bitop(other, |x, y| x | y)
    }

    pub fn bitxor(&self, other: &Int) -> Int {
        self.bitop(other, |x, y| x ^ y)
    }

    /// `~x`, that is `-x - 1`.
    pub fn invert(&self) -> Int {
        if self.neg {
            Int::new(false, sub_mag(&self.mag, &[1]))
        } else {
            Int::new(true, add_mag(&self.mag, &[1]))
        }
    }

    /// `x << n`.
    pub fn shl(&self, n: i64) -> PyResult<Int> {
        if n < 0 {
            return Err(PyErr::value_error("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::zero());
        }
        if (n as u64).saturating_add(bit_length_mag(&self.mag)) > MAX_BITS {
            return Err(memory_error());
        }
        Ok(Int::new(self.neg, shl_mag(&self.mag, n as u64)))
    }

    /// `x >> n` (floor: `-5 >> 1 == -3`).
    pub fn shr(&self, n: i64) -> PyResult<Int> {
        if n < 0 {
            return Err(PyErr::value_error("negative shift count"));
        }
        let n = n as u64;
        if !self.neg {
            return Ok(Int::new(false, shr_mag(&self.mag, n)));
        }
        // -((|x| - 1) >> n) - 1
        let m = shr_mag(&sub_mag(&self.mag, &[1]), n);
        Ok(Int::new(true, add_mag(&m, &[1])))
    }

    /// `x.bit_length()`.
    pub fn bit_length(&self) -> i64 {
        bit_length_mag(&self.mag) as i64
    }

    /// `x.bit_count()`: set bits of `abs(x)`.
    pub fn bit_count(&self) -> i64 {
        self.mag.iter().map(|x| i64::from(x.count_ones())).sum()
    }

    /// `math.gcd(a, b)` (non-negative).
    pub fn gcd(&self, other: &Int) -> Int {
        let mut a = self.mag.clone();
        let mut b = other.mag.clone();
        while !b.is_empty() {
            if let (Some(x), Some(y)) = (mag_to_u64(&a), mag_to_u64(&b)) {
                let (mut x, mut y) = (x, y);
                while y != 0 {
                    let r = x % y;
                    x = y;
                    y = r;
                }
                return Int::from_u64(x);
            }
            let r = divmod_mag(&a, &b).1;
            a = b;
            b = r;
        }
        Int::new(false, a)
    }

    /// `math.isqrt(n)`.
    pub fn isqrt(&self) -> PyResult<Int> {
        if self.neg {
            return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
        }
        if self.is_zero() {
            return Ok(Int::zero());
        }
        // Newton's method from above: x0 = 2**ceil(bits/2) >= sqrt(n).
        let bits = bit_length_mag(&self.mag);
        let mut x = shl_mag(&[1], bits / 2 + (bits & 1));
        loop {
            let (q, _) = divmod_mag(&self.mag, &x);
            let y = shr_mag(&add_mag(&x, &q), 1);
            if cmp_mag(&y, &x) != Ordering::Less {
                return Ok(Int::new(false, x));
            }
            x = y;
        }
    }

    /// Digits in `radix` (2..=36), lowercase, with a `-` for negatives and no prefix.
    pub fn to_str_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix must be in 2..=36");
        let digits = mag_to_radix(&self.mag, radix);
        if self.neg {
            format!("-{}", digits)
        } else {
            digits
        }
    }

    /// `str(x)` with CPython's limit on decimal digits (`ValueError: Exceeds the limit ...`).
    pub fn to_str_checked(&self) -> PyResult<String> {
        let digits = self.decimal_digits_checked()?;
        Ok(if self.neg {
            format!("-{}", digits)
        } else {
            digits
        })
    }

    fn decimal_digits_checked(&self) -> PyResult<String> {
        let limit = get_int_max_str_digits();
        if limit > 0 {
            // A value of n bits has more than (n - 1) * log10(2) digits.
            let bits = bit_length_mag(&self.mag);
            if bits > 1 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > (limit + 1) as f64 {
                return Err(str_limit_error(limit));
            }
        }
        let digits = mag_to_radix(&self.mag, 10);
        if limit > 0 && digits.len() as i64 > limit {
            return Err(str_limit_error(limit));
        }
        Ok(digits)
    }

    /// CPython's `hash(x)`: `x` modulo `2**61 - 1` keeping its sign, `-1` -> `-2`.
    pub fn hash_value(&self) -> i64 {
        const MODULUS: u128 = (1 << 61) - 1;
        let mut h: u128 = 0;
        for &x in self.mag.iter().rev() {
            h = ((h << 32) | u128::from(x)) % MODULUS;
        }
        let h = if self.neg { -(h as i64) } else { h as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

/// Modular inverse of `a` modulo `m` (`0 <= a < m`), if it exists.
fn inverse_mod(a: &Int, m: &Int) -> Option<Int> {
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut t0, mut t1) = (Int::zero(), Int::from_i64(1));
    while !r1.is_zero() {
        let (q, r2) = r0.floor_divmod(&r1);
        r0 = r1;
        r1 = r2;
        let t2 = t0.sub(&q.mul(&t1));
        t0 = t1;
        t1 = t2;
    }
    if r0.mag == [1] {
        Some(t0.floor_divmod(m).1)
    } else {
        None
    }
}

/// The product `lo * (lo + 1) * ... * hi` of non-negative integers (1 when empty).
fn product_range(lo: u64, hi: u64) -> Vec<u32> {
    if lo > hi {
        return vec![1];
    }
    if hi - lo < 16 {
        let mut acc: Vec<u32> = vec![1];
        for k in lo..=hi {
            if let Ok(k32) = u32::try_from(k) {
                mul_small_add(&mut acc, k32, 0);
            } else {
                acc = mul_mag(&acc, &mag_from_u64(k));
            }
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    mul_mag(&product_range(lo, mid), &product_range(mid + 1, hi))
}

/// `math.factorial(n)`.
pub fn int_factorial(n: i64) -> PyResult<Int> {
    if n < 0 {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    Ok(Int::new(false, product_range(2, n as u64)))
}

fn check_n_k(n: i64, k: i64) -> PyResult<()> {
    if n < 0 {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.comb(n, k)`: 0 when `k > n`.
pub fn int_comb(n: i64, k: i64) -> PyResult<Int> {
    check_n_k(n, k)?;
    if k > n {
        return Ok(Int::zero());
    }
    let k = k.min(n - k) as u64;
    let n = n as u64;
    let num = product_range(n - k + 1, n);
    let den = product_range(2, k);
    Ok(Int::new(false, divmod_mag(&num, &den).0))
}

/// `math.perm(n, k)`: 0 when `k > n`.
pub fn int_perm(n: i64, k: i64) -> PyResult<Int> {
    check_n_k(n, k)?;
    if k > n {
        return Ok(Int::zero());
    }
    let (n, k) = (n as u64, k as u64);
    Ok(Int::new(false, product_range(n - k + 1, n)))
}

/// `sum(xs)` for ints.
pub fn int_sum(items: impl IntoIterator<Item = Int>) -> Int {
    items.into_iter().fold(Int::zero(), |acc, x| acc.add(&x))
}

/// `math.prod(xs)` for ints.
pub fn int_prod(items: impl IntoIterator<Item = Int>) -> Int {
    items
        .into_iter()
        .fold(Int::from_i64(1), |acc, x| acc.mul(&x))
}

fn with_prefix(x: &Int, prefix: &str, radix: u32) -> String {
    let sign = if x.neg { "-" } else { "" };
    format!("{}{}{}", sign, prefix, mag_to_radix(&x.mag, radix))
}

/// `range(start, stop, step)` where a bound is beyond 64 bits: the ints one by one.
#[derive(Clone, Debug)]
pub struct IntRange {
    next: Int,
    stop: Int,
    step: Int,
}

/// `range()` over big ints (`range(10**20, 10**20 + 1000)`).
pub fn int_range(start: Int, stop: Int, step: Int) -> PyResult<IntRange> {
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(IntRange { next: start, stop, step })
}

impl Iterator for IntRange {
    type Item = Int;
    fn next(&mut self) -> Option<Int> {
        let more = if self.step.is_negative() {
            self.next > self.stop
        } else {
            self.next < self.stop
        };
        if !more {
            return None;
        }
        let current = self.next.clone();
        self.next = self.next.add(&self.step);
        Some(current)
    }
}

/// `hex(x)` (`-0x1f`).
pub fn int_hex(x: &Int) -> String {
    with_prefix(x, "0x", 16)
}

/// `oct(x)` (`0o17`).
pub fn int_oct(x: &Int) -> String {
    with_prefix(x, "0o", 8)
}

/// `bin(x)` (`-0b101`).
pub fn int_bin(x: &Int) -> String {
    with_prefix(x, "0b", 2)
}

// ---------------------------------------------------------------------------
// Traits
// ---------------------------------------------------------------------------

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::from_i64(v)
    }
}

impl From<bool> for Int {
    fn from(v: bool) -> Int {
        Int::from_i64(i64::from(v))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &other.mag),
            (true, true) => cmp_mag(&other.mag, &self.mag),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.neg {
            f.write_str("-")?;
        }
        f.write_str(&mag_to_radix(&self.mag, 10))
    }
}

impl fmt::Debug for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl PyRepr for Int {
    fn py_repr(&self) -> String {
        self.to_string()
    }
}

impl PyTruthy for Int {
    fn py_bool(&self) -> bool {
        !self.is_zero()
    }
}

impl IntDigits for Int {
    fn digits_negative(&self) -> bool {
        self.neg
    }
    fn magnitude_digits(&self, radix: u32) -> PyResult<String> {
        if radix == 10 {
            self.decimal_digits_checked()
        } else {
            Ok(mag_to_radix(&self.mag, radix))
        }
    }
    fn char_value(&self) -> PyResult<i64> {
        self.to_i64()
    }
    fn float_value(&self) -> PyResult<f64> {
        self.to_f64()
    }
}

impl PyFormat for Int {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str_checked();
        }
        format_integer(self, spec, "int")
    }
}

impl PySetHash for Int {
    fn py_hash(&self) -> Option<i64> {
        Some(self.hash_value())
    }
}

impl crate::func::PyHash for Int {
    fn builtin_hash(&self) -> i64 {
        self.hash_value()
    }
}

impl crate::algos::AccumulateAdd for Int {
    fn acc_add(&self, other: &Int) -> Int {
        self.add(other)
    }
}

impl crate::obj::PyCmp for Int {
    fn py_lt(&self, other: &Int) -> PyResult<bool> {
        Ok(self < other)
    }
    fn py_gt(&self, other: &Int) -> PyResult<bool> {
        Ok(self > other)
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::func::PyHash;

    fn int(s: &str) -> Int {
        Int::from_lit(s)
    }

    fn show<T: ToString>(r: PyResult<T>) -> Result<String, String> {
        r.map(|v| v.to_string()).map_err(|e| e.to_string())
    }

    fn want(r: Result<&str, &str>) -> Result<String, String> {
        r.map(String::from).map_err(String::from)
    }

    /// A deterministic xorshift generator for self-consistency checks.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// Limbs biased towards the edge values that stress carries and Knuth's qhat.
        fn mag(&mut self, len: usize) -> Vec<u32> {
            let mut v: Vec<u32> = (0..len)
                .map(|_| match self.next() % 6 {
                    0 => 0,
                    1 => u32::MAX,
                    2 => 0x8000_0000,
                    3 => 0x7fff_ffff,
                    _ => self.next() as u32,
                })
                .collect();
            if let Some(top) = v.last_mut() {
                if *top == 0 {
                    *top = 1;
                }
            }
            v
        }
    }

    // Tables generated by CPython 3.11 (see the module docs of each test).
    #[rustfmt::skip]
    const ARITH: &[(&str, &str, &str, &str, &str, &str, &str, &str, &str, &str, &str)] = &[
        ("0", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "0", "0", "0", "0", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "1"),
        ("0", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341162602522202993782792835301375", "-1606938044258990275541962092341162602522202993782792835301375", "0", "0", "0", "0", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341162602522202993782792835301375", "-1"),
        ("0", "3", "3", "-3", "0", "0", "0", "0", "3", "3", "-1"),
        ("0", "515377520732011331036461129765621272702107522001", "515377520732011331036461129765621272702107522001", "-515377520732011331036461129765621272702107522001", "0", "0", "0", "0", "515377520732011331036461129765621272702107522001", "515377520732011331036461129765621272702107522001", "-1"),
        ("1", "-4294967296", "-4294967295", "4294967297", "-4294967296", "-1", "-4294967295", "0", "-4294967295", "-4294967295", "1"),
        ("1", "0", "1", "1", "0", "ZD", "ZD", "0", "1", "1", "1"),
        ("1", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110903", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "0", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "1"),
        ("1", "-79792266297612001", "-79792266297612000", "79792266297612002", "-79792266297612001", "-1", "-79792266297612000", "1", "-79792266297612001", "-79792266297612002", "1"),
        ("-1", "9223372036854775807", "9223372036854775806", "-9223372036854775808", "-9223372036854775807", "-1", "9223372036854775806", "9223372036854775807", "-1", "-9223372036854775808", "-1"),
        ("-1", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988423", "333639621044560938516030154164042655370358919705534007856035016939546447825600045904988421", "333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "0", "-1", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "-1", "333639621044560938516030154164042655370358919705534007856035016939546447825600045904988421", "1"),
        ("-1", "170141183460469231731687303715884105727", "170141183460469231731687303715884105726", "-170141183460469231731687303715884105728", "-170141183460469231731687303715884105727", "-1", "170141183460469231731687303715884105726", "170141183460469231731687303715884105727", "-1", "-170141183460469231731687303715884105728", "-1"),
        ("-1", "-7", "-8", "6", "7", "0", "-1", "-7", "-1", "6", "1"),
        ("2", "79228162495817593524129366015", "79228162495817593524129366017", "-79228162495817593524129366013", "158456324991635187048258732030", "0", "2", "2", "79228162495817593524129366015", "79228162495817593524129366013", "-1"),
        ("2", "947415500007676192589075894561", "947415500007676192589075894563", "-947415500007676192589075894559", "1894831000015352385178151789122", "0", "2", "0", "947415500007676192589075894563", "947415500007676192589075894563", "-1"),
        ("2", "2", "4", "0", "4", "1", "0", "2", "2", "0", "0"),
        ("2", "0", "2", "2", "0", "ZD", "ZD", "0", "2", "2", "1"),
        ("-2", "-745704925107514691824155895442", "-745704925107514691824155895444", "745704925107514691824155895440", "1491409850215029383648311790884", "0", "-2", "-745704925107514691824155895442", "-2", "745704925107514691824155895440", "1"),
        ("-2", "39614081257132168796771975169", "39614081257132168796771975167", "-39614081257132168796771975171", "-79228162514264337593543950338", "-1", "39614081257132168796771975167", "39614081257132168796771975168", "-1", "-39614081257132168796771975169", "-1"),
        ("-2", "1000000000000000000000000000000", "999999999999999999999999999998", "-1000000000000000000000000000002", "-2000000000000000000000000000000", "-1", "999999999999999999999999999998", "1000000000000000000000000000000", "-2", "-1000000000000000000000000000002", "-1"),
        ("-2", "947415500007676192589075894561", "947415500007676192589075894559", "-947415500007676192589075894563", "-1894831000015352385178151789122", "-1", "947415500007676192589075894559", "947415500007676192589075894560", "-1", "-947415500007676192589075894561", "-1"),
        ("3", "170141183460469231731687303715884105727", "170141183460469231731687303715884105730", "-170141183460469231731687303715884105724", "510423550381407695195061911147652317181", "0", "3", "3", "170141183460469231731687303715884105727", "170141183460469231731687303715884105724", "-1"),
        ("3", "17188393767951940199", "17188393767951940202", "-17188393767951940196", "51565181303855820597", "0", "3", "3", "17188393767951940199", "17188393767951940196", "-1"),
        ("3", "4294967297", "4294967300", "-4294967294", "12884901891", "0", "3", "1", "4294967299", "4294967298", "-1"),
        ("3", "-79792266297612001", "-79792266297611998", "79792266297612004", "-239376798892836003", "-1", "-79792266297611998", "3", "-79792266297612001", "-79792266297612004", "1"),
        ("7", "-38350278566267936517192641696566875962548956", "-38350278566267936517192641696566875962548949", "38350278566267936517192641696566875962548963", "-268451949963875555620348491875968131737842692", "-1", "-38350278566267936517192641696566875962548949", "4", "-38350278566267936517192641696566875962548953", "-38350278566267936517192641696566875962548957", "1"),
        ("7", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602638", "370295983504656012062667947303481542528188091826897207120627272465823724359308203887602652", "-2592071884532592084438675631124370797697316642788280449844390907260766070515157427213218515", "-1", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602638", "3", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602641", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602644", "1"),
        ("7", "-7", "0", "14", "-49", "-1", "0", "1", "-1", "-2", "1"),
        ("7", "17188393767951940199", "17188393767951940206", "-17188393767951940192", "120318756375663581393", "0", "7", "7", "17188393767951940199", "17188393767951940192", "-1"),
        ("-7", "4294967295", "4294967288", "-4294967302", "-30064771065", "-1", "4294967288", "4294967289", "-1", "-4294967290", "-1"),
        ("-7", "3", "-4", "-10", "-21", "-3", "2", "1", "-5", "-6", "-1"),
        ("-7", "39614081257132168796771975169", "39614081257132168796771975162", "-39614081257132168796771975176", "-277298568799925181577403826183", "-1", "39614081257132168796771975162", "39614081257132168796771975169", "-7", "-39614081257132168796771975176", "-1"),
        ("-7", "4294967296", "4294967289", "-4294967303", "-30064771072", "-1", "4294967289", "4294967296", "-7", "-4294967303", "-1"),
        ("2147483648", "-1000000000000000000000000000000", "-999999999999999999997852516352", "1000000000000000000002147483648", "-2147483648000000000000000000000000000000", "-1", "-999999999999999999997852516352", "2147483648", "-1000000000000000000000000000000", "-1000000000000000000002147483648", "1"),
        ("2147483648", "-9223372036854775808", "-9223372034707292160", "9223372039002259456", "-19807040628566084398385987584", "-1", "-9223372034707292160", "0", "-9223372034707292160", "-9223372034707292160", "1"),
        ("2147483648", "9223372036854775807", "9223372039002259455", "-9223372034707292159", "19807040628566084396238503936", "0", "2147483648", "2147483648", "9223372036854775807", "9223372034707292159", "-1"),
        ("2147483648", "4294967296", "6442450944", "-2147483648", "9223372036854775808", "0", "2147483648", "0", "6442450944", "6442450944", "-1"),
        ("4294967295", "4294967296", "8589934591", "-1", "18446744069414584320", "0", "4294967295", "0", "8589934591", "8589934591", "-1"),
        ("4294967295", "-18446744073709551616", "-18446744069414584321", "18446744078004518911", "-79228162495817593519834398720", "-1", "-18446744069414584321", "0", "-18446744069414584321", "-18446744069414584321", "1"),
        ("4294967295", "4294967295", "8589934590", "0", "18446744065119617025", "1", "0", "4294967295", "4294967295", "0", "0"),
        ("4294967295", "884012530637", "888307497932", "-879717563342", "3796804907456100516915", "0", "4294967295", "3544234957", "884763262975", "881219028018", "-1"),
        ("4294967296", "3", "4294967299", "4294967293", "12884901888", "1431655765", "1", "0", "4294967299", "4294967299", "1"),
        ("4294967296", "804948253063", "809243220359", "-800653285767", "3457226421877916827648", "0", "4294967296", "4294967296", "804948253063", "800653285767", "-1"),
        ("4294967296", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "-370295983504656012062667947303481542528188091826897207120627272465823724359308199592635349", "370295983504656012062667947303481542528188091826897207120627272465823724359308208182569941", "-1590409138992653035538940336175904612098201012533168397736832462246394173824147288881753420118097920", "-1", "-370295983504656012062667947303481542528188091826897207120627272465823724359308199592635349", "0", "-370295983504656012062667947303481542528188091826897207120627272465823724359308199592635349", "-370295983504656012062667947303481542528188091826897207120627272465823724359308199592635349", "1"),
        ("4294967296", "0", "4294967296", "4294967296", "0", "ZD", "ZD", "0", "4294967296", "4294967296", "1"),
        ("-4294967296", "4294967295", "-1", "-8589934591", "-18446744069414584320", "-2", "4294967294", "0", "-1", "-1", "-1"),
        ("-4294967296", "0", "-4294967296", "-4294967296", "0", "ZD", "ZD", "0", "-4294967296", "-4294967296", "-1"),
        ("-4294967296", "-38350278566267936517192641696566875962548956", "-38350278566267936517192641696566880257516252", "38350278566267936517192641696566871667581660", "164713192234610556114746537818600687736036286818942976", "0", "-4294967296", "-38350278566267936517192641696566878874370048", "-1383146204", "38350278566267936517192641696566877491223844", "1"),
        ("-4294967296", "39614081257132168796771975169", "39614081257132168792477007873", "-39614081257132168801066942465", "-170141183460469231731687303720179073024", "-1", "39614081257132168792477007873", "39614081257132168796771975168", "-4294967295", "-39614081257132168801066942463", "-1"),
        ("4294967297", "-4294967296", "1", "8589934593", "-18446744078004518912", "-2", "-4294967295", "4294967296", "-4294967295", "-8589934591", "1"),
        ("4294967297", "-21662815076547110158", "-21662815072252142861", "21662815080842077455", "-93041082314728389808466502926", "-1", "-21662815072252142861", "0", "-21662815072252142861", "-21662815072252142861", "1"),
        ("4294967297", "7", "4294967304", "4294967290", "30064771079", "613566756", "5", "1", "4294967303", "4294967302", "1"),
        ("4294967297", "18446744073709551615", "18446744078004518912", "-18446744069414584318", "79228162532711081662958534655", "0", "4294967297", "4294967297", "18446744073709551615", "18446744069414584318", "-1"),
        ("9223372036854775807", "170141183460469231731687303715884105727", "170141183460469231740910675752738881534", "-170141183460469231722463931679029329920", "1569275433846670190788806172341447372284678185363269746689", "0", "9223372036854775807", "9223372036854775807", "170141183460469231731687303715884105727", "170141183460469231722463931679029329920", "-1"),
        ("9223372036854775807", "-515377520732011331036461129765621272702107522001", "-515377520732011331036461129756397900665252746194", "515377520732011331036461129774844644738962297808", "-4753518613143175796910198696901033689426889320919589191755175029807", "-1", "-515377520732011331036461129756397900665252746194", "2984622845537545263", "-515377520732011331036461129759382523510790291457", "-515377520732011331036461129762367146356327836720", "1"),
        ("9223372036854775807", "-2", "9223372036854775805", "9223372036854775809", "-18446744073709551614", "-4611686018427387904", "-1", "9223372036854775806", "-1", "-9223372036854775807", "1"),
        ("9223372036854775807", "79228162532711081667253501951", "79228162541934453704108277758", "-79228162523487709630398726144", "730750818835592642483083485547894359839742099457", "0", "9223372036854775807", "9223372036854775807", "79228162532711081667253501951", "79228162523487709630398726144", "-1"),
        ("-9223372036854775808", "170141183460469231731687303715884105727", "170141183460469231722463931679029329919", "-170141183460469231740910675752738881535", "-1569275433846670190958947355801916604016365489079153852416", "-1", "170141183460469231722463931679029329919", "170141183460469231722463931679029329920", "-1", "-170141183460469231722463931679029329921", "-1"),
        ("-9223372036854775808", "-4294967296", "-9223372041149743104", "-9223372032559808512", "39614081257132168796771975168", "2147483648", "0", "-9223372036854775808", "-4294967296", "9223372032559808512", "-1"),
        ("-9223372036854775808", "9223372036854775808", "0", "-18446744073709551616", "-85070591730234615865843651857942052864", "-1", "0", "9223372036854775808", "-9223372036854775808", "-18446744073709551616", "-1"),
        ("-9223372036854775808", "1", "-9223372036854775807", "-9223372036854775809", "-9223372036854775808", "-9223372036854775808", "0", "0", "-9223372036854775807", "-9223372036854775807", "-1"),
        ("9223372036854775808", "-79792266297612001", "9143579770557163807", "9303164303152387809", "-735953757726664282498096502625271808", "-116", "-32530853668216308", "9223372036854775808", "-79792266297612001", "-9303164303152387809", "1"),
        ("9223372036854775808", "-1000000000000000000000000000000", "-999999999990776627963145224192", "1000000000009223372036854775808", "-9223372036854775808000000000000000000000000000000", "-1", "-999999999990776627963145224192", "9223372036854775808", "-1000000000000000000000000000000", "-1000000000009223372036854775808", "1"),
        ("9223372036854775808", "-4294967296", "9223372032559808512", "9223372041149743104", "-39614081257132168796771975168", "-2147483648", "0", "9223372036854775808", "-4294967296", "-9223372041149743104", "1"),
        ("9223372036854775808", "-515377520732011331036461129765621272702107522001", "-515377520732011331036461129756397900665252746193", "515377520732011331036461129774844644738962297809", "-4753518613143175797425576217633045020463350450685210464457282551808", "-1", "-515377520732011331036461129756397900665252746193", "0", "-515377520732011331036461129756397900665252746193", "-515377520732011331036461129756397900665252746193", "1"),
        ("18446744073709551615", "-4294967296", "18446744069414584319", "18446744078004518911", "-79228162514264337589248983040", "-4294967296", "-1", "18446744069414584320", "-1", "-18446744069414584321", "1"),
        ("18446744073709551615", "8046993897209325893", "26493737970918877508", "10399750176500225722", "148440836984523061172683203369439467195", "2", "2352756279290899829", "8046993897209325893", "18446744073709551615", "10399750176500225722", "1"),
        ("18446744073709551615", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "-333639621044560938516030154164042655370358919705534007856035016939546429378855972195436807", "333639621044560938516030154164042655370358919705534007856035016939546466272344119614540037", "-6154564702258455093398052862704795021948145463007668959324966365721705369501098923888540845578081477386401530", "-1", "-333639621044560938516030154164042655370358919705534007856035016939546429378855972195436807", "5705375839599556346", "-333639621044560938516030154164042655370358919705534007856035016939546435084231811794993153", "-333639621044560938516030154164042655370358919705534007856035016939546440789607651394549499", "1"),
        ("18446744073709551615", "804948253063", "18446744878657804678", "18446743268761298552", "14848674416832751678551280346745", "22916683", "126861001586", "804948253063", "18446744073709551615", "18446743268761298552", "1"),
        ("18446744073709551616", "9223372036854775808", "27670116110564327424", "9223372036854775808", "170141183460469231731687303715884105728", "2", "0", "0", "27670116110564327424", "27670116110564327424", "1"),
        ("18446744073709551616", "170141183460469231731687303715884105727", "170141183460469231750134047789593657343", "-170141183460469231713240559642174554111", "3138550867693340381917894711603833208032730978158307704832", "0", "18446744073709551616", "18446744073709551616", "170141183460469231731687303715884105727", "170141183460469231713240559642174554111", "-1"),
        ("18446744073709551616", "170141183460469231731687303715884105727", "170141183460469231750134047789593657343", "-170141183460469231713240559642174554111", "3138550867693340381917894711603833208032730978158307704832", "0", "18446744073709551616", "18446744073709551616", "170141183460469231731687303715884105727", "170141183460469231713240559642174554111", "-1"),
        ("18446744073709551616", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "-370295983504656012062667947303481542528188091826897207120627272465823705912564130178051029", "370295983504656012062667947303481542528188091826897207120627272465823742806052277597154261", "-6830755239232963171914874478370756012177339289264044383540415839979417670499651860834195350543379024125624320", "-1", "-370295983504656012062667947303481542528188091826897207120627272465823705912564130178051029", "18446744073709551616", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "-370295983504656012062667947303481542528188091826897207120627272465823742806052277597154261", "1"),
        ("-18446744073709551616", "170141183460469231731687303715884105727", "170141183460469231713240559642174554111", "-170141183460469231750134047789593657343", "-3138550867693340381917894711603833208032730978158307704832", "-1", "170141183460469231713240559642174554111", "170141183460469231713240559642174554112", "-1", "-170141183460469231713240559642174554113", "-1"),
        ("-18446744073709551616", "1000000000000000000000000000000", "999999999981553255926290448384", "-1000000000018446744073709551616", "-18446744073709551616000000000000000000000000000000", "-1", "999999999981553255926290448384", "999999999994923055729694736384", "-13369799803404288000", "-1000000000008292855533099024384", "-1"),
        ("-18446744073709551616", "-7", "-18446744073709551623", "-18446744073709551609", "129127208515966861312", "2635249153387078802", "-2", "-18446744073709551616", "-7", "18446744073709551609", "-1"),
        ("-18446744073709551616", "-2", "-18446744073709551618", "-18446744073709551614", "36893488147419103232", "9223372036854775808", "0", "-18446744073709551616", "-2", "18446744073709551614", "-1"),
        ("18446744073709551617", "-271135995603773109449440938550992351171242053", "-271135995603773109449440920104248277461690436", "271135995603773109449440956997736424880793670", "-5001576320073240647280817027490044159931298208954288511604549701", "-1", "-271135995603773109449440920104248277461690436", "1", "-271135995603773109449440920104248277461690437", "-271135995603773109449440920104248277461690438", "1"),
        ("18446744073709551617", "79228162532711081667253501951", "79228162551157825740963053568", "-79228162514264337593543950334", "1461501637671185285203851458693921964681244704767", "0", "18446744073709551617", "1", "79228162551157825740963053567", "79228162551157825740963053566", "-1"),
        ("18446744073709551617", "4294967297", "18446744078004518914", "18446744069414584320", "79228162532711081671548469249", "4294967295", "2", "1", "18446744078004518913", "18446744078004518912", "1"),
        ("18446744073709551617", "-745704925107514691824155895442", "-745704925089067947750446343825", "745704925125961435897865447059", "-13755827907963071664582570270907807710536954029714", "-1", "-745704925089067947750446343825", "0", "-745704925089067947750446343825", "-745704925089067947750446343825", "1"),
        ("1000000000000000000000000000000", "947415500007676192589075894561", "1947415500007676192589075894561", "52584499992323807410924105439", "947415500007676192589075894561000000000000000000000000000000", "1", "52584499992323807410924105439", "679939287919296340918836133888", "1267476212088379851670239760673", "587536924169083510751403626785", "1"),
        ("1000000000000000000000000000000", "8046993897209325893", "1000000000008046993897209325893", "999999999991953006102790674107", "8046993897209325893000000000000000000000000000000", "124270008499", "2395938894829235393", "5054349674647912448", "1000000000002992644222561413445", "999999999997938294547913500997", "1"),
        ("1000000000000000000000000000000", "4294967297", "1000000000000000000004294967297", "999999999999999999995705032703", "4294967297000000000000000000000000000000", "232830643599659520294", "2562174682", "0", "1000000000000000000004294967297", "1000000000000000000004294967297", "1"),
        ("1000000000000000000000000000000", "2147483648", "1000000000000000000002147483648", "999999999999999999997852516352", "2147483648000000000000000000000000000000", "465661287307739257812", "1073741824", "0", "1000000000000000000002147483648", "1000000000000000000002147483648", "1"),
        ("-1000000000000000000000000000000", "804948253063", "-999999999999999999195051746937", "-1000000000000000000804948253063", "-804948253063000000000000000000000000000000", "-1242315883281672393", "310424789759", "74088185856", "-999999999999999999269139932793", "-999999999999999999343228118649", "-1"),
        ("-1000000000000000000000000000000", "-9223372036854775808", "-1000000000009223372036854775808", "-999999999990776627963145224192", "9223372036854775808000000000000000000000000000000", "108420217248", "-5076944270305263616", "-1000000000004146427766549512192", "-5076944270305263616", "999999999999069483496244248576", "-1"),
        ("-1000000000000000000000000000000", "-1000000000000000000000000000000", "-2000000000000000000000000000000", "0", "1000000000000000000000000000000000000000000000000000000000000", "1", "0", "-1000000000000000000000000000000", "-1000000000000000000000000000000", "0", "0"),
        ("-1000000000000000000000000000000", "8046993897209325893", "-999999999991953006102790674107", "-1000000000008046993897209325893", "-8046993897209325893000000000000000000000000000000", "-124270008500", "5651055002380090500", "2992644222277910528", "-999999999994945650325068584635", "-999999999997938294547346495163", "-1"),
        ("79792266297612001", "-18446744073709551616", "-18366951807411939615", "18526536340007163617", "-1471907515453328564996193005250543616", "-1", "-18366951807411939615", "0", "-18366951807411939615", "-18366951807411939615", "1"),
        ("79792266297612001", "2147483648", "79792268445095649", "79792264150128353", "171352587110983273596059648", "37156169", "947787489", "2147483648", "79792266297612001", "79792264150128353", "1"),
        ("79792266297612001", "884012530637", "79793150310142638", "79791382285081364", "70537363255013391593951374637", "90261", "411269785744", "569355801281", "79792580954341357", "79792011598540076", "1"),
        ("79792266297612001", "170141183460469231731687303715884105727", "170141183460469231731767095982181717728", "-170141183460469231731607511449586493726", "13575950618868619485328786421520766554519911571508029727", "0", "79792266297612001", "79792266297612001", "170141183460469231731687303715884105727", "170141183460469231731607511449586493726", "-1"),
        ("-79792266297612001", "-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "-370295983504656012062667947303481542528188091826897207120627272465823724439100470185214646", "370295983504656012062667947303481542528188091826897207120627272465823724279515937589990644", "29546755724739653366087278087564127163051192859464864818200808843928813456914602500427981886848972271342645", "0", "-79792266297612001", "-370295983504656012062667947303481542528188091826897207120627272465823724360153318431834101", "-78947151753380545", "370295983504656012062667947303481542528188091826897207120627272465823724281206166678453556", "1"),
        ("-79792266297612001", "-38350278566267936517192641696566875962548956", "-38350278566267936517192641776359142260160957", "38350278566267936517192641616774609664936955", "3060055639947252960865360528517828451384015120707291855620956", "0", "-79792266297612001", "-38350278566267936517192641775945175856527100", "-413966403633857", "38350278566267936517192641775531209452893243", "1"),
        ("-79792266297612001", "2", "-79792266297611999", "-79792266297612003", "-159584532595224002", "-39896133148806001", "1", "2", "-79792266297612001", "-79792266297612003", "-1"),
        ("-79792266297612001", "18446744073709551615", "18366951807411939614", "-18526536340007163616", "-1471907515453328564916400738952931615", "-1", "18366951807411939614", "18366951807411939615", "-1", "-18366951807411939616", "-1"),
        ("515377520732011331036461129765621272702107522001", "-170141183460469231731687303715884105728", "515377520561870147575991898033933968986223416273", "515377520902152514496930361497308576417991627729", "-87686941306266924855199115977667537565127168429169808305042973466606314831587970121728", "-3029116821", "-32943007354939840632299076845119728687", "515377520594813154930931738666233045831343144960", "-32943007354939840632299076845119728687", "-515377520627756162285871579298532122676462873647", "1"),
        ("515377520732011331036461129765621272702107522001", "-1", "515377520732011331036461129765621272702107522000", "515377520732011331036461129765621272702107522002", "-515377520732011331036461129765621272702107522001", "-515377520732011331036461129765621272702107522001", "0", "515377520732011331036461129765621272702107522001", "-1", "-515377520732011331036461129765621272702107522002", "1"),
        ("515377520732011331036461129765621272702107522001", "-79792266297612001", "515377520732011331036461129765541480435809910000", "515377520732011331036461129765701064968405134002", "-41123140378051698056548239149353571034972310133145540805869134001", "-6458990885278757833846811269153", "-7527277866383152", "515377520732011331036461129765616637141619573009", "-75156705809663009", "-515377520732011331036461129765691793847429236018", "1"),
        ("515377520732011331036461129765621272702107522001", "804948253063", "515377520732011331036461129765621273507055775064", "515377520732011331036461129765621271897159268938", "414852234981172585900120779562540194096432179433096788139063", "640261679891707082446806159564983222", "126302413015", "74258059649", "515377520732011331036461129765621273432797715415", "515377520732011331036461129765621273358539655766", "1"),
        ("-515377520732011331036461129765621272702107522001", "884012530637", "-515377520732011331036461129765621271818094991364", "-515377520732011331036461129765621273586120052638", "-455600186335728269444500743440990907963910757567377164044637", "-582997981217123265211131803557275726", "612723895461", "584388225037", "-515377520732011331036461129765621272402483216401", "-515377520732011331036461129765621272986871441438", "-1"),
        ("-515377520732011331036461129765621272702107522001", "8046993897209325893", "-515377520732011331036461129757574278804898196108", "-515377520732011331036461129773668266599316847894", "-4147239764089368013144603681257005263395209482188005407921876471893", "-64045968881714047037166048630", "2292725726648654589", "2965763291416487941", "-515377520732011331036461129760540042096314684049", "-515377520732011331036461129763505805387731171990", "-1"),
        ("-515377520732011331036461129765621272702107522001", "7", "-515377520732011331036461129765621272702107521994", "-515377520732011331036461129765621272702107522008", "-3607642645124079317255227908359348908914752654007", "-73625360104573047290923018537945896100301074572", "3", "7", "-515377520732011331036461129765621272702107522001", "-515377520732011331036461129765621272702107522008", "-1"),
        ("-515377520732011331036461129765621272702107522001", "-745704925107514691824155895442", "-515377520732011331782166054873135964526263417443", "-515377520732011330290756204658106580877951626559", "384319555499561110024294133191740424683036218946097939792962312406297870619442", "691127956084915118", "-127376581580460263038254429845", "-515377520732011331759572893179494351328687699922", "-22593161693641613197575717521", "515377520732011331736979731485852738131111982401", "-1"),
        ("170141183460469231731687303715884105727", "-2", "170141183460469231731687303715884105725", "170141183460469231731687303715884105729", "-340282366920938463463374607431768211454", "-85070591730234615865843651857942052864", "-1", "170141183460469231731687303715884105726", "-1", "-170141183460469231731687303715884105727", "1"),
        ("170141183460469231731687303715884105727", "4294967295", "170141183460469231731687303720179073022", "170141183460469231731687303711589138432", "730750818495310275641373184626454206107787198465", "39614081266355540835774234624", "2147483647", "4294967295", "170141183460469231731687303715884105727", "170141183460469231731687303711589138432", "1"),
        ("170141183460469231731687303715884105727", "-79792266297612001", "170141183460469231731607511449586493726", "170141183460469231731767095982181717728", "-13575950618868619485328786421520766554519911571508029727", "-2132301679787746121591", "-62490016802707864", "170141183460469231731607511449586493727", "-1", "-170141183460469231731607511449586493728", "1"),
        ("170141183460469231731687303715884105727", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713076807597256421595053625543415777005175", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713417089964177360058517000150847545216629", "-230662653093571119040607244798212786873326204886782828621239250675734362697941629292999530855360432410725415390552401902466676845211991331135338967810339971102945399294640513756962581742621975886847281597816967967153181759406294641748712101640335754", "-1", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713076807597256421595053625543415777005175", "137474647937955083918892824181395878282", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713214282245194376678972518367597172883457", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713351756893132331762891411191778568761739", "1"),
        ("-170141183460469231731687303715884105728", "-745704925107514691824155895442", "-170141184206174156839201995540040001170", "-170141182714764306624172611891728210286", "126875118470093125819635020511969953625545291898664329162955241291776", "228161539", "-108058939179977177235914300490", "-170141183460469231731687303715884105728", "-745704925107514691824155895442", "170141182714764306624172611891728210286", "-1"),
        ("-170141183460469231731687303715884105728", "-1", "-170141183460469231731687303715884105729", "-170141183460469231731687303715884105727", "170141183460469231731687303715884105728", "170141183460469231731687303715884105728", "0", "-170141183460469231731687303715884105728", "-1", "170141183460469231731687303715884105727", "-1"),
        ("-170141183460469231731687303715884105728", "18446744073709551616", "-170141183460469231713240559642174554112", "-170141183460469231750134047789593657344", "-3138550867693340381917894711603833208051177722232017256448", "-9223372036854775808", "0", "0", "-170141183460469231713240559642174554112", "-170141183460469231713240559642174554112", "-1"),
        ("-170141183460469231731687303715884105728", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541791951157702133290471306479076951195647", "-1606938044258990275542132233524623071753934681086508719407103", "-273406340597876490546562778389702670669146178861651554553221155660060664430690258715635431243776000", "-1", "1606938044258990275541791951157702133290471306479076951195647", "1606938044258990275541791951157702133290471306479076951195648", "-1", "-1606938044258990275541791951157702133290471306479076951195649", "-1"),
        ("1606938044258990275541962092341162602522202993782792835301375", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "-333639621044560938516030154162435717326099929429992045763693854337024244831817253069687047", "333639621044560938516030154165649593414617909981075969948376179542068650819382838740289797", "-536138200128657408763800410407132734168363515007207506200025481658683439941166356639919117348994187743028651799203945559653247822283287334172255680250", "-1", "-333639621044560938516030154162435717326099929429992045763693854337024244831817253069687047", "954077574761058356288575275686505936323833338432417694578426", "-333639621044560938516030154163389794900860987786280621039380360273348078170249670764265473", "-333639621044560938516030154164343872475622046142569196315066866209671911508682088458843899", "1"),
        ("1606938044258990275541962092341162602522202993782792835301375", "-79792266297612001", "1606938044258990275541962092341162602522202913990526537689374", "1606938044258990275541962092341162602522203073575059132913376", "-128221228351277171792402191577587306897504068988913432045149039248255651801375", "-20139019967992590217812981579503147721987625", "-8264785938186250", "1606938044258990275541962092341162602522202913990526537689375", "-1", "-1606938044258990275541962092341162602522202913990526537689376", "1"),
        ("1606938044258990275541962092341162602522202993782792835301375", "-515377520732011331036461129765621272702107522001", "1606938044258474898021230081010126141392437372510090727779374", "1606938044259505653062694103672199063651968615055494942823376", "-828179745220145502584084235957368498016122811853894435464201348725734187318790186576640517675585317278051375", "-3117982410208", "-29902862669135772355863476030654467051531684833", "1606938044258474898021230081010126141392437372510090727779375", "-1", "-1606938044258474898021230081010126141392437372510090727779376", "1"),
        ("1606938044258990275541962092341162602522202993782792835301375", "18446744073709551617", "1606938044258990275541962092341162602522221440526866544852992", "1606938044258990275541962092341162602522184547038719125749758", "29642774844752946030041110206483094685979078166745146996623326053064480313573375", "87112285931760246641901533019663016919295", "18446744073709551360", "18446744073709551617", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341162602522184547038719125749758", "1"),
        ("79228162532711081667253501951", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341241830684735704864460088803326", "-1606938044258990275541962092341083374359670282701125581799424", "127314748550548155236530801552413369183681888739016169646821520648065237036369845235482625", "0", "79228162532711081667253501951", "79228162532711081667253501951", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341083374359670282701125581799424", "-1"),
        ("79228162532711081667253501951", "947415500007676192589075894561", "1026643662540387274256329396512", "-868187337474965110921822392610", "75061989220617906427401507439444242351343534593745283788511", "0", "79228162532711081667253501951", "79228162527880774779827573025", "947415500012506499476501823487", "868187337484625724696674250462", "-1"),
        ("79228162532711081667253501951", "18446744073709551615", "79228162551157825740963053566", "79228162514264337593543950336", "1461501637671185285045395133628499801346737700865", "4294967297", "4294967296", "18446744073709551615", "79228162532711081667253501951", "79228162514264337593543950336", "1"),
        ("79228162532711081667253501951", "18446744073709551617", "79228162551157825740963053568", "79228162514264337593543950334", "1461501637671185285203851458693921964681244704767", "4294967296", "18446744069414584319", "1", "79228162551157825740963053567", "79228162551157825740963053566", "1"),
        ("79228162495817593524129366015", "39614081257132168796771975169", "118842243752949762320901341184", "39614081238685424727357390846", "3138550866962589563422584436002074104663408940847292481535", "1", "39614081238685424727357390846", "39614081257132168796771975169", "79228162495817593524129366015", "39614081238685424727357390846", "1"),
        ("79228162495817593524129366015", "79228162495817593524129366015", "158456324991635187048258732030", "0", "6277101732463677490194830687246199491058196109285836980225", "1", "0", "79228162495817593524129366015", "79228162495817593524129366015", "0", "0"),
        ("79228162495817593524129366015", "2", "79228162495817593524129366017", "79228162495817593524129366013", "158456324991635187048258732030", "39614081247908796762064683007", "1", "2", "79228162495817593524129366015", "79228162495817593524129366013", "1"),
        ("79228162495817593524129366015", "18446744073709551615", "79228162514264337597838917630", "79228162477370849450419814400", "1461501636990620551282746369252908412219869364225", "4294967295", "8589934590", "4294967295", "79228162514264337593543950335", "79228162514264337589248983040", "1"),
        ("39614081257132168796771975169", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341202216603460125951589607276544", "-1606938044258990275541962092341122988440945861613996063326206", "63657374260452690195888927764400005577117377577602469924720512030765361479218268131557375", "0", "39614081257132168796771975169", "39614081257132168796771975169", "1606938044258990275541962092341162602522202993782792835301375", "1606938044258990275541962092341122988440945861613996063326206", "-1"),
        ("39614081257132168796771975169", "1", "39614081257132168796771975170", "39614081257132168796771975168", "39614081257132168796771975169", "39614081257132168796771975169", "0", "1", "39614081257132168796771975169", "39614081257132168796771975168", "1"),
        ("39614081257132168796771975169", "-9223372036854775808", "39614081247908796759917199361", "39614081266355540833626750977", "-365375409332725729550921208188294126950837911552", "-4294967297", "-9223372036854775807", "39614081257132168796771975168", "-9223372036854775807", "-39614081266355540833626750975", "1"),
        ("39614081257132168796771975169", "79792266297612001", "39614081257211961063069587170", "39614081257052376530474363168", "3160897320804330400500629661107312824768403169", "496465172569", "16624007701574600", "1", "39614081257211961063069587169", "39614081257211961063069587168", "1"),
        ("170141183460469231731687303715884105727", "2147483648", "170141183460469231731687303718031589375", "170141183460469231731687303713736622079", "365375409332725729550921208179070754911835652096", "79228162514264337593543950335", "2147483647", "2147483648", "170141183460469231731687303715884105727", "170141183460469231731687303713736622079", "1"),
        ("170141183460469231731687303715884105727", "0", "170141183460469231731687303715884105727", "170141183460469231731687303715884105727", "0", "ZD", "ZD", "0", "170141183460469231731687303715884105727", "170141183460469231731687303715884105727", "1"),
        ("170141183460469231731687303715884105727", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "-333639621044560938516030154164042655370358919705533837714851556470314716138296330020882695", "333639621044560938516030154164042655370358919705534177997218477408778179512903761789094149", "-56765839973824073772347901719141417376425941956755427146943088213563456675097381019224586086325960909749807259268650891758892794", "-1", "-333639621044560938516030154164042655370358919705533837714851556470314716138296330020882695", "28761183439696902524662357635814487802", "-333639621044560938516030154164042655370358919705533866476034996167217240800653965835370497", "-333639621044560938516030154164042655370358919705533895237218435864119765463011601649858299", "1"),
        ("170141183460469231731687303715884105727", "-745704925107514691824155895442", "170141182714764306624172611891728210285", "170141184206174156839201995540040001169", "-126875118470093125819635020511969953624799586973556814471131085396334", "-228161540", "-637645985927537514588241594953", "170141182714764306624172611891728210286", "-1", "-170141182714764306624172611891728210287", "1"),
        ("804948253063", "3", "804948253066", "804948253060", "2414844759189", "268316084354", "1", "3", "804948253063", "804948253060", "1"),
        ("804948253063", "1", "804948253064", "804948253062", "804948253063", "804948253063", "0", "1", "804948253063", "804948253062", "1"),
        ("804948253063", "-7", "804948253056", "804948253070", "-5634637771441", "-114992607581", "-4", "804948253057", "-1", "-804948253058", "1"),
        ("804948253063", "-21662815076547110158", "-21662814271598857095", "21662815881495363221", "-17437445152293414943703121913954", "-1", "-21662814271598857095", "215992408194", "-21662814487591265289", "-21662814703583673483", "1"),
        ("884012530637", "4294967297", "888307497934", "879717563340", "3796804909224125578189", "205", "3544234752", "4294967297", "884012530637", "879717563340", "1"),
        ("884012530637", "-515377520732011331036461129765621272702107522001", "-515377520732011331036461129765621271818094991364", "515377520732011331036461129765621273586120052638", "-455600186335728269444500743440990907963910757567377164044637", "-1", "-515377520732011331036461129765621271818094991364", "584388225037", "-515377520732011331036461129765621272402483216401", "-515377520732011331036461129765621272986871441438", "1"),
        ("884012530637", "39614081257132168796771975169", "39614081257132169680784505806", "-39614081257132167912759444532", "35019344220977158843214641125788615752653", "0", "884012530637", "1", "39614081257132169680784505805", "39614081257132169680784505804", "-1"),
        ("884012530637", "-4294967296", "879717563341", "888307497933", "-3796804908340113047552", "-206", "-750732339", "880468295680", "-750732339", "-881219028019", "1"),
        ("17188393767951940199", "18446744073709551616", "35635137841661491815", "-1258350305757611417", "317069900875553642789248318705535811584", "0", "17188393767951940199", "0", "35635137841661491815", "35635137841661491815", "-1"),
        ("17188393767951940199", "79792266297612001", "17268186034249552200", "17108601501654328198", "1371500892760635750830807528456728199", "215", "33056513965359984", "2656420500607585", "17265529613748944615", "17262873193248337030", "1"),
        ("17188393767951940199", "9223372036854775807", "26411765804806716006", "7965021731097164392", "158534950437776821377435765584815965593", "1", "7965021731097164392", "7965021731097164391", "18446744073709551615", "10481722342612387224", "1"),
        ("17188393767951940199", "18446744073709551617", "35635137841661491816", "-1258350305757611418", "317069900875553642806436712473487751783", "0", "17188393767951940199", "1", "35635137841661491815", "35635137841661491814", "-1"),
        ("8046993897209325893", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756086475319861299986267", "-67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756070381332066881334481", "543586129597498070833191565533853231783873914211774580537999988633643521743978432307188521144889368908309717530659735481046505624617068645145708540853199608379868228006323387754725462814013788141893432702372553206100893747263982", "0", "8046993897209325893", "7674285499802009604", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078801034361497976663", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756071126748861695967059", "-1"),
        ("8046993897209325893", "1000000000000000000000000000000", "1000000000008046993897209325893", "-999999999991953006102790674107", "8046993897209325893000000000000000000000000000000", "0", "8046993897209325893", "5054349674647912448", "1000000000002992644222561413445", "999999999997938294547913500997", "-1"),
        ("8046993897209325893", "515377520732011331036461129765621272702107522001", "515377520732011331036461129773668266599316847894", "-515377520732011331036461129757574278804898196108", "4147239764089368013144603681257005263395209482188005407921876471893", "0", "8046993897209325893", "5081230605792837953", "515377520732011331036461129768587035993524009941", "515377520732011331036461129763505805387731171988", "-1"),
        ("8046993897209325893", "-2", "8046993897209325891", "8046993897209325895", "-16093987794418651786", "-4023496948604662947", "-1", "8046993897209325892", "-1", "-8046993897209325893", "1"),
        ("16125670290659210324", "947415500007676192589075894561", "947415500023801862879735104885", "-947415499991550522298416684237", "15277709981383824829496661556881221412004146647764", "0", "16125670290659210324", "11295381015285649408", "947415500012506481864449455477", "947415500001211100849163806069", "-1"),
        ("16125670290659210324", "18446744073709551617", "34572414364368761941", "-2321073783050341293", "297466112868811970737053512333337293908", "0", "16125670290659210324", "0", "34572414364368761941", "34572414364368761941", "-1"),
        ("16125670290659210324", "-79792266297612001", "16045878024361598323", "16205462556956822325", "-1286703778059770028191893377605498324", "-203", "-72159767756025879", "16050970982088826900", "-5092957727228577", "-16056063939816055477", "1"),
        ("16125670290659210324", "-1", "16125670290659210323", "16125670290659210325", "-16125670290659210324", "-16125670290659210324", "0", "16125670290659210324", "-1", "-16125670290659210325", "1"),
        ("-21662815076547110158", "170141183460469231731687303715884105727", "170141183460469231710024488639336995569", "-170141183460469231753350118792431215885", "-3685736994209020692956697617981107080554224880445987674866", "-1", "170141183460469231710024488639336995569", "170141183460469231710024488639336995570", "-1", "-170141183460469231710024488639336995571", "-1"),
        ("-21662815076547110158", "4294967297", "-21662815072252142861", "-21662815080842077455", "-93041082314728389808466502926", "-5043767177", "2349900411", "0", "-21662815072252142861", "-21662815072252142861", "-1"),
        ("-21662815076547110158", "4294967296", "-21662815072252142862", "-21662815080842077454", "-93041082293065574731919392768", "-5043767178", "1601100530", "0", "-21662815072252142862", "-21662815072252142862", "-1"),
        ("-21662815076547110158", "3", "-21662815076547110155", "-21662815076547110161", "-64988445229641330474", "-7220938358849036720", "2", "2", "-21662815076547110157", "-21662815076547110159", "-1"),
        ("947415500007676192589075894561", "4294967295", "947415500007676192593370861856", "947415500007676192584780927266", "4069118587309041496120202341412363382495", "220587360725799471446", "219535991", "1524289825", "947415500007676192591846572031", "947415500007676192590322282206", "1"),
        ("947415500007676192589075894561", "18446744073709551617", "947415500026122936662785446178", "947415499989229448515366342944", "17476731260107172460147052437404281904474479055137", "51359497167", "13616437134924125522", "18446744073709551617", "947415500007676192589075894561", "947415499989229448515366342944", "1"),
        ("947415500007676192589075894561", "-9223372036854775808", "947415499998452820552221118753", "947415500016899564625930670369", "-8738365630053586229599818468698302855942701580288", "-102718994336", "-4830306887425928927", "947415500003283127439647047680", "-4830306887425928927", "-947415500008113434327072976607", "1"),
        ("947415500007676192589075894561", "-1000000000000000000000000000000", "-52584499992323807410924105439", "1947415500007676192589075894561", "-947415500007676192589075894561000000000000000000000000000000", "-1", "-52584499992323807410924105439", "267476212088379851670862954496", "-320060712080703659081787059935", "-587536924169083510752650014431", "1"),
        ("-745704925107514691824155895442", "-170141183460469231731687303715884105728", "-170141184206174156839201995540040001170", "170141182714764306624172611891728210286", "126875118470093125819635020511969953625545291898664329162955241291776", "0", "-745704925107514691824155895442", "-170141183460469231731687303715884105728", "-745704925107514691824155895442", "170141182714764306624172611891728210286", "1"),
        ("-745704925107514691824155895442", "4294967297", "-745704925107514691819860928145", "-745704925107514691828450862739", "-3202778266548609810331782845553141360274", "-173622957648218547501", "1480179355", "4294967296", "-745704925107514691824155895441", "-745704925107514691828450862737", "-1"),
        ("-745704925107514691824155895442", "0", "-745704925107514691824155895442", "-745704925107514691824155895442", "0", "ZD", "ZD", "0", "-745704925107514691824155895442", "-745704925107514691824155895442", "-1"),
        ("-745704925107514691824155895442", "4294967295", "-745704925107514691819860928147", "-745704925107514691828450862737", "-3202778265057199960116753461904829569390", "-173622957729068037485", "3753157633", "91740526", "-745704925107514691819952668673", "-745704925107514691820044409199", "-1"),
        ("-271135995603773109449440938550992351171242053", "-7", "-271135995603773109449440938550992351171242060", "-271135995603773109449440938550992351171242046", "1897951969226411766146086569856946458198694371", "38733713657681872778491562650141764453034579", "0", "-271135995603773109449440938550992351171242055", "-5", "271135995603773109449440938550992351171242050", "-1"),
        ("-271135995603773109449440938550992351171242053", "170141183460469231731687303715884105727", "-271135825462589648980209206863688635287136326", "-271136165744956569918672670238296067055347780", "-46131399170758539695791909944005599626912431778859917476566950426394817151760537531", "-1593595", "143652913355892017290214121980294776512", "143652913355892017290214121980296370107", "-271135969115503004872226497077810615583506433", "-271136112768416360764243787291932595879876540", "-1"),
        ("-271135995603773109449440938550992351171242053", "-1", "-271135995603773109449440938550992351171242054", "-271135995603773109449440938550992351171242052", "271135995603773109449440938550992351171242053", "271135995603773109449440938550992351171242053", "0", "-271135995603773109449440938550992351171242053", "-1", "271135995603773109449440938550992351171242052", "-1"),
        ("-271135995603773109449440938550992351171242053", "-1000000000000000000000000000000", "-271135995603774109449440938550992351171242053", "-271135995603772109449440938550992351171242053", "271135995603773109449440938550992351171242053000000000000000000000000000000", "271135995603773", "-109449440938550992351171242053", "-271135995603773428567798884663448668639068160", "-680881642053887543682532173893", "271135995603772747686156830775904986106894267", "-1"),
        ("-38350278566267936517192641696566875962548956", "-515377520732011331036461129765621272702107522001", "-515415871010577598972978322407317839578070070957", "515339170453445063099943937123924705826144973045", "19764871486865163236661039435751338445739695353794515335289406255771917886035211176809580956", "0", "-38350278566267936517192641696566875962548956", "-515414474398520608581136464765416762568575890396", "-1396612056990391841857641901077009494180561", "515413077786463618189294607123515685559081709835", "1"),
        ("-38350278566267936517192641696566875962548956", "1000000000000000000000000000000", "-38350278566266936517192641696566875962548956", "-38350278566268936517192641696566875962548956", "-38350278566267936517192641696566875962548956000000000000000000000000000000", "-38350278566268", "63482807358303433124037451044", "993457216725356689503945752576", "-38350278566267929974409367053256379908301532", "-38350278566268923431626092409945883854054108", "-1"),
        ("-38350278566267936517192641696566875962548956", "-1", "-38350278566267936517192641696566875962548957", "-38350278566267936517192641696566875962548955", "38350278566267936517192641696566875962548956", "38350278566267936517192641696566875962548956", "0", "-38350278566267936517192641696566875962548956", "-1", "38350278566267936517192641696566875962548955", "-1"),
        ("-38350278566267936517192641696566875962548956", "9223372036854775808", "-38350278566267936517192632473194839107773148", "-38350278566267936517192650919938912817324764", "-353718886933706748904604601630058567154692066278317977604456448", "-4157945533697197299524245", "8789482198572916004", "9223372036854775808", "-38350278566267936517192641696566875962548956", "-38350278566267936517192650919938912817324764", "-1"),
        ("-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "7", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988415", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988429", "-2335477347311926569612211079148298587592512437938738054992245118576825134779200321334918954", "-47662803006365848359432879166291807910051274243647715408005002419935206832228577986426918", "4", "2", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988417", "-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988419", "-1"),
        ("-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "39614081257132168796771975169", "-333639621044560938516030154164042655370358919705534007856034977325465190693431249133013253", "-333639621044560938516030154164042655370358919705534007856035056553627704957768842676963591", "-13216827058658020983531116908549887276672712566192588854893930207866288176361680601930152058640530782093591107016493318", "-8422248111193845833259144491602676412362961291131629400214449", "22639342288848009275998028459", "0", "-333639621044560938516030154164042655370358919705534007856034977325465190693431249133013253", "-333639621044560938516030154164042655370358919705534007856034977325465190693431249133013253", "-1"),
        ("-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "4294967295", "-333639621044560938516030154164042655370358919705534007856035016939546447825600041610021127", "-333639621044560938516030154164042655370358919705534007856035016939546447825600050199955717", "-1432971260702582968560855345368371269800647672546799594251943466130122985544376060912423949843658490", "-77681527734324910270598499205578387383356994737147121362663372024476951884589391", "2943978923", "91059962", "-333639621044560938516030154164042655370358919705534007856035016939546447825600041701081089", "-333639621044560938516030154164042655370358919705534007856035016939546447825600041792141051", "-1"),
        ("-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "16125670290659210324", "-333639621044560938516030154164042655370358919705534007856035016939546431699929755245778098", "-333639621044560938516030154164042655370358919705534007856035016939546463951270336564198746", "-5380162524865073775010486380464118751118754286128539942524065527773486268648377663956870861194824670882868728", "-20689969162883206713549636062430284539295399894162966701714343556214936", "14254991154269210842", "5695225113890092112", "-333639621044560938516030154164042655370358919705534007856035016939546437395154869135870210", "-333639621044560938516030154164042655370358919705534007856035016939546443090379983025962322", "-1"),
        ("-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "9223372036854775807", "-370295983504656012062667947303481542528188091826897207120627272465823715135936167032826838", "-370295983504656012062667947303481542528188091826897207120627272465823733582680240742378452", "-3415377619616481585587141255680721994026001697328540649242019828162811628129198657951273950912381308175209515", "-40147570977840456232139196798458903804805122139476228579415281500690575", "617337453415316380", "3936996756251038763", "-370295983504656012062667947303481542528188091826897207120627272465823719072932923283865601", "-370295983504656012062667947303481542528188091826897207120627272465823723009929679534904364", "-1"),
        ("-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "18446744073709551615", "-370295983504656012062667947303481542528188091826897207120627272465823705912564130178051030", "-370295983504656012062667947303481542528188091826897207120627272465823742806052277597154260", "-6830755239232963171544578494866100000114671341960562841012227748152520463379024588368371626184070820238021675", "-20073785488920228114981396307374686646325401454322983966038191940014683", "5046633056558760400", "13160368793105814571", "-370295983504656012062667947303481542528188091826897207120627272465823719072932923283865601", "-370295983504656012062667947303481542528188091826897207120627272465823732233301716389680172", "-1"),
        ("-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "8046993897209325893", "-370295983504656012062667947303481542528188091826897207120627272465823716312314306678276752", "-370295983504656012062667947303481542528188091826897207120627272465823732406302101096928538", "-2979769519423092137574072742871470319608253741297847856139663863643970913526226214907668200917056060293786985", "-46016685017379419590543437413255607833396714166777706542654878580093765", "3333028700494754500", "2783224640852803585", "-370295983504656012062667947303481542528188091826897207120627272465823719095538947531080337", "-370295983504656012062667947303481542528188091826897207120627272465823721878763588383883922", "-1"),
        ("-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "884012530637", "-370295983504656012062667947303481542528188091826897207120627272465823724359307319875072008", "-370295983504656012062667947303481542528188091826897207120627272465823724359309087900133282", "-327346289462667769495695490329576878650963893962223536610373251255351741665624386785314775717544734865", "-418880921560952156445499051521021593109429497584373173035659982378426599433213", "730110244036", "553279033353", "-370295983504656012062667947303481542528188091826897207120627272465823724359307873154105361", "-370295983504656012062667947303481542528188091826897207120627272465823724359308426433138714", "-1"),
        ("-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "79792266297612001", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785233054865363498901", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785392639397958722903", "-108175430934581345827726295066871504163306025770865950360883697803515195249147025642867059531250980722507768825425544872796430201373763542916517527895801965683080478924344416465770749481457317477701049668194228808657601427134902", "-16990534185722743764089287130199588990905426429240523819699309727548434044476786179091088811278012698721178947942143345549303389043601346515286289741407369110317976158558908655755817681316604266", "24374534468285364", "5139823877820544", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785238194689241319445", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785243334513119139989", "-1"),
        ("-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "4294967296", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847127366143606", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847135956078198", "-5822743978242391425584177696596679246983894695703369687964356400754768292059239743118520357275969935268676246893149243970599457480249012843578205309662811883344319080089731422750984966121535845319491559131877479119060992", "-315651583551864477280970907137763435797589965035748857996738647591743376919720748909846676855246138666034419326488827870771299449501361234219178948530037372423497721388170785957197825631784923680323906", "3295867274", "0", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847127366143606", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847127366143606", "-1"),
        ("-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-18446744073709551616", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826803759591205370662518", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826766866103057951559286", "25008494959532006733714860901935347867997734356753844526804635554929999530452211191317485986410526518658201453618097609300849855393012076099452355423375329826364017556374201206139030781279664416938930917819463923895289850869317632", "73493361368743813894915140033178831403513896520191072019920369515135739212790678467100178090679957220804509549981175891768955497420709867547075019341436534287291048417838938989955425642380705", "-17712016599341141622", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826786047574606029520896", "-17712016599341141622", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826768335558006688379274", "-1"),
        ("-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110903", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "0", "-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "-1", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", "-1"),
        ("67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "3", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660377", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660371", "202654358835544349595271221004310568875990546306241222969935622709884687123390470848077524264177258096049116480488396394269101584044962543861762703399026037399330889962287220946842962368268235284977892271981122", "22517150981727149955030135667145618763998949589582358107770624745542743013710052316453058251575250899561012942276488488252122398227218060429084744822114004155481209995809691216315884707585359476108654696886791", "1", "2", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660375", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660373", "1"),
        ("67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "7", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660381", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660367", "472860170616270149055632849010057994043977941381229520263183119656397603287911098645514223283080268890781271787806258253294570362771579269010779641264394087265105409912003515542633578859292548998281748634622618", "9650207563597349980727201000205265184570978395535296331901696319518318434447165278479882107817964671240434118118495066393766742097379168755322033495191716066634804283918439092706807731822296918332280584380053", "3", "6", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660375", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660369", "1"),
        ("67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "804948253063", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428326769038913437", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325159142407311", "54375424040091254372458040144366261603145443244303959947842116023298249654049163411593677076147826138462669924404579200869727168265159557642264800621631407006747567866745393484336781114444455085745603450302337405338225562", "83920242932553422860015252882666850586218785397892267794318278203140814213720997607898096656193590880857334566245034619738382131302216897929231942685886418188465570396803808845522165715524799068354", "321863792072", "8600621062", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428326760438292375", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428326751837671313", "1"),
        ("67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "9223372036854775807", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756087651698000945436181", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756069204953927235884567", "623052182143497773336850833118774005915966024530317430118211100574463540879459386880623346651199813023909406669580360658877110330390290925129672250304183338075094273240392763669602360147170190778380231489264679939548706348771818", "7323943203771805481431216175133745301186010653511206149274128186846465579998753348359243968632648118140507841605065830292456921804394866105471137545728397608744754695331190877404275217534096", "3091068700632244902", "7674374586081433110", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756079977323414864003071", "67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756072302948828782569961", "1"),
        ("1000000000000000000000000000000", "79792266297612001", "1000000000000079792266297612001", "999999999999920207733702387999", "79792266297612001000000000000000000000000000000", "12532542894196", "67743503997153804", "4618636031426560", "1000000000000075173630266185441", "1000000000000070554994234758881", "1"),
        ("-1000000000000000000000000000000", "79792266297612001", "-999999999999920207733702387999", "-1000000000000079792266297612001", "-79792266297612001000000000000000000000000000000", "-12532542894197", "12048762300458197", "75173629318397952", "-999999999999995381363020785951", "-1000000000000070554992339183903", "-1"),
        ("1000000000000000000000000000000", "-79792266297612001", "999999999999920207733702387999", "1000000000000079792266297612001", "-79792266297612001000000000000000000000000000000", "-12532542894197", "-12048762300458197", "999999999999995381363968573440", "-75173630266185441", "-1000000000000070554994234758881", "1"),
        ("-1000000000000000000000000000000", "-79792266297612001", "-1000000000000079792266297612001", "-999999999999920207733702387999", "79792266297612001000000000000000000000000000000", "12532542894196", "-67743503997153804", "-1000000000000075173629318397952", "-4618636979214049", "1000000000000070554992339183903", "-1"),
        ("-1180591620717411303424", "3", "-1180591620717411303421", "-1180591620717411303427", "-3541774862152233910272", "-393530540239137101142", "2", "0", "-1180591620717411303421", "-1180591620717411303421", "-1"),
    ];
    #[rustfmt::skip]
    const UNARY: &[(&str, &str, i64, &str, &str, i64, i64, &str, &str, &str, i64, Option<u64>)] = &[
        ("0", "-1", 33, "0", "0", 0, 0, "0x0", "0o0", "0b0", 0, Some(0x0000000000000000)),
        ("1", "-2", 33, "8589934592", "0", 1, 1, "0x1", "0o1", "0b1", 1, Some(0x3ff0000000000000)),
        ("-1", "0", 64, "-18446744073709551616", "-1", 1, 1, "-0x1", "-0o1", "-0b1", -2, Some(0xbff0000000000000)),
        ("2", "-3", 32, "8589934592", "0", 2, 1, "0x2", "0o2", "0b10", 2, Some(0x4000000000000000)),
        ("-2", "1", 33, "-17179869184", "-1", 2, 1, "-0x2", "-0o2", "-0b10", -2, Some(0xc000000000000000)),
        ("3", "-4", 1, "6", "1", 2, 2, "0x3", "0o3", "0b11", 3, Some(0x4008000000000000)),
        ("7", "-8", 100, "8873554201597605810476922437632", "0", 3, 3, "0x7", "0o7", "0b111", 7, Some(0x401c000000000000)),
        ("-7", "6", 33, "-60129542144", "-1", 3, 3, "-0x7", "-0o7", "-0b111", -7, Some(0xc01c000000000000)),
        ("2147483648", "-2147483649", 3, "17179869184", "268435456", 32, 1, "0x80000000", "0o20000000000", "0b10000000000000000000000000000000", 2147483648, Some(0x41e0000000000000)),
        ("4294967295", "-4294967296", 33, "36893488138829168640", "0", 32, 32, "0xffffffff", "0o37777777777", "0b11111111111111111111111111111111", 4294967295, Some(0x41efffffffe00000)),
        ("4294967296", "-4294967297", 33, "36893488147419103232", "0", 33, 1, "0x100000000", "0o40000000000", "0b100000000000000000000000000000000", 4294967296, Some(0x41f0000000000000)),
        ("-4294967296", "4294967295", 31, "-9223372036854775808", "-2", 33, 1, "-0x100000000", "-0o40000000000", "-0b100000000000000000000000000000000", -4294967296, Some(0xc1f0000000000000)),
        ("4294967297", "-4294967298", 33, "36893488156009037824", "0", 33, 2, "0x100000001", "0o40000000001", "0b100000000000000000000000000000001", 4294967297, Some(0x41f0000000100000)),
        ("9223372036854775807", "-9223372036854775808", 100, "11692013098647223344361828061502034755750757138432", "0", 63, 63, "0x7fffffffffffffff", "0o777777777777777777777", "0b111111111111111111111111111111111111111111111111111111111111111", 3, Some(0x43e0000000000000)),
        ("-9223372036854775808", "9223372036854775807", 100, "-11692013098647223345629478661730264157247460343808", "-1", 64, 1, "-0x8000000000000000", "-0o1000000000000000000000", "-0b1000000000000000000000000000000000000000000000000000000000000000", -4, Some(0xc3e0000000000000)),
        ("9223372036854775808", "-9223372036854775809", 3, "73786976294838206464", "1152921504606846976", 64, 1, "0x8000000000000000", "0o1000000000000000000000", "0b1000000000000000000000000000000000000000000000000000000000000000", 4, Some(0x43e0000000000000)),
        ("18446744073709551615", "-18446744073709551616", 32, "79228162514264337589248983040", "4294967295", 64, 64, "0xffffffffffffffff", "0o1777777777777777777777", "0b1111111111111111111111111111111111111111111111111111111111111111", 7, Some(0x43f0000000000000)),
        ("18446744073709551616", "-18446744073709551617", 32, "79228162514264337593543950336", "4294967296", 65, 1, "0x10000000000000000", "0o2000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000", 8, Some(0x43f0000000000000)),
        ("-18446744073709551616", "18446744073709551615", 32, "-79228162514264337593543950336", "-4294967296", 65, 1, "-0x10000000000000000", "-0o2000000000000000000000", "-0b10000000000000000000000000000000000000000000000000000000000000000", -8, Some(0xc3f0000000000000)),
        ("18446744073709551617", "-18446744073709551618", 1, "36893488147419103234", "9223372036854775808", 65, 2, "0x10000000000000001", "0o2000000000000000000001", "0b10000000000000000000000000000000000000000000000000000000000000001", 9, Some(0x43f0000000000000)),
        ("1000000000000000000000000000000", "-1000000000000000000000000000001", 31, "2147483648000000000000000000000000000000", "465661287307739257812", 100, 37, "0xc9f2c9cd04674edea40000000", "0o1447626234640431647336510000000000", "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000", 465258685558744706, Some(0x46293e5939a08cea)),
        ("-1000000000000000000000000000000", "999999999999999999999999999999", 64, "-18446744073709551616000000000000000000000000000000", "-54210108625", 100, 37, "-0xc9f2c9cd04674edea40000000", "-0o1447626234640431647336510000000000", "-0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000", -465258685558744706, Some(0xc6293e5939a08cea)),
        ("79792266297612001", "-79792266297612002", 1, "159584532595224002", "39896133148806000", 57, 30, "0x11b7aa4b87e16e1", "0o4333652227037413341", "0b100011011011110101010010010111000011111100001011011100001", 79792266297612001, Some(0x4371b7aa4b87e16e)),
        ("-79792266297612001", "79792266297612000", 100, "-101148714265738572816020149152880657871065317376", "-1", 57, 30, "-0x11b7aa4b87e16e1", "-0o4333652227037413341", "-0b100011011011110101010010010111000011111100001011011100001", -79792266297612001, Some(0xc371b7aa4b87e16e)),
        ("515377520732011331036461129765621272702107522001", "-515377520732011331036461129765621272702107522002", 32, "2213529596637550647103030335918555511377449357269895479296", "119995679876769737116168516167817002325", 159, 85, "0x5a4653ca673768565b41f775d6947d55cf3813d1", "0o55106247451471566412626640767353532243725271716011721", "0b101101001000110010100111100101001100111001101110110100001010110010110110100000111110111011101011101011010010100011111010101010111001111001110000001001111010001", 1175369268131054105, Some(0x49d69194f299cdda)),
        ("-515377520732011331036461129765621272702107522001", "515377520732011331036461129765621272702107522000", 31, "-1106764798318775323551515167959277755688724678634947739648", "-239991359753539474232337032335634004652", 159, 85, "-0x5a4653ca673768565b41f775d6947d55cf3813d1", "-0o55106247451471566412626640767353532243725271716011721", "-0b101101001000110010100111100101001100111001101110110100001010110010110110100000111110111011101011101011010010100011111010101010111001111001110000001001111010001", -1175369268131054105, Some(0xc9d69194f299cdda)),
        ("170141183460469231731687303715884105727", "-170141183460469231731687303715884105728", 64, "3138550867693340381917894711603833208032730978158307704832", "9223372036854775807", 127, 127, "0x7fffffffffffffffffffffffffffffff", "0o1777777777777777777777777777777777777777777", "0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 31, Some(0x47e0000000000000)),
        ("-170141183460469231731687303715884105728", "170141183460469231731687303715884105727", 100, "-215679573337205118357336120696157045389097155380324579848828881993728", "-134217728", 128, 1, "-0x80000000000000000000000000000000", "-0o2000000000000000000000000000000000000000000", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", -32, Some(0xc7e0000000000000)),
        ("1606938044258990275541962092341162602522202993782792835301375", "-1606938044258990275541962092341162602522202993782792835301376", 33, "13803492693581127574869511724554050904902217944340773110325039857664000", "187072209578355573530071658587684226515959365500927", 200, 200, "0xffffffffffffffffffffffffffffffffffffffffffffffffff", "0o3777777777777777777777777777777777777777777777777777777777777777777", "0b11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 131071, Some(0x4c70000000000000)),
        ("79228162532711081667253501951", "-79228162532711081667253501952", 64, "1461501637671185285124623296161210883013991202816", "4294967296", 97, 65, "0x100000000ffffffffffffffff", "0o100000000001777777777777777777777", "0b1000000000000000000000000000000001111111111111111111111111111111111111111111111111111111111111111", 34359738375, Some(0x45f0000000100000)),
        ("79228162495817593524129366015", "-79228162495817593524129366016", 33, "680564733683420601935114027815277690880", "9223372034707292160", 96, 64, "0xffffffff00000000ffffffff", "0o77777777776000000000037777777777", "0b111111111111111111111111111111110000000000000000000000000000000011111111111111111111111111111111", 38654705655, Some(0x45efffffffe00000)),
        ("39614081257132168796771975169", "-39614081257132168796771975170", 1, "79228162514264337593543950338", "19807040628566084398385987584", 96, 2, "0x800000000000000000000001", "0o40000000000000000000000000000001", "0b100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 17179869185, Some(0x45e0000000000000)),
        ("170141183460469231731687303715884105727", "-170141183460469231731687303715884105728", 31, "365375409332725729550921208179070754911835652096", "79228162514264337593543950335", 127, 127, "0x7fffffffffffffffffffffffffffffff", "0o1777777777777777777777777777777777777777777", "0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 31, Some(0x47e0000000000000)),
        ("804948253063", "-804948253064", 32, "3457226421877916827648", "187", 40, 23, "0xbb6aa79987", "0o13555251714607", "0b1011101101101010101001111001100110000111", 804948253063, Some(0x42676d54f330e000)),
        ("884012530637", "-884012530638", 32, "3796804908340113047552", "205", 40, 22, "0xcdd340bbcd", "0o14672320135715", "0b1100110111010011010000001011101111001101", 884012530637, Some(0x4269ba681779a000)),
        ("17188393767951940199", "-17188393767951940200", 1, "34376787535903880398", "8594196883975970099", 64, 30, "0xee8971105e503a67", "0o1672113421013624035147", "0b1110111010001001011100010001000001011110010100000011101001100111", 1047492703456082542, Some(0x43edd12e220bca07)),
        ("8046993897209325893", "-8046993897209325894", 31, "17280787809812820188320497664", "3747173537", 63, 31, "0x6facaa5090e5e945", "0o676545245022071364505", "0b110111110101100101010100101000010010000111001011110100101000101", 1129464869568244040, Some(0x43dbeb2a9424397a)),
        ("16125670290659210324", "-16125670290659210325", 31, "34629613262230061311382781952", "7509100386", 64, 39, "0xdfc9e3b11fcff454", "0o1577117073043763772124", "0b1101111111001001111000111011000100011111110011111111010001010100", 2290612235377046618, Some(0x43ebf93c7623f9ff)),
        ("-21662815076547110158", "21662815076547110157", 32, "-93041082293065574731919392768", "-5043767178", 65, 26, "-0x12ca1c789a091250e", "-0o2262416170464044222416", "-0b10010110010100001110001111000100110100000100100010010010100001110", -910227993623864599, Some(0xc3f2ca1c789a0912)),
        ("947415500007676192589075894561", "-947415500007676192589075894562", 100, "1200991827250258802676709359699072334623273681191183304359936", "0", 100, 60, "0xbf543bbcfbcf74d7a5adad121", "0o1375241673637363672327513266550441", "0b1011111101010100001110111011110011111011110011110111010011010111101001011010110110101101000100100001", 2087222551091130270, Some(0x4627ea87779f79ef)),
        ("-745704925107514691824155895442", "745704925107514691824155895441", 31, "-1601389132901452442612134076864492732416", "-347245915377286584966", 100, 42, "-0x96980a81fbc428d42fa882692", "-0o1132300250077361024324137242023222", "-0b1001011010011000000010101000000111111011110001000010100011010100001011111010100010000010011010010010", -2036345623733430159, Some(0xc622d301503f7885)),
        ("-271135995603773109449440938550992351171242053", "271135995603773109449440938550992351171242052", 3, "-2169087964830184875595527508407938809369936424", "-33891999450471638681180117318874043896405257", 148, 72, "-0xc287d13ed748bb80e3b0d34a9af4125ece845", "-0o14120764237327221356007073032322515364044573164105", "-0b1100001010000111110100010011111011010111010010001011101110000000111000111011000011010011010010101001101011110100000100100101111011001110100001000101", -1447154797255385075, Some(0xc92850fa27dae917)),
        ("-38350278566267936517192641696566875962548956", "38350278566267936517192641696566875962548955", 32, "-164713192234610556114746537818600687736036286818942976", "-8929120042889364184158072270584963", 145, 66, "-0x1b83d56eaa3017576714a06057c82527122dc", "-0o1560365267252140135273161224030053710112234221334", "-0b1101110000011110101010110111010101010001100000001011101010111011001110001010010100000011000000101011111001000001001010010011100010010001011011100", -2115166312586198145, Some(0xc8fb83d56eaa3017)),
        ("-333639621044560938516030154164042655370358919705534007856035016939546447825600045904988422", "333639621044560938516030154164042655370358919705534007856035016939546447825600045904988421", 33, "-2865942522072445179210832567768802847929380655834317027914954947972316004967845017476047991497293824", "-38840763858119135084099852731922019199742809835068649595607423332932690138183540", 298, 152, "-0x29edeea959ea9f559fcf0b3786801b5577d00e266d06a5ccc2cbe99854ab0d26ee6fa928906", "-0o1236675652254752476526376360546741500033252737200342315501522714605457514605225303223356337244504406", "-0b1010011110110111101110101010010101100111101010100111110101010110011111110011110000101100110111100001101000000000011011010101010111011111010000000011100010011001101101000001101010010111001100110000101100101111101001100110000101010010101011000011010010011011101110011011111010100100101000100100000110", -2012149560159445528, Some(0xd284f6f754acf550)),
        ("-370295983504656012062667947303481542528188091826897207120627272465823724359308203887602645", "370295983504656012062667947303481542528188091826897207120627272465823724359308203887602644", 33, "-3180818277985306071077880672351809224196402025066336795473664924492788347648294577763506840236195840", "-43108126090915875051015516196317219004056892803276098230926700921941516497091880", 298, 154, "-0x2e893fd7234ae711399e2b2848b1b1bcf726a1eccdaa70ce1b51978cec0495cfa4f2dcaabd5", "-0o1350447765621512716104714742545022130661571734465036631552470316066506274316600445347644745562525725", "-0b1011101000100100111111110101110010001101001010111001110001000100111001100111100010101100101000010010001011000110110001101111001111011100100110101000011110110011001101101010100111000011001110000110110101000110010111100011001110110000000100100101011100111110100100111100101101110010101010101111010101", -796470382204860830, Some(0xd287449feb91a574)),
        ("-1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110902", "1355713228285869449745905049284146923335244575446324815965340566065806963494801834020419129467562291600898897017619862214336045431031150008453569679908177788216694975292713246948780716890826785312847131661110901", 1, "-2711426456571738899491810098568293846670489150892649631930681132131613926989603668040838258935124583201797794035239724428672090862062300016907139359816355576433389950585426493897561433781653570625694263322221804", "-677856614142934724872952524642073461667622287723162407982670283032903481747400917010209564733781145800449448508809931107168022715515575004226784839954088894108347487646356623474390358445413392656423565830555451", 699, 344, "-0x41fad292f927291ab721ab08e1a11f0c18c6da1cd4944b6bcb8a0843764b52e7fcd33d2df8960ad1eab5cd83b788b660a4de3e4ce9fb6a85473da68d3285151e9c329a8b59a59699893588c860a7da1f5cdb9413b8d0e76", "-0o40772645113711162443255620653021606410760603061555034651121133274561202041566226513477715147513374226025507525534660355704266301223361744635176665205216366464323120505217234145152132632262646304465421441405175503727155624047343207166", "-0b100000111111010110100101001001011111001001001110010100100011010101101110010000110101011000010001110000110100001000111110000110000011000110001101101101000011100110101001001010001001011011010111100101110001010000010000100001101110110010010110101001011100111111111001101001100111101001011011111100010010110000010101101000111101010101101011100110110000011101101111000100010110110011000001010010011011110001111100100110011101001111110110110101010000101010001110011110110100110100011010011001010000101000101010001111010011100001100101001101010001011010110011010010110010110100110011000100100110101100010001100100001100000101001111101101000011111010111001101101110010100000100111011100011010000111001110110", -1263054448597464461, Some(0xeb907eb4a4be49ca)),
        ("67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660374", "-67551452945181449865090407001436856291996848768747074323311874236628229041130156949359174754725752698683038826829465464756367194681654181287254234466342012466443629987429073648947654122756078428325964090660375", 33, "580262562393674415912853820309001445566356583993653102228611660509566418084102925953689567458191858579654788062261523080580075417849939679620824237340909912588399376447065524883611118546313852469742191594113370746257408", "7864024134490342096552532981317124363500258043495364757640272639299303880092939006788560044337733730054814231911379083147780875987565864493052269619230880921991033245277250377571635661036250929851779", 694, 339, "0x3499f852e1fbb062d1c049282fe557578b24268a04f74f5987baf13aa725cbf70ae8c026784184026530cdd50b612bdd533730fbb911334d23bed52a04f77afad2b6c50aa25068213f191ff56ae7eaea80db0684ab5616", "0o1511477024560773540613216004445013762527257054441150500475647531417353611652344562773412721400463604060400462460633524133022573524633460767344211464644357552452011735727655126661205242240640411761443775265347725652006660320452653026", "0b1101001001100111111000010100101110000111111011101100000110001011010001110000000100100100101000001011111110010101010111010101111000101100100100001001101000101000000100111101110100111101011001100001111011101011110001001110101010011100100101110010111111011100001010111010001100000000100110011110000100000110000100000000100110010100110000110011011101010100001011011000010010101111011101010100110011011100110000111110111011100100010001001100110100110100100011101111101101010100101010000001001111011101111010111110101101001010110110110001010000101010100010010100000110100000100001001111110001100100011111111101010110101011100111111010101110101010000000110110110000011010000100101010110101011000010110", 156196286950881464, Some(0x6b4a4cfc2970fdd8)),
        ("9007199254740993", "-9007199254740994", 1, "18014398509481986", "4503599627370496", 54, 2, "0x20000000000001", "0o400000000000000001", "0b100000000000000000000000000000000000000000000000000001", 9007199254740993, Some(0x4340000000000000)),
        ("18014398509481986", "-18014398509481987", 32, "77371252455336275771129856", "4194304", 55, 2, "0x40000000000002", "0o1000000000000000002", "0b1000000000000000000000000000000000000000000000000000010", 18014398509481986, Some(0x4350000000000000)),
        ("18014398509481990", "-18014398509481991", 1, "36028797018963980", "9007199254740995", 55, 3, "0x40000000000006", "0o1000000000000000006", "0b1000000000000000000000000000000000000000000000000000110", 18014398509481990, Some(0x4350000000000002)),
        ("9007199254740995", "-9007199254740996", 1, "18014398509481990", "4503599627370497", 54, 3, "0x20000000000003", "0o400000000000000003", "0b100000000000000000000000000000000000000000000000000011", 9007199254740995, Some(0x4340000000000002)),
        ("18446744073709551615", "-18446744073709551616", 33, "158456325028528675178497966080", "2147483647", 64, 64, "0xffffffffffffffff", "0o1777777777777777777777", "0b1111111111111111111111111111111111111111111111111111111111111111", 7, Some(0x43f0000000000000)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497793", 3, "1438154507889852646349831771242427320639473061680302615489390231843559746342118007573192143820697656770642291333543103287572444382815523221045259909372046565455271216005667069410190838766541692254115805842160558844570935676982743318558886679491802341752593347554924085634741692477596064744343041423233395982336", "22471164185778947599216121425662926884991766588754728367021722372555621036595593868331127247198400887041285802086610988868319443481492550328832186083938227585238612750088547959534231855727213941470559466283758731946420869952855364352482604367059411589884271055545688838042838944962438511630360022238021812224", 1024, 54, "0xfffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o177777777777777777600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b1111111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 2270095687171440639, None),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858369", 1, "359538626972463141629054847463408713596141135051689993197834953606314521560057077521179117265533756343080917907028764928468642653778928365536935093407075033972099821153102564152490980180778657888151737016910267884609166473806445896331617118664246696549595652408289446337476354361838599762500808052368249716736", "89884656743115785407263711865852178399035283762922498299458738401578630390014269380294779316383439085770229476757191232117160663444732091384233773351768758493024955288275641038122745045194664472037934254227566971152291618451611474082904279666061674137398913102072361584369088590459649940625202013092062429184", 1024, 53, "0xfffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o177777777777777777400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b1111111111111111111111111111111111111111111111111111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 2234066890152476671, Some(0x7fefffffffffffff)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", 1, "359538626972463161587457942810606830159868265420075653872347557960889936585529501893298035955174414192660572833385775821893111095703880805261314977343011641363817804001416767352547709691635423063528951460540139711142733919245685829639721669872950585438148336888731021408685423119399016186085760355808348995582", "89884656743115790396864485702651707539967066355018913468086889490222484146382375473324508988793603548165143208346443955473277773925970201315328744335752910340954451000354191838136927422908855765882237865135034927785683479811421457409930417468237646359537084222182755352171355779849754046521440088952087248895", 1024, 1023, "0xfffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0o177777777777777777577777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777", "0b1111111111111111111111111111111111111111111111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2270095687171440638, Some(0x7fefffffffffffff)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "-179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137217", 31, "386051661123868214325895970762095083331216144111904370034983364157543830047598546775742309000849007597326427200921653578548066591998660043462778854257084865420374725869305346230443778499781067545394454342790117394565596548890481374012190543459242928201313126587598361115137891035519604744312911050121319319358268243968", "83711609936427134449095706957812641450109750914494813081542999091433675869135634569781123344976238916218333821683839595717745725444712034656129512302332615655738810740814304573602145352049774545921517048070675585809233916151552871555980812078727054020087472481926110684847108059786128022165669281792", 1025, 1, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 281474976710656, None),
        ("-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497790", 100, "-227884678143438197956554856508005796431590776314116465082245991533839417341324627407841876344954036142557202670661214634403188787002825297007904317533515888814543885258300012281793759559908402911931338798149098569075866216864584276040789444460760371782177440520765888235289117408789343105226921630244316408132154835410412356015024731324416", "-141812983367708490395740700550289708860222702832572430656993595711894304720548971951233963013448434611521004804969536257513081316863875354044344368820932333983064218102755640221335128306365331221193271526405336634734283141983002847674148387710298193885090796766728826649986465792", 1024, 1023, "-0xfffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "-0o177777777777777777577777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777", "-0b1111111111111111111111111111111111111111111111111111101111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", -2270095687171440638, Some(0xffefffffffffffff)),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "-89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068609", 3, "719077253944926363091722076315609893447190791576922629093720324630930703222003852530833909289630144084480455519485573430635159075257666489971389722557896497511071573699461941105208878404984376477812331808340023075352602729369851525895652442163308948653402042738345192959788983753918865219341425318496896548864", "11235582092889474423308157442431404585112356118389416079589380072358292237843810195794279832650471001320007117491962084853674360550901038905802964414967132773610493339054092829768888725077880882465817684505312860552384417646403930092119569408801702322709406917786643639996702871154982269052209770601514008576", 1024, 1, "0x8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 140737488355328, Some(0x7fe0000000000000)),
        ("2305843009213693951", "-2305843009213693952", 33, "19807040628566084389796052992", "268435455", 61, 61, "0x1fffffffffffffff", "0o177777777777777777777", "0b1111111111111111111111111111111111111111111111111111111111111", 0, Some(0x43c0000000000000)),
        ("2305843009213693952", "-2305843009213693953", 1, "4611686018427387904", "1152921504606846976", 62, 1, "0x2000000000000000", "0o200000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000", 1, Some(0x43c0000000000000)),
        ("2305843009213693950", "-2305843009213693951", 32, "9903520314283042190603059200", "536870911", 61, 60, "0x1ffffffffffffffe", "0o177777777777777777776", "0b1111111111111111111111111111111111111111111111111111111111110", 2305843009213693950, Some(0x43c0000000000000)),
        ("-2305843009213693951", "2305843009213693950", 32, "-9903520314283042194898026496", "-536870912", 61, 61, "-0x1fffffffffffffff", "-0o177777777777777777777", "-0b1111111111111111111111111111111111111111111111111111111111111", 0, Some(0xc3c0000000000000)),
        ("5316911983139663491615228241121378303", "-5316911983139663491615228241121378304", 32, "22835963083295358096932575511191922177828978688", "1237940039285380274899124223", 122, 122, "0x3ffffffffffffffffffffffffffffff", "0o37777777777777777777777777777777777777777", "0b11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 0, Some(0x4790000000000000)),
        ("5316911983139663500838600277976154107", "-5316911983139663500838600277976154108", 1, "10633823966279327001677200555952308214", "2658455991569831750419300138988077053", 123, 63, "0x4000000000000007ffffffffffffffb", "0o40000000000000000000777777777777777777773", "0b100000000000000000000000000000000000000000000000000000000000111111111111111111111111111111111111111111111111111111111111011", 0, Some(0x4790000000000000)),
        ("-18446744073709551615", "18446744073709551614", 32, "-79228162514264337589248983040", "-4294967296", 64, 64, "-0xffffffffffffffff", "-0o1777777777777777777777", "-0b1111111111111111111111111111111111111111111111111111111111111111", -7, Some(0xc3f0000000000000)),
        ("12345678901234567891234567890", "-12345678901234567891234567891", 3, "98765431209876543129876543120", "1543209862654320986404320986", 94, 49, "0x27e41b3246bec9b1b073b6d2", "0o11762033144432766233066034733322", "0b1001111110010000011011001100100100011010111110110010011011000110110000011100111011011011010010", 486047580163444836, Some(0x45c3f20d99235f65)),
        ("10715086071862673804291013881713243224839047377015560126941584547461294133558104951308246652318707999343272527638071704171360968934112360617818675792660857920266800215782081298609410784046320718952518115872141223079260254207973649986265026697229098177410772617149775372478472013310189516343345193943040", "-10715086071862673804291013881713243224839047377015560126941584547461294133558104951308246652318707999343272527638071704171360968934112360617818675792660857920266800215782081298609410784046320718952518115872141223079260254207973649986265026697229098177410772617149775372478472013310189516343345193943041", 3, "85720688574901390434328111053705945798712379016124481015532676379690353068464839610465973218549663994746180221104573633370887751472898884942549406341286863362134401726256650388875286272370565751620144926977129784634082033663789199890120213577832785419286180937198202979827776106481516130746761551544320", "1339385758982834225536376735214155403104880922126945015867698068432661766694763118913530831539838499917909065954758963021420121116764045077227334474082607240033350026972760162326176348005790089869064764484017652884907531775996706248283128337153637272176346577143721921559809001663773689542918149242880", 1001, 2, "0x10000000000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o2000000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b10000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 2164260864, Some(0x7e70000000000000)),
        ("10715086071862674399097777272826468344064046636975784179445665211219077755866848677684509516480457417410598326100611940090850485011301580799652774010623141036599032656739931611797746963030270296027082049591235971174938567148548532413364509448381133440250348756613008577296514194967754645849484719816705", "-10715086071862674399097777272826468344064046636975784179445665211219077755866848677684509516480457417410598326100611940090850485011301580799652774010623141036599032656739931611797746963030270296027082049591235971174938567148548532413364509448381133440250348756613008577296514194967754645849484719816706", 31, "23010472126237646173610702646540875510467178017614888697336663745575435626364593600617906689542168815449570407197235744138657050974639239963805096265652573666494192162967000124973945486349165989738278066651504332207579920356057960292098260703939984134643608981123567783828008281093136989237799505032235544739840", "4989600773836800083097898062703417774319670459709961050863221851745190916520938592816008961051915500969904626766504691956029499420570945739584404048800068458821174063133043987582319864551662605268453270937891663599265072098257268040145053271381712257978668788733430475600303241502379367989248", 1001, 3, "0x10000000000000800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0o2000000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0b10000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 4311744513, Some(0x7e70000000000001)),
        ("10715086071862676778324830837279368820964043676816680389461987866250212245101823583189560973127455089679901519950772883768808549320058461526989166882472273501927962420571332864551091678966068604325337784467614963557651818910848062121762440452989274491608653314465941396568682921598015163874042823311360", "-10715086071862676778324830837279368820964043676816680389461987866250212245101823583189560973127455089679901519950772883768808549320058461526989166882472273501927962420571332864551091678966068604325337784467614963557651818910848062121762440452989274491608653314465941396568682921598015163874042823311361", 64, "197658450495420591568347562554456881736817680031806278350623113636647282328394317423548643324510057871939525163225409991633314149568654881751149126315402289784476478593127932643971623111963081010324334126716835804168080581349468762621688705149160262752174325510324908016381759116301115734769096131386348219303057959157760", "580865979874134202372728686654714459160081469099106668154351569601510801610769174239043734931918792131240671276877587620195270087540250843746745162058627264907524667755200478732501038633423494162514459934429657975111757872994925381614696638647573532816069413887047117877415992360960", 1001, 3, "0x10000000000001800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0o2000000000000000014000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0b10000000000000000000000000000000000000000000000000001100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 12901679104, Some(0x7e70000000000002)),
    ];
    #[rustfmt::skip]
    const TRUEDIV: &[(&str, &str, Result<u64, &str>)] = &[
        ("1208925819614629174706177", "3", Ok(0x44d5555555555555)),
        ("10", "7", Ok(0x3ff6db6db6db6db7)),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "7000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0x3ff6db6db6db6db7)),
        ("1", "3", Ok(0x3fd5555555555555)),
        ("9007199254740993", "1", Ok(0x4340000000000000)),
        ("18014398509481987", "2", Ok(0x4340000000000001)),
        ("-1208925819614629174706177", "3", Ok(0xc4d5555555555555)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "1", Err("OverflowError: integer division result too large for a float")),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "1", Ok(0x7fe0000000000000)),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "75557863725914323419136", Err("OverflowError: integer division result too large for a float")),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165375", "151115727451828646838272", Ok(0x7fe0000000000000)),
        ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", Ok(0x0000000000000001)),
        ("3", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok(0x0000000000000002)),
        ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok(0x0000000000000000)),
        ("1", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", Ok(0x0000000000000000)),
        ("1", "12953744211667879574559702190010707651171625584905095574841686913755541732351702201085464556891975967691972983316275962328947759192690782519488857596207264634977115153700247127325882095493965845839345131422255684387968478939180332711558614761546211605811843616790961251349338535374752162059924960553344400851693295429983666176", Ok(0x0000000000000000)),
        ("1", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0x00000000000007e8)),
        ("-1", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0x80000000000007e8)),
        ("0", "-5", Ok(0x8000000000000000)),
        ("0", "5", Ok(0x0000000000000000)),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0x7e37e43c8800759c)),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0x7e37e43c8800759c)),
        ("-100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "136891479058588375991326027382088315966463695625337436471480190078368997177499076593800206155688941388250484440597994042813512732765695774566001", Err("OverflowError: integer division result too large for a float")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", Err("OverflowError: integer division result too large for a float")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", Ok(0x7fefffffffffffff)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "-1", Err("OverflowError: integer division result too large for a float")),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "638668899051110339730039268171788341141584403339346413280815117579907805398068501051186548957643424348589582990141598478071180156285949971436534975451146054502401815344347416485612070862196155898449074158254055677865859345638678524444433685903374130402278690200241933325554718473710083176923136", Err("OverflowError: integer division result too large for a float")),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "1277337798102220679460078536343576682283168806678692826561630235159815610796137002102373097915286848697179165980283196956142360312571899942873069950902292109004803630688694832971224141724392311796898148316508111355731718691277357048888867371806748260804557380400483866651109436947420166353846271", Ok(0x7fe0000000000000)),
        ("1606938044258990275541962092341162602522202993782792835301376", "325247881083262471310163760230127673081726945227084525166222260950112751864792509312882482554135130776325675436071281493480736445260108278379372081427416273841379047168413135805411979676924485952279981892115306600365427410860889964592578168263695634116635902665973775891825518282132987645819525996591212557720881943848141282084326109022904938402439089679255840647335022204865724022784", Ok(0x0000000000000001)),
        ("1606938044258990275541962092341162602522202993782792835301376", "650495762166524942620327520460255346163453890454169050332444521900225503729585018625764965108270261552651350872142562986961472890520216556758744162854832547682758094336826271610823959353848971904559963784230613200730854821721779929185156336527391268233271805331947551783651036564265975291639051993182425115441763887696282564168652218045809876804878179358511681294670044409731448045568", Ok(0x0000000000000000)),
        ("2410407066388485413312943138511743903783304490674189252952064", "650495762166524942620327520460255346163453890454169050332444521900225503729585018625764965108270261552651350872142562986961472890520216556758744162854832547682758094336826271610823959353848971904559963784230613200730854821721779929185156336527391268233271805331947551783651036564265975291639051993182425115441763887696282564168652218045809876804878179358511681294670044409731448045568", Ok(0x0000000000000001)),
        ("1606938044258990275541962092341162602522202993782792835301377", "650495762166524942620327520460255346163453890454169050332444521900225503729585018625764965108270261552651350872142562986961472890520216556758744162854832547682758094336826271610823959353848971904559963784230613200730854821721779929185156336527391268233271805331947551783651036564265975291639051993182425115441763887696282564168652218045809876804878179358511681294670044409731448045568", Ok(0x0000000000000001)),
        ("-280727251628738139983699341491", "13318400909079810057907180857279725753902248608153371368328470285440207917709173221463045111068464127759139937033046799895230301201902815425758012219283641515094047348169557046282933811662679196496193652323654127334641272743271173777174524837943219019699116890952980700953223143442282296835358797550987133382505122350098291416004469", Ok(0x814ce8ca463227d3)),
        ("-3478678972404873589192115353009706219190385220516016739735890107788372735853063167639017788461013480262095021027732399248640152111976491953978177813337082922891086655535372597105585097340966069011913385667706575435760307128559667846539522303758970046174752184292196148030551198067441194041590369243962", "350165090663140005", Ok(0xfab11a4cd5092b9c)),
        ("251295788445236329", "12714865958002924234533593214358582511781475296091467099444287051917091164546155689080099887026819482243789374889472665429984081534903824457975822099451520468222598273913612038952089781687169105671404176767025117284436537472513852790941326363845375619019356985673873392574243799704038185784632955183316960079923584738613889937865554", Ok(0x00000000ee6f3354)),
        ("-1476696165105287467884895228678948605321548806219661209143452", "8691797640324211333971792909093935912509392414811032963138996605568879747525908453635810255272050972973940170719468413321560666031495562579620952794980256840317245061205547467596102400163798313737396766480755075549315136025950218087053472054436408095277529823148950719793122471089327526366499026459467", Ok(0x8df22036cf580971)),
        ("-5295843334730061891808318151042308070530936673676480117921217460488350005087771507274822893511972431033978958302020348250807192341439377121466567622480367741562993902907059826798159621291880468678345245532845214460637240885066948933992946617933071858296535784703173421084905544709751869327054434700094491727169035601120257443718778", "6220659013662605805707991808495499227143606908415016326808028228775326011073915681633507002727010538137209417828931861111634961770559863797856579604462942980641619978462809824670229830687109628459874234986232765581049267878064587704696015917229183410884312063566524992154070786962302593408955925714534402221984888538603100187103351", Ok(0xbfeb3e1bae602f49)),
        ("5246208969072655255742421158394929269201506526466134644477846299556125158211185526838271039945492086258604769645721483510202797022804010789408630371186416281014873503435197042455247940859709643907330261354009196669749308797135868619776709115030511788828136967236787086952456854055088362183342657970862", "284838849705896283233430796604", Ok(0x78416e853aafd2ba)),
        ("-1218048265394592209061926012503283276515430193855823213303598", "7995659645827986415078224150817053566697382412054170372068142137029388328205243374478447424556522048275066471048616217982590365526787739388635997115623220270255676829869097736332123225742151430761874686839001608283924828612756379729166181158425623517822323347412320078027741075679391752359717990257843341287128581444035346356362076", Ok(0x87b49a513361b054)),
        ("-1081481508912801540512629407287348454964702026229701351411572", "537283636", Ok(0xca95850b08707adb)),
        ("9136528767126499612830294604519834808161362752487358800511890496490456870054840573006444049862671658664193302565670147386717003424039128839607833831310787658560383779092443715103451120742690338504051608749244715046865744301889751786638449844809776482527848455116995935136684180584249082021125654250776702437559749181897342385177474", "9981459304857581498411338675890547530172574037487832850250023275945616155104447105120056883874351493896893578301195706598210876189362414673867954664121834429421166839359804158136712692310062910329162656747026814527137093915460193124778051719846429201938459699667522307551361021435762937555750568148133", Ok(0x46271b4f8bd02e56)),
        ("-1482062053189044535666198500902899844126931779856589343503992398346312171249783013749024193954653797399704880911110449456300406365070673876757495028500911646198797228998984273582579433873628679961657139818242003355415352117849145407649059135954199274559838476207792396680518662338353737142305785596108718756503480115942480210689069", "1331892206872593940545147902739583313320356089723225721943404651044608502190673217654986930979788637007253713398630670017341284625793717215834165477284822550998746299293107096494911651097503447631379338488095301623281882056554540806507825110241288784705441230789019505297531870473923839454367234718565638912387926810235678384493475", Ok(0xbff1cdd2281e2cb8)),
        ("-638152792633687069649142978427363955621490839496027741992364", "5406708560662452535338872621304992532106416376961806008497416280434422023674217330182340974587778056285187242857433058728886164460472891892151142184403014320364654220219375262902022946107511578849696067639478514677303746899388554859783995294143648693592749780903687733306020507475189297017414633451854", Ok(0x8de92f4dfa2304a4)),
        ("-1115296705653102313066909516044", "6261979608497810450636663426445677285852467031914528076286742766621514967533937020452259027336094403719433932054578844458605744895825733377716592017223933659100440877525745396905962269140766591366233292274437275512195859289012684901313447248872941142931565602860225338410873388075584217072191466039435", Ok(0x87b81671c05bdb37)),
        ("-15046490316250339", "12874621296106838707719885824778701618864184401942574694186245284835844018681740772846241530502442943570288211376688380565240447873611305625815218845280585259760121239363723511771539296127086941996466244762740910926161771293141391402671745329607604404284923891084336388059441906685902335950301501405784531876878977922450170372755988", Ok(0x800000000e1968d6)),
        ("1442621416017025603557534127225086852745292794976066700960932", "100880513568266855331259923044", Ok(0x46668fd82ad121ac)),
        ("-1139702300091215752", "292819066385066720153197315292744973362182705179791170801351", Ok(0xb755b3181934a3ae)),
        ("372743384972237039360160659996385086324969086133761266248572", "202156611", Ok(0x4a93b669677592d3)),
        ("678817679269390677", "435757537031443501922782788742780555618327499240288703616195", Ok(0x37415eb28cb9df7d)),
        ("-756411378764176137", "5954384311095983081715443523574904809262375155426819740140416516874113531884101484206156802331301194107465135997566850740194859017369287699691011757966102042078329162549546710319207283039577874951812116058563468467937689293248715181739643734598687969624826955940055960628022608843311557211715948894508612357983372569195765675097203", Ok(0x80000005fc8e9830)),
        ("-900219717447346564377646772679379138934733643283847778775948", "5728214262576535528146741104455606074635155249956055497764913206364772579349385262942465266562320772065683737666540953272140668170097857375833059306577347337012552749424180060413474507440464247303154689451400386073715307572346753029786236239829308335792219443848730993104647866923283455600646610337592", Ok(0x8df0c441dd188c63)),
        ("-562696508459218226319407353124", "927203280909206532941066482637912583273322849243694899701400", Ok(0xb9a89e26879731f9)),
        ("-1049169241570126320839889920666", "1064489017210323977636251337842", Ok(0xbfef8a1a7a81321f)),
        ("-2726479964015945141108707046775880954102702499209812285629373539776547062716604608391797225782752478455000745339197737418123411825973062545519412086722023231902843981663695320246842059387225008483564282301399330428145832682017105165605322509035268697037716135513503032968521160298482796107880167070244525155104610298538922724081454", "6336954484503606176476796025075416997746085555220769064620867412482380264998844357344841943308351883092826776750054132443465203079666358437983598436434208117674661876899527707405406427133939351146470227616010724875534307594733558318607186655050902976416490778683392384051715620237155896353538352185315396192404080316166642416690269", Ok(0xbfdb893acd510327)),
        ("-2110641460878857762087474336065280756178845878944724194306604090213909967950558112410616050033704853273528413572417773528156001047333122073381977668432766099960530538682881485354453475817041492313056658769035931394424563490696572216036572933707082963994486127572353759856292190202158568777989635441790", "599816203873513846033745201963888424752490486211307572681041", Ok(0xf1e0e30b55b11562)),
        ("-742626263766429464", "1024383463261933103003813894033", Ok(0xbd6981c3b38157a9)),
        ("-4917850285950643902151064813689723329857180297503927988385315295439819654409146220877508724425278956218339768647623124181409825822796480575612346760180018462853348714793289291853726650734285419442775349433280178887219678948738511993395012001494214314237916329728336337408408509357756493346763504037742405306132244633641291098834028", "1814392957283042729909750815394044010487174822138930480583806736627519409337259146040654082905939670508018935877840739857103315063324696576035673848563706452073763601112438268690245299502684512461542558800703758657734792659455567390736196751656732432187545495715655172623639612366746669011709677931775428834820382971986104295173786", Ok(0xc005af08c253294e)),
        ("622662190493918730403282672990", "467159824377821572374944370296", Ok(0x3ff5536cf8043315)),
        ("-572416780475210421298893421550", "5810947801453077332454038905885424436870117309047298554250182501271662665989259080426992318979696188126075860709617241777776395734543270823486302591732582708647247828280793094619364190168191392893684792340136821769837848143638889708556287167366382291821867881117612186043015531424243113146579545505956855837496197232760656631808702", Ok(0x8170e35b203b5d88)),
        ("294692055245493377", "650900878880584112141376767015", Ok(0x3d5fdbed56c1dfb1)),
        ("-819826804815778675", "806924207684968599217819417824", Ok(0xbd71df9c8bf18126)),
        ("2689343809309303952802312564948168156516929568698928564622712972808096545146729312704620291906724895662735855561655749874795917835395383341528577519734128991895874972995521218571996459994854427954810063510061626684822907794157568565280007088242357216559022116444922408343447924896087683731205752213801149951903293037138116833568388", "951643593947641354", Err("OverflowError: integer division result too large for a float")),
        ("3355587811446022683861279471349608818093885405", "591213025219075833558429515870", Ok(0x43342a14a782b4da)),
        ("3355587811446022683861279471349608818093885406", "591213025219075833558429515870", Ok(0x43342a14a782b4da)),
        ("3355587811446022683861279471349608818093885404", "591213025219075833558429515870", Ok(0x43342a14a782b4d9)),
        ("3961578852774651088459714466202969455665002008964564543605540126720", "697981143632632500267260043698631208442729993338880", Ok(0x43342a14a782b4da)),
        ("10809877358775011877960247101760506397889404569", "1846666630758093525472299400746", Ok(0x4334cbee666da13a)),
        ("10809877358775011877960247101760506397889404570", "1846666630758093525472299400746", Ok(0x4334cbee666da13b)),
        ("10809877358775011877960247101760506397889404568", "1846666630758093525472299400746", Ok(0x4334cbee666da13a)),
        ("12762050630752640694332698176796283992035739980947240674445550944256", "2180159150531458977910623619998127006815561977954304", Ok(0x4334cbee666da13a)),
        ("14851623983798512440076852762873959270951059915", "1875530355370107791512073563826", Ok(0x433c21f2db4100e2)),
        ("14851623983798512440076852762873959270951059916", "1875530355370107791512073563826", Ok(0x433c21f2db4100e2)),
        ("14851623983798512440076852762873959270951059914", "1875530355370107791512073563826", Ok(0x433c21f2db4100e1)),
        ("17533702829318262475400514796050657066851273482567400973734468648960", "2214235421951097934013208126912565477377383516340224", Ok(0x433c21f2db4100e2)),
        ("9494272967513250168463222367377606078329011183", "2008531416736724768789348814254", Ok(0x4330cb281284c454)),
        ("9494272967513250168463222367377606078329011184", "2008531416736724768789348814254", Ok(0x4330cb281284c455)),
        ("9494272967513250168463222367377606078329011182", "2008531416736724768789348814254", Ok(0x4330cb281284c454)),
        ("11208859110249974132538197816470351049323813558978927412709102190592", "2371255360547048149928289800391120718802151010205696", Ok(0x4330cb281284c454)),
        ("1042277513934171964103662521837474947274508505", "230650713233143196954271607870", Ok(0x43300de04e9b3904)),
        ("1042277513934171964103662521837474947274508506", "230650713233143196954271607870", Ok(0x43300de04e9b3904)),
        ("1042277513934171964103662521837474947274508504", "230650713233143196954271607870", Ok(0x43300de04e9b3903)),
        ("1230504099412858322260765415491156594355868346034878922901023621120", "272304299355543393400487089578650390526532916346880", Ok(0x43300de04e9b3904)),
        ("8601185655099969793090413452495009628500793097", "1802388904249497826744544143286", Ok(0x4330f433d55ed3f6)),
        ("8601185655099969793090413452495009628500793098", "1802388904249497826744544143286", Ok(0x4330f433d55ed3f6)),
        ("8601185655099969793090413452495009628500793096", "1802388904249497826744544143286", Ok(0x4330f433d55ed3f5)),
        ("10154487712645822411792756666634897563260858256110231134736511664128", "2127885237630993696537408064665789603835514678411264", Ok(0x4330f433d55ed3f6)),
        ("14725910875127201043772231271132935767989405775", "1732804608597666811802509397610", Ok(0x433e312b019eb6fa)),
        ("14725910875127201043772231271132935767989405776", "1732804608597666811802509397610", Ok(0x433e312b019eb6fa)),
        ("14725910875127201043772231271132935767989405774", "1732804608597666811802509397610", Ok(0x433e312b019eb6f9)),
        ("17385286986606574901363411230011021587686808501233555552865982873600", "2045734601250919002399325994050118802013399170416640", Ok(0x433e312b019eb6fa)),
        ("12252892303419233044016593207756301101188513027", "1381945279451515541917467851726", Ok(0x433f7ff3c13cd642)),
        ("12252892303419233044016593207756301101188513028", "1381945279451515541917467851726", Ok(0x433f7ff3c13cd643)),
        ("12252892303419233044016593207756301101188513026", "1381945279451515541917467851726", Ok(0x433f7ff3c13cd642)),
        ("14465661982969607316702970752044363379720363719489691386236473704448", "1631513017210440609279476966106322455860366828109824", Ok(0x433f7ff3c13cd642)),
        ("11344308030088831819209573518574789934432136821", "2395091731118252156015840335474", Ok(0x4330d3ce121f988e)),
        ("11344308030088831819209573518574789934432136822", "2395091731118252156015840335474", Ok(0x4330d3ce121f988f)),
        ("11344308030088831819209573518574789934432136820", "2395091731118252156015840335474", Ok(0x4330d3ce121f988e)),
        ("13392995003160117511657556165727976599230824111253994794027113775104", "2827625228607767605080823507642615345743075764862976", Ok(0x4330d3ce121f988e)),
        ("15179567902828142568580959321393434186725949127", "2233396723933231425678250616166", Ok(0x4338257f6578aece)),
        ("15179567902828142568580959321393434186725949128", "2233396723933231425678250616166", Ok(0x4338257f6578aecf)),
        ("15179567902828142568580959321393434186725949126", "2233396723933231425678250616166", Ok(0x4338257f6578aece)),
        ("17920870672189873011213007802392540460699356923697140302284584910848", "2636729458013290515456226546749487686711781185552384", Ok(0x4338257f6578aece)),
        ("10617309883461040945989242256864671399285458431", "1600801486695721466165687495718", Ok(0x433790385febfef2)),
        ("10617309883461040945989242256864671399285458432", "1600801486695721466165687495718", Ok(0x433790385febfef3)),
        ("10617309883461040945989242256864671399285458430", "1600801486695721466165687495718", Ok(0x433790385febfef2)),
        ("12534707082974259659662074943990294800629469531635782895233079967744", "1889892821624943333902778720909438865008108798738432", Ok(0x433790385febfef2)),
        ("20380256730430753833488861311089310369322637861", "2468490626050187653679580670182", Ok(0x433d54ef5863b484)),
        ("20380256730430753833488861311089310369322637862", "2468490626050187653679580670182", Ok(0x433d54ef5863b484)),
        ("20380256730430753833488861311089310369322637860", "2468490626050187653679580670182", Ok(0x433d54ef5863b483)),
        ("24060760324016173511193900739872381548175559032320357271849941336064", "2914279348934328320886165997796913353089024071303168", Ok(0x433d54ef5863b484)),
        ("8954069822115641540654698151303656384772507733", "1319777294374089751780898807754", Ok(0x43381a7eb1b077d8)),
        ("8954069822115641540654698151303656384772507734", "1319777294374089751780898807754", Ok(0x43381a7eb1b077d9)),
        ("8954069822115641540654698151303656384772507732", "1319777294374089751780898807754", Ok(0x43381a7eb1b077d8)),
        ("10571099803308367975854312169997635290257957527781661898452649377792", "1558118014951146655066725079581058660417044737949696", Ok(0x43381a7eb1b077d8)),
        ("7673717367429929096948860148554836620514794375", "874969165732009980749856172006", Ok(0x433f288404ff718e)),
        ("7673717367429929096948860148554836620514794376", "874969165732009980749856172006", Ok(0x433f288404ff718f)),
        ("7673717367429929096948860148554836620514794374", "874969165732009980749856172006", Ok(0x433f288404ff718e)),
        ("9059526423741446807727283218365780245294701935011023390444093440000", "1032981265449314918673252668244693654979355600748544", Ok(0x433f288404ff718e)),
        ("5827762304293821295665239860937857434379624797", "981900280565677029905837734878", Ok(0x43351605889b20ba)),
        ("5827762304293821295665239860937857434379624798", "981900280565677029905837734878", Ok(0x43351605889b20ba)),
        ("5827762304293821295665239860937857434379624796", "981900280565677029905837734878", Ok(0x43351605889b20b9)),
        ("6880207343982077990208608552706128037588313739146576314443841404928", "1159223243615913521246335072938512599725469725622272", Ok(0x43351605889b20ba)),
        ("6269984281239324906015179536684310286822065295", "720548338970489744670480390906", Ok(0x433eea22caf743fe)),
        ("6269984281239324906015179536684310286822065296", "720548338970489744670480390906", Ok(0x433eea22caf743fe)),
        ("6269984281239324906015179536684310286822065294", "720548338970489744670480390906", Ok(0x433eea22caf743fd)),
        ("7402290904461027794150704424715155559443990184449297054049585070080", "850673331310409142894726032873622102336106496262144", Ok(0x433eea22caf743fe)),
        ("12317047076951936189010697209397596613621211003", "1709698181552093852597706043462", Ok(0x43399833e4c8d264)),
        ("12317047076951936189010697209397596613621211004", "1709698181552093852597706043462", Ok(0x43399833e4c8d265)),
        ("12317047076951936189010697209397596613621211002", "1709698181552093852597706043462", Ok(0x43399833e4c8d264)),
        ("14541402571031339805331622986130827320254508812824556358275560374272", "2018455347096197396719297228283091009392475413413888", Ok(0x43399833e4c8d264)),
        ("3547277890572438014114590466228951612708096375", "444594856321286293271923642250", Ok(0x433c58900c8c0206)),
        ("3547277890572438014114590466228951612708096376", "444594856321286293271923642250", Ok(0x433c58900c8c0206)),
        ("3547277890572438014114590466228951612708096374", "444594856321286293271923642250", Ok(0x433c58900c8c0205)),
        ("4187886553965954577515837221357187731021940116955319762826559488000", "524884961986972000826755438692704206850373976064000", Ok(0x433c58900c8c0206)),
        ("14592145424683122267691705256672423786789602775", "2376262467050149060911239376830", Ok(0x4335d105b7b7b884)),
        ("14592145424683122267691705256672423786789602776", "2376262467050149060911239376830", Ok(0x4335d105b7b7b885)),
        ("14592145424683122267691705256672423786789602774", "2376262467050149060911239376830", Ok(0x4335d105b7b7b884)),
        ("17227364616670805373546700737776077519755067761171776299263957401600", "2805395557224689654826656062261341975102883805265920", Ok(0x4335d105b7b7b884)),
        ("13535183092757417252165539196762124536704574565", "1859203217729025085625989128390", Ok(0x4339dd3616362f4c)),
        ("13535183092757417252165539196762124536704574566", "1859203217729025085625989128390", Ok(0x4339dd3616362f4c)),
        ("13535183092757417252165539196762124536704574564", "1859203217729025085625989128390", Ok(0x4339dd3616362f4b)),
        ("15979523744185382845407648633598799323194680911456786268300047810560", "2194959740061735850620899971104072159367523582607360", Ok(0x4339dd3616362f4c)),
    ];
    #[rustfmt::skip]
    const FORMAT: &[(&str, &str, Result<&str, &str>)] = &[
        ("0", "", Ok("0")),
        ("0", "d", Ok("0")),
        ("0", ",", Ok("0")),
        ("0", "_", Ok("0")),
        ("0", ">30", Ok("                             0")),
        ("0", "<30", Ok("0                             ")),
        ("0", "^30", Ok("              0               ")),
        ("0", "=^40,", Ok("===================0====================")),
        ("0", "*=+40_d", Ok("+**************************************0")),
        ("0", "#x", Ok("0x0")),
        ("0", "#X", Ok("0X0")),
        ("0", "#o", Ok("0o0")),
        ("0", "#b", Ok("0b0")),
        ("0", "x", Ok("0")),
        ("0", "_x", Ok("0")),
        ("0", "#_b", Ok("0b0")),
        ("0", "+d", Ok("+0")),
        ("0", " d", Ok(" 0")),
        ("0", "+,", Ok("+0")),
        ("0", "040,", Ok("0,000,000,000,000,000,000,000,000,000,000")),
        ("0", "#040_x", Ok("0x000_0000_0000_0000_0000_0000_0000_0000")),
        ("0", "-", Ok("0")),
        ("0", ".3e", Ok("0.000e+00")),
        ("0", ".3E", Ok("0.000E+00")),
        ("0", "e", Ok("0.000000e+00")),
        ("0", "f", Ok("0.000000")),
        ("0", ".2f", Ok("0.00")),
        ("0", ",.2f", Ok("0.00")),
        ("0", "g", Ok("0")),
        ("0", ".10g", Ok("0")),
        ("0", "G", Ok("0")),
        ("0", "%", Ok("0.000000%")),
        ("0", ".1%", Ok("0.0%")),
        ("0", "n", Ok("0")),
        ("0", "c", Ok("\u{0}")),
        ("0", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("0", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("0", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("0", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("0", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("0", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("0", "0=50", Ok("00000000000000000000000000000000000000000000000000")),
        ("0", "#30o", Ok("                           0o0")),
        ("18446744073709551616", "", Ok("18446744073709551616")),
        ("18446744073709551616", "d", Ok("18446744073709551616")),
        ("18446744073709551616", ",", Ok("18,446,744,073,709,551,616")),
        ("18446744073709551616", "_", Ok("18_446_744_073_709_551_616")),
        ("18446744073709551616", ">30", Ok("          18446744073709551616")),
        ("18446744073709551616", "<30", Ok("18446744073709551616          ")),
        ("18446744073709551616", "^30", Ok("     18446744073709551616     ")),
        ("18446744073709551616", "=^40,", Ok("=======18,446,744,073,709,551,616=======")),
        ("18446744073709551616", "*=+40_d", Ok("+*************18_446_744_073_709_551_616")),
        ("18446744073709551616", "#x", Ok("0x10000000000000000")),
        ("18446744073709551616", "#X", Ok("0X10000000000000000")),
        ("18446744073709551616", "#o", Ok("0o2000000000000000000000")),
        ("18446744073709551616", "#b", Ok("0b10000000000000000000000000000000000000000000000000000000000000000")),
        ("18446744073709551616", "x", Ok("10000000000000000")),
        ("18446744073709551616", "_x", Ok("1_0000_0000_0000_0000")),
        ("18446744073709551616", "#_b", Ok("0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("18446744073709551616", "+d", Ok("+18446744073709551616")),
        ("18446744073709551616", " d", Ok(" 18446744073709551616")),
        ("18446744073709551616", "+,", Ok("+18,446,744,073,709,551,616")),
        ("18446744073709551616", "040,", Ok("0,000,000,000,018,446,744,073,709,551,616")),
        ("18446744073709551616", "#040_x", Ok("0x000_0000_0000_0001_0000_0000_0000_0000")),
        ("18446744073709551616", "-", Ok("18446744073709551616")),
        ("18446744073709551616", ".3e", Ok("1.845e+19")),
        ("18446744073709551616", ".3E", Ok("1.845E+19")),
        ("18446744073709551616", "e", Ok("1.844674e+19")),
        ("18446744073709551616", "f", Ok("18446744073709551616.000000")),
        ("18446744073709551616", ".2f", Ok("18446744073709551616.00")),
        ("18446744073709551616", ",.2f", Ok("18,446,744,073,709,551,616.00")),
        ("18446744073709551616", "g", Ok("1.84467e+19")),
        ("18446744073709551616", ".10g", Ok("1.844674407e+19")),
        ("18446744073709551616", "G", Ok("1.84467E+19")),
        ("18446744073709551616", "%", Ok("1844674407370955161600.000000%")),
        ("18446744073709551616", ".1%", Ok("1844674407370955161600.0%")),
        ("18446744073709551616", "n", Ok("18446744073709551616")),
        ("18446744073709551616", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("18446744073709551616", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("18446744073709551616", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("18446744073709551616", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("18446744073709551616", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("18446744073709551616", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("18446744073709551616", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("18446744073709551616", "0=50", Ok("00000000000000000000000000000018446744073709551616")),
        ("18446744073709551616", "#30o", Ok("      0o2000000000000000000000")),
        ("-18446744073709551616", "", Ok("-18446744073709551616")),
        ("-18446744073709551616", "d", Ok("-18446744073709551616")),
        ("-18446744073709551616", ",", Ok("-18,446,744,073,709,551,616")),
        ("-18446744073709551616", "_", Ok("-18_446_744_073_709_551_616")),
        ("-18446744073709551616", ">30", Ok("         -18446744073709551616")),
        ("-18446744073709551616", "<30", Ok("-18446744073709551616         ")),
        ("-18446744073709551616", "^30", Ok("    -18446744073709551616     ")),
        ("-18446744073709551616", "=^40,", Ok("======-18,446,744,073,709,551,616=======")),
        ("-18446744073709551616", "*=+40_d", Ok("-*************18_446_744_073_709_551_616")),
        ("-18446744073709551616", "#x", Ok("-0x10000000000000000")),
        ("-18446744073709551616", "#X", Ok("-0X10000000000000000")),
        ("-18446744073709551616", "#o", Ok("-0o2000000000000000000000")),
        ("-18446744073709551616", "#b", Ok("-0b10000000000000000000000000000000000000000000000000000000000000000")),
        ("-18446744073709551616", "x", Ok("-10000000000000000")),
        ("-18446744073709551616", "_x", Ok("-1_0000_0000_0000_0000")),
        ("-18446744073709551616", "#_b", Ok("-0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("-18446744073709551616", "+d", Ok("-18446744073709551616")),
        ("-18446744073709551616", " d", Ok("-18446744073709551616")),
        ("-18446744073709551616", "+,", Ok("-18,446,744,073,709,551,616")),
        ("-18446744073709551616", "040,", Ok("-000,000,000,018,446,744,073,709,551,616")),
        ("-18446744073709551616", "#040_x", Ok("-0x00_0000_0000_0001_0000_0000_0000_0000")),
        ("-18446744073709551616", "-", Ok("-18446744073709551616")),
        ("-18446744073709551616", ".3e", Ok("-1.845e+19")),
        ("-18446744073709551616", ".3E", Ok("-1.845E+19")),
        ("-18446744073709551616", "e", Ok("-1.844674e+19")),
        ("-18446744073709551616", "f", Ok("-18446744073709551616.000000")),
        ("-18446744073709551616", ".2f", Ok("-18446744073709551616.00")),
        ("-18446744073709551616", ",.2f", Ok("-18,446,744,073,709,551,616.00")),
        ("-18446744073709551616", "g", Ok("-1.84467e+19")),
        ("-18446744073709551616", ".10g", Ok("-1.844674407e+19")),
        ("-18446744073709551616", "G", Ok("-1.84467E+19")),
        ("-18446744073709551616", "%", Ok("-1844674407370955161600.000000%")),
        ("-18446744073709551616", ".1%", Ok("-1844674407370955161600.0%")),
        ("-18446744073709551616", "n", Ok("-18446744073709551616")),
        ("-18446744073709551616", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("-18446744073709551616", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("-18446744073709551616", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("-18446744073709551616", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("-18446744073709551616", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("-18446744073709551616", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("-18446744073709551616", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("-18446744073709551616", "0=50", Ok("-0000000000000000000000000000018446744073709551616")),
        ("-18446744073709551616", "#30o", Ok("     -0o2000000000000000000000")),
        ("170141183460469231731687303715884105727", "", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "d", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", ",", Ok("170,141,183,460,469,231,731,687,303,715,884,105,727")),
        ("170141183460469231731687303715884105727", "_", Ok("170_141_183_460_469_231_731_687_303_715_884_105_727")),
        ("170141183460469231731687303715884105727", ">30", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "<30", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "^30", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "=^40,", Ok("170,141,183,460,469,231,731,687,303,715,884,105,727")),
        ("170141183460469231731687303715884105727", "*=+40_d", Ok("+170_141_183_460_469_231_731_687_303_715_884_105_727")),
        ("170141183460469231731687303715884105727", "#x", Ok("0x7fffffffffffffffffffffffffffffff")),
        ("170141183460469231731687303715884105727", "#X", Ok("0X7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")),
        ("170141183460469231731687303715884105727", "#o", Ok("0o1777777777777777777777777777777777777777777")),
        ("170141183460469231731687303715884105727", "#b", Ok("0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111")),
        ("170141183460469231731687303715884105727", "x", Ok("7fffffffffffffffffffffffffffffff")),
        ("170141183460469231731687303715884105727", "_x", Ok("7fff_ffff_ffff_ffff_ffff_ffff_ffff_ffff")),
        ("170141183460469231731687303715884105727", "#_b", Ok("0b111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111")),
        ("170141183460469231731687303715884105727", "+d", Ok("+170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", " d", Ok(" 170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "+,", Ok("+170,141,183,460,469,231,731,687,303,715,884,105,727")),
        ("170141183460469231731687303715884105727", "040,", Ok("170,141,183,460,469,231,731,687,303,715,884,105,727")),
        ("170141183460469231731687303715884105727", "#040_x", Ok("0x7fff_ffff_ffff_ffff_ffff_ffff_ffff_ffff")),
        ("170141183460469231731687303715884105727", "-", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", ".3e", Ok("1.701e+38")),
        ("170141183460469231731687303715884105727", ".3E", Ok("1.701E+38")),
        ("170141183460469231731687303715884105727", "e", Ok("1.701412e+38")),
        ("170141183460469231731687303715884105727", "f", Ok("170141183460469231731687303715884105728.000000")),
        ("170141183460469231731687303715884105727", ".2f", Ok("170141183460469231731687303715884105728.00")),
        ("170141183460469231731687303715884105727", ",.2f", Ok("170,141,183,460,469,231,731,687,303,715,884,105,728.00")),
        ("170141183460469231731687303715884105727", "g", Ok("1.70141e+38")),
        ("170141183460469231731687303715884105727", ".10g", Ok("1.701411835e+38")),
        ("170141183460469231731687303715884105727", "G", Ok("1.70141E+38")),
        ("170141183460469231731687303715884105727", "%", Ok("17014118346046923173168730371588410572800.000000%")),
        ("170141183460469231731687303715884105727", ".1%", Ok("17014118346046923173168730371588410572800.0%")),
        ("170141183460469231731687303715884105727", "n", Ok("170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("170141183460469231731687303715884105727", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("170141183460469231731687303715884105727", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("170141183460469231731687303715884105727", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("170141183460469231731687303715884105727", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("170141183460469231731687303715884105727", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("170141183460469231731687303715884105727", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("170141183460469231731687303715884105727", "0=50", Ok("00000000000170141183460469231731687303715884105727")),
        ("170141183460469231731687303715884105727", "#30o", Ok("0o1777777777777777777777777777777777777777777")),
        ("-515377520732011331036461129765621272702107522001", "", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "d", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", ",", Ok("-515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001")),
        ("-515377520732011331036461129765621272702107522001", "_", Ok("-515_377_520_732_011_331_036_461_129_765_621_272_702_107_522_001")),
        ("-515377520732011331036461129765621272702107522001", ">30", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "<30", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "^30", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "=^40,", Ok("-515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001")),
        ("-515377520732011331036461129765621272702107522001", "*=+40_d", Ok("-515_377_520_732_011_331_036_461_129_765_621_272_702_107_522_001")),
        ("-515377520732011331036461129765621272702107522001", "#x", Ok("-0x5a4653ca673768565b41f775d6947d55cf3813d1")),
        ("-515377520732011331036461129765621272702107522001", "#X", Ok("-0X5A4653CA673768565B41F775D6947D55CF3813D1")),
        ("-515377520732011331036461129765621272702107522001", "#o", Ok("-0o55106247451471566412626640767353532243725271716011721")),
        ("-515377520732011331036461129765621272702107522001", "#b", Ok("-0b101101001000110010100111100101001100111001101110110100001010110010110110100000111110111011101011101011010010100011111010101010111001111001110000001001111010001")),
        ("-515377520732011331036461129765621272702107522001", "x", Ok("-5a4653ca673768565b41f775d6947d55cf3813d1")),
        ("-515377520732011331036461129765621272702107522001", "_x", Ok("-5a46_53ca_6737_6856_5b41_f775_d694_7d55_cf38_13d1")),
        ("-515377520732011331036461129765621272702107522001", "#_b", Ok("-0b101_1010_0100_0110_0101_0011_1100_1010_0110_0111_0011_0111_0110_1000_0101_0110_0101_1011_0100_0001_1111_0111_0111_0101_1101_0110_1001_0100_0111_1101_0101_0101_1100_1111_0011_1000_0001_0011_1101_0001")),
        ("-515377520732011331036461129765621272702107522001", "+d", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", " d", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "+,", Ok("-515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001")),
        ("-515377520732011331036461129765621272702107522001", "040,", Ok("-515,377,520,732,011,331,036,461,129,765,621,272,702,107,522,001")),
        ("-515377520732011331036461129765621272702107522001", "#040_x", Ok("-0x5a46_53ca_6737_6856_5b41_f775_d694_7d55_cf38_13d1")),
        ("-515377520732011331036461129765621272702107522001", "-", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", ".3e", Ok("-5.154e+47")),
        ("-515377520732011331036461129765621272702107522001", ".3E", Ok("-5.154E+47")),
        ("-515377520732011331036461129765621272702107522001", "e", Ok("-5.153775e+47")),
        ("-515377520732011331036461129765621272702107522001", "f", Ok("-515377520732011324194596268868618440852459487232.000000")),
        ("-515377520732011331036461129765621272702107522001", ".2f", Ok("-515377520732011324194596268868618440852459487232.00")),
        ("-515377520732011331036461129765621272702107522001", ",.2f", Ok("-515,377,520,732,011,324,194,596,268,868,618,440,852,459,487,232.00")),
        ("-515377520732011331036461129765621272702107522001", "g", Ok("-5.15378e+47")),
        ("-515377520732011331036461129765621272702107522001", ".10g", Ok("-5.153775207e+47")),
        ("-515377520732011331036461129765621272702107522001", "G", Ok("-5.15378E+47")),
        ("-515377520732011331036461129765621272702107522001", "%", Ok("-51537752073201129174274090302594576253685742960640.000000%")),
        ("-515377520732011331036461129765621272702107522001", ".1%", Ok("-51537752073201129174274090302594576253685742960640.0%")),
        ("-515377520732011331036461129765621272702107522001", "n", Ok("-515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("-515377520732011331036461129765621272702107522001", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("-515377520732011331036461129765621272702107522001", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("-515377520732011331036461129765621272702107522001", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("-515377520732011331036461129765621272702107522001", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("-515377520732011331036461129765621272702107522001", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("-515377520732011331036461129765621272702107522001", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("-515377520732011331036461129765621272702107522001", "0=50", Ok("-0515377520732011331036461129765621272702107522001")),
        ("-515377520732011331036461129765621272702107522001", "#30o", Ok("-0o55106247451471566412626640767353532243725271716011721")),
        ("52036560683837093888", "", Ok("52036560683837093888")),
        ("52036560683837093888", "d", Ok("52036560683837093888")),
        ("52036560683837093888", ",", Ok("52,036,560,683,837,093,888")),
        ("52036560683837093888", "_", Ok("52_036_560_683_837_093_888")),
        ("52036560683837093888", ">30", Ok("          52036560683837093888")),
        ("52036560683837093888", "<30", Ok("52036560683837093888          ")),
        ("52036560683837093888", "^30", Ok("     52036560683837093888     ")),
        ("52036560683837093888", "=^40,", Ok("=======52,036,560,683,837,093,888=======")),
        ("52036560683837093888", "*=+40_d", Ok("+*************52_036_560_683_837_093_888")),
        ("52036560683837093888", "#x", Ok("0x2d227003d8d2af800")),
        ("52036560683837093888", "#X", Ok("0X2D227003D8D2AF800")),
        ("52036560683837093888", "#o", Ok("0o5510470003661512574000")),
        ("52036560683837093888", "#b", Ok("0b101101001000100111000000000011110110001101001010101111100000000000")),
        ("52036560683837093888", "x", Ok("2d227003d8d2af800")),
        ("52036560683837093888", "_x", Ok("2_d227_003d_8d2a_f800")),
        ("52036560683837093888", "#_b", Ok("0b10_1101_0010_0010_0111_0000_0000_0011_1101_1000_1101_0010_1010_1111_1000_0000_0000")),
        ("52036560683837093888", "+d", Ok("+52036560683837093888")),
        ("52036560683837093888", " d", Ok(" 52036560683837093888")),
        ("52036560683837093888", "+,", Ok("+52,036,560,683,837,093,888")),
        ("52036560683837093888", "040,", Ok("0,000,000,000,052,036,560,683,837,093,888")),
        ("52036560683837093888", "#040_x", Ok("0x000_0000_0000_0002_d227_003d_8d2a_f800")),
        ("52036560683837093888", "-", Ok("52036560683837093888")),
        ("52036560683837093888", ".3e", Ok("5.204e+19")),
        ("52036560683837093888", ".3E", Ok("5.204E+19")),
        ("52036560683837093888", "e", Ok("5.203656e+19")),
        ("52036560683837093888", "f", Ok("52036560683837095936.000000")),
        ("52036560683837093888", ".2f", Ok("52036560683837095936.00")),
        ("52036560683837093888", ",.2f", Ok("52,036,560,683,837,095,936.00")),
        ("52036560683837093888", "g", Ok("5.20366e+19")),
        ("52036560683837093888", ".10g", Ok("5.203656068e+19")),
        ("52036560683837093888", "G", Ok("5.20366E+19")),
        ("52036560683837093888", "%", Ok("5203656068383709855744.000000%")),
        ("52036560683837093888", ".1%", Ok("5203656068383709855744.0%")),
        ("52036560683837093888", "n", Ok("52036560683837093888")),
        ("52036560683837093888", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("52036560683837093888", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("52036560683837093888", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("52036560683837093888", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("52036560683837093888", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("52036560683837093888", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("52036560683837093888", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("52036560683837093888", "0=50", Ok("00000000000000000000000000000052036560683837093888")),
        ("52036560683837093888", "#30o", Ok("      0o5510470003661512574000")),
        ("100000000000000000000", "", Ok("100000000000000000000")),
        ("100000000000000000000", "d", Ok("100000000000000000000")),
        ("100000000000000000000", ",", Ok("100,000,000,000,000,000,000")),
        ("100000000000000000000", "_", Ok("100_000_000_000_000_000_000")),
        ("100000000000000000000", ">30", Ok("         100000000000000000000")),
        ("100000000000000000000", "<30", Ok("100000000000000000000         ")),
        ("100000000000000000000", "^30", Ok("    100000000000000000000     ")),
        ("100000000000000000000", "=^40,", Ok("======100,000,000,000,000,000,000=======")),
        ("100000000000000000000", "*=+40_d", Ok("+************100_000_000_000_000_000_000")),
        ("100000000000000000000", "#x", Ok("0x56bc75e2d63100000")),
        ("100000000000000000000", "#X", Ok("0X56BC75E2D63100000")),
        ("100000000000000000000", "#o", Ok("0o12657072742654304000000")),
        ("100000000000000000000", "#b", Ok("0b1010110101111000111010111100010110101100011000100000000000000000000")),
        ("100000000000000000000", "x", Ok("56bc75e2d63100000")),
        ("100000000000000000000", "_x", Ok("5_6bc7_5e2d_6310_0000")),
        ("100000000000000000000", "#_b", Ok("0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000")),
        ("100000000000000000000", "+d", Ok("+100000000000000000000")),
        ("100000000000000000000", " d", Ok(" 100000000000000000000")),
        ("100000000000000000000", "+,", Ok("+100,000,000,000,000,000,000")),
        ("100000000000000000000", "040,", Ok("0,000,000,000,100,000,000,000,000,000,000")),
        ("100000000000000000000", "#040_x", Ok("0x000_0000_0000_0005_6bc7_5e2d_6310_0000")),
        ("100000000000000000000", "-", Ok("100000000000000000000")),
        ("100000000000000000000", ".3e", Ok("1.000e+20")),
        ("100000000000000000000", ".3E", Ok("1.000E+20")),
        ("100000000000000000000", "e", Ok("1.000000e+20")),
        ("100000000000000000000", "f", Ok("100000000000000000000.000000")),
        ("100000000000000000000", ".2f", Ok("100000000000000000000.00")),
        ("100000000000000000000", ",.2f", Ok("100,000,000,000,000,000,000.00")),
        ("100000000000000000000", "g", Ok("1e+20")),
        ("100000000000000000000", ".10g", Ok("1e+20")),
        ("100000000000000000000", "G", Ok("1E+20")),
        ("100000000000000000000", "%", Ok("10000000000000000000000.000000%")),
        ("100000000000000000000", ".1%", Ok("10000000000000000000000.0%")),
        ("100000000000000000000", "n", Ok("100000000000000000000")),
        ("100000000000000000000", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("100000000000000000000", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("100000000000000000000", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("100000000000000000000", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("100000000000000000000", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("100000000000000000000", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("100000000000000000000", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("100000000000000000000", "0=50", Ok("00000000000000000000000000000100000000000000000000")),
        ("100000000000000000000", "#30o", Ok("     0o12657072742654304000000")),
        ("-9999999999999999999999999", "", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", "d", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", ",", Ok("-9,999,999,999,999,999,999,999,999")),
        ("-9999999999999999999999999", "_", Ok("-9_999_999_999_999_999_999_999_999")),
        ("-9999999999999999999999999", ">30", Ok("    -9999999999999999999999999")),
        ("-9999999999999999999999999", "<30", Ok("-9999999999999999999999999    ")),
        ("-9999999999999999999999999", "^30", Ok("  -9999999999999999999999999  ")),
        ("-9999999999999999999999999", "=^40,", Ok("===-9,999,999,999,999,999,999,999,999===")),
        ("-9999999999999999999999999", "*=+40_d", Ok("-******9_999_999_999_999_999_999_999_999")),
        ("-9999999999999999999999999", "#x", Ok("-0x845951614014849ffffff")),
        ("-9999999999999999999999999", "#X", Ok("-0X845951614014849FFFFFF")),
        ("-9999999999999999999999999", "#o", Ok("-0o4105452130240024411177777777")),
        ("-9999999999999999999999999", "#b", Ok("-0b100001000101100101010001011000010100000000010100100001001001111111111111111111111111")),
        ("-9999999999999999999999999", "x", Ok("-845951614014849ffffff")),
        ("-9999999999999999999999999", "_x", Ok("-8_4595_1614_0148_49ff_ffff")),
        ("-9999999999999999999999999", "#_b", Ok("-0b1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1111")),
        ("-9999999999999999999999999", "+d", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", " d", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", "+,", Ok("-9,999,999,999,999,999,999,999,999")),
        ("-9999999999999999999999999", "040,", Ok("-000,009,999,999,999,999,999,999,999,999")),
        ("-9999999999999999999999999", "#040_x", Ok("-0x00_0000_0008_4595_1614_0148_49ff_ffff")),
        ("-9999999999999999999999999", "-", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", ".3e", Ok("-1.000e+25")),
        ("-9999999999999999999999999", ".3E", Ok("-1.000E+25")),
        ("-9999999999999999999999999", "e", Ok("-1.000000e+25")),
        ("-9999999999999999999999999", "f", Ok("-10000000000000000905969664.000000")),
        ("-9999999999999999999999999", ".2f", Ok("-10000000000000000905969664.00")),
        ("-9999999999999999999999999", ",.2f", Ok("-10,000,000,000,000,000,905,969,664.00")),
        ("-9999999999999999999999999", "g", Ok("-1e+25")),
        ("-9999999999999999999999999", ".10g", Ok("-1e+25")),
        ("-9999999999999999999999999", "G", Ok("-1E+25")),
        ("-9999999999999999999999999", "%", Ok("-1000000000000000150726508544.000000%")),
        ("-9999999999999999999999999", ".1%", Ok("-1000000000000000150726508544.0%")),
        ("-9999999999999999999999999", "n", Ok("-9999999999999999999999999")),
        ("-9999999999999999999999999", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("-9999999999999999999999999", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("-9999999999999999999999999", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("-9999999999999999999999999", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("-9999999999999999999999999", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("-9999999999999999999999999", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("-9999999999999999999999999", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("-9999999999999999999999999", "0=50", Ok("-0000000000000000000000009999999999999999999999999")),
        ("-9999999999999999999999999", "#30o", Ok("-0o4105452130240024411177777777")),
        ("1180591620717411303424", "", Ok("1180591620717411303424")),
        ("1180591620717411303424", "d", Ok("1180591620717411303424")),
        ("1180591620717411303424", ",", Ok("1,180,591,620,717,411,303,424")),
        ("1180591620717411303424", "_", Ok("1_180_591_620_717_411_303_424")),
        ("1180591620717411303424", ">30", Ok("        1180591620717411303424")),
        ("1180591620717411303424", "<30", Ok("1180591620717411303424        ")),
        ("1180591620717411303424", "^30", Ok("    1180591620717411303424    ")),
        ("1180591620717411303424", "=^40,", Ok("=====1,180,591,620,717,411,303,424======")),
        ("1180591620717411303424", "*=+40_d", Ok("+**********1_180_591_620_717_411_303_424")),
        ("1180591620717411303424", "#x", Ok("0x400000000000000000")),
        ("1180591620717411303424", "#X", Ok("0X400000000000000000")),
        ("1180591620717411303424", "#o", Ok("0o200000000000000000000000")),
        ("1180591620717411303424", "#b", Ok("0b10000000000000000000000000000000000000000000000000000000000000000000000")),
        ("1180591620717411303424", "x", Ok("400000000000000000")),
        ("1180591620717411303424", "_x", Ok("40_0000_0000_0000_0000")),
        ("1180591620717411303424", "#_b", Ok("0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("1180591620717411303424", "+d", Ok("+1180591620717411303424")),
        ("1180591620717411303424", " d", Ok(" 1180591620717411303424")),
        ("1180591620717411303424", "+,", Ok("+1,180,591,620,717,411,303,424")),
        ("1180591620717411303424", "040,", Ok("0,000,000,001,180,591,620,717,411,303,424")),
        ("1180591620717411303424", "#040_x", Ok("0x000_0000_0000_0040_0000_0000_0000_0000")),
        ("1180591620717411303424", "-", Ok("1180591620717411303424")),
        ("1180591620717411303424", ".3e", Ok("1.181e+21")),
        ("1180591620717411303424", ".3E", Ok("1.181E+21")),
        ("1180591620717411303424", "e", Ok("1.180592e+21")),
        ("1180591620717411303424", "f", Ok("1180591620717411303424.000000")),
        ("1180591620717411303424", ".2f", Ok("1180591620717411303424.00")),
        ("1180591620717411303424", ",.2f", Ok("1,180,591,620,717,411,303,424.00")),
        ("1180591620717411303424", "g", Ok("1.18059e+21")),
        ("1180591620717411303424", ".10g", Ok("1.180591621e+21")),
        ("1180591620717411303424", "G", Ok("1.18059E+21")),
        ("1180591620717411303424", "%", Ok("118059162071741130342400.000000%")),
        ("1180591620717411303424", ".1%", Ok("118059162071741130342400.0%")),
        ("1180591620717411303424", "n", Ok("1180591620717411303424")),
        ("1180591620717411303424", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("1180591620717411303424", ".2", Err("ValueError: Precision not allowed in integer format specifier")),
        ("1180591620717411303424", "z", Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier")),
        ("1180591620717411303424", "s", Err("ValueError: Unknown format code 's' for object of type 'int'")),
        ("1180591620717411303424", ",c", Err("ValueError: Cannot specify ',' with 'c'.")),
        ("1180591620717411303424", ",x", Err("ValueError: Cannot specify ',' with 'x'.")),
        ("1180591620717411303424", "_n", Err("ValueError: Cannot specify '_' with 'n'.")),
        ("1180591620717411303424", "0=50", Ok("00000000000000000000000000001180591620717411303424")),
        ("1180591620717411303424", "#30o", Ok("    0o200000000000000000000000")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "e", Err("OverflowError: int too large to convert to float")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "%", Err("OverflowError: int too large to convert to float")),
        ("65", "c", Ok("A")),
        ("1114111", "c", Ok("\u{10ffff}")),
        ("1114112", "c", Err("OverflowError: %c arg not in range(0x110000)")),
        ("-1", "c", Err("OverflowError: %c arg not in range(0x110000)")),
        ("9223372036854775808", "c", Err("OverflowError: Python int too large to convert to C long")),
        ("-9223372036854775809", "c", Err("OverflowError: Python int too large to convert to C long")),
    ];
    #[rustfmt::skip]
    const PARSE: &[(&str, i64, Result<&str, &str>)] = &[
        ("123", 10, Ok("123")),
        ("  -42\n", 10, Ok("-42")),
        ("+7", 10, Ok("7")),
        ("1_000_000", 10, Ok("1000000")),
        ("1__0", 10, Err("ValueError: invalid literal for int() with base 10: '1__0'")),
        ("_1", 10, Err("ValueError: invalid literal for int() with base 10: '_1'")),
        ("1_", 10, Err("ValueError: invalid literal for int() with base 10: '1_'")),
        ("0x1f", 16, Ok("31")),
        ("0X1F", 16, Ok("31")),
        ("0x1f", 0, Ok("31")),
        ("0o17", 0, Ok("15")),
        ("0b101", 0, Ok("5")),
        ("0b_101", 0, Ok("5")),
        ("0_0", 0, Ok("0")),
        ("00", 0, Ok("0")),
        ("010", 0, Err("ValueError: invalid literal for int() with base 0: '010'")),
        ("0x", 16, Err("ValueError: invalid literal for int() with base 16: '0x'")),
        ("0x_", 0, Err("ValueError: invalid literal for int() with base 0: '0x_'")),
        ("abc", 10, Err("ValueError: invalid literal for int() with base 10: 'abc'")),
        (" abc ", 10, Err("ValueError: invalid literal for int() with base 10: ' abc '")),
        ("abc", 16, Ok("2748")),
        ("ABC", 36, Ok("13368")),
        ("zz", 36, Ok("1295")),
        ("z", 35, Err("ValueError: invalid literal for int() with base 35: 'z'")),
        ("-0x_1f", 16, Ok("-31")),
        ("0b101", 2, Ok("5")),
        ("0b101", 16, Ok("45313")),
        ("0o17", 8, Ok("15")),
        ("0o17", 10, Err("ValueError: invalid literal for int() with base 10: '0o17'")),
        ("", 10, Err("ValueError: invalid literal for int() with base 10: ''")),
        (" ", 10, Err("ValueError: invalid literal for int() with base 10: ' '")),
        ("-", 10, Err("ValueError: invalid literal for int() with base 10: '-'")),
        ("+-1", 10, Err("ValueError: invalid literal for int() with base 10: '+-1'")),
        ("1 2", 10, Err("ValueError: invalid literal for int() with base 10: '1 2'")),
        ("12.5", 10, Err("ValueError: invalid literal for int() with base 10: '12.5'")),
        ("\u{663}\u{664}", 10, Ok("34")),
        ("\u{a0} 99 \u{2003}", 10, Ok("99")),
        ("99\u{e9}", 10, Err("ValueError: invalid literal for int() with base 10: '99\u{e9}'")),
        ("2222222222222222222222222222222222222222", 10, Ok("2222222222222222222222222222222222222222")),
        ("-999999999999999999999999999999999999999999999999999999999999", 10, Ok("-999999999999999999999999999999999999999999999999999999999999")),
        ("ffffffffffffffffffffffffffffffffffffffff", 16, Ok("1461501637330902918203684832716283019655932542975")),
        ("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2, Ok("1361129467683753853853498429727072845823")),
        ("77777777777777777777777777777777777777777777777777", 8, Ok("1427247692705959881058285969449495136382746623")),
        ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 36, Ok("48873677980689257489322752273774603865660850175")),
        ("18446744073709551616", 10, Ok("18446744073709551616")),
        ("-9223372036854775809", 10, Ok("-9223372036854775809")),
        ("123", 37, Err("ValueError: int() base must be >= 2 and <= 36, or 0")),
        ("123", 1, Err("ValueError: int() base must be >= 2 and <= 36, or 0")),
        ("0", 0, Ok("0")),
        ("-0", 10, Ok("0")),
        ("0xffffffffffffffffffff", 0, Ok("1208925819614629174706175")),
        ("1\n", 0, Ok("1")),
        ("0b2", 0, Err("ValueError: invalid literal for int() with base 0: '0b2'")),
        ("0o8", 0, Err("ValueError: invalid literal for int() with base 0: '0o8'")),
        ("1e5", 10, Err("ValueError: invalid literal for int() with base 10: '1e5'")),
    ];
    #[rustfmt::skip]
    const FROM_F64: &[(u64, Result<&str, &str>)] = &[
        (0x0000000000000000, Ok("0")),
        (0x8000000000000000, Ok("0")),
        (0x3fe0000000000000, Ok("0")),
        (0xbfeccccccccccccd, Ok("0")),
        (0x3ff0000000000000, Ok("1")),
        (0xbff8000000000000, Ok("-1")),
        (0x4202a05f20000000, Ok("10000000000")),
        (0x4340000000000001, Ok("9007199254740994")),
        (0x43f0000000000000, Ok("18446744073709551616")),
        (0xc3f0000000000000, Ok("-18446744073709551616")),
        (0x7e37e43c8800759c, Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (0xffefffffffffffff, Ok("-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        (0x0000000000000001, Ok("0")),
        (0x419d6f3457f2b021, Ok("123456789")),
        (0x43e0000000000000, Ok("9223372036854775808")),
        (0xc3e0000000000000, Ok("-9223372036854775808")),
        (0x7ff0000000000000, Err("OverflowError: cannot convert float infinity to integer")),
        (0xfff0000000000000, Err("OverflowError: cannot convert float infinity to integer")),
        (0x7ff8000000000000, Err("ValueError: cannot convert float NaN to integer")),
    ];

    /// `(a, b, a+b, a-b, a*b, a//b, a%b, a&b, a|b, a^b, cmp)`; `ZD` marks division by zero.
    #[test]
    fn arithmetic_matches_cpython() {
        for &(a, b, sum, diff, prod, fdiv, md, and, or, xor, cmp) in ARITH {
            let (x, y) = (int(a), int(b));
            let ctx = format!("{} ? {}", a, b);
            assert_eq!(x.to_string(), a);
            assert_eq!(x.add(&y).to_string(), sum, "{}", ctx);
            assert_eq!(x.sub(&y).to_string(), diff, "{}", ctx);
            assert_eq!(x.mul(&y).to_string(), prod, "{}", ctx);
            if fdiv == "ZD" {
                assert_eq!(
                    show(x.floordiv(&y)).unwrap_err(),
                    "ZeroDivisionError: integer division or modulo by zero"
                );
                assert_eq!(
                    show(x.modulo(&y)).unwrap_err(),
                    "ZeroDivisionError: integer modulo by zero"
                );
                assert!(x.divmod(&y).is_err());
            } else {
                assert_eq!(x.floordiv(&y).unwrap().to_string(), fdiv, "{}", ctx);
                assert_eq!(x.modulo(&y).unwrap().to_string(), md, "{}", ctx);
                let (q, r) = x.divmod(&y).unwrap();
                assert_eq!(
                    (q.to_string(), r.to_string()),
                    (fdiv.to_string(), md.to_string())
                );
            }
            assert_eq!(x.bitand(&y).to_string(), and, "{}", ctx);
            assert_eq!(x.bitor(&y).to_string(), or, "{}", ctx);
            assert_eq!(x.bitxor(&y).to_string(), xor, "{}", ctx);
            let c = match cmp {
                "1" => Ordering::Greater,
                "-1" => Ordering::Less,
                _ => Ordering::Equal,
            };
            assert_eq!(x.cmp(&y), c, "{}", ctx);
            assert_eq!(x == y, c == Ordering::Equal);
        }
    }

    /// `(x, ~x, k, x<<k, x>>k, bit_length, bit_count, hex, oct, bin, hash, float bits)`.
    #[test]
    fn unary_matches_cpython() {
        for &(x, inv, k, shl, shr, bl, bc, hex, oct, bin, hash, fbits) in UNARY {
            let v = int(x);
            assert_eq!(v.invert().to_string(), inv, "~{}", x);
            assert_eq!(v.shl(k).unwrap().to_string(), shl, "{} << {}", x, k);
            assert_eq!(v.shr(k).unwrap().to_string(), shr, "{} >> {}", x, k);
            assert_eq!(v.bit_length(), bl, "{}", x);
            assert_eq!(v.bit_count(), bc, "{}", x);
            assert_eq!(int_hex(&v), hex);
            assert_eq!(int_oct(&v), oct);
            assert_eq!(int_bin(&v), bin);
            assert_eq!(v.py_hash(), Some(hash), "hash({})", x);
            assert_eq!(v.builtin_hash(), hash);
            match fbits {
                Some(b) => assert_eq!(v.to_f64().unwrap().to_bits(), b, "float({})", x),
                None => assert_eq!(
                    show(v.to_f64()).unwrap_err(),
                    "OverflowError: int too large to convert to float"
                ),
            }
            // Round trips through the other bases and through i64 where it fits.
            assert_eq!(Int::parse(hex, 0).unwrap(), v);
            assert_eq!(Int::parse(oct, 0).unwrap(), v);
            assert_eq!(Int::parse(bin, 0).unwrap(), v);
            assert_eq!(Int::parse(&v.to_str_radix(36), 36).unwrap(), v);
            assert_eq!(Int::parse(&v.to_str_radix(7), 7).unwrap(), v);
            if let Ok(i) = x.parse::<i64>() {
                assert_eq!(v.to_i64().unwrap(), i);
                assert_eq!(Int::from_i64(i), v);
                assert_eq!(v.hash_value(), crate::prim::hash_int(i));
                assert_eq!(v.py_format("+,d").unwrap(), i.py_format("+,d").unwrap());
            } else {
                assert!(v.to_i64().is_err());
            }
            assert_eq!(v.neg().neg(), v);
            assert!(!v.abs().is_negative());
        }
    }

    /// `(a, b, a / b)` as float bits.
    #[test]
    fn truediv_matches_cpython() {
        for &(a, b, r) in TRUEDIV {
            let got = int(a)
                .truediv(&int(b))
                .map(f64::to_bits)
                .map_err(|e| e.to_string());
            assert_eq!(got, r.map_err(String::from), "{} / {}", a, b);
        }
        assert_eq!(
            show(int("5").truediv(&Int::zero())).unwrap_err(),
            "ZeroDivisionError: division by zero"
        );
    }

    /// `(x, spec, format(x, spec))`.
    #[test]
    fn format_matches_cpython() {
        for &(x, spec, r) in FORMAT {
            assert_eq!(
                show(int(x).py_format(spec)),
                want(r),
                "format({}, {:?})",
                x,
                spec
            );
        }
    }

    /// `(s, base, int(s, base))`.
    #[test]
    fn parse_matches_cpython() {
        for &(s, base, r) in PARSE {
            assert_eq!(show(Int::parse(s, base)), want(r), "int({:?}, {})", s, base);
        }
    }

    /// `(float bits, int(x))`.
    #[test]
    fn from_f64_matches_cpython() {
        for &(b, r) in FROM_F64 {
            let x = f64::from_bits(b);
            assert_eq!(show(Int::from_f64(x)), want(r), "int({:?})", x);
        }
    }

    #[test]
    fn named_values() {
        assert_eq!(
            int("2").pow(&int("64")).unwrap().to_string(),
            "18446744073709551616"
        );
        assert_eq!(
            int("2")
                .pow(&int("127"))
                .unwrap()
                .sub(&Int::from(1))
                .to_string(),
            "170141183460469231731687303715884105727"
        );
        assert_eq!(
            int("3").pow(&int("100")).unwrap().to_string(),
            "515377520732011331036461129765621272702107522001"
        );
        assert_eq!(
            int("62").pow(&int("11")).unwrap().to_string(),
            "52036560683837093888"
        );
        assert_eq!(
            int_factorial(100).unwrap().to_string(),
            "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000"
        );
        let m = int("-1180591620717411303424"); // -(2**70)
        assert_eq!(
            m.floordiv(&Int::from(3)).unwrap().to_string(),
            "-393530540239137101142"
        );
        assert_eq!(m.modulo(&Int::from(3)).unwrap().to_string(), "2");
        let (a, b) = (
            int("1000000000000000000000000000000"),
            int("79792266297612001"),
        );
        let cases = [
            (&a, &b, "12532542894196", "67743503997153804"),
            (&a.neg(), &b, "-12532542894197", "12048762300458197"),
            (&a, &b.neg(), "-12532542894197", "-12048762300458197"),
            (&a.neg(), &b.neg(), "12532542894196", "-67743503997153804"),
        ];
        for &(x, y, q, r) in cases.iter() {
            let (gq, gr) = x.divmod(y).unwrap();
            assert_eq!((gq.to_string().as_str(), gr.to_string().as_str()), (q, r));
        }
        let fib = {
            let (mut a, mut b) = (Int::zero(), Int::from(1));
            for _ in 0..1000 {
                let c = a.add(&b);
                a = b;
                b = c;
            }
            a
        };
        assert_eq!(fib.to_string(), "43466557686937456435688527675040625802564660517371780402481729089536555417949051890403879840079255169295922593080322634775209689623239873322471161642996440906533187938298969649928516003704476137795166849228875");
    }

    #[test]
    fn powers() {
        let p = int("1000000007");
        assert_eq!(
            Int::from(2)
                .pow_mod(&int("1000000"), &p)
                .unwrap()
                .to_string(),
            "235042059"
        );
        assert_eq!(
            Int::from(3)
                .pow_mod(&Int::from(-1), &Int::from(7))
                .unwrap()
                .to_string(),
            "5"
        );
        assert_eq!(
            Int::from(-3)
                .pow_mod(&Int::from(2), &Int::from(-7))
                .unwrap()
                .to_string(),
            "-5"
        );
        assert_eq!(
            int("12345678901234567890")
                .pow_mod(&Int::from(-1), &int("100000000000000000039"))
                .unwrap()
                .to_string(),
            "7700420673098828128"
        );
        let m127 = int("170141183460469231731687303715884105727");
        assert_eq!(
            Int::from(3)
                .pow_mod(&int("1000000000000000000000000000000"), &m127)
                .unwrap()
                .to_string(),
            "154529045331661267443158746728834222196"
        );
        assert_eq!(
            int("-1180591620717411303424")
                .pow_mod(&Int::from(3), &p.neg())
                .unwrap()
                .to_string(),
            "-431750151"
        );
        assert_eq!(
            Int::from(2).pow_mod(&Int::from(3), &Int::from(1)).unwrap(),
            Int::zero()
        );
        assert_eq!(
            Int::from(2).pow_mod(&Int::from(3), &Int::from(-1)).unwrap(),
            Int::zero()
        );
        assert_eq!(
            Int::from(5)
                .pow_mod(&Int::zero(), &Int::from(7))
                .unwrap()
                .to_string(),
            "1"
        );
        assert_eq!(
            show(Int::zero().pow_mod(&Int::from(-1), &Int::from(7))).unwrap_err(),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            show(Int::from(2).pow_mod(&Int::from(3), &Int::zero())).unwrap_err(),
            "ValueError: pow() 3rd argument cannot be 0"
        );
        assert!(Int::from(2).pow(&Int::from(-1)).is_err());
        assert_eq!(
            Int::from(-1)
                .pow(&int("1267650600228229401496703205377"))
                .unwrap()
                .to_string(),
            "-1"
        );
        assert_eq!(
            Int::from(1)
                .pow(&int("1267650600228229401496703205376"))
                .unwrap()
                .to_string(),
            "1"
        );
        assert_eq!(
            Int::zero()
                .pow(&int("1267650600228229401496703205376"))
                .unwrap()
                .to_string(),
            "0"
        );
        assert_eq!(Int::zero().pow(&Int::zero()).unwrap().to_string(), "1");
        assert_eq!(Int::from(-2).pow(&Int::from(3)).unwrap().to_string(), "-8");
        assert_eq!(
            Int::from(-6).pow(&Int::from(4)).unwrap().to_string(),
            "1296"
        );
        assert_eq!(
            show(Int::from(2).pow(&int("1267650600228229401496703205376"))).unwrap_err(),
            "MemoryError"
        );
        // 7**500 by repeated multiplication.
        let mut acc = Int::from(1);
        for _ in 0..500 {
            acc = acc.mul(&Int::from(7));
        }
        assert_eq!(Int::from(7).pow(&Int::from(500)).unwrap(), acc);
        assert_eq!(
            Int::from(-7).pow(&Int::from(501)).unwrap(),
            acc.mul(&Int::from(-7))
        );
    }

    #[test]
    fn bit_operations() {
        let x = int("-1180591620717411303424"); // -(2**70)
        let mask = int("18446744073709551615"); // 2**64 - 1
        assert_eq!(x.bitand(&mask).to_string(), "0");
        assert_eq!(x.invert().to_string(), "1180591620717411303423");
        let y = int("717897987691852588770249").neg(); // -(3**50)
        assert_eq!(x.bitxor(&y).to_string(), "718882014721236967496759");
        assert_eq!(
            x.bitor(&int("36893488147419103232")).to_string(),
            "-1143698132569992200192"
        );
        assert_eq!(Int::from(-5).shr(1).unwrap().to_string(), "-3");
        assert_eq!(x.shr(3).unwrap().to_string(), "-147573952589676412928");
        assert_eq!(x.shr(200).unwrap().to_string(), "-1");
        assert_eq!(Int::from(5).shr(i64::MAX).unwrap().to_string(), "0");
        assert_eq!(x.shl(5).unwrap().to_string(), "-37778931862957161709568");
        assert_eq!(Int::zero().shl(i64::MAX).unwrap(), Int::zero());
        assert_eq!(show(Int::from(1).shl(i64::MAX)).unwrap_err(), "MemoryError");
        assert_eq!(
            show(Int::from(5).shl(-1)).unwrap_err(),
            "ValueError: negative shift count"
        );
        assert_eq!(
            show(Int::from(5).shr(-1)).unwrap_err(),
            "ValueError: negative shift count"
        );
        assert_eq!(Int::from(-1).bitand(&Int::from(-1)).to_string(), "-1");
        assert_eq!(Int::zero().invert().to_string(), "-1");
        assert_eq!(Int::from(-1).invert().to_string(), "0");
        assert_eq!(int_hex(&Int::from(-31)), "-0x1f");
        assert_eq!(int_hex(&Int::zero()), "0x0");
        assert_eq!(int_oct(&x), "-0o200000000000000000000000");
        assert_eq!(int_bin(&Int::zero()), "0b0");
        assert_eq!(Int::from(-255).to_str_radix(16), "-ff");
    }

    #[test]
    fn number_theory() {
        assert_eq!(
            int("1267650600228229401496703205376")
                .gcd(&int("808281277464764060643139600456536293376"))
                .to_string(),
            "1125899906842624"
        );
        assert_eq!(
            int("-10000000000000000000000000000000000000000")
                .gcd(&int("332525673007965087890625"))
                .to_string(),
            "95367431640625"
        );
        assert_eq!(
            Int::zero().gcd(&int("-1180591620717411303424")).to_string(),
            "1180591620717411303424"
        );
        assert_eq!(Int::zero().gcd(&Int::zero()).to_string(), "0");
        assert_eq!(Int::from(-12).gcd(&Int::from(18)).to_string(), "6");
        assert_eq!(
            int("10000000000000000000000000000000000000000")
                .isqrt()
                .unwrap()
                .to_string(),
            "100000000000000000000"
        );
        assert_eq!(
            int("100000000000000000000000000000000000000000")
                .isqrt()
                .unwrap()
                .to_string(),
            "316227766016837933199"
        );
        assert_eq!(
            int("170141183460469231731687303715884105727")
                .isqrt()
                .unwrap()
                .to_string(),
            "13043817825332782212"
        );
        for (n, r) in [(0, 0), (1, 1), (3, 1), (4, 2), (15, 3), (16, 4), (17, 4)].iter() {
            assert_eq!(Int::from(*n).isqrt().unwrap(), Int::from(*r));
        }
        assert_eq!(
            show(Int::from(-1).isqrt()).unwrap_err(),
            "ValueError: isqrt() argument must be nonnegative"
        );
        assert_eq!(
            int_comb(100, 50).unwrap().to_string(),
            "100891344545564193334812497256"
        );
        assert_eq!(int_perm(10, 3).unwrap().to_string(), "720");
        assert_eq!(int_comb(10, 11).unwrap().to_string(), "0");
        assert_eq!(int_perm(10, 11).unwrap().to_string(), "0");
        assert_eq!(int_comb(1000, 3).unwrap().to_string(), "166167000");
        assert_eq!(
            int_perm(30, 30).unwrap().to_string(),
            "265252859812191058636308480000000"
        );
        assert_eq!(int_comb(0, 0).unwrap().to_string(), "1");
        assert_eq!(int_factorial(0).unwrap().to_string(), "1");
        assert_eq!(
            show(int_comb(-1, 2)).unwrap_err(),
            "ValueError: n must be a non-negative integer"
        );
        assert_eq!(
            show(int_comb(3, -1)).unwrap_err(),
            "ValueError: k must be a non-negative integer"
        );
        assert_eq!(
            show(int_perm(-1, 2)).unwrap_err(),
            "ValueError: n must be a non-negative integer"
        );
        assert_eq!(
            show(int_perm(3, -1)).unwrap_err(),
            "ValueError: k must be a non-negative integer"
        );
        assert_eq!(
            show(int_factorial(-1)).unwrap_err(),
            "ValueError: factorial() not defined for negative values"
        );
    }

    #[test]
    fn conversions() {
        assert_eq!(int("9223372036854775807").to_i64().unwrap(), i64::MAX);
        assert_eq!(int("-9223372036854775808").to_i64().unwrap(), i64::MIN);
        assert_eq!(
            show(int("9223372036854775808").to_i64()).unwrap_err(),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(
            show(int("-9223372036854775809").to_index()).unwrap_err(),
            "IndexError: cannot fit 'int' into an index-sized integer"
        );
        assert_eq!(int("-9223372036854775808").to_index().unwrap(), i64::MIN);
        assert_eq!(Int::from(true), Int::from(1));
        assert_eq!(Int::from(false), Int::zero());
        assert_eq!(Int::from_u64(u64::MAX).to_string(), "18446744073709551615");
        assert_eq!(Int::from_lit("-0"), Int::zero());
        assert!(!Int::from_lit("-0").is_negative());
        assert_eq!(Int::from_lit("000123").to_string(), "123");
        assert_eq!(Int::default(), Int::zero());
        assert_eq!(
            int("2")
                .pow(&int("53"))
                .unwrap()
                .add(&Int::from(1))
                .to_f64()
                .unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            int("18014398509481986").to_f64().unwrap(),
            18014398509481984.0
        ); // 2**54 + 2
        assert_eq!(
            int("-18014398509481990").to_f64().unwrap(),
            -18014398509481992.0
        ); // -(2**54 + 6)
        let big = Int::from(1).shl(1024).unwrap();
        assert_eq!(
            show(big.to_f64()).unwrap_err(),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            show(Int::from(1).shl(1023).unwrap().to_f64()),
            Ok(format!("{}", 2f64.powi(1023)))
        );
        assert_eq!(
            int("1208925819614629174706177")
                .truediv(&Int::from(3))
                .unwrap(), // (2**80 + 1) / 3
            4.029752732048764e23
        );
        let ten = int("10").pow(&Int::from(400)).unwrap();
        let q = ten
            .floordiv(&int("10").pow(&Int::from(399)).unwrap())
            .unwrap();
        assert_eq!(q.truediv(&Int::from(7)).unwrap(), 1.4285714285714286);
        assert_eq!(
            Int::zero().truediv(&Int::from(-5)).unwrap().to_bits(),
            (-0.0f64).to_bits()
        );
    }

    #[test]
    fn parse_edge_cases() {
        assert_eq!(
            show(Int::parse("abc", 10)).unwrap_err(),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            show(Int::parse(" abc\n", 10)).unwrap_err(),
            "ValueError: invalid literal for int() with base 10: ' abc\\n'"
        );
        assert_eq!(show(Int::parse(" -0x_1f ", 16)), Ok("-31".to_string()));
        assert_eq!(show(Int::parse("1_000", 0)), Ok("1000".to_string()));
        assert_eq!(
            show(Int::parse("1", 1)).unwrap_err(),
            "ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        // Agrees with the i64 parser wherever that one succeeds.
        for &(s, base, _) in PARSE {
            if let Ok(v) = crate::numbers::int_from_str(s, base) {
                assert_eq!(Int::parse(s, base).unwrap(), Int::from(v), "{:?}", s);
            }
        }
    }

    #[test]
    fn str_digits_limit() {
        let big = int_factorial(5000).unwrap();
        assert_eq!(get_int_max_str_digits(), 4300);
        let msg = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
                   use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(show(big.to_str_checked()).unwrap_err(), msg);
        assert_eq!(show(big.py_format("")).unwrap_err(), msg);
        assert_eq!(show(big.py_format(",")).unwrap_err(), msg);
        assert!(big.py_format("x").is_ok());
        let nines = "9".repeat(4300);
        assert_eq!(show(Int::parse(&nines, 10)).map(|s| s.len()), Ok(4300));
        assert_eq!(
            Int::parse(&nines, 10).unwrap().to_str_checked().unwrap(),
            nines
        );
        let long = "1".repeat(5000);
        assert_eq!(
            show(Int::parse(&long, 10)).unwrap_err(),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
             value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(Int::parse(&long, 16).is_ok());
        assert_eq!(
            set_int_max_str_digits(100).unwrap_err().to_string(),
            "ValueError: maxdigits must be 0 or larger than 640"
        );
        set_int_max_str_digits(0).unwrap();
        assert_eq!(big.to_str_checked().unwrap().len(), 16326);
        assert_eq!(Int::parse(&long, 10).unwrap().to_string(), long);
        set_int_max_str_digits(4300).unwrap();
    }

    #[test]
    fn factorial_5000_is_fast() {
        let start = std::time::Instant::now();
        let f = int_factorial(5000).unwrap();
        let s = f.to_string();
        let elapsed = start.elapsed();
        assert_eq!(s.len(), 16326);
        assert!(s.starts_with("422857792660554352220106420023"));
        assert_eq!(f.hash_value(), 1516003207112172614);
        assert_eq!(Int::from_lit(&s), f);
        assert!(
            elapsed.as_secs_f64() < 2.0,
            "factorial(5000) took {:?}",
            elapsed
        );
    }

    #[test]
    fn division_is_consistent() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..3000 {
            let la = 1 + (rng.next() % 12) as usize;
            let lb = 1 + (rng.next() % 8) as usize;
            let a = Int::new(rng.next() & 1 == 1, rng.mag(la));
            let mut b = Int::new(rng.next() & 1 == 1, rng.mag(lb));
            if round % 7 == 0 {
                // Divisors of the form top limb 0x8000_0000 and high quotients exercise add-back.
                b = Int::new(b.neg, {
                    let mut m = b.mag.clone();
                    let n = m.len();
                    m[n - 1] = 0x8000_0000;
                    m
                });
            }
            let (q, r) = a.divmod(&b).unwrap();
            assert_eq!(q.mul(&b).add(&r), a, "{} divmod {}", a, b);
            assert!(
                r.is_zero() || r.is_negative() == b.is_negative(),
                "{} % {}",
                a,
                b
            );
            assert!(r.abs() < b.abs());
        }
        // Knuth's add-back step (D6) needs a qhat that is one too large after D3.
        let a = Int::new(false, vec![0, 0, 0x8000_0000, 0x7fff_ffff]);
        let b = Int::new(false, vec![1, 0, 0x8000_0000]);
        let (q, r) = a.divmod(&b).unwrap();
        assert_eq!(q.mul(&b).add(&r), a);
        assert!(r < b);
    }

    #[test]
    fn karatsuba_matches_schoolbook() {
        let mut rng = Rng(12345);
        for &(la, lb) in [
            (40, 40),
            (41, 80),
            (100, 45),
            (200, 199),
            (300, 40),
            (97, 250),
        ]
        .iter()
        {
            let a = rng.mag(la);
            let b = rng.mag(lb);
            let (long, short) = if a.len() >= b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            assert_eq!(mul_mag(&a, &b), schoolbook(long, short), "{}x{}", la, lb);
        }
        let x = int_factorial(2000).unwrap();
        let y = int_factorial(2100).unwrap();
        assert_eq!(x.mul(&y).floordiv(&y).unwrap(), x);
    }

    #[test]
    fn traits_behave_like_python_ints() {
        let v = int("-18446744073709551616");
        assert_eq!(v.py_repr(), "-18446744073709551616");
        assert_eq!(v.py_str(), "-18446744073709551616");
        assert_eq!(format!("{}", v), "-18446744073709551616");
        assert_eq!(format!("{:?}", v), "-18446744073709551616");
        assert!(v.py_bool() && !Int::zero().py_bool());
        let mut xs = [
            int("5"),
            v.clone(),
            int("18446744073709551616"),
            Int::zero(),
            int("-3"),
        ];
        xs.sort();
        let shown: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
        assert_eq!(
            shown,
            [
                "-18446744073709551616",
                "-3",
                "0",
                "5",
                "18446744073709551616"
            ]
        );
        assert_eq!(xs.iter().max().unwrap().to_string(), "18446744073709551616");
        let mut set = std::collections::HashSet::new();
        set.insert(int("2").pow(&int("64")).unwrap());
        assert!(set.contains(&int("18446744073709551616")));
        assert_eq!(int("2305843009213693951").py_hash(), Some(0));
        assert_eq!(int("18446744073709551616").py_hash(), Some(8));
        assert_eq!(int("-18446744073709551616").builtin_hash(), -8);
        assert_eq!(Int::from(-1).py_hash(), Some(-2));
        use crate::algos::AccumulateAdd;
        assert_eq!(Int::from(2).acc_add(&Int::from(3)), Int::from(5));
        assert_eq!(
            int_sum(vec![Int::from(1), int("18446744073709551615")]).to_string(),
            "18446744073709551616"
        );
        assert_eq!(
            int_prod(vec![int("4294967296"), int("4294967296")]).to_string(),
            "18446744073709551616"
        );
        assert_eq!(Int::from(7).signum(), 1);
        assert_eq!(v.signum(), -1);
        assert_eq!(Int::zero().signum(), 0);
        use crate::obj::PyCmp;
        assert!(v.py_lt(&Int::zero()).unwrap() && !v.py_gt(&Int::zero()).unwrap());
        let pairs = [(int("18446744073709551616"), 1i64), (Int::from(-1), 2)];
        assert!(pairs[0].py_gt(&pairs[1]).unwrap());
    }

    #[test]
    fn ranges_beyond_64_bits() {
        let start = Int::from_lit("100000000000000000000");
        let stop = start.add(&Int::from_i64(3));
        let got: Vec<String> = int_range(start.clone(), stop.clone(), Int::from_i64(1))
            .unwrap()
            .map(|x| x.to_string())
            .collect();
        assert_eq!(
            got,
            ["100000000000000000000", "100000000000000000001", "100000000000000000002"]
        );
        let back: Vec<String> = int_range(stop, start, Int::from_i64(-2))
            .unwrap()
            .map(|x| x.to_string())
            .collect();
        assert_eq!(back, ["100000000000000000003", "100000000000000000001"]);
        let err = int_range(Int::zero(), Int::zero(), Int::zero()).unwrap_err();
        assert_eq!(err.msg, "range() arg 3 must not be zero");
    }
}
