//! Python's `fractions.Fraction` (CPython 3.11) as [`Fraction`]: an exact
//! rational with [`Int`] numerator and denominator, always in lowest terms
//! with a positive denominator.
//!
//! # API
//! - Construction: [`Fraction::new`] (`Fraction(n, d)`, `ZeroDivisionError:
//!   Fraction(1, 0)`), [`Fraction::from_ints`], [`Fraction::from_i64`],
//!   [`Fraction::from_int`], `From<i64>`, `From<Int>`, [`Fraction::from_f64`]
//!   (exact; `ValueError: cannot convert NaN to integer ratio`, `OverflowError:
//!   cannot convert Infinity to integer ratio`), [`Fraction::parse`]
//!   (`Fraction("3/4")`, `" -1.25 "`, `"1e-3"`; `ValueError: Invalid literal for
//!   Fraction: 'x'`), `Default` (0).
//! - `numerator()`, `denominator()`, `as_integer_ratio()`, `is_zero()`.
//! - Arithmetic (CPython's algorithms and error texts): `add`, `sub`, `mul`,
//!   `neg`, `abs` (infallible); `truediv`, `modulo` -> `PyResult<Fraction>`,
//!   `floordiv` -> `PyResult<Int>`, `divmod` -> `PyResult<(Int, Fraction)>`,
//!   `pow(&Int)` / `pow_i64(i64)` (a negative exponent inverts: `Fraction(0) ** -1`
//!   raises `ZeroDivisionError: Fraction(1, 0)`), `pow_f64(f64)` (`Fraction ** float`).
//!   Operators: `+ - *` on owned and borrowed fractions, `+= -= *=`, unary `-`,
//!   and `/`, `%` whose output is `PyResult<Fraction>` (`(a / b)?`).
//! - Mixed arithmetic: `Fraction op int` is a Fraction in Python: convert the int
//!   with `Fraction::from(i)`. `Fraction op float` is a float in Python: compute
//!   `f.to_f64()? op x` in the caller (`to_f64` is `float(f)`, correctly rounded,
//!   `OverflowError: integer division result too large for a float`).
//! - `trunc`, `floor`, `ceil`, `round` (half to even) -> `Int`; `round_to(ndigits)`
//!   -> `PyResult<Fraction>`; `limit_denominator(i64)` / `limit_denominator_int(&Int)`.
//! - Comparisons: `Eq`/`Ord` between fractions; `PartialEq`/`PartialOrd` with
//!   `i64`, `Int` and `f64` (exact; a NaN compares false, infinities compare as
//!   CPython does); `cmp_i64`, `cmp_f64 -> Option<Ordering>`, `eq_f64`.
//! - `hash_value()` is CPython's `hash(Fraction)`: `hash(Fraction(1, 2)) == hash(0.5)`.
//! - Traits: `Display` (= str: `3/4`, `3`), `Debug` (= repr), `PyRepr`
//!   (`Fraction(3, 4)`), `PyTruthy`, `PyFormat` (3.11 has no `Fraction.__format__`:
//!   only the empty spec, else `TypeError: unsupported format string passed to
//!   Fraction.__format__`), `PySetHash`, `PyHash`, `PyCmp`, `AccumulateAdd`, `Hash`.

use std::cmp::Ordering;
use std::fmt;
use std::ops;

use crate::bigint::Int;
use crate::error::{PyErr, PyResult};
use crate::traits::{PyFormat, PyRepr, PySetHash, PyTruthy};

/// A Python `fractions.Fraction`: lowest terms, positive denominator.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Fraction {
    num: Int,
    den: Int,
}

fn one() -> Int {
    Int::from_i64(1)
}

fn is_one(x: &Int) -> bool {
    *x == one()
}

/// `a // b` for an exact, non-zero divisor (gcd reductions).
fn div_exact(a: &Int, b: &Int) -> Int {
    if is_one(b) {
        return a.clone();
    }
    a.floordiv(b).unwrap_or_default()
}

/// `10 ** n`.
fn pow10(n: &Int) -> PyResult<Int> {
    Int::from_i64(10).pow(n)
}

const HASH_MODULUS: u128 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;

fn mulmod(a: u128, b: u128) -> u128 {
    (a * b) % HASH_MODULUS
}

impl Default for Fraction {
    /// `Fraction()` is 0.
    fn default() -> Self {
        Fraction {
            num: Int::zero(),
            den: one(),
        }
    }
}

impl Fraction {
    /// `Fraction(numerator, denominator)`: reduced to lowest terms;
    /// `ZeroDivisionError: Fraction(n, 0)` for a zero denominator.
    pub fn new(num: Int, den: Int) -> PyResult<Fraction> {
        if den.is_zero() {
            return Err(PyErr::zero_division(format!("Fraction({}, 0)", num)));
        }
        let mut g = num.gcd(&den);
        if den.is_negative() {
            g = g.neg();
        }
        if is_one(&g) {
            return Ok(Fraction { num, den });
        }
        Ok(Fraction {
            num: div_exact(&num, &g),
            den: div_exact(&den, &g),
        })
    }

    /// CPython's `Fraction(n, d, _normalize=False)`: the caller guarantees lowest
    /// terms and a positive denominator; only the zero check remains.
    fn raw(num: Int, den: Int) -> PyResult<Fraction> {
        if den.is_zero() {
            return Err(PyErr::zero_division(format!("Fraction({}, 0)", num)));
        }
        Ok(Fraction { num, den })
    }

    /// An already reduced value (internal; never zero denominator).
    fn reduced(num: Int, den: Int) -> Fraction {
        Fraction { num, den }
    }

    /// `Fraction(n, d)` for machine ints.
    pub fn from_ints(num: i64, den: i64) -> PyResult<Fraction> {
        Fraction::new(Int::from_i64(num), Int::from_i64(den))
    }

    /// `Fraction(n)`.
    pub fn from_i64(n: i64) -> Fraction {
        Fraction {
            num: Int::from_i64(n),
            den: one(),
        }
    }

    /// `Fraction(n)` for a big int.
    pub fn from_int(n: Int) -> Fraction {
        Fraction { num: n, den: one() }
    }

    /// `Fraction(x)` / `Fraction.from_float(x)`: the exact value of the float.
    pub fn from_f64(x: f64) -> PyResult<Fraction> {
        let (n, d) = crate::math::float_as_integer_ratio(x)?;
        Ok(Fraction { num: n, den: d })
    }

    /// `Fraction(s)` for a string: `"3/4"`, `" -1.25 "`, `"1e-3"`, `"7"`,
    /// `".5"`, `"1_000"` (CPython's `_RATIONAL_FORMAT`, Unicode digits and
    /// whitespace included).
    pub fn parse(s: &str) -> PyResult<Fraction> {
        let m = match match_rational(s) {
            Some(m) => m,
            None => {
                return Err(PyErr::value_error(format!(
                    "Invalid literal for Fraction: {}",
                    crate::strings::str_repr(s)
                )))
            }
        };
        let num_text = if m.num.is_empty() {
            "0".to_string()
        } else {
            m.num.clone()
        };
        let mut numerator = Int::parse(&num_text, 10)?;
        let denominator;
        match m.denom {
            Some(ref d) if !d.is_empty() => denominator = Int::parse(d, 10)?,
            _ => {
                let mut den = one();
                if let Some(ref dec) = m.decimal {
                    if !dec.is_empty() {
                        let dec: String = dec.chars().filter(|&c| c != '_').collect();
                        let scale = pow10(&Int::from_i64(dec.chars().count() as i64))?;
                        numerator = numerator.mul(&scale).add(&Int::parse(&dec, 10)?);
                        den = den.mul(&scale);
                    }
                }
                if let Some(ref e) = m.exp {
                    if !e.is_empty() {
                        let e = Int::parse(e, 10)?;
                        if !e.is_negative() {
                            numerator = numerator.mul(&pow10(&e)?);
                        } else {
                            den = den.mul(&pow10(&e.neg())?);
                        }
                    }
                }
                denominator = den;
            }
        }
        if m.negative {
            numerator = numerator.neg();
        }
        Fraction::new(numerator, denominator)
    }

    /// `f.numerator`.
    pub fn numerator(&self) -> &Int {
        &self.num
    }

    /// `f.denominator` (always positive).
    pub fn denominator(&self) -> &Int {
        &self.den
    }

    /// `f.as_integer_ratio()`.
    pub fn as_integer_ratio(&self) -> (Int, Int) {
        (self.num.clone(), self.den.clone())
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    /// `a + b`.
    pub fn add(&self, other: &Fraction) -> Fraction {
        self.add_sub(other, false)
    }

    /// `a - b`.
    pub fn sub(&self, other: &Fraction) -> Fraction {
        self.add_sub(other, true)
    }

    /// Knuth's algorithm (CPython's `_add` / `_sub`): the result is reduced.
    fn add_sub(&self, other: &Fraction, subtract: bool) -> Fraction {
        let (na, da) = (&self.num, &self.den);
        let (nb, db) = (&other.num, &other.den);
        let combine = |x: Int, y: Int| if subtract { x.sub(&y) } else { x.add(&y) };
        let g = da.gcd(db);
        if is_one(&g) {
            return Fraction::reduced(combine(na.mul(db), da.mul(nb)), da.mul(db));
        }
        let s = div_exact(da, &g);
        let t = combine(na.mul(&div_exact(db, &g)), nb.mul(&s));
        let g2 = t.gcd(&g);
        if is_one(&g2) {
            return Fraction::reduced(t, s.mul(db));
        }
        if t.is_zero() {
            return Fraction::default();
        }
        Fraction::reduced(div_exact(&t, &g2), s.mul(&div_exact(db, &g2)))
    }

    /// `a * b`.
    pub fn mul(&self, other: &Fraction) -> Fraction {
        let (mut na, mut da) = (self.num.clone(), self.den.clone());
        let (mut nb, mut db) = (other.num.clone(), other.den.clone());
        let g1 = na.gcd(&db);
        if g1 > one() {
            na = div_exact(&na, &g1);
            db = div_exact(&db, &g1);
        }
        let g2 = nb.gcd(&da);
        if g2 > one() {
            nb = div_exact(&nb, &g2);
            da = div_exact(&da, &g2);
        }
        if na.is_zero() || nb.is_zero() {
            return Fraction::default();
        }
        Fraction::reduced(na.mul(&nb), db.mul(&da))
    }

    /// `a / b` (`ZeroDivisionError: Fraction(1, 0)`, with CPython's numerator).
    pub fn truediv(&self, other: &Fraction) -> PyResult<Fraction> {
        let (mut na, mut da) = (self.num.clone(), self.den.clone());
        let (mut nb, mut db) = (other.num.clone(), other.den.clone());
        let g1 = na.gcd(&nb);
        if g1 > one() {
            na = div_exact(&na, &g1);
            nb = div_exact(&nb, &g1);
        }
        let g2 = db.gcd(&da);
        if g2 > one() {
            da = div_exact(&da, &g2);
            db = div_exact(&db, &g2);
        }
        let (mut n, mut d) = (na.mul(&db), nb.mul(&da));
        if d.is_negative() {
            n = n.neg();
            d = d.neg();
        }
        if n.is_zero() && !d.is_zero() {
            return Ok(Fraction::default());
        }
        Fraction::raw(n, d)
    }

    /// `a // b`: an int (`ZeroDivisionError: integer division or modulo by zero`).
    pub fn floordiv(&self, other: &Fraction) -> PyResult<Int> {
        self.num.mul(&other.den).floordiv(&self.den.mul(&other.num))
    }

    /// `a % b` (sign of `b`; `ZeroDivisionError: integer modulo by zero`).
    pub fn modulo(&self, other: &Fraction) -> PyResult<Fraction> {
        let (da, db) = (&self.den, &other.den);
        let r = self.num.mul(db).modulo(&other.num.mul(da))?;
        Fraction::new(r, da.mul(db))
    }

    /// `divmod(a, b)`: `(a // b, a % b)`.
    pub fn divmod(&self, other: &Fraction) -> PyResult<(Int, Fraction)> {
        let (da, db) = (&self.den, &other.den);
        let (q, r) = self.num.mul(db).divmod(&da.mul(&other.num))?;
        Ok((q, Fraction::new(r, da.mul(db))?))
    }

    /// `a ** n` for an int exponent; a negative one inverts
    /// (`ZeroDivisionError: Fraction(1, 0)` for `Fraction(0) ** -1`).
    pub fn pow(&self, exp: &Int) -> PyResult<Fraction> {
        if !exp.is_negative() {
            return Fraction::raw(self.num.pow(exp)?, self.den.pow(exp)?);
        }
        let e = exp.neg();
        if !self.num.is_negative() {
            Fraction::raw(self.den.pow(&e)?, self.num.pow(&e)?)
        } else {
            Fraction::raw(self.den.neg().pow(&e)?, self.num.neg().pow(&e)?)
        }
    }

    /// `a ** n` for an `i64` exponent.
    pub fn pow_i64(&self, exp: i64) -> PyResult<Fraction> {
        self.pow(&Int::from_i64(exp))
    }

    /// `a ** x` for a float exponent (or a non-integral fraction converted with
    /// `to_f64`): `float(a) ** x`.
    pub fn pow_f64(&self, exp: f64) -> PyResult<f64> {
        crate::numbers::pow_float(self.to_f64()?, exp)
    }

    /// `-a`.
    pub fn neg(&self) -> Fraction {
        Fraction::reduced(self.num.neg(), self.den.clone())
    }

    /// `abs(a)`.
    pub fn abs(&self) -> Fraction {
        Fraction::reduced(self.num.abs(), self.den.clone())
    }

    /// `float(a)`: `n / d` as int true division, correctly rounded.
    pub fn to_f64(&self) -> PyResult<f64> {
        self.num.truediv(&self.den)
    }

    /// `int(a)` / `math.trunc(a)`: towards zero.
    pub fn trunc(&self) -> Int {
        if self.num.is_negative() {
            self.num.neg().floordiv(&self.den).unwrap_or_default().neg()
        } else {
            self.num.floordiv(&self.den).unwrap_or_default()
        }
    }

    /// `math.floor(a)`.
    pub fn floor(&self) -> Int {
        self.num.floordiv(&self.den).unwrap_or_default()
    }

    /// `math.ceil(a)`.
    pub fn ceil(&self) -> Int {
        self.num.neg().floordiv(&self.den).unwrap_or_default().neg()
    }

    /// `round(a)`: the nearest int, ties to even.
    pub fn round(&self) -> Int {
        let (floor, rem) = self.num.divmod(&self.den).unwrap_or_default();
        let twice = rem.add(&rem);
        match twice.cmp(&self.den) {
            Ordering::Less => floor,
            Ordering::Greater => floor.add(&one()),
            Ordering::Equal => {
                if floor
                    .modulo(&Int::from_i64(2))
                    .unwrap_or_default()
                    .is_zero()
                {
                    floor
                } else {
                    floor.add(&one())
                }
            }
        }
    }

    /// `round(a, ndigits)`: a Fraction (ties to even).
    pub fn round_to(&self, ndigits: i64) -> PyResult<Fraction> {
        let shift = pow10(&Int::from_u64(ndigits.unsigned_abs()))?;
        if ndigits > 0 {
            let scaled = self.mul(&Fraction::from_int(shift.clone()));
            Fraction::new(scaled.round(), shift)
        } else {
            let scaled = self.truediv(&Fraction::from_int(shift.clone()))?;
            Ok(Fraction::from_int(scaled.round().mul(&shift)))
        }
    }

    /// `a.limit_denominator(max_denominator)` (CPython's algorithm;
    /// `ValueError: max_denominator should be at least 1`).
    pub fn limit_denominator(&self, max_denominator: i64) -> PyResult<Fraction> {
        self.limit_denominator_int(&Int::from_i64(max_denominator))
    }

    /// `limit_denominator` with a big-int bound.
    pub fn limit_denominator_int(&self, max_denominator: &Int) -> PyResult<Fraction> {
        if *max_denominator < one() {
            return Err(PyErr::value_error("max_denominator should be at least 1"));
        }
        if self.den <= *max_denominator {
            return Ok(self.clone());
        }
        let (mut p0, mut q0, mut p1, mut q1) = (Int::zero(), one(), one(), Int::zero());
        let (mut n, mut d) = (self.num.clone(), self.den.clone());
        loop {
            let a = n.floordiv(&d)?;
            let q2 = q0.add(&a.mul(&q1));
            if q2 > *max_denominator {
                break;
            }
            let p2 = p0.add(&a.mul(&p1));
            p0 = p1;
            q0 = q1;
            p1 = p2;
            q1 = q2;
            let r = n.sub(&a.mul(&d));
            n = d;
            d = r;
        }
        let k = max_denominator.sub(&q0).floordiv(&q1)?;
        let bound1 = Fraction::new(p0.add(&k.mul(&p1)), q0.add(&k.mul(&q1)))?;
        let bound2 = Fraction::new(p1, q1)?;
        if bound2.sub(self).abs() <= bound1.sub(self).abs() {
            Ok(bound2)
        } else {
            Ok(bound1)
        }
    }

    /// `a` compared with the int `i`.
    pub fn cmp_i64(&self, i: i64) -> Ordering {
        self.cmp_int(&Int::from_i64(i))
    }

    /// `a` compared with a big int.
    pub fn cmp_int(&self, i: &Int) -> Ordering {
        self.num.cmp(&self.den.mul(i))
    }

    /// `a` compared with a float as CPython does: exact for finite floats,
    /// `None` for NaN (every comparison false), and an infinity compares as
    /// if `a` were 0.
    pub fn cmp_f64(&self, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if x.is_infinite() {
            return 0.0f64.partial_cmp(&x);
        }
        let (n, d) = crate::math::float_as_integer_ratio(x).ok()?;
        Some(self.num.mul(&d).cmp(&self.den.mul(&n)))
    }

    /// `a == x` for a float (false for NaN and infinities).
    pub fn eq_f64(&self, x: f64) -> bool {
        self.cmp_f64(x) == Some(Ordering::Equal)
    }

    /// CPython's `hash(Fraction)`: `|n| * pow(d, -1, 2**61 - 1)` with the sign
    /// of `n`, so it equals the hash of an equal int or float.
    pub fn hash_value(&self) -> i64 {
        let p = Int::from_u64(HASH_MODULUS as u64);
        let dm = self
            .den
            .modulo(&p)
            .unwrap_or_default()
            .to_i64()
            .unwrap_or(0) as u128;
        let hash = if dm == 0 {
            HASH_INF
        } else {
            // d ** (P - 2) is the inverse modulo the prime P.
            let mut inv: u128 = 1;
            let mut base = dm;
            let mut e = HASH_MODULUS - 2;
            while e > 0 {
                if e & 1 == 1 {
                    inv = mulmod(inv, base);
                }
                base = mulmod(base, base);
                e >>= 1;
            }
            let nm = self.num.abs().hash_value() as u128;
            mulmod(nm, inv) as i64
        };
        let result = if self.num.is_negative() { -hash } else { hash };
        if result == -1 {
            -2
        } else {
            result
        }
    }
}


// ---------------------------------------------------------------------------
// Parsing: an exact emulation of CPython 3.11's `_RATIONAL_FORMAT` regex
// (including its quirk `(?P<decimal>d*|...)`, where `d` is a literal letter).
// ---------------------------------------------------------------------------

struct RationalMatch {
    negative: bool,
    /// Numerator digits (ASCII, underscores kept); may be empty.
    num: String,
    denom: Option<String>,
    decimal: Option<String>,
    exp: Option<String>,
}

fn is_digit(cs: &[char], i: usize) -> bool {
    i < cs.len() && crate::strings::decimal_value(cs[i]).is_some()
}

/// End positions of `\d+(_\d+)*` starting at `p`, in backtracking order (longest first).
fn underscored_digits_ends(cs: &[char], p: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut i = p;
    if !is_digit(cs, i) {
        return ends;
    }
    loop {
        while is_digit(cs, i) {
            i += 1;
            ends.push(i);
        }
        if i < cs.len() && cs[i] == '_' && is_digit(cs, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    ends.reverse();
    ends
}

/// End positions of a greedy `X*` for the class `pred`, longest first.
fn star_ends(cs: &[char], p: usize, pred: impl Fn(char) -> bool) -> Vec<usize> {
    let mut e = p;
    while e < cs.len() && pred(cs[e]) {
        e += 1;
    }
    (p..=e).rev().collect()
}

fn tail_ok(cs: &[char], i: usize) -> bool {
    cs[i..].iter().all(|&c| crate::strings::is_py_space(c))
}

/// A captured group as `int()` would see it: Unicode digits made ASCII.
fn group_text(cs: &[char], a: usize, b: usize) -> String {
    cs[a..b]
        .iter()
        .map(|&c| match crate::strings::decimal_value(c) {
            Some(d) if !c.is_ascii_digit() => std::char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn match_rational(s: &str) -> Option<RationalMatch> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() && crate::strings::is_py_space(cs[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < cs.len() && (cs[i] == '-' || cs[i] == '+') {
        negative = cs[i] == '-';
        i += 1;
    }
    // (?=\d|\.\d)
    if !(is_digit(&cs, i) || (i < cs.len() && cs[i] == '.' && is_digit(&cs, i + 1))) {
        return None;
    }
    let mut num_ends = star_ends(&cs, i, |c| crate::strings::decimal_value(c).is_some());
    num_ends.extend(underscored_digits_ends(&cs, i));
    for e in num_ends {
        let found = |denom: Option<String>, decimal: Option<String>, exp: Option<String>| {
            Some(RationalMatch {
                negative,
                num: group_text(&cs, i, e),
                denom,
                decimal,
                exp,
            })
        };
        // First alternative: an optional `/denominator`.
        if e < cs.len() && cs[e] == '/' {
            for d in underscored_digits_ends(&cs, e + 1) {
                if tail_ok(&cs, d) {
                    return found(Some(group_text(&cs, e + 1, d)), None, None);
                }
            }
        }
        if tail_ok(&cs, e) {
            return found(None, None, None);
        }
        // Second alternative: optional `.decimal`, then optional exponent.
        let mut dec_opts: Vec<(usize, Option<(usize, usize)>)> = Vec::new();
        if e < cs.len() && cs[e] == '.' {
            for d in star_ends(&cs, e + 1, |c| c == 'd' || c == 'D') {
                dec_opts.push((d, Some((e + 1, d))));
            }
            for d in underscored_digits_ends(&cs, e + 1) {
                dec_opts.push((d, Some((e + 1, d))));
            }
        }
        dec_opts.push((e, None));
        for (p, dec) in dec_opts {
            let decimal = dec.map(|(a, b)| group_text(&cs, a, b));
            if p < cs.len() && (cs[p] == 'e' || cs[p] == 'E') {
                let mut q = p + 1;
                if q < cs.len() && (cs[q] == '-' || cs[q] == '+') {
                    q += 1;
                }
                for x in underscored_digits_ends(&cs, q) {
                    if tail_ok(&cs, x) {
                        return found(None, decimal, Some(group_text(&cs, p + 1, x)));
                    }
                }
            }
            if tail_ok(&cs, p) {
                return found(None, decimal, None);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Conversions and comparisons
// ---------------------------------------------------------------------------

impl From<i64> for Fraction {
    fn from(n: i64) -> Fraction {
        Fraction::from_i64(n)
    }
}

impl From<Int> for Fraction {
    fn from(n: Int) -> Fraction {
        Fraction::from_int(n)
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Fraction) -> Ordering {
        if self.den == other.den {
            return self.num.cmp(&other.num);
        }
        self.num.mul(&other.den).cmp(&self.den.mul(&other.num))
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Fraction) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<i64> for Fraction {
    fn eq(&self, other: &i64) -> bool {
        is_one(&self.den) && self.num == Int::from_i64(*other)
    }
}

impl PartialOrd<i64> for Fraction {
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(self.cmp_i64(*other))
    }
}

impl PartialEq<Int> for Fraction {
    fn eq(&self, other: &Int) -> bool {
        is_one(&self.den) && self.num == *other
    }
}

impl PartialOrd<Int> for Fraction {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp_int(other))
    }
}

impl PartialEq<f64> for Fraction {
    fn eq(&self, other: &f64) -> bool {
        self.eq_f64(*other)
    }
}

impl PartialOrd<f64> for Fraction {
    fn partial_cmp(&self, other: &f64) -> Option<Ordering> {
        self.cmp_f64(*other)
    }
}

impl PartialEq<Fraction> for i64 {
    fn eq(&self, other: &Fraction) -> bool {
        *other == *self
    }
}

impl PartialEq<Fraction> for f64 {
    fn eq(&self, other: &Fraction) -> bool {
        *other == *self
    }
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

macro_rules! frac_binop {
    ($trait:ident, $method:ident, $out:ty, $body:expr) => {
        impl ops::$trait<Fraction> for Fraction {
            type Output = $out;
            fn $method(self, other: Fraction) -> $out {
                $body(&self, &other)
            }
        }
        impl<'a> ops::$trait<&'a Fraction> for Fraction {
            type Output = $out;
            fn $method(self, other: &'a Fraction) -> $out {
                $body(&self, other)
            }
        }
        impl<'a> ops::$trait<Fraction> for &'a Fraction {
            type Output = $out;
            fn $method(self, other: Fraction) -> $out {
                $body(self, &other)
            }
        }
        impl<'a, 'b> ops::$trait<&'b Fraction> for &'a Fraction {
            type Output = $out;
            fn $method(self, other: &'b Fraction) -> $out {
                $body(self, other)
            }
        }
    };
}

frac_binop!(Add, add, Fraction, |a: &Fraction, b: &Fraction| a.add(b));
frac_binop!(Sub, sub, Fraction, |a: &Fraction, b: &Fraction| a.sub(b));
frac_binop!(Mul, mul, Fraction, |a: &Fraction, b: &Fraction| a.mul(b));
frac_binop!(
    Div,
    div,
    PyResult<Fraction>,
    |a: &Fraction, b: &Fraction| a.truediv(b)
);
frac_binop!(
    Rem,
    rem,
    PyResult<Fraction>,
    |a: &Fraction, b: &Fraction| a.modulo(b)
);

macro_rules! frac_assign {
    ($trait:ident, $method:ident, $op:ident) => {
        impl ops::$trait<Fraction> for Fraction {
            fn $method(&mut self, other: Fraction) {
                *self = Fraction::$op(self, &other);
            }
        }
        impl<'a> ops::$trait<&'a Fraction> for Fraction {
            fn $method(&mut self, other: &'a Fraction) {
                *self = Fraction::$op(self, other);
            }
        }
    };
}

frac_assign!(AddAssign, add_assign, add);
frac_assign!(SubAssign, sub_assign, sub);
frac_assign!(MulAssign, mul_assign, mul);

impl ops::Neg for Fraction {
    type Output = Fraction;
    fn neg(self) -> Fraction {
        Fraction::neg(&self)
    }
}

impl ops::Neg for &Fraction {
    type Output = Fraction;
    fn neg(self) -> Fraction {
        Fraction::neg(self)
    }
}

// ---------------------------------------------------------------------------
// Python protocols
// ---------------------------------------------------------------------------

impl fmt::Display for Fraction {
    /// `str(f)`: `3/4`, or `3` for a whole number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if is_one(&self.den) {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl fmt::Debug for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fraction({}, {})", self.num, self.den)
    }
}

impl PyRepr for Fraction {
    /// `repr(f)`: `Fraction(3, 4)`.
    fn py_repr(&self) -> String {
        format!("Fraction({}, {})", self.num, self.den)
    }
    fn py_str(&self) -> String {
        self.to_string()
    }
}

impl PyTruthy for Fraction {
    fn py_bool(&self) -> bool {
        !self.num.is_zero()
    }
}

impl PyFormat for Fraction {
    /// CPython 3.11 has no `Fraction.__format__`: `object.__format__` accepts
    /// only the empty spec.
    fn py_format(&self, spec: &str) -> PyResult<String> {
        crate::list::object_format(self, spec, "Fraction")
    }
}

impl PySetHash for Fraction {
    fn py_hash(&self) -> Option<i64> {
        Some(self.hash_value())
    }
}

impl crate::func::PyHash for Fraction {
    fn builtin_hash(&self) -> i64 {
        self.hash_value()
    }
}

impl crate::obj::PyCmp for Fraction {
    fn py_lt(&self, other: &Fraction) -> PyResult<bool> {
        Ok(self < other)
    }
    fn py_gt(&self, other: &Fraction) -> PyResult<bool> {
        Ok(self > other)
    }
}

impl crate::algos::AccumulateAdd for Fraction {
    fn acc_add(&self, other: &Fraction) -> Fraction {
        self.add(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::func::PyHash;

    fn fr(n: i64, d: i64) -> Fraction {
        Fraction::from_ints(n, d).unwrap()
    }

    fn big(s: &str) -> Int {
        Int::from_lit(s)
    }

    fn err<T: fmt::Debug>(r: PyResult<T>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn construction_and_text() {
        assert_eq!(fr(6, -4).py_repr(), "Fraction(-3, 2)");
        assert_eq!(fr(6, 3).to_string(), "2");
        assert_eq!(fr(0, -5).py_repr(), "Fraction(0, 1)");
        assert_eq!(fr(-3, 4).py_str(), "-3/4");
        assert_eq!(
            err(Fraction::from_ints(1, 0)),
            "ZeroDivisionError: Fraction(1, 0)"
        );
        assert_eq!(
            err(Fraction::from_ints(-7, 0)),
            "ZeroDivisionError: Fraction(-7, 0)"
        );
        assert_eq!(
            Fraction::from_f64(0.1).unwrap().py_repr(),
            "Fraction(3602879701896397, 36028797018963968)"
        );
        assert_eq!(
            Fraction::from_f64(-2.5).unwrap().py_repr(),
            "Fraction(-5, 2)"
        );
        assert_eq!(Fraction::from_f64(1e300).unwrap().to_string(), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        assert_eq!(
            Fraction::from_f64(5e-324)
                .unwrap()
                .denominator()
                .bit_length(),
            1075
        );
        assert_eq!(
            Fraction::from_f64(-0.0).unwrap().py_repr(),
            "Fraction(0, 1)"
        );
        assert_eq!(
            err(Fraction::from_f64(f64::NAN)),
            "ValueError: cannot convert NaN to integer ratio"
        );
        assert_eq!(
            err(Fraction::from_f64(f64::NEG_INFINITY)),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            Fraction::new(
                big("123456789012345678901234567890"),
                big("-987654321098765432109876543210")
            )
            .unwrap()
            .py_repr(),
            "Fraction(-13717421, 109739369)"
        );
    }

    #[test]
    fn parsing_matches_cpython() {
        let ok: &[(&str, &str)] = &[
            ("3/4", "Fraction(3, 4)"),
            (" -1.25 ", "Fraction(-5, 4)"),
            ("1e-3", "Fraction(1, 1000)"),
            ("7", "Fraction(7, 1)"),
            ("5.", "Fraction(5, 1)"),
            (".5", "Fraction(1, 2)"),
            ("+.5e1", "Fraction(5, 1)"),
            ("1_000.5_5e1_0", "Fraction(10005500000000, 1)"),
            ("1.E5", "Fraction(100000, 1)"),
            ("-0/7", "Fraction(0, 1)"),
            ("\t12/-0", ""),
            ("1/2", "Fraction(1, 2)"),
            ("٣/٤", "Fraction(3, 4)"),
            ("\u{3000}2.50\n", "Fraction(5, 2)"),
            ("003.1400E+002", "Fraction(314, 1)"),
            ("6/08", "Fraction(3, 4)"),
        ];
        for &(s, want) in ok {
            if want.is_empty() {
                assert!(Fraction::parse(s).is_err(), "{:?}", s);
            } else {
                assert_eq!(Fraction::parse(s).unwrap().py_repr(), want, "{:?}", s);
            }
        }
        let bad: &[(&str, &str)] = &[
            ("x", "ValueError: Invalid literal for Fraction: 'x'"),
            ("", "ValueError: Invalid literal for Fraction: ''"),
            ("1/", "ValueError: Invalid literal for Fraction: '1/'"),
            ("1.5/2", "ValueError: Invalid literal for Fraction: '1.5/2'"),
            ("1__0", "ValueError: Invalid literal for Fraction: '1__0'"),
            ("_1", "ValueError: Invalid literal for Fraction: '_1'"),
            (".", "ValueError: Invalid literal for Fraction: '.'"),
            ("1e", "ValueError: Invalid literal for Fraction: '1e'"),
            ("- 1", "ValueError: Invalid literal for Fraction: '- 1'"),
            ("inf", "ValueError: Invalid literal for Fraction: 'inf'"),
            (
                "5.d",
                "ValueError: invalid literal for int() with base 10: 'd'",
            ),
            ("3/0", "ZeroDivisionError: Fraction(3, 0)"),
            ("-3/0", "ZeroDivisionError: Fraction(-3, 0)"),
        ];
        for &(s, want) in bad {
            assert_eq!(err(Fraction::parse(s)), want, "{:?}", s);
        }
    }

    #[test]
    fn arithmetic_matches_cpython() {
        let a = fr(3, 4);
        let b = fr(-5, 6);
        assert_eq!((&a + &b).py_repr(), "Fraction(-1, 12)");
        assert_eq!((&a - &b).py_repr(), "Fraction(19, 12)");
        assert_eq!((&a * &b).py_repr(), "Fraction(-5, 8)");
        assert_eq!((&a / &b).unwrap().py_repr(), "Fraction(-9, 10)");
        assert_eq!(a.floordiv(&b).unwrap().to_string(), "-1");
        assert_eq!(a.modulo(&b).unwrap().py_repr(), "Fraction(-1, 12)");
        let (q, r) = fr(-7, 3).divmod(&fr(1, 2)).unwrap();
        assert_eq!(
            (q.to_string(), r.py_repr()),
            ("-5".to_string(), "Fraction(1, 6)".to_string())
        );
        assert_eq!((-&a).py_repr(), "Fraction(-3, 4)");
        assert_eq!(b.abs().py_repr(), "Fraction(5, 6)");
        assert_eq!(fr(1, 10).add(&fr(1, 15)).py_repr(), "Fraction(1, 6)");
        assert_eq!(fr(1, 6).sub(&fr(1, 6)).py_repr(), "Fraction(0, 1)");
        let mut acc = Fraction::default();
        for k in 1..=10 {
            acc += fr(1, k);
        }
        assert_eq!(acc.py_repr(), "Fraction(7381, 2520)");
        assert_eq!(
            err(&a / &Fraction::default()),
            "ZeroDivisionError: Fraction(1, 0)"
        );
        assert_eq!(
            err(fr(-6, 4).truediv(&Fraction::default())),
            "ZeroDivisionError: Fraction(-1, 0)"
        );
        assert_eq!(
            err(Fraction::default().truediv(&Fraction::default())),
            "ZeroDivisionError: Fraction(0, 0)"
        );
        assert_eq!(
            err(a.floordiv(&Fraction::default())),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            err(a.modulo(&Fraction::default())),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            err(a.divmod(&Fraction::default())),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(fr(-2, 3).pow_i64(3).unwrap().py_repr(), "Fraction(-8, 27)");
        assert_eq!(fr(-2, 3).pow_i64(-3).unwrap().py_repr(), "Fraction(-27, 8)");
        assert_eq!(fr(2, 3).pow_i64(-2).unwrap().py_repr(), "Fraction(9, 4)");
        assert_eq!(fr(5, 7).pow_i64(0).unwrap().py_repr(), "Fraction(1, 1)");
        assert_eq!(
            err(Fraction::default().pow_i64(-1)),
            "ZeroDivisionError: Fraction(1, 0)"
        );
        assert_eq!(
            err(Fraction::default().pow_i64(-3)),
            "ZeroDivisionError: Fraction(1, 0)"
        );
        assert_eq!(fr(1, 4).pow_f64(0.5).unwrap(), 0.5);
    }

    #[test]
    fn conversions_and_rounding() {
        assert_eq!(fr(1, 3).to_f64().unwrap(), 0.3333333333333333);
        assert_eq!(fr(2, 3).to_f64().unwrap(), 0.6666666666666666);
        let huge = Fraction::from_int(Int::from_i64(10).pow(&Int::from_i64(400)).unwrap());
        assert_eq!(
            err(huge.to_f64()),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(
            Fraction::new(
                big("1"),
                Int::from_i64(10).pow(&Int::from_i64(400)).unwrap()
            )
            .unwrap()
            .to_f64()
            .unwrap(),
            0.0
        );
        let show = |f: Fraction| {
            (
                f.trunc().to_string(),
                f.floor().to_string(),
                f.ceil().to_string(),
                f.round().to_string(),
            )
        };
        let s = |a: &str, b: &str, c: &str, d: &str| {
            (a.to_string(), b.to_string(), c.to_string(), d.to_string())
        };
        assert_eq!(show(fr(-7, 2)), s("-3", "-4", "-3", "-4"));
        assert_eq!(show(fr(5, 2)), s("2", "2", "3", "2"));
        assert_eq!(show(fr(7, 2)), s("3", "3", "4", "4"));
        assert_eq!(show(fr(-5, 3)), s("-1", "-2", "-1", "-2"));
        assert_eq!(
            fr(1234567, 1000).round_to(2).unwrap().py_repr(),
            "Fraction(123457, 100)"
        );
        assert_eq!(
            fr(25, 1000).round_to(2).unwrap().py_repr(),
            "Fraction(1, 50)"
        );
        assert_eq!(
            fr(35, 1000).round_to(2).unwrap().py_repr(),
            "Fraction(1, 25)"
        );
        assert_eq!(
            fr(1250, 1).round_to(-2).unwrap().py_repr(),
            "Fraction(1200, 1)"
        );
        assert_eq!(
            fr(1350, 1).round_to(-2).unwrap().py_repr(),
            "Fraction(1400, 1)"
        );
        assert_eq!(fr(7, 3).round_to(0).unwrap().py_repr(), "Fraction(2, 1)");
        let pi = Fraction::from_f64(std::f64::consts::PI).unwrap();
        assert_eq!(
            pi.limit_denominator(10).unwrap().py_repr(),
            "Fraction(22, 7)"
        );
        assert_eq!(
            pi.limit_denominator(100).unwrap().py_repr(),
            "Fraction(311, 99)"
        );
        assert_eq!(
            pi.limit_denominator(1000000).unwrap().py_repr(),
            "Fraction(3126535, 995207)"
        );
        assert_eq!(pi.limit_denominator(1).unwrap().py_repr(), "Fraction(3, 1)");
        assert_eq!(
            fr(4321, 8765).limit_denominator(10000).unwrap().py_repr(),
            "Fraction(4321, 8765)"
        );
        assert_eq!(
            Fraction::from_f64(0.1)
                .unwrap()
                .limit_denominator(1000000)
                .unwrap()
                .py_repr(),
            "Fraction(1, 10)"
        );
        assert_eq!(
            fr(3, 2).limit_denominator(1).unwrap().py_repr(),
            "Fraction(1, 1)"
        );
        assert_eq!(
            fr(-5, 2).limit_denominator(1).unwrap().py_repr(),
            "Fraction(-3, 1)"
        );
        assert_eq!(
            err(pi.limit_denominator(0)),
            "ValueError: max_denominator should be at least 1"
        );
        let (n, d) = fr(-6, 8).as_integer_ratio();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("-3".to_string(), "4".to_string())
        );
    }

    #[test]
    #[allow(clippy::nonminimal_bool)]
    fn comparisons_match_cpython() {
        assert!(fr(1, 3) < fr(1, 2));
        assert!(fr(-1, 3) > fr(-1, 2));
        assert!(fr(4, 2) == 2);
        assert!(2 == fr(4, 2));
        assert!(fr(1, 2) == 0.5);
        assert!(0.5 == fr(1, 2));
        assert!(fr(1, 10) != 0.1);
        assert!(fr(1, 10) < 0.1);
        let nan = f64::from_bits(0x7ff8_0000_0000_0000);
        assert!(!(fr(1, 2) < nan) && !(fr(1, 2) >= nan) && fr(1, 2) != nan);
        assert_eq!(fr(1, 2).cmp_f64(nan), None);
        assert!(fr(10i64.pow(18), 1) < f64::INFINITY && fr(-1, 1) > f64::NEG_INFINITY);
        assert!(fr(0, 1) != f64::INFINITY);
        assert!(fr(7, 2) > 3 && fr(7, 2) < 4);
        assert!(fr(9007199254740993, 1) > 9007199254740992.0);
        assert_eq!(fr(5, 1), Int::from_i64(5));
        assert_eq!(fr(5, 2).cmp_i64(2), Ordering::Greater);
        assert!(!Fraction::default().py_bool() && fr(1, 9).py_bool());
        assert_eq!(fr(1, 3).py_format("").unwrap(), "1/3");
        assert_eq!(
            err(fr(1, 3).py_format(".2f")),
            "TypeError: unsupported format string passed to Fraction.__format__"
        );
    }

    #[test]
    fn hash_matches_cpython() {
        let cases: &[(Fraction, i64)] = &[
            (fr(1, 2), 1152921504606846976),
            (fr(-1, 2), -1152921504606846976),
            (fr(1, 3), 1537228672809129301),
            (fr(-1, 3), -1537228672809129301),
            (fr(22, 7), 1976436865040309104),
            (fr(-1, 1), -2),
            (fr(5, 1), 5),
            (
                Fraction::new(big("2305843009213693951"), big("1")).unwrap(),
                0,
            ),
            (
                Fraction::new(big("1"), big("2305843009213693951")).unwrap(),
                314159,
            ),
            (
                Fraction::new(big("-1"), big("4611686018427387902")).unwrap(),
                -314159,
            ),
            (Fraction::from_f64(0.1).unwrap(), 230584300921369408),
            (
                Fraction::new(
                    big("123456789123456789123456789"),
                    big("987654321987654321"),
                )
                .unwrap(),
                555417508496221925,
            ),
        ];
        for (f, h) in cases {
            assert_eq!(f.hash_value(), *h, "hash({:?})", f);
            assert_eq!(f.builtin_hash(), *h);
        }
        assert_eq!(fr(1, 2).hash_value(), crate::obj::hash_float(0.5).unwrap());
        assert_eq!(fr(7, 1).py_hash(), Some(7));
    }
}
