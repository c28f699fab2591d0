//! Iteration builtins: list iterators, `range`, `sorted`, `min`/`max`, `sum`,
//! and the Python protocols for Rust tuples.

use crate::error::{PyErr, PyResult};
use crate::list::{apply_order, object_format, sort_order, List};
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PySetHash, PyTruthy};

/// `iter(xs)` for a [`List`]: yields clones, re-borrowing the list at every
/// step so that appends (and removals) during iteration behave like CPython.
pub struct ListIter<T> {
    list: List<T>,
    /// Next index from the front.
    front: usize,
    /// Exclusive end for iteration from the back, fixed at the first
    /// `next_back` call (like `reversed(xs)` capturing `len(xs) - 1`).
    back: Option<usize>,
}

impl<T> Clone for ListIter<T> {
    fn clone(&self) -> Self {
        ListIter {
            list: self.list.clone(),
            front: self.front,
            back: self.back,
        }
    }
}

impl<T> ListIter<T> {
    /// An iterator over `list` starting at index 0.
    pub fn new(list: List<T>) -> Self {
        ListIter {
            list,
            front: 0,
            back: None,
        }
    }
}

impl<T: Clone> Iterator for ListIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let vec = self.list.0.borrow();
        let end = match self.back {
            Some(b) => b.min(vec.len()),
            None => vec.len(),
        };
        if self.front < end {
            let item = vec[self.front].clone();
            self.front += 1;
            Some(item)
        } else {
            // Exhausted for good, even if the list grows later (as in CPython).
            self.back = Some(self.front);
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.list.0.borrow().len();
        let end = match self.back {
            Some(b) => b.min(len),
            None => len,
        };
        (0, Some(end.saturating_sub(self.front)))
    }
}

impl<T: Clone> DoubleEndedIterator for ListIter<T> {
    fn next_back(&mut self) -> Option<T> {
        let vec = self.list.0.borrow();
        let back = match self.back {
            Some(b) => b,
            None => vec.len(),
        };
        if back > self.front && back - 1 < vec.len() {
            self.back = Some(back - 1);
            Some(vec[back - 1].clone())
        } else {
            // CPython's reversed() stops for good once its index is out of range.
            self.back = Some(self.front);
            None
        }
    }
}

/// `range(start, stop, step)` as an iterator over `i64`.
#[derive(Clone, Debug)]
pub struct PyRange {
    start: i64,
    stop: i64,
    step: i64,
    /// Next value from the front.
    next: i128,
    /// Values left to yield.
    remaining: u64,
}

/// `range(start, stop, step)`; `ValueError: range() arg 3 must not be zero`.
pub fn range(start: i64, stop: i64, step: i64) -> PyResult<PyRange> {
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    let len = if st > 0 && lo < hi {
        (hi - lo - 1) / st + 1
    } else if st < 0 && lo > hi {
        (lo - hi - 1) / (-st) + 1
    } else {
        0
    };
    Ok(PyRange {
        start,
        stop,
        step,
        next: lo,
        remaining: len as u64,
    })
}

impl PyRange {
    /// The value `k` steps after the current front.
    fn nth_value(&self, k: u64) -> i64 {
        (self.next + k as i128 * self.step as i128) as i64
    }
}

impl Iterator for PyRange {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.remaining == 0 {
            return None;
        }
        let v = self.next as i64;
        self.next += self.step as i128;
        self.remaining -= 1;
        Some(v)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.remaining <= usize::MAX as u64 {
            let n = self.remaining as usize;
            (n, Some(n))
        } else {
            (usize::MAX, None)
        }
    }
    fn nth(&mut self, n: usize) -> Option<i64> {
        let n = n as u64;
        if n >= self.remaining {
            self.next += self.remaining as i128 * self.step as i128;
            self.remaining = 0;
            return None;
        }
        self.next += n as i128 * self.step as i128;
        self.remaining -= n;
        self.next()
    }
}

impl DoubleEndedIterator for PyRange {
    fn next_back(&mut self) -> Option<i64> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        Some(self.nth_value(self.remaining))
    }
}

/// `range == range` compares the sequences, like CPython (`range(0) == range(2, 2)`).
impl PartialEq for PyRange {
    fn eq(&self, other: &Self) -> bool {
        self.remaining == other.remaining
            && (self.remaining == 0
                || (self.next == other.next && (self.remaining == 1 || self.step == other.step)))
    }
}

impl Eq for PyRange {}

impl PyLen for PyRange {
    fn py_len(&self) -> i64 {
        self.remaining.min(i64::MAX as u64) as i64
    }
}

impl PyContains<i64> for PyRange {
    fn py_contains(&self, item: &i64) -> bool {
        if self.remaining == 0 {
            return false;
        }
        let offset = *item as i128 - self.next;
        let step = self.step as i128;
        if offset % step != 0 {
            return false;
        }
        let k = offset / step;
        k >= 0 && (k as u128) < self.remaining as u128
    }
}

impl PyTruthy for PyRange {
    fn py_bool(&self) -> bool {
        self.remaining > 0
    }
}

impl PyRepr for PyRange {
    fn py_repr(&self) -> String {
        if self.step == 1 {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
}

/// `sorted(items, reverse=reverse)`: stable, CPython's exact algorithm.
pub fn sorted<T: PartialOrd + Clone>(items: impl IntoIterator<Item = T>, reverse: bool) -> List<T> {
    let items: Vec<T> = items.into_iter().collect();
    let perm = sort_order(items.len(), reverse, |i, j| items[i] < items[j]);
    List::from_vec(apply_order(items, &perm))
}

/// `sorted(items, key=key, reverse=reverse)`: each key computed once, in order.
pub fn sorted_by_key<T: Clone, K: PartialOrd>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
    reverse: bool,
) -> List<T> {
    let items: Vec<T> = items.into_iter().collect();
    let keys: Vec<K> = items.iter().map(&key).collect();
    let perm = sort_order(keys.len(), reverse, |i, j| keys[i] < keys[j]);
    List::from_vec(apply_order(items, &perm))
}

/// Shared loop of `min`/`max`: keeps the first item and replaces it whenever
/// `better(item, best)` holds, so the first of several equal items wins.
fn best_of<T>(items: impl IntoIterator<Item = T>, better: impl Fn(&T, &T) -> bool) -> Option<T> {
    let mut best: Option<T> = None;
    for item in items {
        best = match best {
            Some(b) if !better(&item, &b) => Some(b),
            _ => Some(item),
        };
    }
    best
}

/// Like [`best_of`] but comparing `key(item)`, each key computed once.
fn best_by_key<T, K>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
    better: impl Fn(&K, &K) -> bool,
) -> Option<T> {
    best_of(
        items.into_iter().map(|x| {
            let k = key(&x);
            (x, k)
        }),
        |a, b| better(&a.1, &b.1),
    )
    .map(|(x, _)| x)
}

fn empty_seq(name: &str) -> PyErr {
    PyErr::value_error(format!("{}() arg is an empty sequence", name))
}

/// `min(items)`: the first minimal item; `ValueError` when empty.
pub fn min_of<T: PartialOrd>(items: impl IntoIterator<Item = T>) -> PyResult<T> {
    best_of(items, |a, b| a < b).ok_or_else(|| empty_seq("min"))
}

/// `max(items)`: the first maximal item; `ValueError` when empty.
pub fn max_of<T: PartialOrd>(items: impl IntoIterator<Item = T>) -> PyResult<T> {
    best_of(items, |a, b| a > b).ok_or_else(|| empty_seq("max"))
}

/// `min(items, key=key)`.
pub fn min_by_key<T, K: PartialOrd>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> PyResult<T> {
    best_by_key(items, key, |a, b| a < b).ok_or_else(|| empty_seq("min"))
}

/// `max(items, key=key)`.
pub fn max_by_key<T, K: PartialOrd>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> PyResult<T> {
    best_by_key(items, key, |a, b| a > b).ok_or_else(|| empty_seq("max"))
}

/// `min(items, default=default)`.
pub fn min_or<T: PartialOrd>(items: impl IntoIterator<Item = T>, default: T) -> T {
    best_of(items, |a, b| a < b).unwrap_or(default)
}

/// `max(items, default=default)`.
pub fn max_or<T: PartialOrd>(items: impl IntoIterator<Item = T>, default: T) -> T {
    best_of(items, |a, b| a > b).unwrap_or(default)
}

/// `min(a, b)`: `a` unless `b < a`.
pub fn min2<T: PartialOrd>(a: T, b: T) -> T {
    if b < a {
        b
    } else {
        a
    }
}

/// `max(a, b)`: `a` unless `b > a`.
pub fn max2<T: PartialOrd>(a: T, b: T) -> T {
    if b > a {
        b
    } else {
        a
    }
}

/// `sum(ints)`; panics with an overflow message if the total leaves `i64`.
pub fn sum_int(items: impl IntoIterator<Item = i64>) -> i64 {
    let mut total: i64 = 0;
    for x in items {
        total = match total.checked_add(x) {
            Some(t) => t,
            None => panic!("integer overflow in sum()"),
        };
    }
    total
}

/// `sum(floats)`: plain left-to-right addition starting from 0, as CPython 3.11.
pub fn sum_float(items: impl IntoIterator<Item = f64>) -> f64 {
    let mut total = 0.0;
    for x in items {
        total += x;
    }
    total
}

impl PyLen for () {
    fn py_len(&self) -> i64 {
        0
    }
}

/// Implements the tuple protocols for one arity.
macro_rules! tuple_impls {
    ($len:expr; $($name:ident $idx:tt),+) => {
        impl<$($name: PyRepr),+> PyRepr for ($($name,)+) {
            fn py_repr(&self) -> String {
                let parts: Vec<String> = vec![$(self.$idx.py_repr()),+];
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
        }

        impl<$($name),+> PyTruthy for ($($name,)+) {
            fn py_bool(&self) -> bool {
                true
            }
        }

        impl<$($name),+> PyLen for ($($name,)+) {
            fn py_len(&self) -> i64 {
                $len
            }
        }

        impl<$($name),+> PySetHash for ($($name,)+) {}

        impl<$($name: PyRepr),+> PyFormat for ($($name,)+) {
            fn py_format(&self, spec: &str) -> PyResult<String> {
                object_format(self, spec, "tuple")
            }
        }

        /// The values of a record dict (`pyrt::Record`), printed after its keys.
        impl<$($name: PyRepr),+> crate::record::RecordValues for ($($name,)+) {
            fn item_reprs(&self) -> Vec<String> {
                vec![$(self.$idx.py_repr()),+]
            }
        }

        impl<$($name: crate::copy::PyDeepCopy),+> crate::copy::PyDeepCopy for ($($name,)+) {
            fn deep_copy_in(&self, memo: &mut crate::copy::DeepMemo) -> Self {
                ($(self.$idx.deep_copy_in(memo),)+)
            }
        }
    };
}

tuple_impls!(1; A 0);
tuple_impls!(2; A 0, B 1);
tuple_impls!(3; A 0, B 1, C 2);
tuple_impls!(4; A 0, B 1, C 2, D 3);
tuple_impls!(5; A 0, B 1, C 2, D 3, E 4);
tuple_impls!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_impls!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_impls!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_impls!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_impls!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_impls!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_impls!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// `x in (a, b, ...)` for tuples whose items all have the same type.
macro_rules! tuple_contains {
    ($($idx:tt),+) => {
        impl<T: PartialEq> PyContains<T> for ($(tuple_contains!(@ty T $idx),)+) {
            fn py_contains(&self, item: &T) -> bool {
                false $(|| self.$idx == *item)+
            }
        }
    };
    (@ty $t:ident $idx:tt) => { $t };
}

tuple_contains!(0);
tuple_contains!(0, 1);
tuple_contains!(0, 1, 2);
tuple_contains!(0, 1, 2, 3);
tuple_contains!(0, 1, 2, 3, 4);
tuple_contains!(0, 1, 2, 3, 4, 5);
tuple_contains!(0, 1, 2, 3, 4, 5, 6);
tuple_contains!(0, 1, 2, 3, 4, 5, 6, 7);

#[cfg(test)]
mod tests {
    use super::*;

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    fn r(a: i64, b: i64, c: i64) -> PyRange {
        range(a, b, c).unwrap()
    }

    #[test]
    fn ranges() {
        assert_eq!(r(0, 10, 3).collect::<Vec<_>>(), vec![0, 3, 6, 9]);
        assert_eq!(r(10, 0, -3).collect::<Vec<_>>(), vec![10, 7, 4, 1]);
        assert_eq!(r(5, 5, 1).count(), 0);
        assert_eq!(r(0, -5, -1).collect::<Vec<_>>(), vec![0, -1, -2, -3, -4]);
        assert_eq!(r(0, 10, 3).py_len(), 4);
        assert_eq!(r(10, 0, -3).py_len(), 4);
        assert_eq!(r(0, 10, 3).rev().collect::<Vec<_>>(), vec![9, 6, 3, 0]);
        assert!(r(0, 10, 3).py_contains(&9));
        assert!(!r(0, 10, 3).py_contains(&10));
        assert!(r(0, -5, -1).py_contains(&-2));
        assert!(!r(5, 5, 1).py_contains(&5));
        assert!(!r(5, 5, 1).py_bool());
        assert_eq!(
            msg(range(0, 1, 0)),
            "ValueError: range() arg 3 must not be zero"
        );
        assert_eq!(r(0, 5, 1).py_repr(), "range(0, 5)");
        assert_eq!(r(0, 10, 2).py_repr(), "range(0, 10, 2)");
        assert_eq!(r(3, -1, -1).py_repr(), "range(3, -1, -1)");
        assert_eq!(
            r(i64::MAX - 2, i64::MAX, 1).collect::<Vec<_>>(),
            vec![i64::MAX - 2, i64::MAX - 1]
        );
        assert_eq!(
            r(i64::MIN, i64::MIN + 2, 1).collect::<Vec<_>>(),
            vec![i64::MIN, i64::MIN + 1]
        );
        assert_eq!(r(i64::MIN, i64::MAX, 1 << 62).py_len(), 4);
        assert_eq!(r(i64::MIN, i64::MAX, 1 << 62).next_back(), Some(1 << 62));
        let mut it = r(0, 10, 1);
        assert_eq!(it.nth(3), Some(3));
        assert_eq!(it.next_back(), Some(9));
        assert_eq!(it.py_len(), 5);
        assert_eq!(it.nth(10), None);
        assert_eq!(it.next(), None);
        assert_eq!(r(0, 0, 1), r(2, 2, 1));
        assert_eq!(r(0, 4, 2), r(0, 3, 2));
        assert_eq!(r(0, 1, 5), r(0, 1, 1));
        assert_ne!(r(0, 3, 1), r(0, 3, 2));
    }

    #[test]
    fn min_max() {
        let nan = f64::NAN;
        assert_eq!(min_of(vec![3, 1, 2, 1]).unwrap(), 1);
        assert_eq!(max_of(vec![1, 3, 3]).unwrap(), 3);
        assert!(min_of(vec![nan, 1.0]).unwrap().is_nan());
        assert_eq!(min_of(vec![1.0, nan]).unwrap(), 1.0);
        assert!(max_of(vec![nan, 5.0, 1.0]).unwrap().is_nan());
        assert_eq!(max_of(vec![2.0, nan, 5.0]).unwrap(), 5.0);
        assert_eq!(
            msg(min_of(Vec::<i64>::new())),
            "ValueError: min() arg is an empty sequence"
        );
        assert_eq!(
            msg(max_of(Vec::<i64>::new())),
            "ValueError: max() arg is an empty sequence"
        );
        assert_eq!(
            msg(min_by_key(Vec::<i64>::new(), |x| *x)),
            "ValueError: min() arg is an empty sequence"
        );
        let words = vec!["bb", "a", "cc"];
        assert_eq!(min_by_key(words.clone(), |w| w.len()).unwrap(), "a");
        assert_eq!(max_by_key(words, |w| w.len()).unwrap(), "bb");
        assert_eq!(min_or(Vec::<i64>::new(), 7), 7);
        assert_eq!(max_or(vec![1, 5], 7), 5);
        // First of equal items wins, as in CPython.
        assert_eq!(
            min_by_key(vec![(1, 'a'), (1, 'b')], |p| p.0).unwrap(),
            (1, 'a')
        );
        assert_eq!(
            max_by_key(vec![(1, 'a'), (1, 'b')], |p| p.0).unwrap(),
            (1, 'a')
        );
        assert!(min2(nan, 1.0).is_nan());
        assert_eq!(min2(1.0, nan), 1.0);
        assert!(max2(nan, 1.0).is_nan());
        assert_eq!(min2((1, 'x'), (1, 'x')), (1, 'x'));
        assert_eq!(max2(2, 3), 3);
    }

    #[test]
    fn sums() {
        assert_eq!(sum_float(vec![0.1; 10]), 0.9999999999999999);
        assert_eq!(sum_float(vec![-0.0]).to_bits(), 0.0f64.to_bits());
        assert_eq!(sum_float(vec![1e100, 1.0, -1e100]), 0.0);
        assert_eq!(sum_int(vec![1, 2, 3]), 6);
        assert_eq!(sum_int(Vec::new()), 0);
        let overflow = std::panic::catch_unwind(|| sum_int(vec![i64::MAX, 1]));
        assert!(overflow.is_err());
    }

    #[test]
    fn sorting() {
        assert_eq!(sorted(vec![3, 1, 2], true).to_vec(), vec![3, 2, 1]);
        assert_eq!(
            sorted(vec!["b", "a", "c"], false).to_vec(),
            vec!["a", "b", "c"]
        );
        assert_eq!(
            sorted(vec![(1, 'b'), (0, 'z'), (1, 'a')], false).to_vec(),
            vec![(0, 'z'), (1, 'a'), (1, 'b')]
        );
        assert_eq!(
            sorted_by_key(vec!["bb", "a", "cc"], |s| s.len(), true).to_vec(),
            vec!["bb", "cc", "a"]
        );
        let xs = List::from_vec(vec![5, 4]);
        assert_eq!(sorted(xs.iter(), false).to_vec(), vec![4, 5]);
        assert_eq!(xs.to_vec(), vec![5, 4]);
    }

    #[test]
    fn tuples() {
        assert_eq!((1i64,).py_repr(), "(1,)");
        assert_eq!((1i64, "a".to_string()).py_repr(), "(1, 'a')");
        assert_eq!(
            (1i64, (2i64, 3i64), List::from_vec(vec![4i64])).py_repr(),
            "(1, (2, 3), [4])"
        );
        assert_eq!((1i64, 2i64).py_str(), "(1, 2)");
        assert_eq!(
            (1i64, 2i64, 3i64, 4i64, 5i64, 6i64, 7i64, 8i64).py_repr(),
            "(1, 2, 3, 4, 5, 6, 7, 8)"
        );
        assert!((0i64,).py_bool());
        assert_eq!((1i64, 2i64, 3i64).py_len(), 3);
        assert_eq!(().py_len(), 0);
        assert_eq!((1i64, 2i64).py_hash(), None);
        assert!((1i64, 2i64, 3i64).py_contains(&2));
        assert!(!(1i64, 2i64, 3i64).py_contains(&5));
        assert_eq!((1i64, 2i64).py_format("").unwrap(), "(1, 2)");
        assert_eq!(
            msg((1i64, 2i64).py_format(">5")),
            "TypeError: unsupported format string passed to tuple.__format__"
        );
    }
}
