//! Python's `random` module (CPython 3.11), bit-exact with CPython for
//! integer and string seeds: same MT19937 generator, same seeding, and the
//! same algorithms on top of it, so `random.seed(42)` followed by any mix of
//! the calls below yields exactly the numbers CPython yields.
//!
//! Float results go through the platform's `log`/`sin`/`cos`/`sqrt`/`exp`
//! (as CPython does), so `gauss`, `expovariate` and friends match CPython on
//! the same libm; everything else is pure integer arithmetic.
//!
//! # A generator instance (`random.Random(...)`)
//! ```text
//! pub struct PyRandom                                    // Clone
//! PyRandom::new_seeded(seed: i64) -> PyRandom            // random.Random(seed)
//! PyRandom::new_seeded_str(seed: &str) -> PyRandom       // random.Random("text")
//! PyRandom::new_unseeded() -> PyRandom                   // random.Random()
//! fn seed(&mut self, n: i64)                             // r.seed(n)
//! fn seed_str(&mut self, s: &str)                        // r.seed("text")
//! fn seed_from_time(&mut self)                           // r.seed() / r.seed(None)
//! fn random(&mut self) -> f64
//! fn getrandbits(&mut self, k: i64) -> PyResult<i64>     // 0 <= k <= 63
//! fn randbelow(&mut self, n: i64) -> i64                 // r._randbelow(n); 0 if n <= 0
//! fn randrange(&mut self, start: i64, stop: i64, step: i64) -> PyResult<i64>
//! fn randrange_stop(&mut self, stop: i64) -> PyResult<i64>   // r.randrange(stop)
//! fn randint(&mut self, a: i64, b: i64) -> PyResult<i64>
//! fn choice<T: Clone>(&mut self, seq: &List<T>) -> PyResult<T>
//! fn choice_str(&mut self, s: &str) -> PyResult<String>
//! fn shuffle<T>(&mut self, x: &List<T>)
//! fn sample<T: Clone>(&mut self, population: &List<T>, k: i64) -> PyResult<List<T>>
//! fn choices<T: Clone>(&mut self, population: &List<T>, k: i64) -> PyResult<List<T>>
//! fn choices_weighted<T: Clone>(&mut self, population: &List<T>, weights: &List<f64>, k: i64)
//!     -> PyResult<List<T>>                               // choices(p, weights, k=k)
//! fn choices_cum_weighted<T: Clone>(&mut self, population: &List<T>, cum_weights: &List<f64>, k: i64)
//!     -> PyResult<List<T>>                               // choices(p, cum_weights=c, k=k)
//! fn uniform(&mut self, a: f64, b: f64) -> f64
//! fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64
//! fn gauss(&mut self, mu: f64, sigma: f64) -> f64
//! fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64
//! fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64
//! fn expovariate(&mut self, lambd: f64) -> PyResult<f64>
//! ```
//!
//! # Module-level functions (`random.xxx(...)`, one shared generator)
//! The shared generator lives in a `thread_local!` and is seeded from the
//! clock and the OS hasher keys until `random_seed` is called.
//! ```text
//! random_seed(n: i64)
//! random_seed_str(s: &str)
//! random_seed_from_time()                                // random.seed()
//! random_random() -> f64
//! random_getrandbits(k: i64) -> PyResult<i64>
//! random_randrange(start: i64, stop: i64, step: i64) -> PyResult<i64>
//! random_randrange_stop(stop: i64) -> PyResult<i64>
//! random_randint(a: i64, b: i64) -> PyResult<i64>
//! random_choice<T: Clone>(seq: &List<T>) -> PyResult<T>
//! random_choice_str(s: &str) -> PyResult<String>
//! random_shuffle<T>(x: &List<T>)
//! random_sample<T: Clone>(population: &List<T>, k: i64) -> PyResult<List<T>>
//! random_choices<T: Clone>(population: &List<T>, k: i64) -> PyResult<List<T>>
//! random_choices_weighted<T: Clone>(population: &List<T>, weights: &List<f64>, k: i64) -> PyResult<List<T>>
//! random_choices_cum_weighted<T: Clone>(population: &List<T>, cum_weights: &List<f64>, k: i64) -> PyResult<List<T>>
//! random_uniform(a: f64, b: f64) -> f64
//! random_triangular(low: f64, high: f64, mode: Option<f64>) -> f64
//! random_gauss(mu: f64, sigma: f64) -> f64
//! random_normalvariate(mu: f64, sigma: f64) -> f64
//! random_lognormvariate(mu: f64, sigma: f64) -> f64
//! random_expovariate(lambd: f64) -> PyResult<f64>
//! ```
//!
//! Notes for the emitter: Python's one-argument `randrange(n)` is
//! `randrange_stop(n)` (only its error message differs from
//! `randrange(0, n, 1)`); default arguments are `gauss(0.0, 1.0)`,
//! `triangular(0.0, 1.0, None)`, `k = 1` for `choices`. Integer weights
//! for `choices` are passed as floats. `getrandbits(k)` with `k > 63` raises
//! `OverflowError` (the result would not fit an `i64`).

use std::cell::RefCell;
use std::collections::hash_map::RandomState;
use std::collections::HashSet;
use std::f64::consts::PI;
use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{PyErr, PyResult};
use crate::list::List;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `4 * exp(-0.5) / sqrt(2.0)`, as in `random.py`.
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;

/// A Mersenne Twister generator with CPython's `random.Random` behaviour.
#[derive(Clone)]
pub struct PyRandom {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl PyRandom {
    /// `random.Random(seed)` for an integer seed.
    pub fn new_seeded(seed: i64) -> PyRandom {
        let mut r = PyRandom::blank();
        r.seed(seed);
        r
    }

    /// `random.Random(seed)` for a `str` seed (version 2 seeding: the UTF-8
    /// bytes followed by their SHA-512 digest, read as a big-endian integer).
    pub fn new_seeded_str(seed: &str) -> PyRandom {
        let mut r = PyRandom::blank();
        r.seed_str(seed);
        r
    }

    /// `random.Random()`: seeded from the clock and OS-provided hasher keys.
    pub fn new_unseeded() -> PyRandom {
        let mut r = PyRandom::blank();
        r.seed_from_time();
        r
    }

    fn blank() -> PyRandom {
        PyRandom {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        }
    }

    /// `seed(n)` for an int: `abs(n)` split into 32-bit little-endian words.
    pub fn seed(&mut self, n: i64) {
        let a = n.unsigned_abs();
        self.seed_words(vec![a as u32, (a >> 32) as u32]);
    }

    /// `seed(s)` for a `str` (CPython's default version 2).
    pub fn seed_str(&mut self, s: &str) {
        let mut bytes = s.as_bytes().to_vec();
        bytes.extend_from_slice(&crate::hashlib::sha512_digest(s.as_bytes()));
        // `bytes` is a big-endian integer; cut it into little-endian words.
        let words = bytes
            .rchunks(4)
            .map(|chunk| chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)))
            .collect();
        self.seed_words(words);
    }

    /// `seed()` / `seed(None)`: CPython reads `os.urandom`; without
    /// dependencies we mix the clock, a counter and the per-process random
    /// keys of std's `RandomState`.
    pub fn seed_from_time(&mut self) {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        let mixed = hasher.finish();
        self.seed_words(vec![
            nanos as u32,
            (nanos >> 32) as u32,
            (nanos >> 64) as u32,
            mixed as u32,
            (mixed >> 32) as u32,
        ]);
    }

    /// CPython's `random_seed` once the integer is split into words: high
    /// zero words are dropped (at least one word is kept), then
    /// `init_by_array`. Also clears the cached `gauss` value.
    fn seed_words(&mut self, mut key: Vec<u32>) {
        while key.len() > 1 && key.last() == Some(&0) {
            key.pop();
        }
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mut i = 1;
        let mut j = 0;
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// One 32-bit output of MT19937 (`genrand_uint32`).
    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `getrandbits(k)` for `1 <= k <= 128`: 32-bit words, least significant
    /// first, the last one keeping only its top bits.
    fn bits_u128(&mut self, k: u32) -> u128 {
        let mut result = 0u128;
        let mut shift = 0;
        let mut left = k;
        while left > 0 {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            result |= u128::from(r) << shift;
            shift += 32;
            left = left.saturating_sub(32);
        }
        result
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`.
    fn below_u128(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.bits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    /// `random()`: a float in `[0.0, 1.0)` with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.genrand_u32() >> 5);
        let b = f64::from(self.genrand_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`; `k > 63` is an `OverflowError` here since the
    /// result would not fit an `i64`.
    pub fn getrandbits(&mut self, k: i64) -> PyResult<i64> {
        if k < 0 {
            return Err(PyErr::value_error("number of bits must be non-negative"));
        }
        if k > 63 {
            return Err(PyErr::overflow_error(format!(
                "getrandbits({}) does not fit in a 64-bit signed integer",
                k
            )));
        }
        Ok(self.bits_u128(k as u32) as i64)
    }

    /// `getrandbits(k)` of any size: 32-bit words from the least significant, as CPython.
    pub fn getrandbits_big(&mut self, k: i64) -> PyResult<crate::Int> {
        if k < 0 {
            return Err(PyErr::value_error("number of bits must be non-negative"));
        }
        let mut out = crate::Int::zero();
        let mut shift = 0i64;
        let mut left = k;
        while left > 0 {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out = out.add(&crate::Int::from_u64(u64::from(r)).shl(shift)?);
            shift += 32;
            left -= 32;
        }
        Ok(out)
    }

    /// `_randbelow(n)` of any size (0 for `n <= 0`).
    pub fn randbelow_big(&mut self, n: &crate::Int) -> crate::Int {
        if n.signum() <= 0 {
            return crate::Int::zero();
        }
        let k = n.bit_length();
        loop {
            let r = self.getrandbits_big(k).expect("k >= 0");
            if r < *n {
                return r;
            }
        }
    }

    /// `randrange(start, stop, step)` of any size (CPython 3.11's algorithm).
    pub fn randrange_big(
        &mut self,
        start: &crate::Int,
        stop: Option<&crate::Int>,
        step: &crate::Int,
    ) -> PyResult<crate::Int> {
        let stop = match stop {
            None => {
                if start.signum() > 0 {
                    return Ok(self.randbelow_big(start));
                }
                return Err(PyErr::value_error("empty range for randrange()"));
            }
            Some(s) => s,
        };
        let width = stop.sub(start);
        let one = crate::Int::from_i64(1);
        if *step == one {
            if width.signum() > 0 {
                return Ok(start.add(&self.randbelow_big(&width)));
            }
            return Err(PyErr::value_error(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = match step.signum() {
            1 => width.add(step).sub(&one).floordiv(step)?,
            -1 => width.add(step).add(&one).floordiv(step)?,
            _ => return Err(PyErr::value_error("zero step for randrange()")),
        };
        if n.signum() <= 0 {
            return Err(PyErr::value_error("empty range for randrange()"));
        }
        Ok(start.add(&step.mul(&self.randbelow_big(&n))))
    }

    /// `_randbelow(n)`: uniform in `[0, n)`. Returns 0 without drawing for
    /// `n <= 0` (CPython would loop forever).
    pub fn randbelow(&mut self, n: i64) -> i64 {
        if n <= 0 {
            return 0;
        }
        self.below_u128(n as u128) as i64
    }

    fn below_usize(&mut self, n: usize) -> usize {
        self.below_u128(n as u128) as usize
    }

    /// `randrange(start, stop, step)` computed on `i128`, so no range of
    /// `i64` bounds can overflow.
    fn randrange_wide(&mut self, start: i128, stop: i128, step: i128) -> PyResult<i64> {
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok((start + self.below_u128(width as u128) as i128) as i64);
            }
            return Err(PyErr::value_error(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = if step > 0 {
            floor_div(width + step - 1, step)
        } else if step < 0 {
            floor_div(width + step + 1, step)
        } else {
            return Err(PyErr::value_error("zero step for randrange()"));
        };
        if n <= 0 {
            return Err(PyErr::value_error("empty range for randrange()"));
        }
        Ok((start + step * self.below_u128(n as u128) as i128) as i64)
    }

    /// `randrange(start, stop, step)`.
    pub fn randrange(&mut self, start: i64, stop: i64, step: i64) -> PyResult<i64> {
        self.randrange_wide(i128::from(start), i128::from(stop), i128::from(step))
    }

    /// One-argument `randrange(stop)`.
    pub fn randrange_stop(&mut self, stop: i64) -> PyResult<i64> {
        if stop > 0 {
            Ok(self.randbelow(stop))
        } else {
            Err(PyErr::value_error("empty range for randrange()"))
        }
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`, both ends included.
    pub fn randint(&mut self, a: i64, b: i64) -> PyResult<i64> {
        self.randrange_wide(i128::from(a), i128::from(b) + 1, 1)
    }

    /// `choice(seq)`.
    pub fn choice<T: Clone>(&mut self, seq: &List<T>) -> PyResult<T> {
        let items = seq.0.borrow();
        if items.is_empty() {
            return Err(PyErr::index_error("Cannot choose from an empty sequence"));
        }
        let i = self.below_usize(items.len());
        Ok(items[i].clone())
    }

    /// `choice(s)` for a string: one code point.
    pub fn choice_str(&mut self, s: &str) -> PyResult<String> {
        let n = s.chars().count();
        if n == 0 {
            return Err(PyErr::index_error("Cannot choose from an empty sequence"));
        }
        let i = self.below_usize(n);
        Ok(s.chars().nth(i).map(String::from).unwrap_or_default())
    }

    /// `shuffle(x)`: in place, Fisher-Yates from the end.
    pub fn shuffle<T>(&mut self, x: &List<T>) {
        let mut items = x.0.borrow_mut();
        for i in (1..items.len()).rev() {
            let j = self.below_usize(i + 1);
            items.swap(i, j);
        }
    }

    /// `sample(population, k)`: `k` distinct positions, in selection order.
    pub fn sample<T: Clone>(&mut self, population: &List<T>, k: i64) -> PyResult<List<T>> {
        let pop = population.0.borrow();
        let n = pop.len();
        if k < 0 || k as u64 > n as u64 {
            return Err(PyErr::value_error(
                "Sample larger than population or is negative",
            ));
        }
        let k = k as usize;
        let mut result = Vec::with_capacity(k);
        if n as u128 <= sample_setsize(k) {
            // Partial Fisher-Yates on a copy: `swap_remove(j)` moves the last
            // unselected item into the vacancy, exactly as CPython does.
            let mut pool = pop.clone();
            for i in 0..k {
                let j = self.below_usize(n - i);
                result.push(pool.swap_remove(j));
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.below_usize(n);
                while !selected.insert(j) {
                    j = self.below_usize(n);
                }
                result.push(pop[j].clone());
            }
        }
        Ok(new_list(result))
    }

    /// `choices(population, k=k)` (equal weights).
    pub fn choices<T: Clone>(&mut self, population: &List<T>, k: i64) -> PyResult<List<T>> {
        let pop = population.0.borrow();
        let n = pop.len() as f64;
        let mut result = Vec::new();
        for _ in 0..k.max(0) {
            let i = (self.random() * n).floor() as usize;
            match pop.get(i) {
                Some(v) => result.push(v.clone()),
                None => return Err(PyErr::index_error("list index out of range")),
            }
        }
        Ok(new_list(result))
    }

    /// `choices(population, weights, k=k)`.
    pub fn choices_weighted<T: Clone>(
        &mut self,
        population: &List<T>,
        weights: &List<f64>,
        k: i64,
    ) -> PyResult<List<T>> {
        // `itertools.accumulate(weights)`: running left-to-right sums.
        let cum: Vec<f64> = weights
            .0
            .borrow()
            .iter()
            .scan(0.0, |total, &w| {
                *total += w;
                Some(*total)
            })
            .collect();
        self.choices_cum_weighted(population, &new_list(cum), k)
    }

    /// `choices(population, cum_weights=cum_weights, k=k)`.
    pub fn choices_cum_weighted<T: Clone>(
        &mut self,
        population: &List<T>,
        cum_weights: &List<f64>,
        k: i64,
    ) -> PyResult<List<T>> {
        let pop = population.0.borrow();
        let cum = cum_weights.0.borrow();
        let n = pop.len();
        if cum.len() != n {
            return Err(PyErr::value_error(
                "The number of weights does not match the population",
            ));
        }
        let total = match cum.last() {
            Some(&t) => t,
            None => return Err(PyErr::index_error("list index out of range")),
        };
        if total <= 0.0 {
            return Err(PyErr::value_error(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(PyErr::value_error("Total of weights must be finite"));
        }
        let mut result = Vec::new();
        for _ in 0..k.max(0) {
            let x = self.random() * total;
            result.push(pop[bisect_right(&cum, x, n - 1)].clone());
        }
        Ok(new_list(result))
    }

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`; `mode = None` means the midpoint.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(_) if high - low == 0.0 => return low,
            Some(m) => (m - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `gauss(mu, sigma)`: Box-Muller, caching the second value until the
    /// next call (the cache is cleared by reseeding).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * (2.0 * PI);
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman-Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`. Like CPython,
    /// `lambd == 0` draws a number and then raises `ZeroDivisionError`.
    pub fn expovariate(&mut self, lambd: f64) -> PyResult<f64> {
        let x = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        Ok(x / lambd)
    }
}

fn new_list<T>(items: Vec<T>) -> List<T> {
    List(Rc::new(RefCell::new(items)))
}

/// Python's `//` on `i128` (the divisor is never zero here).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// `sample`'s threshold: `21`, plus `4 ** ceil(log(3 * k, 4))` when `k > 5`.
/// `3 * k` is never a power of 4, so the ceiling is the smallest `m` with
/// `4 ** m > 3 * k` (computed exactly instead of through floats).
fn sample_setsize(k: usize) -> u128 {
    let mut setsize = 21;
    if k > 5 {
        let target = 3 * k as u128;
        let mut power = 1u128;
        while power <= target {
            power *= 4;
        }
        setsize += power;
    }
    setsize
}

thread_local! {
    static GLOBAL: RefCell<PyRandom> = RefCell::new(PyRandom::new_unseeded());
}

/// Runs `f` on the module-level generator.
fn with_global<R>(f: impl FnOnce(&mut PyRandom) -> R) -> R {
    GLOBAL.with(|g| f(&mut g.borrow_mut()))
}

/// A `random.Random(...)` instance: its own generator, shared by its copies.
#[derive(Clone)]
pub struct Rng(Rc<RefCell<PyRandom>>);

impl Rng {
    /// `random.Random(n)`.
    pub fn new(seed: i64) -> Rng {
        Rng(Rc::new(RefCell::new(PyRandom::new_seeded(seed))))
    }

    /// `random.Random("text")`.
    pub fn new_str(seed: &str) -> Rng {
        Rng(Rc::new(RefCell::new(PyRandom::new_seeded_str(seed))))
    }

    /// `random.Random()`.
    pub fn new_unseeded() -> Rng {
        Rng(Rc::new(RefCell::new(PyRandom::new_unseeded())))
    }

    /// Makes this generator the module's until the guard drops (also on `?` or `break`):
    /// the instance's methods are the module functions on another state.
    pub fn activate(&self) -> RngGuard {
        self.swap();
        RngGuard(self.clone())
    }

    /// Runs `f` (a `random.*` module call) with this generator as the module's.
    pub fn enter<R>(&self, f: impl FnOnce() -> R) -> R {
        let _guard = self.activate();
        f()
    }

    fn swap(&self) {
        GLOBAL.with(|g| std::mem::swap(&mut *g.borrow_mut(), &mut *self.0.borrow_mut()));
    }
}

/// While alive, a `random.Random` instance's state is the module generator's.
pub struct RngGuard(Rng);

impl Drop for RngGuard {
    fn drop(&mut self) {
        self.0.swap();
    }
}

impl crate::traits::PyRepr for Rng {
    fn py_repr(&self) -> String {
        "<random.Random object>".to_string()
    }
}

/// `random.getrandbits(k)` as a big int.
pub fn random_getrandbits_big(k: i64) -> PyResult<crate::Int> {
    with_global(|r| r.getrandbits_big(k))
}

/// `random.randrange(...)` with big-int bounds (`stop` None: one argument).
pub fn random_randrange_big(
    start: &crate::Int,
    stop: Option<&crate::Int>,
    step: &crate::Int,
) -> PyResult<crate::Int> {
    with_global(|r| r.randrange_big(start, stop, step))
}

/// `random.randint(a, b)` with big-int bounds.
pub fn random_randint_big(a: &crate::Int, b: &crate::Int) -> PyResult<crate::Int> {
    let stop = b.add(&crate::Int::from_i64(1));
    with_global(|r| r.randrange_big(a, Some(&stop), &crate::Int::from_i64(1)))
}

/// `random.seed(n)`.
pub fn random_seed(n: i64) {
    with_global(|r| r.seed(n))
}

/// `random.seed("text")`.
pub fn random_seed_str(s: &str) {
    with_global(|r| r.seed_str(s))
}

/// `random.seed()` / `random.seed(None)`.
pub fn random_seed_from_time() {
    with_global(|r| r.seed_from_time())
}

/// `random.random()`.
pub fn random_random() -> f64 {
    with_global(|r| r.random())
}

/// `random.getrandbits(k)`.
pub fn random_getrandbits(k: i64) -> PyResult<i64> {
    with_global(|r| r.getrandbits(k))
}

/// `random.randrange(start, stop, step)`.
pub fn random_randrange(start: i64, stop: i64, step: i64) -> PyResult<i64> {
    with_global(|r| r.randrange(start, stop, step))
}

/// `random.randrange(stop)`.
pub fn random_randrange_stop(stop: i64) -> PyResult<i64> {
    with_global(|r| r.randrange_stop(stop))
}

/// `random.randint(a, b)`.
pub fn random_randint(a: i64, b: i64) -> PyResult<i64> {
    with_global(|r| r.randint(a, b))
}

/// `random.choice(seq)`.
pub fn random_choice<T: Clone>(seq: &List<T>) -> PyResult<T> {
    with_global(|r| r.choice(seq))
}

/// `random.choice(s)` for a string.
pub fn random_choice_str(s: &str) -> PyResult<String> {
    with_global(|r| r.choice_str(s))
}

/// `random.shuffle(x)`.
pub fn random_shuffle<T>(x: &List<T>) {
    with_global(|r| r.shuffle(x))
}

/// `random.sample(population, k)`.
pub fn random_sample<T: Clone>(population: &List<T>, k: i64) -> PyResult<List<T>> {
    with_global(|r| r.sample(population, k))
}

/// `random.choices(population, k=k)`.
pub fn random_choices<T: Clone>(population: &List<T>, k: i64) -> PyResult<List<T>> {
    with_global(|r| r.choices(population, k))
}

/// `random.choices(population, weights, k=k)`.
pub fn random_choices_weighted<T: Clone>(
    population: &List<T>,
    weights: &List<f64>,
    k: i64,
) -> PyResult<List<T>> {
    with_global(|r| r.choices_weighted(population, weights, k))
}

/// `random.choices(population, cum_weights=cum_weights, k=k)`.
pub fn random_choices_cum_weighted<T: Clone>(
    population: &List<T>,
    cum_weights: &List<f64>,
    k: i64,
) -> PyResult<List<T>> {
    with_global(|r| r.choices_cum_weighted(population, cum_weights, k))
}

/// `random.uniform(a, b)`.
pub fn random_uniform(a: f64, b: f64) -> f64 {
    with_global(|r| r.uniform(a, b))
}

/// `random.triangular(low, high, mode)`.
pub fn random_triangular(low: f64, high: f64, mode: Option<f64>) -> f64 {
    with_global(|r| r.triangular(low, high, mode))
}

/// `random.gauss(mu, sigma)`.
pub fn random_gauss(mu: f64, sigma: f64) -> f64 {
    with_global(|r| r.gauss(mu, sigma))
}

/// `random.normalvariate(mu, sigma)`.
pub fn random_normalvariate(mu: f64, sigma: f64) -> f64 {
    with_global(|r| r.normalvariate(mu, sigma))
}

/// `random.lognormvariate(mu, sigma)`.
pub fn random_lognormvariate(mu: f64, sigma: f64) -> f64 {
    with_global(|r| r.lognormvariate(mu, sigma))
}

/// `random.expovariate(lambd)`.
pub fn random_expovariate(lambd: f64) -> PyResult<f64> {
    with_global(|r| r.expovariate(lambd))
}

#[cfg(test)]
mod tests {

    //! Expected values were recorded from CPython 3.11.7.
    use super::*;

    #[test]
    fn big_draws_match_cpython() {
        // random.seed(7); getrandbits(100), randrange(10**20), randint(2**70, 2**71), getrandbits(64)
        random_seed(7);
        assert_eq!(random_getrandbits_big(100).unwrap().to_string(), "487320478161116480663150048312");
        let big = crate::Int::parse("100000000000000000000", 10).unwrap();
        assert_eq!(random_randrange_big(&big, None, &crate::Int::from_i64(1)).unwrap().to_string(), "890727360438182992");
        let a = crate::Int::from_i64(1).shl(70).unwrap();
        let b = crate::Int::from_i64(1).shl(71).unwrap();
        assert_eq!(random_randint_big(&a, &b).unwrap().to_string(), "1411837827826912790564");
        assert_eq!(random_getrandbits_big(64).unwrap().to_string(), "10750541312280087032");
        let r = Rng::new(3);
        let x = r.enter(random_random);
        random_seed(3);
        assert_eq!(x, random_random());
    }

    fn assert_floats(actual: &[f64], expected: &[f64]) {
        assert_eq!(actual.len(), expected.len());
        for (a, e) in actual.iter().zip(expected) {
            assert_eq!(a.to_bits(), e.to_bits(), "{} != {}", a, e);
        }
    }

    fn floats(r: &mut PyRandom, n: usize, mut f: impl FnMut(&mut PyRandom) -> f64) -> Vec<f64> {
        (0..n).map(|_| f(r)).collect()
    }

    fn ints(r: &mut PyRandom, n: usize, mut f: impl FnMut(&mut PyRandom) -> i64) -> Vec<i64> {
        (0..n).map(|_| f(r)).collect()
    }

    fn range_list(n: i64) -> List<i64> {
        new_list((0..n).collect())
    }

    fn strs(items: &[&str]) -> List<String> {
        new_list(items.iter().map(|s| s.to_string()).collect())
    }

    fn msg<T>(res: PyResult<T>) -> String {
        match res {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn random_for_int_seeds() {
        let cases: [(i64, [f64; 5]); 10] = [
            (
                0,
                [
                    0.8444218515250481,
                    0.7579544029403025,
                    0.420571580830845,
                    0.25891675029296335,
                    0.5112747213686085,
                ],
            ),
            (
                1,
                [
                    0.13436424411240122,
                    0.8474337369372327,
                    0.763774618976614,
                    0.2550690257394217,
                    0.49543508709194095,
                ],
            ),
            (
                42,
                [
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                    0.22321073814882275,
                    0.7364712141640124,
                ],
            ),
            (
                12345,
                [
                    0.41661987254534116,
                    0.010169169457068361,
                    0.8252065092537432,
                    0.2986398551995928,
                    0.3684116894884757,
                ],
            ),
            (
                (1 << 40) + 7,
                [
                    0.6137037779936511,
                    0.8149162973309487,
                    0.9450115087592873,
                    0.5703906991004561,
                    0.47592409887048936,
                ],
            ),
            (
                -5,
                [
                    0.6229016948897019,
                    0.7417869892607294,
                    0.7951935655656966,
                    0.9424502837770503,
                    0.7398985747399307,
                ],
            ),
            (
                i64::MIN,
                [
                    0.5534639983914199,
                    0.9406144709090462,
                    0.24199432111690833,
                    0.8512870110731147,
                    0.08475572881914784,
                ],
            ),
            (
                i64::MAX,
                [
                    0.3166448820870279,
                    0.631259308253863,
                    0.8035542479972343,
                    0.45346382341714553,
                    0.4767927957583785,
                ],
            ),
            (
                1 << 32,
                [
                    0.11299430095636409,
                    0.41782886486292836,
                    0.0166763664992291,
                    0.6117214625782752,
                    0.8056470212514185,
                ],
            ),
            (
                (1 << 32) - 1,
                [
                    0.6353574441341173,
                    0.20319993954407756,
                    0.6073666030347188,
                    0.29133552762158776,
                    0.3400278163075766,
                ],
            ),
        ];
        for (seed, expected) in cases.iter() {
            let mut r = PyRandom::new_seeded(*seed);
            assert_floats(&floats(&mut r, 5, PyRandom::random), expected);
        }
    }

    #[test]
    fn string_seeds() {
        let long = "héllo wörld".repeat(10);
        let cases: [(&str, [f64; 3]); 3] = [
            (
                "hello",
                [0.3537754404730722, 0.6631985810268619, 0.5476053663383964],
            ),
            (
                "",
                [0.9602256525641875, 0.595411957851699, 0.3880117152955401],
            ),
            (
                &long,
                [0.6294624222552051, 0.5330339591226876, 0.48706543841643746],
            ),
        ];
        for (seed, expected) in cases.iter() {
            let mut r = PyRandom::new_seeded_str(seed);
            assert_floats(&floats(&mut r, 3, PyRandom::random), expected);
        }
    }

    #[test]
    fn getrandbits_widths() {
        let mut r = PyRandom::new_seeded(42);
        let got: Vec<i64> = [1, 7, 32, 33, 63, 0, 63, 40]
            .iter()
            .map(|&k| r.getrandbits(k).unwrap())
            .collect();
        assert_eq!(
            got,
            [
                1,
                14,
                107420369,
                3184935163,
                2058755736454904720,
                0,
                6792748013404602857,
                743469555623
            ]
        );
        assert_eq!(
            msg(r.getrandbits(-1)),
            "ValueError: number of bits must be non-negative"
        );
        assert_eq!(r.getrandbits(64).unwrap_err().kind, "OverflowError");
    }

    #[test]
    fn randint_and_randrange() {
        let mut r = PyRandom::new_seeded(42);
        assert_eq!(
            ints(&mut r, 10, |r| r.randint(1, 6).unwrap()),
            [6, 1, 1, 6, 3, 2, 2, 2, 6, 1]
        );
        let mut r = PyRandom::new_seeded(7);
        assert_eq!(
            ints(&mut r, 6, |r| r.randint(-1000, 1000).unwrap()),
            [-337, 941, -692, -192, 333, -902]
        );
        let mut r = PyRandom::new_seeded(7);
        assert_eq!(
            ints(&mut r, 3, |r| r.randint(0, 1 << 62).unwrap()),
            [3641603982383516983, 445363681616962640, 868196408185819179]
        );
        // Width 2**64 needs 65 random bits (three 32-bit words per try).
        let mut r = PyRandom::new_seeded(3);
        assert_eq!(
            ints(&mut r, 3, |r| r.randint(i64::MIN, i64::MAX).unwrap()),
            [915533473134040693, 1680490732736907042, 5166499419593367711]
        );
        let mut r = PyRandom::new_seeded(5);
        assert_eq!(
            ints(&mut r, 5, |r| r.randrange(0, 100, 7).unwrap()),
            [63, 28, 77, 35, 84]
        );
        assert_eq!(
            ints(&mut r, 5, |r| r.randrange(100, 0, -3).unwrap()),
            [1, 97, 13, 55, 91]
        );
        assert_eq!(
            ints(&mut r, 5, |r| r.randrange_stop(10).unwrap()),
            [2, 1, 5, 7, 3]
        );
        assert_eq!(
            ints(&mut r, 5, |r| r.randrange(-50, 50, 1).unwrap()),
            [-2, 19, -37, 23, -19]
        );
    }

    #[test]
    fn randrange_errors() {
        let mut r = PyRandom::new_seeded(1);
        assert_eq!(
            msg(r.randrange(5, 5, 1)),
            "ValueError: empty range for randrange() (5, 5, 0)"
        );
        assert_eq!(
            msg(r.randrange(0, 10, 0)),
            "ValueError: zero step for randrange()"
        );
        assert_eq!(
            msg(r.randrange(0, 10, -1)),
            "ValueError: empty range for randrange()"
        );
        assert_eq!(
            msg(r.randint(5, 1)),
            "ValueError: empty range for randrange() (5, 2, -3)"
        );
        assert_eq!(
            msg(r.randrange_stop(0)),
            "ValueError: empty range for randrange()"
        );
        assert_eq!(
            msg(r.randint(i64::MAX, i64::MIN)),
            "ValueError: empty range for randrange() (9223372036854775807, -9223372036854775807, -18446744073709551614)"
        );
    }

    #[test]
    fn choice_and_shuffle() {
        let letters = strs(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
        let mut r = PyRandom::new_seeded(1);
        let got: Vec<String> = (0..8).map(|_| r.choice(&letters).unwrap()).collect();
        assert_eq!(got, ["c", "j", "b", "e", "b", "h", "h", "h"]);
        let mut r = PyRandom::new_seeded(1);
        let got: Vec<String> = (0..5).map(|_| r.choice_str("héllo").unwrap()).collect();
        assert_eq!(got, ["é", "o", "h", "l", "h"]);
        assert_eq!(
            msg(r.choice(&List::<i64>::default())),
            "IndexError: Cannot choose from an empty sequence"
        );
        assert_eq!(
            msg(r.choice_str("")),
            "IndexError: Cannot choose from an empty sequence"
        );

        let mut r = PyRandom::new_seeded(42);
        let x = range_list(20);
        r.shuffle(&x);
        assert_eq!(
            *x.0.borrow(),
            [19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3]
        );
        r.shuffle(&x);
        assert_eq!(
            *x.0.borrow(),
            [2, 6, 4, 10, 17, 7, 5, 1, 13, 0, 14, 19, 9, 12, 16, 18, 11, 3, 15, 8]
        );
    }

    #[test]
    fn sample_both_branches() {
        let mut r = PyRandom::new_seeded(12345);
        // (n, k): pool branch when n <= setsize, set branch otherwise; the
        // boundary is 85 for k = 10 and 21 for k <= 5.
        let cases: [(i64, i64, &[i64]); 10] = [
            (10, 4, &[6, 0, 4, 9]),
            (1000, 5, &[377, 954, 198, 276, 579]),
            (30, 10, &[13, 5, 11, 3, 29, 8, 17, 20, 28, 19]),
            (100, 10, &[70, 23, 45, 94, 93, 11, 67, 52, 74, 64]),
            (85, 10, &[21, 18, 26, 9, 24, 43, 41, 3, 58, 79]),
            (86, 10, &[3, 65, 53, 0, 84, 20, 74, 22, 36, 12]),
            (5, 0, &[]),
            (5, 5, &[3, 0, 2, 4, 1]),
            (22, 3, &[7, 16, 19]),
            (21, 3, &[10, 1, 7]),
        ];
        for (n, k, expected) in cases.iter() {
            let pop = range_list(*n);
            let got = r.sample(&pop, *k).unwrap();
            assert_eq!(&*got.0.borrow(), expected, "sample(range({}), {})", n, k);
            assert_eq!(pop.0.borrow().len() as i64, *n);
        }
        let pair = new_list(vec![1, 2]);
        let err = "ValueError: Sample larger than population or is negative";
        assert_eq!(msg(r.sample(&pair, 3)), err);
        assert_eq!(msg(r.sample(&pair, -1)), err);
        assert_eq!(sample_setsize(5), 21);
        assert_eq!(sample_setsize(6), 21 + 64);
        assert_eq!(sample_setsize(21), 21 + 64);
        assert_eq!(sample_setsize(22), 21 + 256);
    }

    #[test]
    fn gauss_caches_second_value() {
        let mut r = PyRandom::new_seeded(42);
        assert_floats(
            &floats(&mut r, 5, |r| r.gauss(0.0, 1.0)),
            &[
                -0.14409032957792836,
                -0.1729036003315193,
                -0.11131586156766246,
                0.7019837250988631,
                -0.12758828378288709,
            ],
        );
        let mut r = PyRandom::new_seeded(42);
        let mixed = [
            r.gauss(10.0, 2.0),
            r.random(),
            r.gauss(10.0, 2.0),
            r.gauss(0.0, 1.0),
        ];
        assert_floats(
            &mixed,
            &[
                9.711819340844142,
                0.27502931836911926,
                9.654192799336961,
                0.2735990065583831,
            ],
        );
        // Reseeding drops the cached value.
        r.seed(42);
        assert_floats(&[r.gauss(0.0, 1.0)], &[-0.14409032957792836]);
    }

    #[test]
    fn choices_with_and_without_weights() {
        let mut r = PyRandom::new_seeded(42);
        let got = r.choices(&range_list(10), 10).unwrap();
        assert_eq!(*got.0.borrow(), [6, 0, 2, 2, 7, 6, 8, 0, 4, 0]);

        let abcd = strs(&["a", "b", "c", "d"]);
        let mut r = PyRandom::new_seeded(42);
        let got = r
            .choices_weighted(&abcd, &new_list(vec![1.0, 2.0, 3.0, 4.0]), 10)
            .unwrap();
        assert_eq!(
            *got.0.borrow(),
            ["d", "a", "b", "b", "d", "d", "d", "a", "c", "a"]
        );
        let mut r = PyRandom::new_seeded(42);
        let got = r
            .choices_cum_weighted(&abcd, &new_list(vec![0.5, 0.5, 2.5, 3.0]), 10)
            .unwrap();
        assert_eq!(
            *got.0.borrow(),
            ["c", "a", "c", "c", "c", "c", "d", "a", "c", "a"]
        );
        let mut r = PyRandom::new_seeded(42);
        let got = r
            .choices_weighted(&abcd, &new_list(vec![0.1, 0.0, 2.5, 0.3]), 10)
            .unwrap();
        assert_eq!(
            *got.0.borrow(),
            ["c", "a", "c", "c", "c", "c", "c", "c", "c", "a"]
        );

        let pair = new_list(vec![1, 2]);
        assert_eq!(
            msg(r.choices_weighted(&pair, &new_list(vec![1.0]), 2)),
            "ValueError: The number of weights does not match the population"
        );
        assert_eq!(
            msg(r.choices_weighted(&pair, &new_list(vec![0.0, 0.0]), 2)),
            "ValueError: Total of weights must be greater than zero"
        );
        assert_eq!(
            msg(r.choices_weighted(&pair, &new_list(vec![1.0, f64::INFINITY]), 2)),
            "ValueError: Total of weights must be finite"
        );
        let empty = List::<i64>::default();
        assert_eq!(
            msg(r.choices(&empty, 2)),
            "IndexError: list index out of range"
        );
        assert_eq!(
            msg(r.choices_weighted(&empty, &List::default(), 2)),
            "IndexError: list index out of range"
        );
        assert!(r.choices(&empty, 0).unwrap().0.borrow().is_empty());
        assert!(r.choices(&pair, -3).unwrap().0.borrow().is_empty());
    }

    #[test]
    fn real_distributions() {
        let mut r = PyRandom::new_seeded(9);
        assert_floats(
            &floats(&mut r, 3, |r| r.uniform(1.0, 10.0)),
            &[5.167066220335193, 4.3598073825553785, 2.246854712630097],
        );
        assert_floats(
            &floats(&mut r, 2, |r| r.uniform(5.0, -5.0)),
            &[-3.665618499863413, 4.935649459188767],
        );

        let mut r = PyRandom::new_seeded(9);
        assert_floats(
            &floats(&mut r, 3, |r| r.expovariate(1.5).unwrap()),
            &[0.4145139241807281, 0.3115375735868206, 0.09941731518104947],
        );

        let mut r = PyRandom::new_seeded(9);
        assert_floats(
            &floats(&mut r, 3, |r| r.triangular(0.0, 10.0, Some(3.0))),
            &[3.8689735807983583, 3.376695326172361, 2.0386717184072713],
        );
        assert_floats(
            &floats(&mut r, 3, |r| r.triangular(0.0, 10.0, None)),
            &[7.416996418763046, 0.5672324955925624, 5.013929804205563],
        );
        assert_floats(&[r.triangular(2.0, 2.0, Some(2.0))], &[2.0]);

        let mut r = PyRandom::new_seeded(9);
        assert_floats(
            &floats(&mut r, 4, |r| r.normalvariate(0.0, 1.0)),
            &[
                -0.10126553883875075,
                0.2428655422273804,
                -1.2683267767777657,
                0.6370248001093468,
            ],
        );
        assert_floats(&[r.normalvariate(5.0, 0.5)], &[5.229049754152145]);
        let mut r = PyRandom::new_seeded(9);
        assert_floats(
            &floats(&mut r, 2, |r| r.lognormvariate(0.0, 1.0)),
            &[0.903693035423737, 1.2748971927567212],
        );

        assert_floats(&[4.0 * (-0.5f64).exp() / 2f64.sqrt()], &[NV_MAGICCONST]);
    }

    #[test]
    fn expovariate_zero_draws_then_raises() {
        let mut a = PyRandom::new_seeded(42);
        let mut b = PyRandom::new_seeded(42);
        a.expovariate(1.0).unwrap();
        assert_eq!(
            msg(b.expovariate(0.0)),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(a.random().to_bits(), b.random().to_bits());
    }

    #[test]
    fn module_level_functions_share_one_generator() {
        random_seed(42);
        assert_floats(
            &[random_random(), random_random()],
            &[0.6394267984578837, 0.025010755222666936],
        );
        random_seed(42);
        assert_eq!(
            (0..4)
                .map(|_| random_randint(1, 6).unwrap())
                .collect::<Vec<_>>(),
            [6, 1, 1, 6]
        );
        random_seed(42);
        let x = range_list(20);
        random_shuffle(&x);
        assert_eq!(x.0.borrow()[..4], [19, 5, 14, 4]);
        random_seed_str("hello");
        assert_floats(&[random_random()], &[0.3537754404730722]);
        random_seed(42);
        assert_floats(
            &[random_gauss(0.0, 1.0), random_gauss(0.0, 1.0)],
            &[-0.14409032957792836, -0.1729036003315193],
        );
    }

    #[test]
    fn unseeded_generators_differ() {
        let mut a = PyRandom::new_unseeded();
        let mut b = PyRandom::new_unseeded();
        let xs = floats(&mut a, 4, PyRandom::random);
        let ys = floats(&mut b, 4, PyRandom::random);
        assert_ne!(xs, ys);
        assert!(xs.iter().chain(&ys).all(|&x| (0.0..1.0).contains(&x)));
        random_seed_from_time();
        assert!((0.0..1.0).contains(&random_random()));
    }

    #[test]
    fn sha512_known_answer() {
        let hex: String = crate::hashlib::sha512_digest(b"abc")
            .iter()
            .map(|b| format!("{:02x}", b))
            .collect();
        assert_eq!(
            hex,
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
    }
}
