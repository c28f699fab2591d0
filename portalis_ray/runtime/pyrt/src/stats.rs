//! Python's `statistics` module (CPython 3.11) for lists of `i64`, `f64` and
//! [`Num`] (a list mixing ints and floats), with CPython's exact results.
//!
//! CPython sums exactly with fractions (`_sum`, `_ss`) and converts once at the
//! end; this module does the same with [`Fraction`]/[`Int`], so `mean`,
//! `variance`, `pvariance`, `stdev`, `pstdev` (`_float_sqrt_of_frac`, correctly
//! rounded) and `harmonic_mean` are bit-identical to CPython. `fmean`,
//! `geometric_mean`, `covariance`, `correlation` and `linear_regression` use
//! `math.fsum` and the platform's `log`/`exp`/`sqrt`, as CPython does.
//!
//! # Mixed int/float results: [`Num`]
//! Where CPython's result type depends on the data, the functions return
//! [`Num`] (`Num::Int(i64)` or `Num::Float(f64)`):
//! - `statistics_mean`, `statistics_variance`, `statistics_pvariance`: an int when
//!   every item is an int and the exact result is integral (`mean([1, 2, 3]) == 2`,
//!   `variance([1, 2, 3]) == 1`), else a float. An integral result outside `i64`
//!   raises `OverflowError` (the crate's `i64` policy); `statistics_variance_obj`
//!   and `statistics_pvariance_obj` return an [`Obj`] instead, with `Obj::Big`
//!   for such values, exactly as CPython (variances of ints above ~3e9 apart).
//! - `statistics_median`: the middle item for an odd length (keeping its kind),
//!   `(a + b) / 2` (always a float) for an even length.
//! - `statistics_harmonic_mean`: the item itself for one item, the int `0` when
//!   an item is zero, else a float.
//! - Data of `f64` always gives `Num::Float` there: take `.to_f64()`.
//!
//! `median_low`, `median_high`, `mode` return an item (`T`); `multimode` a
//! `List<T>`; the others `f64` (`quantiles`: `List<f64>`).
//!
//! # Errors
//! `StatisticsError` is a `PyErr` of kind `"StatisticsError"` with CPython's
//! messages (`mean requires at least one data point`, ...). In CPython it
//! subclasses `ValueError`: `except ValueError` must list `"StatisticsError"`
//! (the translator's exception hierarchy), and CPython's traceback names it
//! `statistics.StatisticsError`.
//!
//! # Differences
//! `mode`/`multimode` count every NaN as a distinct value: CPython counts
//! repeats of one NaN object (`[math.nan] * 3`) together, which a list of `f64`
//! cannot tell apart. `variance` & co. take no `xbar`/`mu`, `harmonic_mean` no
//! weights; `linear_regression` returns a `(slope, intercept)` tuple.

use std::collections::HashMap;
use std::convert::TryFrom;

use crate::bigint::Int;
use crate::error::{PyErr, PyResult};
use crate::fraction::Fraction;
use crate::list::{sort_order, List};
use crate::num::Num;
use crate::math::math_fsum;
use crate::obj::Obj;

/// An item type the statistics functions accept: `i64`, `f64` or [`Num`].
pub trait StatsNum: Copy {
    /// The value as Python sees it (an int or a float).
    fn stats_num(self) -> Num;
}

impl StatsNum for i64 {
    fn stats_num(self) -> Num {
        Num::Int(self)
    }
}

impl StatsNum for f64 {
    fn stats_num(self) -> Num {
        Num::Float(self)
    }
}

impl StatsNum for Num {
    fn stats_num(self) -> Num {
        self
    }
}

fn statistics_error(msg: &str) -> PyErr {
    PyErr::new("StatisticsError", msg)
}

fn nums<T: StatsNum>(data: &[T]) -> Vec<Num> {
    data.iter().map(|x| x.stats_num()).collect()
}

fn has_float(data: &[Num]) -> bool {
    data.iter().any(|x| matches!(x, Num::Float(_)))
}

fn int_from_i128(v: i128) -> Int {
    if let Ok(small) = i64::try_from(v) {
        return Int::from_i64(small);
    }
    let u = v.unsigned_abs();
    let hi = Int::from_u64((u >> 64) as u64).shl(64).unwrap_or_default();
    let m = hi.add(&Int::from_u64(u as u64));
    if v < 0 {
        m.neg()
    } else {
        m
    }
}

fn float_of(x: Num) -> f64 {
    match x {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    }
}


// ---------------------------------------------------------------------------
// Python's `<` between ints and floats (exact), and sorting with it
// ---------------------------------------------------------------------------

/// How the int `i` compares with the float `f` (exactly, as CPython); None for NaN.
fn cmp_int_float(i: i64, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f >= 9_223_372_036_854_775_808.0 {
        return Some(Less);
    }
    if f < -9_223_372_036_854_775_808.0 {
        return Some(Greater);
    }
    let t = f.trunc();
    match i.cmp(&(t as i64)) {
        Equal => Some(if f > t {
            Less
        } else if f < t {
            Greater
        } else {
            Equal
        }),
        o => Some(o),
    }
}

fn py_lt(a: Num, b: Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x < y,
        (Num::Float(x), Num::Float(y)) => x < y,
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, y) == Some(std::cmp::Ordering::Less),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, x) == Some(std::cmp::Ordering::Greater),
    }
}

/// `sorted(data)` as CPython's `list.sort` orders it (NaNs included).
fn sorted_perm(data: &[Num]) -> Vec<usize> {
    sort_order(data.len(), false, |i, j| py_lt(data[i], data[j]))
}

// ---------------------------------------------------------------------------
// Exact sums (`_sum`, `_ss`)
// ---------------------------------------------------------------------------

/// A numerator: an `i128` while it fits.
enum Numer {
    Small(i128),
    Big(Int),
}

impl Numer {
    fn square(&self) -> Numer {
        match *self {
            Numer::Small(v) if v.unsigned_abs() < (1u128 << 63) => Numer::Small(v * v),
            Numer::Small(v) => {
                let b = int_from_i128(v);
                Numer::Big(b.mul(&b))
            }
            Numer::Big(ref b) => Numer::Big(b.mul(b)),
        }
    }
}

/// `x.as_integer_ratio()` as (numerator, log2 of the denominator); None for NaN/inf.
fn exact_ratio(x: Num) -> Option<(Numer, usize)> {
    match x {
        Num::Int(i) => Some((Numer::Small(i128::from(i)), 0)),
        Num::Float(f) => {
            if !f.is_finite() {
                return None;
            }
            if f == 0.0 {
                return Some((Numer::Small(0), 0));
            }
            let (mant, exp) = crate::math::float_parts(f);
            let signed = i128::from(mant);
            if exp < 0 {
                Some((Numer::Small(signed), (-exp) as usize))
            } else if exp <= 70 {
                Some((Numer::Small(signed << exp), 0))
            } else {
                let b = int_from_i128(signed).shl(exp).unwrap_or_default();
                Some((Numer::Big(b), 0))
            }
        }
    }
}

/// An exact accumulator of `numerator / 2**k` terms (CPython's `partials`).
#[derive(Default)]
struct Partials {
    /// `small[k] + big[k]`: the summed numerators over `2**k`.
    small: Vec<i128>,
    big: Vec<Int>,
}

impl Partials {
    fn add(&mut self, n: Numer, k: usize) {
        if self.small.len() <= k {
            self.small.resize(k + 1, 0);
            self.big.resize(k + 1, Int::zero());
        }
        match n {
            Numer::Small(v) => match self.small[k].checked_add(v) {
                Some(s) => self.small[k] = s,
                None => {
                    self.big[k] = self.big[k].add(&int_from_i128(self.small[k]));
                    self.small[k] = v;
                }
            },
            Numer::Big(b) => self.big[k] = self.big[k].add(&b),
        }
    }

    fn total(&self) -> Fraction {
        if self.small.is_empty() {
            return Fraction::default();
        }
        let top = self.small.len() - 1;
        let mut num = Int::zero();
        for k in 0..=top {
            let v = self.big[k].add(&int_from_i128(self.small[k]));
            if !v.is_zero() {
                num = num.add(&v.shl((top - k) as i64).unwrap_or_default());
            }
        }
        let den = Int::from_i64(1).shl(top as i64).unwrap_or_default();
        Fraction::new(num, den).unwrap_or_default()
    }
}

/// A sum that is exact, or the float sum of the NaNs and infinities (`partials[None]`).
enum Total {
    Exact(Fraction),
    Special(f64),
}

/// `_sum(data)`: the exact total (the item count is `data.len()`).
fn exact_sum(data: &[Num]) -> Total {
    let mut parts = Partials::default();
    let mut special: Option<f64> = None;
    for &x in data {
        match exact_ratio(x) {
            Some((n, k)) => parts.add(n, k),
            None => special = Some(special.unwrap_or(0.0) + float_of(x)),
        }
    }
    match special {
        Some(s) => Total::Special(s),
        None => Total::Exact(parts.total()),
    }
}

/// `_ss(data)`: the exact sum of squared deviations from the mean.
fn sum_sq_dev(data: &[Num]) -> Total {
    let mut sx = Partials::default();
    let mut sxx = Partials::default();
    let mut special: Option<f64> = None;
    for &x in data {
        match exact_ratio(x) {
            Some((n, k)) => {
                sxx.add(n.square(), 2 * k);
                sx.add(n, k);
            }
            None => special = Some(special.unwrap_or(0.0) + float_of(x)),
        }
    }
    if let Some(s) = special {
        return Total::Special(s);
    }
    if data.is_empty() {
        return Total::Exact(Fraction::default());
    }
    let count = Fraction::from_i64(data.len() as i64);
    let sx = sx.total();
    let ssd = count.mul(&sxx.total()).sub(&sx.mul(&sx));
    Total::Exact(ssd.truediv(&count).unwrap_or_default())
}

/// `_convert(value, T)`: an int when the data are all ints and the value is integral.
fn convert(value: &Fraction, float_type: bool) -> PyResult<Obj> {
    if !float_type && *value.denominator() == Int::from_i64(1) {
        return Ok(Obj::from(value.numerator().clone()));
    }
    Ok(Obj::Float(value.to_f64()?))
}

/// `total / n` converted as CPython's `mean`/`variance` do.
fn divide_convert(total: Total, n: i64, float_type: bool) -> PyResult<Obj> {
    match total {
        Total::Special(s) => Ok(Obj::Float(s / n as f64)),
        Total::Exact(t) => convert(&t.truediv(&Fraction::from_i64(n))?, float_type),
    }
}

/// An int-or-float result as a [`Num`]: an int outside `i64` is an `OverflowError`.
fn to_num(x: Obj) -> PyResult<Num> {
    match x {
        Obj::Int(i) => Ok(Num::Int(i)),
        Obj::Float(f) => Ok(Num::Float(f)),
        _ => Err(PyErr::overflow_error(
            "Python int too large to convert to C long",
        )),
    }
}

/// `_float_sqrt_of_frac(n, m)`: the correctly rounded square root of `n / m`.
fn float_sqrt_of_frac(n: &Int, m: &Int) -> PyResult<f64> {
    let rto = |n: &Int, m: &Int| -> PyResult<Int> {
        let a = n.floordiv(m)?.isqrt()?;
        let exact = a.mul(&a).mul(m) == *n;
        Ok(if exact { a } else { a.bitor(&Int::from_i64(1)) })
    };
    let q = (n.bit_length() - m.bit_length() - 109).div_euclid(2);
    let (numerator, denominator) = if q >= 0 {
        (rto(n, &m.shl(2 * q)?)?.shl(q)?, Int::from_i64(1))
    } else {
        (rto(&n.shl(-2 * q)?, m)?, Int::from_i64(1).shl(-q)?)
    };
    numerator.truediv(&denominator)
}

// ---------------------------------------------------------------------------
// Averages
// ---------------------------------------------------------------------------

/// `statistics.mean(data)`: exact; an int for int data with an integral mean.
pub fn statistics_mean<T: StatsNum>(data: &List<T>) -> PyResult<Num> {
    let d = nums(&data.to_vec());
    if d.is_empty() {
        return Err(statistics_error("mean requires at least one data point"));
    }
    to_num(divide_convert(
        exact_sum(&d),
        d.len() as i64,
        has_float(&d),
    )?)
}

/// `statistics.fmean(data)`: `fsum(data) / len(data)`.
pub fn statistics_fmean<T: StatsNum>(data: &List<T>) -> PyResult<f64> {
    let d = nums(&data.to_vec());
    let total = math_fsum(d.iter().map(|&x| float_of(x)))?;
    if d.is_empty() {
        return Err(statistics_error("fmean requires at least one data point"));
    }
    Ok(total / d.len() as f64)
}

/// `x * w` as a float, as `fsum(map(mul, data, weights))` sees it.
fn product_f64(x: Num, w: Num) -> f64 {
    match (x, w) {
        (Num::Int(a), Num::Int(b)) => (i128::from(a) * i128::from(b)) as f64,
        (a, b) => float_of(a) * float_of(b),
    }
}

/// `statistics.fmean(data, weights)`.
pub fn statistics_fmean_weighted<T: StatsNum, W: StatsNum>(
    data: &List<T>,
    weights: &List<W>,
) -> PyResult<f64> {
    let d = nums(&data.to_vec());
    let w = nums(&weights.to_vec());
    let num = math_fsum(d.iter().zip(w.iter()).map(|(&x, &y)| product_f64(x, y)))?;
    if d.len() != w.len() {
        return Err(statistics_error("data and weights must be the same length"));
    }
    let den = math_fsum(w.iter().map(|&x| float_of(x)))?;
    if den == 0.0 {
        return Err(statistics_error("sum of weights must be non-zero"));
    }
    Ok(num / den)
}

/// `statistics.geometric_mean(data)`: `exp(fmean(map(log, data)))`.
pub fn statistics_geometric_mean<T: StatsNum>(data: &List<T>) -> PyResult<f64> {
    let fail = || {
        statistics_error("geometric mean requires a non-empty dataset containing positive numbers")
    };
    let mut logs = Vec::new();
    for x in nums(&data.to_vec()) {
        let v = match x {
            Num::Int(i) if i <= 0 => return Err(fail()),
            Num::Float(f) if f <= 0.0 => return Err(fail()),
            other => float_of(other).ln(),
        };
        logs.push(v);
    }
    let total = match math_fsum(logs.iter().copied()) {
        Ok(t) => t,
        Err(e) if e.kind == "ValueError" => return Err(fail()),
        Err(e) => return Err(e),
    };
    if logs.is_empty() {
        return Err(fail());
    }
    let mean = total / logs.len() as f64;
    let r = mean.exp();
    if r.is_infinite() && mean.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(r)
}

/// `statistics.harmonic_mean(data)` (without weights).
pub fn statistics_harmonic_mean<T: StatsNum>(data: &List<T>) -> PyResult<Num> {
    const NEGATIVE: &str = "harmonic mean does not support negative values";
    let d = nums(&data.to_vec());
    if d.is_empty() {
        return Err(statistics_error(
            "harmonic_mean requires at least one data point",
        ));
    }
    if d.len() == 1 {
        if py_lt(d[0], Num::Int(0)) {
            return Err(statistics_error(NEGATIVE));
        }
        return Ok(d[0]);
    }
    let mut recips = Vec::with_capacity(d.len());
    for &x in &d {
        if py_lt(x, Num::Int(0)) {
            return Err(statistics_error(NEGATIVE));
        }
        let r = match x {
            Num::Int(0) => return Ok(Num::Int(0)),
            Num::Int(i) => crate::numbers::truediv_int(1, i)?,
            Num::Float(f) => {
                if f == 0.0 {
                    return Ok(Num::Int(0));
                }
                1.0 / f
            }
        };
        recips.push(Num::Float(r));
    }
    let n = d.len() as i64;
    match exact_sum(&recips) {
        Total::Special(s) => {
            if s <= 0.0 {
                return Err(statistics_error("Weighted sum must be positive"));
            }
            Ok(Num::Float(n as f64 / s))
        }
        Total::Exact(t) => {
            if t <= 0 {
                return Err(statistics_error("Weighted sum must be positive"));
            }
            Ok(Num::Float(Fraction::from_i64(n).truediv(&t)?.to_f64()?))
        }
    }
}

/// An int or float intermediate of `median` / `quantiles` arithmetic.
enum Val {
    I(Int),
    F(f64),
}

impl Val {
    fn of(x: Num) -> Val {
        match x {
            Num::Int(i) => Val::I(Int::from_i64(i)),
            Num::Float(f) => Val::F(f),
        }
    }
    fn mul_int(self, k: i128) -> Val {
        match self {
            Val::I(a) => Val::I(a.mul(&int_from_i128(k))),
            Val::F(f) => Val::F(f * k as f64),
        }
    }
    fn add(self, other: Val) -> PyResult<Val> {
        Ok(match (self, other) {
            (Val::I(a), Val::I(b)) => Val::I(a.add(&b)),
            (Val::I(a), Val::F(b)) => Val::F(a.to_f64()? + b),
            (Val::F(a), Val::I(b)) => Val::F(a + b.to_f64()?),
            (Val::F(a), Val::F(b)) => Val::F(a + b),
        })
    }
    /// `self / n` (true division).
    fn div_int(self, n: i128) -> PyResult<f64> {
        match self {
            Val::I(a) => a.truediv(&int_from_i128(n)),
            Val::F(f) => Ok(f / n as f64),
        }
    }
}

/// `statistics.median(data)`: the middle item, or the mean of the two middle ones.
pub fn statistics_median<T: StatsNum>(data: &List<T>) -> PyResult<Num> {
    let d = nums(&data.to_vec());
    let n = d.len();
    if n == 0 {
        return Err(statistics_error("no median for empty data"));
    }
    let perm = sorted_perm(&d);
    if n % 2 == 1 {
        return Ok(d[perm[n / 2]]);
    }
    let i = n / 2;
    let sum = Val::of(d[perm[i - 1]]).add(Val::of(d[perm[i]]))?;
    Ok(Num::Float(sum.div_int(2)?))
}

/// `statistics.median_low(data)`.
pub fn statistics_median_low<T: StatsNum>(data: &List<T>) -> PyResult<T> {
    let items = data.to_vec();
    let n = items.len();
    if n == 0 {
        return Err(statistics_error("no median for empty data"));
    }
    let perm = sorted_perm(&nums(&items));
    Ok(items[perm[if n % 2 == 1 { n / 2 } else { n / 2 - 1 }]])
}

/// `statistics.median_high(data)`.
pub fn statistics_median_high<T: StatsNum>(data: &List<T>) -> PyResult<T> {
    let items = data.to_vec();
    let n = items.len();
    if n == 0 {
        return Err(statistics_error("no median for empty data"));
    }
    let perm = sorted_perm(&nums(&items));
    Ok(items[perm[n / 2]])
}

/// `statistics.median_grouped(data, interval)` (CPython's default interval is 1.0).
pub fn statistics_median_grouped<T: StatsNum>(data: &List<T>, interval: f64) -> PyResult<f64> {
    let d = nums(&data.to_vec());
    let n = d.len();
    if n == 0 {
        return Err(statistics_error("no median for empty data"));
    }
    let perm = sorted_perm(&d);
    let sorted: Vec<Num> = perm.iter().map(|&i| d[i]).collect();
    let x = sorted[n / 2];
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if py_lt(sorted[mid], x) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo;
    hi = n;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if py_lt(x, sorted[mid]) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let j = lo;
    let l = float_of(x) - interval / 2.0;
    let f = (j - i) as f64;
    let scaled = interval * (n as f64 / 2.0 - i as f64);
    if f == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(l + scaled / f)
}

/// A dict key for counting: equal numbers (`1 == 1.0`, `0.0 == -0.0`) share one.
#[derive(PartialEq, Eq, Hash)]
enum CountKey {
    I(i64),
    F(u64),
    Nan(usize),
}

fn count_key(x: Num, index: usize) -> CountKey {
    match x {
        Num::Int(i) => CountKey::I(i),
        Num::Float(f) if f.is_nan() => CountKey::Nan(index),
        Num::Float(f) => {
            if f == f.trunc()
                && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f)
            {
                CountKey::I(f as i64)
            } else {
                CountKey::F(f.to_bits())
            }
        }
    }
}

/// `Counter(data)`: (index of each key's first item, its count), in insertion order.
fn counter(d: &[Num]) -> Vec<(usize, usize)> {
    let mut slots: HashMap<CountKey, usize> = HashMap::new();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (index, &x) in d.iter().enumerate() {
        let slot = *slots.entry(count_key(x, index)).or_insert(out.len());
        if slot == out.len() {
            out.push((index, 0));
        }
        out[slot].1 += 1;
    }
    out
}

/// `statistics.mode(data)`: the most common item (the first one on ties).
pub fn statistics_mode<T: StatsNum>(data: &List<T>) -> PyResult<T> {
    let items = data.to_vec();
    let counts = counter(&nums(&items));
    let mut best: Option<(usize, usize)> = None;
    for &(index, count) in &counts {
        let better = match best {
            Some((_, c)) => count > c,
            None => true,
        };
        if better {
            best = Some((index, count));
        }
    }
    match best {
        Some((index, _)) => Ok(items[index]),
        None => Err(statistics_error("no mode for empty data")),
    }
}

/// `statistics.multimode(data)`: the most common items in first-seen order.
pub fn statistics_multimode<T: StatsNum>(data: &List<T>) -> List<T> {
    let items = data.to_vec();
    let counts = counter(&nums(&items));
    let max = counts.iter().map(|&(_, c)| c).max().unwrap_or(0);
    List::from_vec(
        counts
            .iter()
            .filter(|&&(_, c)| c == max)
            .map(|&(index, _)| items[index])
            .collect(),
    )
}

/// `statistics.quantiles(data, n=n, method=method)` (`"exclusive"` or `"inclusive"`).
pub fn statistics_quantiles<T: StatsNum>(
    data: &List<T>,
    n: i64,
    method: &str,
) -> PyResult<List<f64>> {
    if n < 1 {
        return Err(statistics_error("n must be at least 1"));
    }
    let d = nums(&data.to_vec());
    let perm = sorted_perm(&d);
    let sorted: Vec<Num> = perm.iter().map(|&i| d[i]).collect();
    let ld = sorted.len() as i128;
    if ld < 2 {
        return Err(statistics_error("must have at least two data points"));
    }
    let n = i128::from(n);
    let interpolate = |lo: Num, hi: Num, j_delta: i128| -> PyResult<f64> {
        Val::of(lo)
            .mul_int(n - j_delta)
            .add(Val::of(hi).mul_int(j_delta))?
            .div_int(n)
    };
    let mut result = Vec::new();
    match method {
        "inclusive" => {
            let m = ld - 1;
            for i in 1..n {
                let (j, delta) = ((i * m) / n, (i * m) % n);
                result.push(interpolate(
                    sorted[j as usize],
                    sorted[j as usize + 1],
                    delta,
                )?);
            }
        }
        "exclusive" => {
            let m = ld + 1;
            for i in 1..n {
                let j = (i * m / n).max(1).min(ld - 1);
                let delta = i * m - j * n;
                result.push(interpolate(
                    sorted[j as usize - 1],
                    sorted[j as usize],
                    delta,
                )?);
            }
        }
        _ => {
            return Err(PyErr::value_error(format!(
                "Unknown method: {}",
                crate::strings::str_repr(method)
            )))
        }
    }
    Ok(List::from_vec(result))
}

// ---------------------------------------------------------------------------
// Spread
// ---------------------------------------------------------------------------

/// `statistics.variance(data)`: the sample variance (exact; an int for int data
/// when integral). An integral result outside `i64` is an `OverflowError`: use
/// [`statistics_variance_obj`] where it may not fit.
pub fn statistics_variance<T: StatsNum>(data: &List<T>) -> PyResult<Num> {
    to_num(statistics_variance_obj(data)?)
}

/// `statistics.variance(data)` without loss: `Obj::Int`, `Obj::Big` or `Obj::Float`.
pub fn statistics_variance_obj<T: StatsNum>(data: &List<T>) -> PyResult<Obj> {
    let d = nums(&data.to_vec());
    let ss = sum_sq_dev(&d);
    if d.len() < 2 {
        return Err(statistics_error(
            "variance requires at least two data points",
        ));
    }
    divide_convert(ss, d.len() as i64 - 1, has_float(&d))
}

/// `statistics.pvariance(data)`: the population variance (see [`statistics_variance`]).
pub fn statistics_pvariance<T: StatsNum>(data: &List<T>) -> PyResult<Num> {
    to_num(statistics_pvariance_obj(data)?)
}

/// `statistics.pvariance(data)` without loss: `Obj::Int`, `Obj::Big` or `Obj::Float`.
pub fn statistics_pvariance_obj<T: StatsNum>(data: &List<T>) -> PyResult<Obj> {
    let d = nums(&data.to_vec());
    let ss = sum_sq_dev(&d);
    if d.is_empty() {
        return Err(statistics_error(
            "pvariance requires at least one data point",
        ));
    }
    divide_convert(ss, d.len() as i64, has_float(&d))
}

fn sqrt_of(ss: Total, n: i64) -> PyResult<f64> {
    match ss {
        // CPython 3.11 asks a float for `.numerator` here.
        Total::Special(_) => Err(PyErr::new(
            "AttributeError",
            "'float' object has no attribute 'numerator'",
        )),
        Total::Exact(t) => {
            let mss = t.truediv(&Fraction::from_i64(n))?;
            float_sqrt_of_frac(mss.numerator(), mss.denominator())
        }
    }
}

/// `statistics.stdev(data)`: the square root of the sample variance, correctly rounded.
pub fn statistics_stdev<T: StatsNum>(data: &List<T>) -> PyResult<f64> {
    let d = nums(&data.to_vec());
    let ss = sum_sq_dev(&d);
    if d.len() < 2 {
        return Err(statistics_error("stdev requires at least two data points"));
    }
    sqrt_of(ss, d.len() as i64 - 1)
}

/// `statistics.pstdev(data)`: the square root of the population variance.
pub fn statistics_pstdev<T: StatsNum>(data: &List<T>) -> PyResult<f64> {
    let d = nums(&data.to_vec());
    let ss = sum_sq_dev(&d);
    if d.is_empty() {
        return Err(statistics_error("pstdev requires at least one data point"));
    }
    sqrt_of(ss, d.len() as i64)
}

// ---------------------------------------------------------------------------
// Two inputs
// ---------------------------------------------------------------------------

fn two_inputs<X: StatsNum, Y: StatsNum>(
    x: &List<X>,
    y: &List<Y>,
    what: &str,
) -> PyResult<(Vec<f64>, Vec<f64>)> {
    let xs: Vec<f64> = x.to_vec().iter().map(|v| float_of(v.stats_num())).collect();
    let ys: Vec<f64> = y.to_vec().iter().map(|v| float_of(v.stats_num())).collect();
    if xs.len() != ys.len() {
        return Err(statistics_error(&format!(
            "{} requires that both inputs have same number of data points",
            what
        )));
    }
    if xs.len() < 2 {
        return Err(statistics_error(&format!(
            "{} requires at least two data points",
            what
        )));
    }
    Ok((xs, ys))
}

fn deviations(xs: &[f64], ys: &[f64]) -> PyResult<(f64, f64, f64)> {
    let n = xs.len() as f64;
    let xbar = math_fsum(xs.iter().copied())? / n;
    let ybar = math_fsum(ys.iter().copied())? / n;
    let sxy = math_fsum(xs.iter().zip(ys).map(|(&a, &b)| (a - xbar) * (b - ybar)))?;
    Ok((xbar, ybar, sxy))
}

/// `statistics.covariance(x, y)`.
pub fn statistics_covariance<X: StatsNum, Y: StatsNum>(x: &List<X>, y: &List<Y>) -> PyResult<f64> {
    let (xs, ys) = two_inputs(x, y, "covariance")?;
    let (_, _, sxy) = deviations(&xs, &ys)?;
    Ok(sxy / (xs.len() - 1) as f64)
}

/// `statistics.correlation(x, y)`: Pearson's r.
pub fn statistics_correlation<X: StatsNum, Y: StatsNum>(x: &List<X>, y: &List<Y>) -> PyResult<f64> {
    let (xs, ys) = two_inputs(x, y, "correlation")?;
    let (xbar, ybar, sxy) = deviations(&xs, &ys)?;
    let sxx = math_fsum(xs.iter().map(|&a| (a - xbar) * (a - xbar)))?;
    let syy = math_fsum(ys.iter().map(|&b| (b - ybar) * (b - ybar)))?;
    let den = (sxx * syy).sqrt();
    if den == 0.0 {
        return Err(statistics_error("at least one of the inputs is constant"));
    }
    Ok(sxy / den)
}

/// `statistics.linear_regression(x, y, proportional=...)`: `(slope, intercept)`.
pub fn statistics_linear_regression<X: StatsNum, Y: StatsNum>(
    x: &List<X>,
    y: &List<Y>,
    proportional: bool,
) -> PyResult<(f64, f64)> {
    let (xs, ys) = two_inputs(x, y, "linear regression")?;
    let (sxy, sxx, xbar, ybar) = if proportional {
        let xv = x.to_vec();
        let yv = y.to_vec();
        let prods = xv
            .iter()
            .zip(yv.iter())
            .map(|(a, b)| product_f64(a.stats_num(), b.stats_num()));
        let sxy = math_fsum(prods)?;
        let sxx = math_fsum(xv.iter().map(|a| product_f64(a.stats_num(), a.stats_num())))?;
        (sxy, sxx, 0.0, 0.0)
    } else {
        let (xbar, ybar, sxy) = deviations(&xs, &ys)?;
        let sxx = math_fsum(xs.iter().map(|&a| (a - xbar) * (a - xbar)))?;
        (sxy, sxx, xbar, ybar)
    };
    if sxx == 0.0 {
        return Err(statistics_error("x is constant"));
    }
    let slope = sxy / sxx;
    let intercept = if proportional {
        0.0
    } else {
        ybar - slope * xbar
    };
    Ok((slope, intercept))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traits::PyRepr;

    fn show<V: PyRepr>(r: PyResult<V>) -> String {
        match r {
            Ok(v) => v.py_repr(),
            Err(e) => e.to_string(),
        }
    }

    fn run<T: StatsNum + PyRepr>(name: &str, data: &[T]) -> String {
        let l = List::from_vec(data.to_vec());
        match name {
            "mean" => show(statistics_mean(&l)),
            "fmean" => show(statistics_fmean(&l)),
            "median" => show(statistics_median(&l)),
            "median_low" => show(statistics_median_low(&l)),
            "median_high" => show(statistics_median_high(&l)),
            "median_grouped" => show(statistics_median_grouped(&l, 1.0)),
            "mode" => show(statistics_mode(&l)),
            "multimode" => statistics_multimode(&l).py_repr(),
            "variance" => show(statistics_variance(&l)),
            "pvariance" => show(statistics_pvariance(&l)),
            "stdev" => show(statistics_stdev(&l)),
            "pstdev" => show(statistics_pstdev(&l)),
            "geometric_mean" => show(statistics_geometric_mean(&l)),
            "harmonic_mean" => show(statistics_harmonic_mean(&l)),
            "q4" => show(statistics_quantiles(&l, 4, "exclusive")),
            "q4i" => show(statistics_quantiles(&l, 4, "inclusive")),
            "q10" => show(statistics_quantiles(&l, 10, "exclusive")),
            "q1" => show(statistics_quantiles(&l, 1, "exclusive")),
            "qbad" => show(statistics_quantiles(&l, 4, "bad")),
            "q0" => show(statistics_quantiles(&l, 0, "exclusive")),
            _ => unreachable!(),
        }
    }

    const FUNCS: [&str; 20] = [
        "mean",
        "fmean",
        "median",
        "median_low",
        "median_high",
        "median_grouped",
        "mode",
        "multimode",
        "variance",
        "pvariance",
        "stdev",
        "pstdev",
        "geometric_mean",
        "harmonic_mean",
        "q4",
        "q4i",
        "q10",
        "q1",
        "qbad",
        "q0",
    ];

    fn check<T: StatsNum + PyRepr>(sets: &[Vec<T>], want: &[&[&str]]) -> Vec<String> {
        let mut bad = Vec::new();
        for (d, row) in sets.iter().zip(want.iter()) {
            for (name, w) in FUNCS.iter().zip(row.iter()) {
                let got = run(name, d);
                if got != *w {
                    bad.push(format!(
                        "{}({}) = {} want {}",
                        name,
                        List::from_vec(d.clone()).py_repr(),
                        got,
                        w
                    ));
                }
            }
        }
        bad
    }

    /// Expected values printed by CPython 3.11 for the same calls.
    #[test]
    #[allow(clippy::approx_constant, clippy::excessive_precision)]
    fn results_match_cpython() {
        let i64_sets: Vec<Vec<i64>> = vec![
            vec![1, 2, 3, 4, 4],
            vec![1, 2, 3],
            vec![1, 2, 4],
            vec![-5, 3, 1000000000000000000, 7],
            vec![4611686018427387904, -4611686018427387903, 3],
            vec![5],
            vec![],
            vec![1, 1, 2, 2, 3],
            vec![9223372036854775807, 9223372036854775806],
            vec![0, 5, 10],
            vec![3, 1, 4, 1, 5, 9, 2, 6],
            vec![-3, -1],
            vec![7, 7, 7, 7],
            vec![1, 0, 3],
            vec![-1, 2, 3],
            vec![2, 3],
            vec![10, 20, 30, 40, 50, 60, 70, 80, 90],
        ];
        let i64_want: &[&[&str]] = &[
            &["2.8", "2.8", "3", "3", "3", "3.0", "4", "[4]", "1.7", "1.36", "1.3038404810405297", "1.1661903789690602", "2.491461879231035", "2.142857142857143", "[1.5, 3.0, 4.0]", "[2.0, 3.0, 4.0]", "[0.6, 1.2, 1.8, 2.4, 3.0, 3.6, 4.0, 4.0, 4.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2", "2.0", "2", "2", "2", "2.0", "1", "[1, 2, 3]", "1", "0.6666666666666666", "1.0", "0.816496580927726", "1.8171205928321397", "1.6363636363636365", "[1.0, 2.0, 3.0]", "[1.5, 2.0, 2.5]", "[0.4, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.2, 3.6]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.3333333333333335", "2.3333333333333335", "2", "2", "2", "2.0", "1", "[1, 2, 4]", "2.3333333333333335", "1.5555555555555556", "1.5275252316519468", "1.247219128924647", "2.0", "1.7142857142857142", "[1.0, 2.0, 4.0]", "[1.5, 2.0, 3.0]", "[0.4, 0.8, 1.2, 1.6, 2.0, 2.8, 3.6, 4.4, 5.2]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.5e+17", "2.5e+17", "5.0", "3", "7", "6.5", "-5", "[-5, 3, 1000000000000000000, 7]", "2.5e+35", "1.875e+35", "5e+17", "4.330127018922193e+17", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-3.0, 5.0, 7.5e+17]", "[1.0, 5.0, 2.5e+17]", "[-9.0, -5.0, -1.0, 3.0, 5.0, 7.0, 5e+17, 1e+18, 1.5e+18]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.3333333333333333", "1.0", "3", "3", "3", "3.0", "4611686018427387904", "[4611686018427387904, -4611686018427387903, 3]", "2.1267647932558654e+37", "1.4178431955039102e+37", "4.611686018427388e+18", "3.7654258663581604e+18", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-4.611686018427388e+18, 3.0, 4.611686018427388e+18]", "[-2.305843009213694e+18, 3.0, 2.305843009213694e+18]", "[-7.378697629483821e+18, -5.534023222112865e+18, -3.6893488147419105e+18, -1.8446744073709553e+18, 3.0, 1.8446744073709553e+18, 3.6893488147419105e+18, 5.534023222112865e+18, 7.378697629483821e+18]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["5", "5.0", "5", "5", "5", "5.0", "5", "[5]", "StatisticsError: variance requires at least two data points", "0", "StatisticsError: stdev requires at least two data points", "0.0", "4.999999999999999", "5", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: n must be at least 1"],
            &["StatisticsError: mean requires at least one data point", "StatisticsError: fmean requires at least one data point", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no mode for empty data", "[]", "StatisticsError: variance requires at least two data points", "StatisticsError: pvariance requires at least one data point", "StatisticsError: stdev requires at least two data points", "StatisticsError: pstdev requires at least one data point", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic_mean requires at least one data point", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: n must be at least 1"],
            &["1.8", "1.8", "2", "2", "2", "1.75", "1", "[1, 2]", "0.7", "0.56", "0.8366600265340756", "0.7483314773547883", "1.6437518295172258", "1.5", "[1.0, 2.0, 2.5]", "[1.0, 2.0, 2.0]", "[1.0, 1.0, 1.0, 1.4, 2.0, 2.0, 2.2, 2.8, 3.4]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["9.223372036854776e+18", "9.223372036854776e+18", "9.223372036854776e+18", "9223372036854775806", "9223372036854775807", "9.223372036854776e+18", "9223372036854775807", "[9223372036854775807, 9223372036854775806]", "0.5", "0.25", "0.7071067811865476", "0.5", "9.223372036854745e+18", "9.223372036854776e+18", "[9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18]", "[9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18]", "[9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18, 9.223372036854776e+18]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["5", "5.0", "5", "5", "5", "5.0", "0", "[0, 5, 10]", "25", "16.666666666666668", "5.0", "4.08248290463863", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "0", "[0.0, 5.0, 10.0]", "[2.5, 5.0, 7.5]", "[-3.0, -1.0, 1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 13.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["3.875", "3.875", "3.5", "3", "4", "3.5", "1", "[1]", "7.553571428571429", "6.609375", "2.748376143938713", "2.5708704751503917", "2.995345169980803", "2.2464898595943836", "[1.25, 3.5, 5.75]", "[1.75, 3.5, 5.25]", "[1.0, 1.0, 1.7, 2.6, 3.5, 4.4, 5.3, 6.6, 9.3]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["-2", "-2.0", "-2.0", "-3", "-1", "-1.5", "-3", "[-3, -1]", "2", "1", "1.4142135623730951", "1.0", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-3.5, -2.0, -0.5]", "[-2.5, -2.0, -1.5]", "[-4.4, -3.8, -3.2, -2.6, -2.0, -1.4, -0.8, -0.2, 0.4]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["7", "7.0", "7.0", "7", "7", "7.0", "7", "[7]", "0", "0", "0.0", "0.0", "6.999999999999999", "7.0", "[7.0, 7.0, 7.0]", "[7.0, 7.0, 7.0]", "[7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.3333333333333333", "1.3333333333333333", "1", "1", "1", "1.0", "1", "[1, 0, 3]", "2.3333333333333335", "1.5555555555555556", "1.5275252316519468", "1.247219128924647", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "0", "[0.0, 1.0, 3.0]", "[0.5, 1.0, 2.0]", "[-0.6, -0.2, 0.2, 0.6, 1.0, 1.8, 2.6, 3.4, 4.2]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.3333333333333333", "1.3333333333333333", "2", "2", "2", "2.0", "-1", "[-1, 2, 3]", "4.333333333333333", "2.888888888888889", "2.0816659994661326", "1.699673171197595", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-1.0, 2.0, 3.0]", "[0.5, 2.0, 2.5]", "[-2.8, -1.6, -0.4, 0.8, 2.0, 2.4, 2.8, 3.2, 3.6]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.5", "2.5", "2.5", "2", "3", "2.5", "2", "[2, 3]", "0.5", "0.25", "0.7071067811865476", "0.5", "2.449489742783178", "2.4", "[1.75, 2.5, 3.25]", "[2.25, 2.5, 2.75]", "[1.3, 1.6, 1.9, 2.2, 2.5, 2.8, 3.1, 3.4, 3.7]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["50", "50.0", "50", "50", "50", "50.0", "10", "[10, 20, 30, 40, 50, 60, 70, 80, 90]", "750", "666.6666666666666", "27.386127875258307", "25.81988897471611", "41.471662743969134", "31.813718614111377", "[25.0, 50.0, 75.0]", "[30.0, 50.0, 70.0]", "[10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
        ];
        let f64_sets: Vec<Vec<f64>> = vec![
            vec![1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
            vec![0.1, 0.2, 0.3],
            vec![0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
            vec![1e+308, 1e+308],
            vec![1e+308, -1e+308],
            vec![1.0, f64::NAN, 3.0],
            vec![f64::INFINITY, 1.0],
            vec![f64::INFINITY, f64::NEG_INFINITY],
            vec![-0.0, 0.0],
            vec![5e-324, 1.0],
            vec![2.5],
            vec![],
            vec![1e+16, 1.0, -1e+16],
            vec![f64::NAN, 1.0, 2.0, f64::NAN, 3.0, 0.5],
            vec![0.5, 0.25, 0.125],
            vec![1.0, 0.0, 2.0],
            vec![-1.5, 2.0],
            vec![3.0, 1e-300, 2.0, 1e+300],
            vec![f64::INFINITY],
            vec![0.1, 0.7, 0.3, 0.9],
        ];
        let f64_want: &[&[&str]] = &[
            &["2.875", "2.875", "2.625", "2.5", "2.75", "2.25", "2.5", "[2.5]", "1.16875", "0.9739583333333334", "1.0810874155219827", "0.986893273527251", "2.7121486566834387", "2.554798671040809", "[2.25, 2.625, 3.625]", "[2.5, 2.625, 3.125]", "[1.2, 1.9, 2.5, 2.5, 2.625, 2.85, 3.2, 4.15, 5.2]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.2", "0.19999999999999998", "0.2", "0.2", "0.2", "0.2", "0.1", "[0.1, 0.2, 0.3]", "0.009999999999999998", "0.006666666666666665", "0.09999999999999999", "0.0816496580927726", "0.18171205928321393", "0.16363636363636364", "[0.1, 0.2, 0.3]", "[0.15000000000000002, 0.2, 0.25]", "[0.039999999999999994, 0.08000000000000002, 0.12000000000000002, 0.16, 0.2, 0.24000000000000005, 0.27999999999999997, 0.31999999999999995, 0.36]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.1", "0.1", "0.1", "0.1", "0.1", "0.09999999999999998", "0.1", "[0.1]", "0.0", "0.0", "0.0", "0.0", "0.10000000000000002", "0.1", "[0.1, 0.1, 0.1]", "[0.1, 0.1, 0.1]", "[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1e+308", "OverflowError: intermediate overflow in fsum", "inf", "1e+308", "1e+308", "1e+308", "1e+308", "[1e+308]", "0.0", "0.0", "0.0", "0.0", "1.0000000000000136e+308", "1e+308", "[inf, inf, inf]", "[inf, inf, inf]", "[nan, nan, inf, inf, inf, inf, inf, nan, nan]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.0", "0.0", "0.0", "-1e+308", "1e+308", "1e+308", "1e+308", "[1e+308, -1e+308]", "OverflowError: integer division result too large for a float", "OverflowError: integer division result too large for a float", "1.4142135623730951e+308", "1e+308", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-inf, nan, inf]", "[-inf, nan, inf]", "[-inf, -inf, -inf, nan, nan, nan, inf, inf, inf]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["nan", "nan", "nan", "nan", "nan", "nan", "1.0", "[1.0, nan, 3.0]", "nan", "nan", "AttributeError: 'float' object has no attribute 'numerator'", "AttributeError: 'float' object has no attribute 'numerator'", "nan", "nan", "[nan, nan, nan]", "[nan, nan, nan]", "[nan, nan, nan, nan, nan, nan, nan, nan, nan]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["inf", "inf", "inf", "1.0", "inf", "inf", "inf", "[inf, 1.0]", "inf", "inf", "AttributeError: 'float' object has no attribute 'numerator'", "AttributeError: 'float' object has no attribute 'numerator'", "inf", "2.0", "[-inf, inf, inf]", "[inf, inf, inf]", "[-inf, -inf, -inf, inf, inf, inf, inf, inf, inf]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["nan", "ValueError: -inf + inf in fsum", "nan", "-inf", "inf", "inf", "inf", "[inf, -inf]", "nan", "nan", "AttributeError: 'float' object has no attribute 'numerator'", "AttributeError: 'float' object has no attribute 'numerator'", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-inf, nan, inf]", "[nan, nan, nan]", "[-inf, -inf, -inf, nan, nan, nan, inf, inf, inf]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.0", "0.0", "0.0", "-0.0", "0.0", "0.0", "-0.0", "[-0.0]", "0.0", "0.0", "0.0", "0.0", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "0", "[-0.0, 0.0, 0.0]", "[0.0, 0.0, 0.0]", "[-0.0, -0.0, -0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.5", "0.5", "0.5", "5e-324", "1.0", "0.5", "5e-324", "[5e-324, 1.0]", "0.5", "0.25", "0.7071067811865476", "0.5", "2.222758749485127e-162", "0.0", "[-0.25, 0.5, 1.25]", "[0.25, 0.5, 0.75]", "[-0.7, -0.4, -0.1, 0.2, 0.5, 0.8, 1.1, 1.4, 1.7]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.5", "2.5", "2.5", "2.5", "2.5", "2.5", "2.5", "[2.5]", "StatisticsError: variance requires at least two data points", "0.0", "StatisticsError: stdev requires at least two data points", "0.0", "2.5", "2.5", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: n must be at least 1"],
            &["StatisticsError: mean requires at least one data point", "StatisticsError: fmean requires at least one data point", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no median for empty data", "StatisticsError: no mode for empty data", "[]", "StatisticsError: variance requires at least two data points", "StatisticsError: pvariance requires at least one data point", "StatisticsError: stdev requires at least two data points", "StatisticsError: pstdev requires at least one data point", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic_mean requires at least one data point", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: n must be at least 1"],
            &["0.3333333333333333", "0.3333333333333333", "1.0", "1.0", "1.0", "1.0", "1e+16", "[1e+16, 1.0, -1e+16]", "1e+32", "6.666666666666667e+31", "1e+16", "8164965809277260.0", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-1e+16, 1.0, 1e+16]", "[-5000000000000000.0, 1.0, 5000000000000000.0]", "[-1.6e+16, -1.2e+16, -8000000000000000.0, -3999999999999999.0, 1.0, 4000000000000001.0, 8000000000000000.0, 1.2e+16, 1.6e+16]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["nan", "nan", "1.5", "1.0", "2.0", "1.5", "nan", "[nan, 1.0, 2.0, nan, 3.0, 0.5]", "nan", "nan", "AttributeError: 'float' object has no attribute 'numerator'", "AttributeError: 'float' object has no attribute 'numerator'", "nan", "nan", "[nan, 1.5, nan]", "[0.625, 1.5, nan]", "[nan, nan, 0.55, 0.9, 1.5, nan, nan, nan, nan]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.2916666666666667", "0.2916666666666667", "0.25", "0.25", "0.25", "0.25", "0.5", "[0.5, 0.25, 0.125]", "0.036458333333333336", "0.024305555555555556", "0.19094065395649334", "0.15590239111558088", "0.25", "0.21428571428571427", "[0.125, 0.25, 0.5]", "[0.1875, 0.25, 0.375]", "[0.05, 0.1, 0.15, 0.2, 0.25, 0.35, 0.45, 0.55, 0.65]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.0", "1.0", "1.0", "1.0", "1.0", "1.0", "1.0", "[1.0, 0.0, 2.0]", "1.0", "0.6666666666666666", "1.0", "0.816496580927726", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "0", "[0.0, 1.0, 2.0]", "[0.5, 1.0, 1.5]", "[-0.6, -0.2, 0.2, 0.6, 1.0, 1.4, 1.8, 2.2, 2.6]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["0.25", "0.25", "0.25", "-1.5", "2.0", "1.5", "-1.5", "[-1.5, 2.0]", "6.125", "3.0625", "2.4748737341529163", "1.75", "StatisticsError: geometric mean requires a non-empty dataset containing positive numbers", "StatisticsError: harmonic mean does not support negative values", "[-2.375, 0.25, 2.875]", "[-0.625, 0.25, 1.125]", "[-3.95, -2.9, -1.85, -0.8, 0.25, 1.3, 2.35, 3.4, 4.45]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.5e+299", "2.5e+299", "2.5", "2.0", "3.0", "2.5", "3.0", "[3.0, 1e-300, 2.0, 1e+300]", "OverflowError: integer division result too large for a float", "OverflowError: integer division result too large for a float", "5e+299", "4.3301270189221934e+299", "1.5650845800732873", "4e-300", "[0.5, 2.5, 7.5e+299]", "[1.5, 2.5, 2.5e+299]", "[-1.0, 1e-300, 1.0, 2.0, 2.5, 3.0, 5e+299, 1e+300, 1.5e+300]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["inf", "inf", "inf", "inf", "inf", "inf", "inf", "[inf]", "StatisticsError: variance requires at least two data points", "inf", "StatisticsError: stdev requires at least two data points", "AttributeError: 'float' object has no attribute 'numerator'", "inf", "inf", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: must have at least two data points", "StatisticsError: n must be at least 1"],
            &["0.5", "0.5", "0.5", "0.3", "0.7", "0.19999999999999996", "0.1", "[0.1, 0.7, 0.3, 0.9]", "0.13333333333333333", "0.1", "0.3651483716701107", "0.31622776601683794", "0.3707792751067341", "0.252", "[0.15000000000000002, 0.5, 0.8500000000000001]", "[0.24999999999999997, 0.5, 0.7499999999999999]", "[0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
        ];
        let num_sets: Vec<Vec<Num>> = vec![
            vec![Num::Int(1), Num::Float(2.5), Num::Int(3)],
            vec![
                Num::Int(9007199254740993),
                Num::Float(9007199254740992.0),
                Num::Int(9007199254740993),
            ],
            vec![
                Num::Int(1),
                Num::Float(1.0),
                Num::Int(2),
                Num::Float(2.0),
                Num::Int(2),
            ],
            vec![Num::Int(3), Num::Float(0.5)],
            vec![Num::Int(1), Num::Int(2), Num::Int(3), Num::Float(4.0)],
        ];
        let num_want: &[&[&str]] = &[
            &["2.1666666666666665", "2.1666666666666665", "2.5", "2.5", "2.5", "2.5", "1", "[1, 2.5, 3]", "1.0833333333333333", "0.7222222222222222", "1.0408329997330663", "0.8498365855987975", "1.9574338205844322", "1.7307692307692308", "[1.0, 2.5, 3.0]", "[1.75, 2.5, 2.75]", "[0.1, 0.7, 1.3, 1.9, 2.5, 2.7, 2.9, 3.1, 3.3]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["9007199254740992.0", "9007199254740992.0", "9007199254740993", "9007199254740993", "9007199254740993", "9007199254740992.0", "9007199254740993", "[9007199254740993]", "0.3333333333333333", "0.2222222222222222", "0.5773502691896257", "0.4714045207910317", "9007199254740986.0", "9007199254740992.0", "[9007199254740992.0, 9007199254740992.0, 9007199254740992.0]", "[9007199254740992.0, 9007199254740992.0, 9007199254740992.0]", "[9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.6", "1.6", "2", "2", "2", "1.6666666666666667", "2", "[2]", "0.3", "0.24", "0.5477225575051661", "0.4898979485566356", "1.515716566510398", "1.4285714285714286", "[1.0, 2.0, 2.0]", "[1.0, 2.0, 2.0]", "[1.0, 1.0, 1.0, 1.4, 2.0, 2.0, 2.0, 2.0, 2.0]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["1.75", "1.75", "1.75", "0.5", "3", "2.5", "3", "[3, 0.5]", "3.125", "1.5625", "1.7677669529663689", "1.25", "1.2247448713915892", "0.8571428571428571", "[-0.125, 1.75, 3.625]", "[1.125, 1.75, 2.375]", "[-1.25, -0.5, 0.25, 1.0, 1.75, 2.5, 3.25, 4.0, 4.75]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
            &["2.5", "2.5", "2.5", "2", "3", "2.5", "1", "[1, 2, 3, 4.0]", "1.6666666666666667", "1.25", "1.2909944487358056", "1.118033988749895", "2.2133638394006434", "1.92", "[1.25, 2.5, 3.75]", "[1.75, 2.5, 3.25]", "[0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5]", "[]", "ValueError: Unknown method: 'bad'", "StatisticsError: n must be at least 1"],
        ];
        let mut bad = check(&i64_sets, i64_want);
        bad.extend(check(&f64_sets, f64_want));
        bad.extend(check(&num_sets, num_want));
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    fn li(v: &[i64]) -> List<i64> {
        List::from_vec(v.to_vec())
    }

    fn lf(v: &[f64]) -> List<f64> {
        List::from_vec(v.to_vec())
    }

    #[test]
    fn more_functions_match_cpython() {
        assert_eq!(
            show(statistics_fmean_weighted(&li(&[1, 2, 3]), &li(&[3, 2, 1]))),
            "1.6666666666666667"
        );
        assert_eq!(
            show(statistics_fmean_weighted(
                &lf(&[0.1, 0.2, 0.3]),
                &li(&[1, 1, 1])
            )),
            "0.19999999999999998"
        );
        assert_eq!(
            show(statistics_fmean_weighted(&li(&[1, 2]), &li(&[1]))),
            "StatisticsError: data and weights must be the same length"
        );
        assert_eq!(
            show(statistics_fmean_weighted(&li(&[1, 2]), &li(&[1, -1]))),
            "StatisticsError: sum of weights must be non-zero"
        );
        assert_eq!(
            show(statistics_fmean_weighted(
                &li(&[1 << 62, 1 << 62]),
                &li(&[4, 4])
            )),
            "4.611686018427388e+18"
        );
        let x9 = li(&[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(
            show(statistics_covariance(
                &x9,
                &li(&[1, 2, 3, 1, 2, 3, 1, 2, 3])
            )),
            "0.75"
        );
        assert_eq!(
            show(statistics_covariance(
                &lf(&[0.1, 0.2, 0.3]),
                &lf(&[0.3, 0.1, 0.4])
            )),
            "0.005"
        );
        assert_eq!(
            show(statistics_covariance(&li(&[1]), &li(&[1]))),
            "StatisticsError: covariance requires at least two data points"
        );
        assert_eq!(
            show(statistics_covariance(&li(&[1, 2]), &li(&[1]))),
            "StatisticsError: covariance requires that both inputs have same number of data points"
        );
        assert_eq!(
            show(statistics_correlation(
                &x9,
                &li(&[9, 8, 7, 6, 5, 4, 3, 2, 1])
            )),
            "-1.0"
        );
        assert_eq!(
            show(statistics_correlation(
                &li(&[1, 2, 3]),
                &lf(&[0.5, 0.25, 0.9])
            )),
            "0.6099942813304187"
        );
        assert_eq!(
            show(statistics_correlation(&li(&[1, 1, 1]), &li(&[1, 2, 3]))),
            "StatisticsError: at least one of the inputs is constant"
        );
        let fit = statistics_linear_regression(
            &li(&[1, 2, 3, 4, 5]),
            &lf(&[2.1, 3.9, 6.2, 7.8, 10.1]),
            false,
        )
        .unwrap();
        assert_eq!(fit, (1.9899999999999998, 0.0500000000000016));
        let fit = statistics_linear_regression(&li(&[1, 2, 3, 4, 5]), &li(&[2, 4, 6, 8, 10]), true)
            .unwrap();
        assert_eq!(fit, (2.0, 0.0));
        assert_eq!(
            statistics_linear_regression(&li(&[1, 1]), &li(&[2, 3]), false)
                .unwrap_err()
                .to_string(),
            "StatisticsError: x is constant"
        );
        assert_eq!(
            statistics_linear_regression(&li(&[1]), &li(&[2]), false)
                .unwrap_err()
                .to_string(),
            "StatisticsError: linear regression requires at least two data points"
        );
        assert_eq!(
            show(statistics_median_grouped(&li(&[52, 52, 53, 54]), 2.0)),
            "52.0"
        );
        assert_eq!(
            show(statistics_median_grouped(&li(&[1, 3, 3, 5, 7]), 0.5)),
            "3.125"
        );
        assert_eq!(show(statistics_harmonic_mean(&li(&[40, 60]))), "48.0");
        let mixed = List::from_vec(vec![Num::Float(2.5), Num::Int(3), Num::Int(10)]);
        assert_eq!(show(statistics_harmonic_mean(&mixed)), "3.6");
        let negative = "StatisticsError: harmonic mean does not support negative values";
        assert_eq!(show(statistics_harmonic_mean(&li(&[-1]))), negative);
        assert_eq!(show(statistics_harmonic_mean(&li(&[1, -1]))), negative);
        assert_eq!(show(statistics_harmonic_mean(&li(&[0, -1]))), "0");
        assert_eq!(
            show(statistics_harmonic_mean(&li(&[
                3,
                1_000_000_000_000_000_001,
                7
            ]))),
            "6.300000000000001"
        );
        assert_eq!(
            show(statistics_geometric_mean(&li(&[54, 24, 36]))),
            "36.000000000000014"
        );
        assert_eq!(
            show(statistics_geometric_mean(&lf(&[1e308, 1e308]))),
            "1.0000000000000136e+308"
        );
        assert_eq!(
            show(statistics_geometric_mean(&lf(&[1e-320, 2.0]))),
            "1.4142056902605042e-160"
        );
        assert_eq!(
            show(statistics_stdev(&li(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))),
            "3.0276503540974917"
        );
        assert_eq!(
            show(statistics_stdev(&li(&[1_000_000_000_000_000_000, 1, 2, 3]))),
            "5e+17"
        );
        let mut tenths = vec![0.1; 7];
        tenths.push(0.2);
        assert_eq!(
            show(statistics_pstdev(&lf(&tenths))),
            "0.033071891388307385"
        );
        let hundred: Vec<i64> = (1..=100).collect();
        assert_eq!(
            show(statistics_quantiles(&li(&hundred), 4, "exclusive")),
            "[25.25, 50.5, 75.75]"
        );
        let scores = li(&[
            105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99,
            91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121,
            111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104,
        ]);
        assert_eq!(
            show(statistics_quantiles(&scores, 10, "exclusive")),
            "[81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]"
        );
        assert_eq!(
            show(statistics_quantiles(&lf(&[1.5, 2.5]), 7, "inclusive")),
            "[1.6428571428571428, 1.7857142857142858, 1.9285714285714286, 2.0714285714285716, 2.2142857142857144, 2.357142857142857]"
        );
        let e18 = 1_000_000_000_000_000_000;
        assert_eq!(show(statistics_mean(&li(&[e18, e18, e18 + 1]))), "1e+18");
        assert_eq!(
            show(statistics_mean(&li(&[i64::MAX, i64::MAX]))),
            "9223372036854775807"
        );
        assert_eq!(show(statistics_variance(&lf(&[0.1, 0.1, 0.1]))), "0.0");
        let ones = List::from_vec(vec![
            Num::Int(1),
            Num::Float(1.0),
            Num::Int(2),
            Num::Float(2.0),
            Num::Int(2),
        ]);
        assert_eq!(show(statistics_mode(&ones)), "2");
        // CPython gives the int 1208925819614629174706176, which does not fit i64.
        let wide = li(&[-(1 << 40), 1 << 40]);
        assert_eq!(
            show(statistics_pvariance(&wide)),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(
            show(statistics_pvariance_obj(&wide)),
            "1208925819614629174706176"
        );
        assert_eq!(
            show(statistics_variance_obj(&wide)),
            "2417851639229258349412352"
        );
        assert_eq!(show(statistics_variance_obj(&lf(&[1.0, 2.0]))), "0.5");
        assert_eq!(show(statistics_variance_obj(&li(&[1, 2, 3]))), "1");
    }
}

/// `statistics.mode(data)` of hashable items that are not numbers (strs...): the first of
/// the most common, as CPython's `Counter.most_common(1)`.
pub fn statistics_mode_any<T: std::hash::Hash + Eq + Clone>(data: &List<T>) -> PyResult<T> {
    let mut modes = statistics_multimode_any(data).to_vec();
    if modes.is_empty() {
        return Err(statistics_error("no mode for empty data"));
    }
    Ok(modes.swap_remove(0))
}

/// `statistics.multimode(data)` of hashable items, in first-seen order.
pub fn statistics_multimode_any<T: std::hash::Hash + Eq + Clone>(data: &List<T>) -> List<T> {
    let mut order: Vec<T> = Vec::new();
    let mut counts: std::collections::HashMap<T, usize> = std::collections::HashMap::new();
    for item in data.to_vec() {
        let c = counts.entry(item.clone()).or_insert(0);
        if *c == 0 {
            order.push(item);
        }
        *c += 1;
    }
    let best = counts.values().cloned().max().unwrap_or(0);
    List::from_vec(order.into_iter().filter(|k| counts[k] == best).collect())
}
