//! Python's `heapq`, `bisect`, `itertools` (eager: results are lists) and
//! `functools` (`reduce`, `cmp_to_key`) as free functions over [`List`].
//! Comparisons use only Python's `<` (`PartialOrd::lt`), in the same order
//! CPython makes them, so results (heap layouts included) match CPython.
//!
//! # heapq (`T: Clone + PartialOrd`; the C `_heapq` algorithms)
//! - `heappush<T>(heap: &List<T>, item: T)`
//! - `heappop<T>(heap: &List<T>) -> PyResult<T>` (`IndexError: index out of range`)
//! - `heapify<T>(heap: &List<T>)`
//! - `heappushpop<T>(heap: &List<T>, item: T) -> T`
//! - `heapreplace<T>(heap: &List<T>, item: T) -> PyResult<T>` (`IndexError: index out of range`)
//! - `nlargest<T>(n: i64, items: &List<T>) -> List<T>`,
//!   `nsmallest<T>(n: i64, items: &List<T>) -> List<T>`
//! - `nlargest_by_key<T: Clone, K: PartialOrd>(n: i64, items: &List<T>, key: impl Fn(&T) -> K) -> List<T>`,
//!   `nsmallest_by_key` (same signature).
//!
//! # bisect (`T: Clone + PartialOrd`)
//! - `bisect_left<T>(a: &List<T>, x: &T) -> i64`, `bisect_right` (same), `bisect` (= `bisect_right`)
//! - `bisect_left_range<T>(a: &List<T>, x: &T, lo: i64, hi: Option<i64>) -> PyResult<i64>`,
//!   `bisect_right_range` (same) (`ValueError: lo must be non-negative`;
//!   `hi` past the end gives `IndexError: list index out of range` when probed, as in CPython)
//! - `bisect_left_by_key<T: Clone, K: PartialOrd>(a: &List<T>, x: &K, key: impl Fn(&T) -> K) -> i64`,
//!   `bisect_right_by_key` (same; `x` is already a key, as in Python 3.10+)
//! - `bisect_left_by_key_range<T, K>(a: &List<T>, x: &K, lo: i64, hi: Option<i64>, key: impl Fn(&T) -> K) -> PyResult<i64>`,
//!   `bisect_right_by_key_range` (same)
//! - `insort_left<T>(a: &List<T>, x: T)`, `insort_right` (same), `insort` (= `insort_right`)
//! - `insort_left_range<T>(a: &List<T>, x: T, lo: i64, hi: Option<i64>) -> PyResult<()>`, `insort_right_range`
//! - `insort_left_by_key<T: Clone, K: PartialOrd>(a: &List<T>, x: T, key: impl Fn(&T) -> K)`, `insort_right_by_key`
//!
//! # itertools (eager; `T: Clone`; tuples of run-time length are [`Tuple`], so they
//! print as `('a', 'b')` and can be dict keys / set items like Python tuples)
//! - `product<A: Clone, B: Clone>(a: &List<A>, b: &List<B>) -> List<(A, B)>`
//! - `product_n<T>(lists: &List<List<T>>) -> List<Tuple<T>>` (`product(*lists)`)
//! - `product_repeat<T>(items: &List<T>, repeat: i64) -> PyResult<List<Tuple<T>>>`
//!   (`ValueError: repeat argument cannot be negative`)
//! - `permutations<T>(items: &List<T>, r: Option<i64>) -> PyResult<List<Tuple<T>>>`
//! - `combinations<T>(items: &List<T>, r: i64) -> PyResult<List<Tuple<T>>>`
//! - `combinations_with_replacement<T>(items: &List<T>, r: i64) -> PyResult<List<Tuple<T>>>`
//!   (the three: `ValueError: r must be non-negative`)
//! - `accumulate_add<T: AccumulateAdd>(items: &List<T>) -> List<T>` (running sums of
//!   `i64` / `f64` / `String`; trait `AccumulateAdd { fn acc_add(&self, other: &Self) -> Self }`)
//! - `accumulate_fn<T: Clone>(items: &List<T>, f: impl FnMut(T, T) -> T, initial: Option<T>) -> List<T>`
//! - `pairwise<T>(items: &List<T>) -> List<(T, T)>`
//! - `groupby<T: Clone, K: Clone + PartialEq>(items: &List<T>, key: impl Fn(&T) -> K) -> List<(K, List<T>)>`
//! - `groupby_same<T: Clone + PartialEq>(items: &List<T>) -> List<(T, List<T>)>` (`groupby(xs)` without key)
//! - `zip_longest2<A: Clone, B: Clone>(a: &List<A>, b: &List<B>, fill_a: A, fill_b: B) -> List<(A, B)>`
//! - `chain<T>(lists: &[List<T>]) -> List<T>` (`chain(a, b, c)`),
//!   `chain_from_iterable<T>(lists: &List<List<T>>) -> List<T>`
//! - `islice<T>(items: &List<T>, start: i64, stop: Option<i64>, step: i64) -> PyResult<List<T>>`
//!   (`islice(xs, stop)` is `islice(xs, 0, Some(stop), 1)`; CPython's ValueErrors)
//! - `compress<T: Clone, S: PyTruthy + Clone>(data: &List<T>, selectors: &List<S>) -> List<T>`
//! - `takewhile<T>(items: &List<T>, pred: impl Fn(&T) -> bool) -> List<T>`, `dropwhile`, `filterfalse` (same)
//! - `starmap<A: Clone, B: Clone, R: Clone>(items: &List<(A, B)>, f: impl FnMut(A, B) -> R) -> List<R>`
//!
//! # functools
//! - `reduce<T: Clone>(items: &List<T>, f: impl FnMut(T, T) -> T) -> PyResult<T>`
//!   (`TypeError: reduce() of empty iterable with no initial value`)
//! - `reduce_init<T: Clone, A>(items: &List<T>, f: impl FnMut(A, T) -> A, init: A) -> A`
//! - `try_reduce<T: Clone>(items: &List<T>, f: impl FnMut(T, T) -> PyResult<T>) -> PyResult<T>`,
//!   `try_reduce_init<T: Clone, A>(items: &List<T>, f: impl FnMut(A, T) -> PyResult<A>, init: A) -> PyResult<A>`
//!   (for functions that can raise)
//! - `sorted_by_cmp<T: Clone>(items: impl IntoIterator<Item = T>, cmp: impl FnMut(&T, &T) -> i64, reverse: bool) -> List<T>`
//!   (`sorted(xs, key=cmp_to_key(cmp), reverse=...)`), `sort_by_cmp<T: Clone>(list: &List<T>, cmp: impl FnMut(&T, &T) -> i64, reverse: bool)`
//!   (`xs.sort(key=cmp_to_key(cmp))`).

use crate::error::{PyErr, PyResult};
use crate::list::{apply_order, sort_order, List};
use crate::seq::Tuple;
use crate::traits::PyTruthy;

// ---------------------------------------------------------------------------
// heapq
// ---------------------------------------------------------------------------

/// `siftdown` of `_heapqmodule.c`: moves `heap[pos]` up towards `startpos`
/// while it is less than its parent.
fn sift_down_by<T, F: FnMut(&T, &T) -> bool>(
    heap: &mut [T],
    startpos: usize,
    mut pos: usize,
    lt: &mut F,
) {
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        if !lt(&heap[pos], &heap[parentpos]) {
            break;
        }
        heap.swap(pos, parentpos);
        pos = parentpos;
    }
}

/// `siftup` of `_heapqmodule.c`: moves the smaller child up until a leaf is
/// reached, then sifts the item from `pos` back up.
fn sift_up_by<T, F: FnMut(&T, &T) -> bool>(heap: &mut [T], mut pos: usize, lt: &mut F) {
    let endpos = heap.len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos && !lt(&heap[childpos], &heap[childpos + 1]) {
            childpos += 1;
        }
        heap.swap(childpos, pos);
        pos = childpos;
    }
    sift_down_by(heap, startpos, pos, lt);
}

/// `keep_top_bit`: `n` with all but its highest set bit cleared.
fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// `heapify` of `_heapqmodule.c`, including the cache-friendly order it uses
/// above 2500 items.
fn heapify_by<T, F: FnMut(&T, &T) -> bool>(heap: &mut [T], lt: &mut F) {
    let n = heap.len();
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let mut sweep = |from: usize, down_to: usize, heap: &mut [T]| {
            let mut i = from;
            while i > down_to {
                i -= 1;
                let mut j = i;
                loop {
                    sift_up_by(heap, j, lt);
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
        };
        // for (i = leftmost - 1; i >= mhalf; i--) ... then (i = m - 1; i >= leftmost; i--)
        sweep(leftmost, mhalf, heap);
        sweep(m, leftmost, heap);
        return;
    }
    let mut i = n >> 1;
    while i > 0 {
        i -= 1;
        sift_up_by(heap, i, lt);
    }
}

/// Python's `<`.
fn py_lt<T: PartialOrd>(a: &T, b: &T) -> bool {
    a < b
}

fn heap_index_error() -> PyErr {
    PyErr::index_error("index out of range")
}

/// `heapq.heappush(heap, item)`.
pub fn heappush<T: Clone + PartialOrd>(heap: &List<T>, item: T) {
    let mut v = heap.0.borrow_mut();
    v.push(item);
    let pos = v.len() - 1;
    sift_down_by(&mut v, 0, pos, &mut py_lt);
}

/// `heapq.heappop(heap)`.
pub fn heappop<T: Clone + PartialOrd>(heap: &List<T>) -> PyResult<T> {
    let mut v = heap.0.borrow_mut();
    let last = match v.pop() {
        Some(x) => x,
        None => return Err(heap_index_error()),
    };
    if v.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut v[0], last);
    sift_up_by(&mut v, 0, &mut py_lt);
    Ok(top)
}

/// `heapq.heapify(x)`.
pub fn heapify<T: Clone + PartialOrd>(heap: &List<T>) {
    let mut v = heap.0.borrow_mut();
    heapify_by(&mut v, &mut py_lt);
}

/// `heapq.heapreplace(heap, item)`: pop, then push.
pub fn heapreplace<T: Clone + PartialOrd>(heap: &List<T>, item: T) -> PyResult<T> {
    let mut v = heap.0.borrow_mut();
    if v.is_empty() {
        return Err(heap_index_error());
    }
    let top = std::mem::replace(&mut v[0], item);
    sift_up_by(&mut v, 0, &mut py_lt);
    Ok(top)
}

/// `heapq.heappushpop(heap, item)`: push, then pop.
pub fn heappushpop<T: Clone + PartialOrd>(heap: &List<T>, item: T) -> T {
    let mut v = heap.0.borrow_mut();
    if v.is_empty() || !py_lt(&v[0], &item) {
        return item;
    }
    let top = std::mem::replace(&mut v[0], item);
    sift_up_by(&mut v, 0, &mut py_lt);
    top
}

/// The decorated items `nlargest`/`nsmallest` keep in their heap:
/// `(key, order, item)`; compared as Python compares those tuples
/// (orders are distinct, so items are never compared).
struct Decorated<K, T> {
    key: K,
    order: i64,
    item: T,
}

fn decorated_lt<K: PartialOrd, T>(a: &Decorated<K, T>, b: &Decorated<K, T>) -> bool {
    if a.key == b.key {
        a.order < b.order
    } else {
        a.key < b.key
    }
}

/// `heapq.nlargest` / `heapq.nsmallest` on precomputed keys, following
/// heapq.py's three paths (n == 1, n >= len, bounded heap).
fn n_best<T: Clone, K: PartialOrd>(n: i64, items: Vec<T>, keys: Vec<K>, largest: bool) -> List<T> {
    // The first item that no later item beats (`max()` / `min()`).
    let better = |a: &K, b: &K| if largest { b < a } else { a < b };
    if n == 1 {
        let mut best: Option<usize> = None;
        for i in 0..keys.len() {
            best = match best {
                Some(b) if !better(&keys[i], &keys[b]) => Some(b),
                _ => Some(i),
            };
        }
        let mut items = items;
        return match best {
            Some(b) => List::from_vec(vec![items.swap_remove(b)]),
            None => List::new(),
        };
    }
    let size = items.len();
    if n >= size as i64 {
        let perm = sort_order(size, largest, |i, j| keys[i] < keys[j]);
        return List::from_vec(apply_order(items, &perm));
    }
    if n <= 0 {
        return List::new();
    }
    let n = n as usize;
    let mut it = keys.into_iter().zip(items);
    // nlargest: min-heap with orders 0, -1, -2, ...; nsmallest: max-heap
    // with orders 0, 1, 2, ...
    let step: i64 = if largest { -1 } else { 1 };
    let mut result: Vec<Decorated<K, T>> = Vec::with_capacity(n);
    for i in 0..n {
        let (key, item) = match it.next() {
            Some(p) => p,
            None => break,
        };
        result.push(Decorated {
            key,
            order: i as i64 * step,
            item,
        });
    }
    let mut heap_lt = |a: &Decorated<K, T>, b: &Decorated<K, T>| {
        if largest {
            decorated_lt(a, b)
        } else {
            decorated_lt(b, a)
        }
    };
    heapify_by(&mut result, &mut heap_lt);
    let mut order = n as i64 * step;
    for (key, item) in it {
        let replace = if largest {
            result[0].key < key
        } else {
            key < result[0].key
        };
        if replace {
            result[0] = Decorated { key, order, item };
            sift_up_by(&mut result, 0, &mut heap_lt);
            order += step;
        }
    }
    // result.sort(reverse=largest)
    let perm = sort_order(result.len(), largest, |i, j| {
        decorated_lt(&result[i], &result[j])
    });
    let sorted = apply_order(result, &perm);
    List::from_vec(sorted.into_iter().map(|d| d.item).collect())
}

/// `heapq.nlargest(n, items)`: equal items keep their original order.
pub fn nlargest<T: Clone + PartialOrd>(n: i64, items: &List<T>) -> List<T> {
    let v = items.to_vec();
    let keys = v.clone();
    n_best(n, v, keys, true)
}

/// `heapq.nsmallest(n, items)`.
pub fn nsmallest<T: Clone + PartialOrd>(n: i64, items: &List<T>) -> List<T> {
    let v = items.to_vec();
    let keys = v.clone();
    n_best(n, v, keys, false)
}

/// `heapq.nlargest(n, items, key=key)`.
pub fn nlargest_by_key<T: Clone, K: PartialOrd>(
    n: i64,
    items: &List<T>,
    key: impl Fn(&T) -> K,
) -> List<T> {
    let v = items.to_vec();
    let keys: Vec<K> = v.iter().map(&key).collect();
    n_best(n, v, keys, true)
}

/// `heapq.nsmallest(n, items, key=key)`.
pub fn nsmallest_by_key<T: Clone, K: PartialOrd>(
    n: i64,
    items: &List<T>,
    key: impl Fn(&T) -> K,
) -> List<T> {
    let v = items.to_vec();
    let keys: Vec<K> = v.iter().map(&key).collect();
    n_best(n, v, keys, false)
}

// ---------------------------------------------------------------------------
// bisect
// ---------------------------------------------------------------------------

/// The binary search of `_bisectmodule.c`. `go_right(item)` says whether the
/// insertion point lies right of `a[mid]`. Items are cloned out of the list
/// before `go_right` (which may run a user key function) is called.
fn bisect_core<T: Clone>(
    a: &List<T>,
    lo: i64,
    hi: Option<i64>,
    mut go_right: impl FnMut(&T) -> bool,
) -> PyResult<i64> {
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let mut lo = lo;
    // hi=None and hi=-1 both mean len(a) in CPython 3.11.
    let mut hi = match hi {
        None | Some(-1) => a.len(),
        Some(h) => h,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = match a.0.borrow().get(mid as usize) {
            Some(x) => x.clone(),
            None => return Err(PyErr::index_error("list index out of range")),
        };
        if go_right(&item) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `bisect.bisect_left(a, x, lo, hi)`.
pub fn bisect_left_range<T: Clone + PartialOrd>(
    a: &List<T>,
    x: &T,
    lo: i64,
    hi: Option<i64>,
) -> PyResult<i64> {
    bisect_core(a, lo, hi, |item| item < x)
}

/// `bisect.bisect_right(a, x, lo, hi)`.
pub fn bisect_right_range<T: Clone + PartialOrd>(
    a: &List<T>,
    x: &T,
    lo: i64,
    hi: Option<i64>,
) -> PyResult<i64> {
    bisect_core(a, lo, hi, |item| !py_lt(x, item))
}

/// `bisect.bisect_left(a, x)`: the first position where `x` could go, before equal items.
pub fn bisect_left<T: Clone + PartialOrd>(a: &List<T>, x: &T) -> i64 {
    bisect_left_range(a, x, 0, None).unwrap_or(0)
}

/// `bisect.bisect_right(a, x)`: the position after equal items.
pub fn bisect_right<T: Clone + PartialOrd>(a: &List<T>, x: &T) -> i64 {
    bisect_right_range(a, x, 0, None).unwrap_or(0)
}

/// `bisect.bisect(a, x)` (= `bisect_right`).
pub fn bisect<T: Clone + PartialOrd>(a: &List<T>, x: &T) -> i64 {
    bisect_right(a, x)
}

/// `bisect.bisect_left(a, x, lo, hi, key=key)`: `x` is compared with `key(a[i])`.
pub fn bisect_left_by_key_range<T: Clone, K: PartialOrd>(
    a: &List<T>,
    x: &K,
    lo: i64,
    hi: Option<i64>,
    key: impl Fn(&T) -> K,
) -> PyResult<i64> {
    bisect_core(a, lo, hi, |item| key(item) < *x)
}

/// `bisect.bisect_right(a, x, lo, hi, key=key)`.
pub fn bisect_right_by_key_range<T: Clone, K: PartialOrd>(
    a: &List<T>,
    x: &K,
    lo: i64,
    hi: Option<i64>,
    key: impl Fn(&T) -> K,
) -> PyResult<i64> {
    bisect_core(a, lo, hi, |item| !py_lt(x, &key(item)))
}

/// `bisect.bisect_left(a, x, key=key)`.
pub fn bisect_left_by_key<T: Clone, K: PartialOrd>(
    a: &List<T>,
    x: &K,
    key: impl Fn(&T) -> K,
) -> i64 {
    bisect_left_by_key_range(a, x, 0, None, key).unwrap_or(0)
}

/// `bisect.bisect_right(a, x, key=key)`.
pub fn bisect_right_by_key<T: Clone, K: PartialOrd>(
    a: &List<T>,
    x: &K,
    key: impl Fn(&T) -> K,
) -> i64 {
    bisect_right_by_key_range(a, x, 0, None, key).unwrap_or(0)
}

/// `bisect.insort_left(a, x, lo, hi)`.
pub fn insort_left_range<T: Clone + PartialOrd>(
    a: &List<T>,
    x: T,
    lo: i64,
    hi: Option<i64>,
) -> PyResult<()> {
    let i = bisect_left_range(a, &x, lo, hi)?;
    a.insert(i, x);
    Ok(())
}

/// `bisect.insort_right(a, x, lo, hi)`.
pub fn insort_right_range<T: Clone + PartialOrd>(
    a: &List<T>,
    x: T,
    lo: i64,
    hi: Option<i64>,
) -> PyResult<()> {
    let i = bisect_right_range(a, &x, lo, hi)?;
    a.insert(i, x);
    Ok(())
}

/// `bisect.insort_left(a, x)`.
pub fn insort_left<T: Clone + PartialOrd>(a: &List<T>, x: T) {
    let i = bisect_left(a, &x);
    a.insert(i, x);
}

/// `bisect.insort_right(a, x)`.
pub fn insort_right<T: Clone + PartialOrd>(a: &List<T>, x: T) {
    let i = bisect_right(a, &x);
    a.insert(i, x);
}

/// `bisect.insort(a, x)` (= `insort_right`).
pub fn insort<T: Clone + PartialOrd>(a: &List<T>, x: T) {
    insort_right(a, x);
}

/// `bisect.insort_left(a, x, key=key)`: searches with `key(x)`.
pub fn insort_left_by_key<T: Clone, K: PartialOrd>(a: &List<T>, x: T, key: impl Fn(&T) -> K) {
    let k = key(&x);
    let i = bisect_left_by_key(a, &k, key);
    a.insert(i, x);
}

/// `bisect.insort_right(a, x, key=key)`.
pub fn insort_right_by_key<T: Clone, K: PartialOrd>(a: &List<T>, x: T, key: impl Fn(&T) -> K) {
    let k = key(&x);
    let i = bisect_right_by_key(a, &k, key);
    a.insert(i, x);
}

// ---------------------------------------------------------------------------
// itertools
// ---------------------------------------------------------------------------

fn negative_r() -> PyErr {
    PyErr::value_error("r must be non-negative")
}

/// The tuple of `pool` items at `indices`.
fn pick<T: Clone>(pool: &[T], indices: &[usize]) -> Tuple<T> {
    Tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// `product(a, b)`: pairs with the last element advancing fastest.
pub fn product<A: Clone, B: Clone>(a: &List<A>, b: &List<B>) -> List<(A, B)> {
    let av = a.to_vec();
    let bv = b.to_vec();
    let mut out = Vec::with_capacity(av.len() * bv.len());
    for x in &av {
        for y in &bv {
            out.push((x.clone(), y.clone()));
        }
    }
    List::from_vec(out)
}

/// Cartesian product of snapshots of the pools (rightmost advances fastest).
fn product_pools<T: Clone>(pools: Vec<Vec<T>>) -> List<Tuple<T>> {
    if pools.iter().any(|p| p.is_empty()) {
        return List::new();
    }
    let mut out = Vec::new();
    let mut indices = vec![0usize; pools.len()];
    loop {
        out.push(Tuple(
            indices
                .iter()
                .zip(pools.iter())
                .map(|(&i, p)| p[i].clone())
                .collect(),
        ));
        // Odometer step from the right.
        let mut k = pools.len();
        loop {
            if k == 0 {
                return List::from_vec(out);
            }
            k -= 1;
            indices[k] += 1;
            if indices[k] < pools[k].len() {
                break;
            }
            indices[k] = 0;
        }
    }
}

/// `product(*lists)`.
pub fn product_n<T: Clone>(lists: &List<List<T>>) -> List<Tuple<T>> {
    product_pools(lists.to_vec().iter().map(|l| l.to_vec()).collect())
}

/// `product(items, repeat=repeat)`.
pub fn product_repeat<T: Clone>(items: &List<T>, repeat: i64) -> PyResult<List<Tuple<T>>> {
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let pool = items.to_vec();
    if repeat > 0 && pool.is_empty() {
        return Ok(List::new());
    }
    Ok(product_pools(vec![pool; repeat as usize]))
}

/// `permutations(items, r)`: CPython's cycle algorithm (lexicographic in positions).
pub fn permutations<T: Clone>(items: &List<T>, r: Option<i64>) -> PyResult<List<Tuple<T>>> {
    let pool = items.to_vec();
    let n = pool.len();
    let r = match r {
        None => n,
        Some(r) if r < 0 => return Err(negative_r()),
        Some(r) if r as u64 > n as u64 => return Ok(List::new()),
        Some(r) => r as usize,
    };
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
    let mut out = vec![pick(&pool, &indices[..r])];
    if n == 0 {
        return Ok(List::from_vec(out));
    }
    'outer: loop {
        let mut i = r;
        while i > 0 {
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                // indices[i:] = indices[i+1:] + indices[i:i+1]
                indices[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                out.push(pick(&pool, &indices[..r]));
                continue 'outer;
            }
        }
        return Ok(List::from_vec(out));
    }
}

/// `combinations(items, r)`: in lexicographic order of positions.
pub fn combinations<T: Clone>(items: &List<T>, r: i64) -> PyResult<List<Tuple<T>>> {
    if r < 0 {
        return Err(negative_r());
    }
    let pool = items.to_vec();
    let n = pool.len();
    if r as u64 > n as u64 {
        return Ok(List::new());
    }
    let r = r as usize;
    let mut indices: Vec<usize> = (0..r).collect();
    let mut out = vec![pick(&pool, &indices)];
    loop {
        let mut i = r;
        let mut found = false;
        while i > 0 {
            i -= 1;
            if indices[i] != i + n - r {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(List::from_vec(out));
        }
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
        out.push(pick(&pool, &indices));
    }
}

/// `combinations_with_replacement(items, r)`.
pub fn combinations_with_replacement<T: Clone>(
    items: &List<T>,
    r: i64,
) -> PyResult<List<Tuple<T>>> {
    if r < 0 {
        return Err(negative_r());
    }
    let pool = items.to_vec();
    let n = pool.len();
    if n == 0 && r > 0 {
        return Ok(List::new());
    }
    let r = r as usize;
    let mut indices = vec![0usize; r];
    let mut out = vec![pick(&pool, &indices)];
    loop {
        let mut i = r;
        let mut found = false;
        while i > 0 {
            i -= 1;
            if indices[i] != n - 1 {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(List::from_vec(out));
        }
        let v = indices[i] + 1;
        for slot in indices[i..].iter_mut() {
            *slot = v;
        }
        out.push(pick(&pool, &indices));
    }
}

/// The `+` that `accumulate(xs)` applies when no function is given.
pub trait AccumulateAdd: Clone {
    fn acc_add(&self, other: &Self) -> Self;
}

impl AccumulateAdd for i64 {
    fn acc_add(&self, other: &i64) -> i64 {
        match self.checked_add(*other) {
            Some(v) => v,
            None => panic!("integer overflow in accumulate()"),
        }
    }
}

impl AccumulateAdd for f64 {
    fn acc_add(&self, other: &f64) -> f64 {
        self + other
    }
}

impl AccumulateAdd for String {
    fn acc_add(&self, other: &String) -> String {
        let mut s = self.clone();
        s.push_str(other);
        s
    }
}

/// `accumulate(items)`: running sums.
pub fn accumulate_add<T: AccumulateAdd>(items: &List<T>) -> List<T> {
    let mut out: Vec<T> = Vec::new();
    for x in items.to_vec() {
        let next = match out.last() {
            Some(total) => total.acc_add(&x),
            None => x,
        };
        out.push(next);
    }
    List::from_vec(out)
}

/// `accumulate(items, f, initial=initial)`: `initial` (when given) comes first.
pub fn accumulate_fn<T: Clone>(
    items: &List<T>,
    mut f: impl FnMut(T, T) -> T,
    initial: Option<T>,
) -> List<T> {
    let mut out: Vec<T> = Vec::new();
    let mut total = initial;
    if let Some(t) = &total {
        out.push(t.clone());
    }
    for x in items.to_vec() {
        let next = match total.take() {
            Some(t) => f(t, x),
            None => x,
        };
        out.push(next.clone());
        total = Some(next);
    }
    List::from_vec(out)
}

/// `pairwise(items)`: overlapping pairs.
pub fn pairwise<T: Clone>(items: &List<T>) -> List<(T, T)> {
    let v = items.to_vec();
    List::from_vec(v.windows(2).map(|w| (w[0].clone(), w[1].clone())).collect())
}

/// `[(k, list(g)) for k, g in groupby(items, key)]`: runs of items whose key
/// equals the key of the run's first item (the compare CPython makes).
pub fn groupby<T: Clone, K: Clone + PartialEq>(
    items: &List<T>,
    key: impl Fn(&T) -> K,
) -> List<(K, List<T>)> {
    let mut out: Vec<(K, List<T>)> = Vec::new();
    let mut current: Option<(K, Vec<T>)> = None;
    for x in items.to_vec() {
        let k = key(&x);
        current = match current {
            Some((tk, mut group)) => {
                if tk == k {
                    group.push(x);
                    Some((tk, group))
                } else {
                    out.push((tk, List::from_vec(group)));
                    Some((k, vec![x]))
                }
            }
            None => Some((k, vec![x])),
        };
    }
    if let Some((tk, group)) = current {
        out.push((tk, List::from_vec(group)));
    }
    List::from_vec(out)
}

/// `[(k, list(g)) for k, g in groupby(items)]` (no key function).
pub fn groupby_same<T: Clone + PartialEq>(items: &List<T>) -> List<(T, List<T>)> {
    groupby(items, |x| x.clone())
}

/// `zip_longest(a, b, fillvalue=...)`, with one fill value per side.
pub fn zip_longest2<A: Clone, B: Clone>(
    a: &List<A>,
    b: &List<B>,
    fill_a: A,
    fill_b: B,
) -> List<(A, B)> {
    let av = a.to_vec();
    let bv = b.to_vec();
    let n = av.len().max(bv.len());
    let out = (0..n)
        .map(|i| {
            (
                av.get(i).cloned().unwrap_or_else(|| fill_a.clone()),
                bv.get(i).cloned().unwrap_or_else(|| fill_b.clone()),
            )
        })
        .collect();
    List::from_vec(out)
}

/// `chain(a, b, ...)`.
pub fn chain<T: Clone>(lists: &[List<T>]) -> List<T> {
    let mut out = Vec::new();
    for l in lists {
        out.extend(l.to_vec());
    }
    List::from_vec(out)
}

/// `chain.from_iterable(lists)`.
pub fn chain_from_iterable<T: Clone>(lists: &List<List<T>>) -> List<T> {
    chain(&lists.to_vec())
}

/// `islice(items, start, stop, step)`; `stop = None` runs to the end.
pub fn islice<T: Clone>(
    items: &List<T>,
    start: i64,
    stop: Option<i64>,
    step: i64,
) -> PyResult<List<T>> {
    if start < 0 || matches!(stop, Some(s) if s < 0) {
        return Err(PyErr::value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if step <= 0 {
        return Err(PyErr::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let v = items.0.borrow();
    let end = match stop {
        Some(s) => (s as u64).min(v.len() as u64) as usize,
        None => v.len(),
    };
    let mut out = Vec::new();
    let mut i = start as u64;
    while i < end as u64 {
        out.push(v[i as usize].clone());
        i += step as u64;
    }
    Ok(List::from_vec(out))
}

/// `compress(data, selectors)`: stops at the shorter input.
pub fn compress<T: Clone, S: PyTruthy + Clone>(data: &List<T>, selectors: &List<S>) -> List<T> {
    let d = data.to_vec();
    let s = selectors.to_vec();
    List::from_vec(
        d.into_iter()
            .zip(s.iter())
            .filter(|(_, sel)| sel.py_bool())
            .map(|(x, _)| x)
            .collect(),
    )
}

/// `takewhile(pred, items)`.
pub fn takewhile<T: Clone>(items: &List<T>, pred: impl Fn(&T) -> bool) -> List<T> {
    List::from_vec(items.to_vec().into_iter().take_while(|x| pred(x)).collect())
}

/// `dropwhile(pred, items)`.
pub fn dropwhile<T: Clone>(items: &List<T>, pred: impl Fn(&T) -> bool) -> List<T> {
    List::from_vec(items.to_vec().into_iter().skip_while(|x| pred(x)).collect())
}

/// `filterfalse(pred, items)`.
pub fn filterfalse<T: Clone>(items: &List<T>, pred: impl Fn(&T) -> bool) -> List<T> {
    List::from_vec(items.to_vec().into_iter().filter(|x| !pred(x)).collect())
}

/// `starmap(f, pairs)`.
pub fn starmap<A: Clone, B: Clone, R: Clone>(
    items: &List<(A, B)>,
    mut f: impl FnMut(A, B) -> R,
) -> List<R> {
    List::from_vec(items.to_vec().into_iter().map(|(a, b)| f(a, b)).collect())
}

// ---------------------------------------------------------------------------
// functools
// ---------------------------------------------------------------------------

fn reduce_empty() -> PyErr {
    PyErr::type_error("reduce() of empty iterable with no initial value")
}

/// `functools.reduce(f, items)`.
pub fn reduce<T: Clone>(items: &List<T>, f: impl FnMut(T, T) -> T) -> PyResult<T> {
    let mut it = items.to_vec().into_iter();
    let first = it.next().ok_or_else(reduce_empty)?;
    Ok(it.fold(first, f))
}

/// `functools.reduce(f, items, init)`.
pub fn reduce_init<T: Clone, A>(items: &List<T>, f: impl FnMut(A, T) -> A, init: A) -> A {
    items.to_vec().into_iter().fold(init, f)
}

/// `functools.reduce(f, items)` where `f` can raise.
pub fn try_reduce<T: Clone>(
    items: &List<T>,
    mut f: impl FnMut(T, T) -> PyResult<T>,
) -> PyResult<T> {
    let mut it = items.to_vec().into_iter();
    let mut acc = it.next().ok_or_else(reduce_empty)?;
    for x in it {
        acc = f(acc, x)?;
    }
    Ok(acc)
}

/// `functools.reduce(f, items, init)` where `f` can raise.
pub fn try_reduce_init<T: Clone, A>(
    items: &List<T>,
    mut f: impl FnMut(A, T) -> PyResult<A>,
    init: A,
) -> PyResult<A> {
    let mut acc = init;
    for x in items.to_vec() {
        acc = f(acc, x)?;
    }
    Ok(acc)
}

/// `sorted(items, key=cmp_to_key(cmp), reverse=reverse)`: `a` sorts before
/// `b` when `cmp(a, b) < 0` (the only test `cmp_to_key` objects make).
pub fn sorted_by_cmp<T: Clone>(
    items: impl IntoIterator<Item = T>,
    mut cmp: impl FnMut(&T, &T) -> i64,
    reverse: bool,
) -> List<T> {
    let items: Vec<T> = items.into_iter().collect();
    let perm = sort_order(items.len(), reverse, |i, j| cmp(&items[i], &items[j]) < 0);
    List::from_vec(apply_order(items, &perm))
}

/// `xs.sort(key=cmp_to_key(cmp), reverse=reverse)`.
pub fn sort_by_cmp<T: Clone>(list: &List<T>, cmp: impl FnMut(&T, &T) -> i64, reverse: bool) {
    // Like CPython, the list reads as empty while it is being sorted.
    let items = std::mem::take(&mut *list.0.borrow_mut());
    let sorted = sorted_by_cmp(items, cmp, reverse);
    let sorted = std::mem::take(&mut *sorted.0.borrow_mut());
    let meanwhile = std::mem::replace(&mut *list.0.borrow_mut(), sorted);
    drop(meanwhile);
}

#[cfg(test)]
mod tests {
    //! Expected values were printed by CPython 3.11.
    use super::*;
    use crate::traits::PyRepr;

    fn l(xs: &[i64]) -> List<i64> {
        List::from_vec(xs.to_vec())
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    fn ls(xs: &[&str]) -> List<String> {
        List::from_vec(xs.iter().map(|x| x.to_string()).collect())
    }

    /// The code points of `text`, one string each (`list('abc')`).
    fn chars(text: &str) -> List<String> {
        List::from_vec(text.chars().map(|c| c.to_string()).collect())
    }

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn heap_push_pop_layouts() {
        let h: List<i64> = List::new();
        let pushed = [
            "[5]",
            "[1, 5]",
            "[1, 5, 8]",
            "[1, 3, 8, 5]",
            "[1, 2, 8, 5, 3]",
            "[1, 2, 8, 5, 3, 9]",
            "[1, 2, 1, 5, 3, 9, 8]",
        ];
        for (x, want) in [5, 1, 8, 3, 2, 9, 1].iter().zip(pushed.iter()) {
            heappush(&h, *x);
            assert_eq!(h.py_repr(), *want);
        }
        let popped = [
            "[1, 2, 8, 5, 3, 9]",
            "[2, 3, 8, 5, 9]",
            "[3, 5, 8, 9]",
            "[5, 9, 8]",
            "[8, 9]",
            "[9]",
            "[]",
        ];
        let mut out = Vec::new();
        for want in popped.iter() {
            out.push(heappop(&h).unwrap());
            assert_eq!(h.py_repr(), *want);
        }
        assert_eq!(out, vec![1, 1, 2, 3, 5, 8, 9]);
        assert_eq!(msg(heappop(&h)), "IndexError: index out of range");
        assert_eq!(msg(heapreplace(&h, 1)), "IndexError: index out of range");
        assert_eq!(heappushpop(&h, 3), 3);
        assert!(h.is_empty());
    }

    #[test]
    fn heapify_pushpop_replace() {
        let h = l(&[9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 5, 5]);
        heapify(&h);
        assert_eq!(h.py_repr(), "[0, 1, 5, 2, 5, 5, 6, 4, 3, 7, 9, 8]");
        assert_eq!(heappushpop(&h, 4), 0);
        assert_eq!(h.py_repr(), "[1, 2, 5, 3, 5, 5, 6, 4, 4, 7, 9, 8]");
        assert_eq!(heappushpop(&h, -1), -1);
        assert_eq!(h.py_repr(), "[1, 2, 5, 3, 5, 5, 6, 4, 4, 7, 9, 8]");
        assert_eq!(heapreplace(&h, 10).unwrap(), 1);
        assert_eq!(h.py_repr(), "[2, 3, 5, 4, 5, 5, 6, 4, 10, 7, 9, 8]");
        assert_eq!(heapreplace(&h, -5).unwrap(), 2);
        assert_eq!(h.py_repr(), "[-5, 3, 5, 4, 5, 5, 6, 4, 10, 7, 9, 8]");

        let t: List<(i64, String)> = List::new();
        for (n, c) in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")].iter() {
            heappush(&t, (*n, s(c)));
        }
        assert_eq!(
            t.py_repr(),
            "[(1, 'a'), (1, 'z'), (2, 'b'), (3, 'c'), (3, 'a')]"
        );
        assert_eq!(heappop(&t).unwrap(), (1, s("a")));
        assert_eq!(t.py_repr(), "[(1, 'z'), (3, 'a'), (2, 'b'), (3, 'c')]");

        let w = ls(&["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]);
        heapify(&w);
        assert_eq!(
            w.py_repr(),
            "['apple', 'banana', 'date', 'kiwi', 'fig', 'pear', 'plum']"
        );
    }

    /// Compares by `v` only, so equal keys reveal how items were moved.
    #[derive(Clone, Debug)]
    struct Tagged {
        v: i64,
        i: i64,
    }

    impl PartialEq for Tagged {
        fn eq(&self, o: &Self) -> bool {
            self.v == o.v
        }
    }

    impl PartialOrd for Tagged {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            self.v.partial_cmp(&o.v)
        }
    }

    #[test]
    fn big_heapify_with_ties_matches_cpython() {
        // 5000 items take the cache-friendly heapify path of _heapq.
        let items: List<Tagged> = (0..5000)
            .map(|i| Tagged {
                v: (i * 7919) % 13,
                i,
            })
            .collect();
        heapify(&items);
        let v = items.to_vec();
        let fp = v.iter().enumerate().fold(0_i64, |acc, (p, k)| {
            (acc + k.i * (p as i64 + 1)) % 1_000_000_007
        });
        assert_eq!(fp, 288855901);
        let pops: Vec<i64> = (0..100).map(|_| heappop(&items).unwrap().i).collect();
        let fp = pops.iter().enumerate().fold(0_i64, |acc, (p, i)| {
            (acc + i * (p as i64 + 1)) % 1_000_000_007
        });
        assert_eq!(fp, 12489399);
        assert_eq!(
            pops[..10].to_vec(),
            vec![2041, 4082, 4069, 507, 1014, 2028, 4056, 0, 4043, 2015]
        );
    }

    #[test]
    fn nlargest_nsmallest() {
        let data = l(&[5, 1, 8, 3, 2, 9, 1, 8, 5, 5, 0]);
        let cases: [(i64, &str, &str); 7] = [
            (-1, "[]", "[]"),
            (0, "[]", "[]"),
            (1, "[9]", "[0]"),
            (3, "[9, 8, 8]", "[0, 1, 1]"),
            (5, "[9, 8, 8, 5, 5]", "[0, 1, 1, 2, 3]"),
            (
                11,
                "[9, 8, 8, 5, 5, 5, 3, 2, 1, 1, 0]",
                "[0, 1, 1, 2, 3, 5, 5, 5, 8, 8, 9]",
            ),
            (
                20,
                "[9, 8, 8, 5, 5, 5, 3, 2, 1, 1, 0]",
                "[0, 1, 1, 2, 3, 5, 5, 5, 8, 8, 9]",
            ),
        ];
        for (n, large, small) in cases.iter() {
            assert_eq!(nlargest(*n, &data).py_repr(), *large);
            assert_eq!(nsmallest(*n, &data).py_repr(), *small);
        }
        let ws = ls(&["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]);
        let cases: [(i64, &str, &str); 5] = [
            (1, "['ccc']", "['a']"),
            (2, "['ccc', 'fff']", "['a', 'e']"),
            (3, "['ccc', 'fff', 'bb']", "['a', 'e', 'h']"),
            (
                5,
                "['ccc', 'fff', 'bb', 'dd', 'gg']",
                "['a', 'e', 'h', 'bb', 'dd']",
            ),
            (
                8,
                "['ccc', 'fff', 'bb', 'dd', 'gg', 'a', 'e', 'h']",
                "['a', 'e', 'h', 'bb', 'dd', 'gg', 'ccc', 'fff']",
            ),
        ];
        for (n, large, small) in cases.iter() {
            assert_eq!(nlargest_by_key(*n, &ws, |w| w.len()).py_repr(), *large);
            assert_eq!(nsmallest_by_key(*n, &ws, |w| w.len()).py_repr(), *small);
        }
        let vals: Vec<i64> = (0..40).map(|i| (i * 37) % 11).collect();
        let idx: List<i64> = (0..40).collect();
        assert_eq!(
            nlargest_by_key(7, &idx, |i| vals[*i as usize]).py_repr(),
            "[8, 19, 30, 5, 16, 27, 38]"
        );
        assert_eq!(
            nsmallest_by_key(7, &idx, |i| vals[*i as usize]).py_repr(),
            "[0, 11, 22, 33, 3, 14, 25]"
        );
        // NaN: the bounded-heap path gives CPython's (odd) answer too.
        let fl = List::from_vec(vec![3.5, f64::NAN, 1.0, 2.0, f64::NAN, 0.5, 7.0, 2.0]);
        assert_eq!(nlargest(3, &fl).py_repr(), "[3.5, nan, 7.0]");
        assert_eq!(nsmallest(3, &fl).py_repr(), "[1.0, nan, 0.5]");
        assert_eq!(nlargest(1, &fl).py_repr(), "[7.0]");
        assert_eq!(nsmallest(1, &fl).py_repr(), "[0.5]");
    }

    #[test]
    fn bisect_and_insort() {
        let a = l(&[1, 2, 2, 2, 3, 5, 8]);
        let xs = [0, 2, 4, 8, 9];
        let left: Vec<i64> = xs.iter().map(|x| bisect_left(&a, x)).collect();
        let right: Vec<i64> = xs.iter().map(|x| bisect_right(&a, x)).collect();
        assert_eq!(left, vec![0, 1, 5, 6, 7]);
        assert_eq!(right, vec![0, 4, 5, 7, 7]);
        assert_eq!(bisect(&a, &2), 4);
        assert_eq!(bisect_left_range(&a, &2, 2, None).unwrap(), 2);
        assert_eq!(bisect_right_range(&a, &2, 0, Some(2)).unwrap(), 2);
        assert_eq!(bisect_left_range(&a, &9, 0, Some(-1)).unwrap(), 7);
        assert_eq!(bisect_left_range(&a, &9, 0, Some(-3)).unwrap(), 0);
        assert_eq!(bisect_left_range(&a, &0, 5, Some(2)).unwrap(), 5);
        assert_eq!(
            msg(bisect_left_range(&a, &1, -1, None)),
            "ValueError: lo must be non-negative"
        );
        assert_eq!(
            msg(bisect_right_range(&a, &100, 0, Some(20))),
            "IndexError: list index out of range"
        );

        let b: List<i64> = List::new();
        for x in [5, 1, 4, 1, 5, 9, 2, 6].iter() {
            insort(&b, *x);
        }
        assert_eq!(b.py_repr(), "[1, 1, 2, 4, 5, 5, 6, 9]");
        let b2 = l(&[1, 3]);
        insort_left_range(&b2, 2, 0, Some(1)).unwrap();
        insort_right_range(&b2, 0, 1, None).unwrap();
        assert_eq!(b2.py_repr(), "[1, 0, 2, 3]");
        insort_left(&b2, 3);
        insort_right(&b2, -1);
        assert_eq!(b2.py_repr(), "[-1, 1, 0, 2, 3, 3]");

        let recs = List::from_vec(vec![(s("a"), 1_i64), (s("b"), 3), (s("c"), 3), (s("d"), 7)]);
        let key = |r: &(String, i64)| r.1;
        assert_eq!(bisect_left_by_key(&recs, &3, key), 1);
        assert_eq!(bisect_right_by_key(&recs, &3, key), 3);
        insort_left_by_key(&recs, (s("x"), 3), key);
        insort_right_by_key(&recs, (s("y"), 3), key);
        insort_right_by_key(&recs, (s("z"), 0), key);
        assert_eq!(
            recs.py_repr(),
            "[('z', 0), ('a', 1), ('x', 3), ('b', 3), ('c', 3), ('y', 3), ('d', 7)]"
        );
        assert_eq!(
            bisect_right_by_key_range(&recs, &3, 2, Some(4), key).unwrap(),
            4
        );
        assert_eq!(
            bisect_left_by_key_range(&recs, &3, 0, None, key).unwrap(),
            2
        );
        let fa = List::from_vec(vec![1.0, 2.5, 2.5, 4.0]);
        assert_eq!((bisect_left(&fa, &2.5), bisect_right(&fa, &2.5)), (1, 3));
    }

    #[test]
    fn products_permutations_combinations() {
        assert_eq!(
            product(&l(&[1, 2]), &chars("abc")).py_repr(),
            "[(1, 'a'), (1, 'b'), (1, 'c'), (2, 'a'), (2, 'b'), (2, 'c')]"
        );
        let lists = List::from_vec(vec![l(&[1, 2]), l(&[3]), l(&[4, 5])]);
        assert_eq!(
            product_n(&lists).py_repr(),
            "[(1, 3, 4), (1, 3, 5), (2, 3, 4), (2, 3, 5)]"
        );
        assert_eq!(product_n::<i64>(&List::new()).py_repr(), "[()]");
        assert_eq!(
            product_n(&List::from_vec(vec![l(&[1]), l(&[])])).py_repr(),
            "[]"
        );
        assert_eq!(
            product_repeat(&chars("ab"), 3).unwrap().py_repr(),
            "[('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'a'), ('a', 'b', 'b'), \
             ('b', 'a', 'a'), ('b', 'a', 'b'), ('b', 'b', 'a'), ('b', 'b', 'b')]"
        );
        assert_eq!(product_repeat(&chars("ab"), 0).unwrap().py_repr(), "[()]");
        assert_eq!(product_repeat(&chars(""), 2).unwrap().py_repr(), "[]");
        assert_eq!(
            msg(product_repeat(&chars("ab"), -1)),
            "ValueError: repeat argument cannot be negative"
        );

        assert_eq!(
            permutations(&chars("abc"), Some(2)).unwrap().py_repr(),
            "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]"
        );
        assert_eq!(
            permutations(&l(&[1, 2, 3]), None).unwrap().py_repr(),
            "[(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]"
        );
        let p = permutations(&chars("abcd"), Some(3)).unwrap();
        assert_eq!(p.len(), 24);
        assert_eq!(
            p.slice(None, Some(8), None).unwrap().py_repr(),
            "[('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'b'), ('a', 'c', 'd'), \
             ('a', 'd', 'b'), ('a', 'd', 'c'), ('b', 'a', 'c'), ('b', 'a', 'd')]"
        );
        assert_eq!(permutations(&chars("ab"), Some(3)).unwrap().py_repr(), "[]");
        assert_eq!(permutations(&chars(""), Some(0)).unwrap().py_repr(), "[()]");
        assert_eq!(
            permutations(&chars("abc"), Some(0)).unwrap().py_repr(),
            "[()]"
        );
        assert_eq!(
            msg(permutations(&chars("abc"), Some(-1))),
            "ValueError: r must be non-negative"
        );

        assert_eq!(
            combinations(&chars("abcd"), 2).unwrap().py_repr(),
            "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]"
        );
        assert_eq!(
            combinations(&l(&[0, 1, 2, 3, 4]), 3).unwrap().py_repr(),
            "[(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), \
             (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]"
        );
        assert_eq!(combinations(&chars("ab"), 0).unwrap().py_repr(), "[()]");
        assert_eq!(combinations(&chars("ab"), 3).unwrap().py_repr(), "[]");
        assert_eq!(
            msg(combinations(&chars("ab"), -1)),
            "ValueError: r must be non-negative"
        );
        assert_eq!(
            combinations_with_replacement(&chars("abc"), 2)
                .unwrap()
                .py_repr(),
            "[('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]"
        );
        assert_eq!(
            combinations_with_replacement(&l(&[1, 2]), 3)
                .unwrap()
                .py_repr(),
            "[(1, 1, 1), (1, 1, 2), (1, 2, 2), (2, 2, 2)]"
        );
        assert_eq!(
            combinations_with_replacement(&chars(""), 0)
                .unwrap()
                .py_repr(),
            "[()]"
        );
        assert_eq!(
            combinations_with_replacement(&chars(""), 2)
                .unwrap()
                .py_repr(),
            "[]"
        );
        assert_eq!(
            msg(combinations_with_replacement(&chars(""), -1)),
            "ValueError: r must be non-negative"
        );
        // Tuples are hashable: they can go into a Set.
        let set = crate::Set::from_vec(permutations(&l(&[1, 1, 2]), None).unwrap().to_vec());
        assert_eq!(set.len(), 3);
    }

    #[test]
    fn accumulate_pairwise_groupby() {
        assert_eq!(
            accumulate_add(&l(&[1, 2, 3, 4, 5])).py_repr(),
            "[1, 3, 6, 10, 15]"
        );
        assert_eq!(
            accumulate_add(&List::from_vec(vec![0.1, 0.2, 0.3])).py_repr(),
            "[0.1, 0.30000000000000004, 0.6000000000000001]"
        );
        assert_eq!(
            accumulate_add(&chars("abc")).py_repr(),
            "['a', 'ab', 'abc']"
        );
        assert_eq!(accumulate_add(&l(&[])).py_repr(), "[]");
        assert_eq!(
            accumulate_fn(&l(&[3, 1, 4, 1, 5]), |a, b| if b > a { b } else { a }, None).py_repr(),
            "[3, 3, 4, 4, 5]"
        );
        assert_eq!(
            accumulate_fn(&l(&[1, 2, 3]), |a, b| a * b, Some(10)).py_repr(),
            "[10, 10, 20, 60]"
        );
        assert_eq!(
            accumulate_fn(&l(&[]), |a, b| a + b, Some(5)).py_repr(),
            "[5]"
        );

        assert_eq!(
            pairwise(&l(&[1, 2, 3, 4])).py_repr(),
            "[(1, 2), (2, 3), (3, 4)]"
        );
        assert_eq!(pairwise(&l(&[1])).py_repr(), "[]");
        assert_eq!(
            pairwise(&chars("abc")).py_repr(),
            "[('a', 'b'), ('b', 'c')]"
        );

        let words = crate::sorted(
            ls(&[
                "apple",
                "avocado",
                "banana",
                "blueberry",
                "cherry",
                "apricot",
                "cranberry",
                "date",
            ])
            .to_vec(),
            false,
        );
        assert_eq!(
            groupby(&words, |w| w[..1].to_string()).py_repr(),
            "[('a', ['apple', 'apricot', 'avocado']), ('b', ['banana', 'blueberry']), \
             ('c', ['cherry', 'cranberry']), ('d', ['date'])]"
        );
        assert_eq!(
            groupby_same(&l(&[1, 1, 2, 2, 2, 1, 3, 3])).py_repr(),
            "[(1, [1, 1]), (2, [2, 2, 2]), (1, [1]), (3, [3, 3])]"
        );
        let counts: List<(String, i64)> = groupby_same(&chars("aaabccdaa"))
            .to_vec()
            .into_iter()
            .map(|(k, g)| (k, g.len()))
            .collect();
        assert_eq!(
            counts.py_repr(),
            "[('a', 3), ('b', 1), ('c', 2), ('d', 1), ('a', 2)]"
        );
        assert_eq!(groupby_same(&l(&[])).py_repr(), "[]");
    }

    #[test]
    fn zip_chain_slice_filter() {
        let nums = l(&[1, 2, 3]);
        assert_eq!(
            zip_longest2(
                &List::from_vec(vec![Some(1_i64), Some(2), Some(3)]),
                &List::from_vec(vec![Some(s("a"))]),
                None,
                None
            )
            .py_repr(),
            "[(1, 'a'), (2, None), (3, None)]"
        );
        assert_eq!(
            zip_longest2(&l(&[1]), &chars("abc"), 0, s("")).py_repr(),
            "[(1, 'a'), (0, 'b'), (0, 'c')]"
        );
        assert_eq!(chain(&[l(&[1, 2]), l(&[]), l(&[3])]).py_repr(), "[1, 2, 3]");
        assert_eq!(
            chain_from_iterable(&List::from_vec(vec![l(&[1]), l(&[2, 3]), l(&[])])).py_repr(),
            "[1, 2, 3]"
        );
        let r: List<i64> = (0..10).collect();
        assert_eq!(islice(&r, 0, Some(3), 1).unwrap().py_repr(), "[0, 1, 2]");
        assert_eq!(islice(&r, 2, Some(8), 2).unwrap().py_repr(), "[2, 4, 6]");
        assert_eq!(islice(&r, 5, None, 1).unwrap().py_repr(), "[5, 6, 7, 8, 9]");
        assert_eq!(islice(&r, 8, Some(100), 3).unwrap().py_repr(), "[8]");
        assert_eq!(islice(&r, 20, Some(30), 1).unwrap().py_repr(), "[]");
        let bad_index =
            "ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        assert_eq!(msg(islice(&r, -1, Some(2), 1)), bad_index);
        assert_eq!(msg(islice(&r, 0, Some(-2), 1)), bad_index);
        let bad_step = "ValueError: Step for islice() must be a positive integer or None.";
        assert_eq!(msg(islice(&r, 0, Some(2), 0)), bad_step);
        assert_eq!(msg(islice(&r, 0, Some(2), -1)), bad_step);

        assert_eq!(
            compress(&chars("ABCDEF"), &l(&[1, 0, 1, 0, 1, 1])).py_repr(),
            "['A', 'C', 'E', 'F']"
        );
        assert_eq!(
            compress(&nums, &List::from_vec(vec![true, false])).py_repr(),
            "[1]"
        );
        let xs = l(&[1, 4, 6, 4, 1]);
        assert_eq!(takewhile(&xs, |x| *x < 5).py_repr(), "[1, 4]");
        assert_eq!(dropwhile(&xs, |x| *x < 5).py_repr(), "[6, 4, 1]");
        assert_eq!(filterfalse(&r, |x| x % 2 != 0).py_repr(), "[0, 2, 4, 6, 8]");
        let pairs = List::from_vec(vec![(2_i64, 5_u32), (3, 2), (10, 3)]);
        assert_eq!(starmap(&pairs, |b, e| b.pow(e)).py_repr(), "[32, 9, 1000]");
    }

    #[test]
    fn functools_reduce_and_cmp() {
        assert_eq!(reduce(&l(&[1, 2, 3, 4, 5]), |a, b| a + b).unwrap(), 15);
        assert_eq!(reduce(&l(&[7]), |a, b| a * b).unwrap(), 7);
        assert_eq!(
            reduce_init(&ls(&["ab", "cde"]), |acc: i64, w| acc + w.len() as i64, 0),
            5
        );
        assert_eq!(
            reduce_init(&ls(&[]), |a: String, b| a + &b, s("init")),
            "init"
        );
        assert_eq!(
            msg(reduce(&l(&[]), |a, b| a + b)),
            "TypeError: reduce() of empty iterable with no initial value"
        );
        assert_eq!(
            msg(try_reduce(&l(&[]), |a, b| Ok(a + b))),
            "TypeError: reduce() of empty iterable with no initial value"
        );
        assert_eq!(
            msg(try_reduce(&l(&[1, 0]), crate::floordiv_int)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            try_reduce_init(&l(&[2, 3]), |a, b| Ok(a * b), 7).unwrap(),
            42
        );

        let recs = vec![(s("a"), 3_i64), (s("b"), 1), (s("c"), 3), (s("d"), 2)];
        let cmp = |a: &(String, i64), b: &(String, i64)| (a.1 > b.1) as i64 - (a.1 < b.1) as i64;
        assert_eq!(
            sorted_by_cmp(recs.clone(), cmp, false).py_repr(),
            "[('b', 1), ('d', 2), ('a', 3), ('c', 3)]"
        );
        assert_eq!(
            sorted_by_cmp(recs.clone(), cmp, true).py_repr(),
            "[('a', 3), ('c', 3), ('d', 2), ('b', 1)]"
        );
        let xs = l(&[5, 3, 9, 1]);
        sort_by_cmp(&xs, |a, b| b - a, false);
        assert_eq!(xs.py_repr(), "[9, 5, 3, 1]");
    }
}
