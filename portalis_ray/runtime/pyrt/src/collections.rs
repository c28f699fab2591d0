//! Python's `collections` module: `deque`, plus `Counter`, `defaultdict` and
//! `OrderedDict` as helpers over [`Dict`] (they are dict subclasses in Python,
//! so generated code keeps the `Dict` type and calls these free functions).
//!
//! # `deque`
//! `pub struct Deque<T>(pub Rc<RefCell<VecDeque<T>>>, /* maxlen */ Option<usize>)`:
//! reference semantics like `List` (`Clone` shares the deque; `copy()` makes a new one).
//! When `maxlen` is set, adding at one end drops items from the other end.
//! For `T: Clone`:
//! - `Deque::new() -> Deque<T>`: `deque()`.
//! - `Deque::with_maxlen(maxlen: i64) -> PyResult<Deque<T>>`: `deque(maxlen=n)`
//!   (`ValueError: maxlen must be non-negative`).
//! - `Deque::from_vec(items: Vec<T>) -> Deque<T>`, `Deque::from_list(items: &List<T>) -> Deque<T>`:
//!   `deque(xs)`; also `FromIterator<T>` (`iter.collect::<Deque<T>>()`).
//! - `Deque::from_iter_maxlen(items: impl IntoIterator<Item = T>, maxlen: Option<i64>) -> PyResult<Deque<T>>`:
//!   `deque(xs, maxlen=n)` (keeps the last `n` items).
//! - `maxlen(&self) -> Option<i64>`, `len(&self) -> i64`, `is_empty(&self) -> bool`.
//! - `append(&self, v: T)`, `appendleft(&self, v: T)`.
//! - `pop(&self) -> PyResult<T>`, `popleft(&self) -> PyResult<T>`
//!   (`IndexError: pop from an empty deque`).
//! - `extend(&self, items: impl IntoIterator<Item = T>)`,
//!   `extendleft(&self, items: impl IntoIterator<Item = T>)` (items end up reversed, as in Python);
//!   both collect first, so `d.extend(d.iter())` is fine.
//! - `rotate(&self, n: i64)` (positive = to the right), `clear(&self)`, `reverse(&self)`.
//! - `get(&self, i: i64) -> PyResult<T>`, `set(&self, i: i64, v: T) -> PyResult<()>`,
//!   `del_item(&self, i: i64) -> PyResult<()>` (negative indices; `IndexError: deque index out of range`).
//! - `insert(&self, i: i64, v: T) -> PyResult<()>` (list-style clamping;
//!   `IndexError: deque already at its maximum size`).
//! - `contains(&self, v: &T) -> bool`, `count(&self, v: &T) -> i64` (T: PartialEq).
//! - `index(&self, v: &T) -> PyResult<i64>`, `remove(&self, v: &T) -> PyResult<()>`
//!   (T: PartialEq + PyRepr; `ValueError: 3 is not in deque`).
//! - `copy(&self) -> Deque<T>` (keeps maxlen), `to_vec(&self) -> Vec<T>`, `to_list(&self) -> List<T>`.
//! - `iter(&self) -> std::vec::IntoIter<T>`: iterates over a snapshot (use `.rev()` for
//!   `reversed(d)`); `&Deque<T>` is `IntoIterator` the same way.
//! - `concat(&self, other: &Deque<T>) -> Deque<T>` (`d1 + d2`, keeps `d1`'s maxlen),
//!   `repeat(&self, n: i64) -> Deque<T>` (`d * n`, trimmed to maxlen like CPython).
//!
//! Traits: `PyRepr` (`deque([1, 2])`, `deque([1, 2], maxlen=3)`, `deque([])`), `PyFormat`,
//! `PyTruthy`, `PyLen`, `PyContains<T>`, `PartialEq` / `PartialOrd` (by content, maxlen
//! ignored, like CPython), `FromIterator<T>`, `Debug`, `Default`.
//!
//! # `Counter` (a `Dict<K, i64>`; `K: Hash + Eq + Clone`)
//! - `counter_new<K>() -> Dict<K, i64>`.
//! - `counter_from_list<K>(items: &List<K>) -> Dict<K, i64>`.
//! - `counter_from_iter<K>(items: impl IntoIterator<Item = K>) -> Dict<K, i64>`.
//! - `counter_from_str(s: &str) -> Dict<String, i64>` (one key per code point).
//! - `counter_get<K>(c: &Dict<K, i64>, k: &K) -> i64`: `c[k]` (missing keys read as 0, nothing inserted).
//! - `counter_update<K>(c: &Dict<K, i64>, items: impl IntoIterator<Item = K>)`: `c.update(iterable)`.
//! - `counter_update_map<K>(c: &Dict<K, i64>, other: &Dict<K, i64>)`: `c.update(mapping)` (adds counts).
//! - `counter_subtract<K>(c: &Dict<K, i64>, items: impl IntoIterator<Item = K>)`,
//!   `counter_subtract_map<K>(c: &Dict<K, i64>, other: &Dict<K, i64>)`: `c.subtract(...)`.
//! - `counter_most_common<K>(c: &Dict<K, i64>, n: Option<i64>) -> List<(K, i64)>`:
//!   by count descending, ties in insertion order (negative `n` gives `[]`).
//! - `counter_total<K>(c: &Dict<K, i64>) -> i64`.
//! - `counter_elements<K>(c: &Dict<K, i64>) -> List<K>`: each key `count` times, insertion order.
//! - `counter_add`, `counter_sub`, `counter_or`, `counter_and`
//!   `<K>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> Dict<K, i64>`: `a + b`, `a - b`, `a | b`, `a & b`
//!   (new Counter, keeps only positive counts, CPython's key order).
//! - `counter_pos<K>(c: &Dict<K, i64>) -> Dict<K, i64>` (`+c`), `counter_neg` (`-c`).
//! - `counter_iadd`, `counter_isub`, `counter_ior`, `counter_iand`
//!   `<K>(a: &Dict<K, i64>, b: &Dict<K, i64>)`: `a += b` etc. in place (then drops counts <= 0).
//! - `counter_eq<K>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> bool`: `==` with missing counts as 0 (3.10+).
//! - `counter_repr<K: PyRepr>(c: &Dict<K, i64>) -> String`: `Counter({'a': 3, 'b': 1})`
//!   (most_common order), `Counter()` when empty.
//!
//! # `defaultdict`
//! - `dict_get_or_insert_with<K, V, F: FnOnce() -> V>(d: &Dict<K, V>, k: K, f: F) -> V`:
//!   `d[k]` on a defaultdict: the existing value, or `f()` inserted at the end. Returns a
//!   clone (which shares for List/Dict/Set values, so `dict_get_or_insert_with(&d, k, List::new).append(x)` works).
//! - `defaultdict_repr<K: PyRepr, V: PyRepr>(d: &Dict<K, V>, factory: &str) -> String`:
//!   `defaultdict(<class 'int'>, {'a': 1})`; `factory` is the factory's class name
//!   (`"int"`, `"list"`, `"set"`, ...), `"None"` prints `None`, and a text starting
//!   with `<` is printed as is.
//!
//! # `OrderedDict` (a `Dict` is already insertion-ordered)
//! - `dict_move_to_end<K: PyRepr, V>(d: &Dict<K, V>, k: &K, last: bool) -> PyResult<()>`
//!   (`KeyError: <repr of k>`; `last = false` moves to the front, O(n)).
//! - `dict_popitem_last<K, V>(d: &Dict<K, V>, last: bool) -> PyResult<(K, V)>`:
//!   `od.popitem(last=...)` (`KeyError: 'dictionary is empty'`); both ends O(1) amortised.
//! - `ordereddict_repr<K: PyRepr, V: PyRepr>(d: &Dict<K, V>) -> String`:
//!   `OrderedDict([('a', 1), ('b', 2)])`, `OrderedDict()` (3.11 format).
//! - `ordereddict_eq<K, V: PartialEq>(a: &Dict<K, V>, b: &Dict<K, V>) -> bool`:
//!   `==` between two OrderedDicts (order-sensitive).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::hash::Hash;
use std::iter::FromIterator;
use std::rc::Rc;

use crate::dict::Dict;
use crate::error::{PyErr, PyResult};
use crate::list::{apply_order, object_format, sort_order, List};
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PyTruthy};

// ---------------------------------------------------------------------------
// deque
// ---------------------------------------------------------------------------

/// A Python `collections.deque` with reference semantics: `Clone` shares the
/// same deque. The second field is `maxlen` (fixed at construction, as in Python).
pub struct Deque<T>(pub Rc<RefCell<VecDeque<T>>>, Option<usize>);

impl<T> Clone for Deque<T> {
    fn clone(&self) -> Self {
        Deque(Rc::clone(&self.0), self.1)
    }
}

impl<T> Default for Deque<T> {
    fn default() -> Self {
        Deque(Rc::new(RefCell::new(VecDeque::new())), None)
    }
}

/// Checks a `maxlen` argument.
fn checked_maxlen(maxlen: Option<i64>) -> PyResult<Option<usize>> {
    match maxlen {
        Some(m) if m < 0 => Err(PyErr::value_error("maxlen must be non-negative")),
        Some(m) => Ok(Some(m as usize)),
        None => Ok(None),
    }
}

fn deque_index_error() -> PyErr {
    PyErr::index_error("deque index out of range")
}

impl<T: Clone> Deque<T> {
    /// `deque()`.
    pub fn new() -> Self {
        Deque::default()
    }

    /// `deque(maxlen=maxlen)`.
    pub fn with_maxlen(maxlen: i64) -> PyResult<Self> {
        Deque::from_iter_maxlen(Vec::new(), Some(maxlen))
    }

    /// `deque(items)`.
    pub fn from_vec(items: Vec<T>) -> Self {
        Deque(Rc::new(RefCell::new(VecDeque::from(items))), None)
    }

    /// `deque(xs)` for a list.
    pub fn from_list(items: &List<T>) -> Self {
        Deque::from_vec(items.to_vec())
    }

    /// `deque(items, maxlen=maxlen)`: only the last `maxlen` items are kept.
    pub fn from_iter_maxlen(
        items: impl IntoIterator<Item = T>,
        maxlen: Option<i64>,
    ) -> PyResult<Self> {
        let maxlen = checked_maxlen(maxlen)?;
        let d = Deque(Rc::new(RefCell::new(VecDeque::new())), maxlen);
        d.extend(items);
        Ok(d)
    }

    /// `d.maxlen` (`None` when unbounded).
    pub fn maxlen(&self) -> Option<i64> {
        self.1.map(|m| m as i64)
    }

    /// `len(d)`.
    pub fn len(&self) -> i64 {
        self.0.borrow().len() as i64
    }

    /// `not d`.
    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    /// `d.append(v)`; a full bounded deque drops its leftmost item.
    pub fn append(&self, v: T) {
        let dropped;
        {
            let mut q = self.0.borrow_mut();
            q.push_back(v);
            dropped = match self.1 {
                Some(m) if q.len() > m => q.pop_front(),
                _ => None,
            };
        }
        drop(dropped);
    }

    /// `d.appendleft(v)`; a full bounded deque drops its rightmost item.
    pub fn appendleft(&self, v: T) {
        let dropped;
        {
            let mut q = self.0.borrow_mut();
            q.push_front(v);
            dropped = match self.1 {
                Some(m) if q.len() > m => q.pop_back(),
                _ => None,
            };
        }
        drop(dropped);
    }

    /// `d.pop()`.
    pub fn pop(&self) -> PyResult<T> {
        let v = self.0.borrow_mut().pop_back();
        v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
    }

    /// `d.popleft()`.
    pub fn popleft(&self) -> PyResult<T> {
        let v = self.0.borrow_mut().pop_front();
        v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
    }

    /// `d.extend(items)`: appends each item in turn (collected first).
    pub fn extend(&self, items: impl IntoIterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        for v in items {
            self.append(v);
        }
    }

    /// `d.extendleft(items)`: appends each item on the left, reversing them.
    pub fn extendleft(&self, items: impl IntoIterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        for v in items {
            self.appendleft(v);
        }
    }

    /// `d.rotate(n)`: `n` steps to the right (negative: to the left).
    pub fn rotate(&self, n: i64) {
        let mut q = self.0.borrow_mut();
        let len = q.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        q.rotate_right(k);
    }

    /// `d.clear()`.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
    }

    /// `d.reverse()`.
    pub fn reverse(&self) {
        let mut q = self.0.borrow_mut();
        let (mut i, mut j) = (0, q.len());
        while i + 1 < j {
            j -= 1;
            q.swap(i, j);
            i += 1;
        }
    }

    /// Resolves a possibly negative index against the current length.
    fn resolve(&self, i: i64) -> Option<usize> {
        let len = self.0.borrow().len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j >= 0 && j < len {
            Some(j as usize)
        } else {
            None
        }
    }

    /// `d[i]`.
    pub fn get(&self, i: i64) -> PyResult<T> {
        match self.resolve(i) {
            Some(j) => Ok(self.0.borrow()[j].clone()),
            None => Err(deque_index_error()),
        }
    }

    /// `d[i] = v`.
    pub fn set(&self, i: i64, v: T) -> PyResult<()> {
        match self.resolve(i) {
            Some(j) => {
                let old = std::mem::replace(&mut self.0.borrow_mut()[j], v);
                drop(old);
                Ok(())
            }
            None => Err(deque_index_error()),
        }
    }

    /// `del d[i]`.
    pub fn del_item(&self, i: i64) -> PyResult<()> {
        match self.resolve(i) {
            Some(j) => {
                let old = self.0.borrow_mut().remove(j);
                drop(old);
                Ok(())
            }
            None => Err(deque_index_error()),
        }
    }

    /// `d.insert(i, v)` with list-style clamping of the index.
    pub fn insert(&self, i: i64, v: T) -> PyResult<()> {
        let mut q = self.0.borrow_mut();
        if self.1 == Some(q.len()) {
            return Err(PyErr::index_error("deque already at its maximum size"));
        }
        let len = q.len() as i64;
        let j = if i < 0 { i + len } else { i };
        let j = j.max(0).min(len);
        q.insert(j as usize, v);
        Ok(())
    }

    /// `v in d`.
    pub fn contains(&self, v: &T) -> bool
    where
        T: PartialEq,
    {
        self.0.borrow().iter().any(|x| x == v)
    }

    /// `d.count(v)`.
    pub fn count(&self, v: &T) -> i64
    where
        T: PartialEq,
    {
        self.0.borrow().iter().filter(|x| *x == v).count() as i64
    }

    /// `d.index(v)`; `ValueError: <repr> is not in deque`.
    pub fn index(&self, v: &T) -> PyResult<i64>
    where
        T: PartialEq + PyRepr,
    {
        let pos = self.0.borrow().iter().position(|x| x == v);
        match pos {
            Some(j) => Ok(j as i64),
            None => Err(PyErr::value_error(format!(
                "{} is not in deque",
                v.py_repr()
            ))),
        }
    }

    /// `d.remove(v)`: removes the first equal item (same error as `index`).
    pub fn remove(&self, v: &T) -> PyResult<()>
    where
        T: PartialEq + PyRepr,
    {
        let j = self.index(v)?;
        let old = self.0.borrow_mut().remove(j as usize);
        drop(old);
        Ok(())
    }

    /// `d.copy()` / `copy.copy(d)`: a new deque with the same items and maxlen.
    pub fn copy(&self) -> Deque<T> {
        Deque(Rc::new(RefCell::new(self.0.borrow().clone())), self.1)
    }

    /// A snapshot of the items, left to right.
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().iter().cloned().collect()
    }

    /// `list(d)`.
    pub fn to_list(&self) -> List<T> {
        List::from_vec(self.to_vec())
    }

    /// `iter(d)` over a snapshot; `.rev()` gives `reversed(d)`.
    pub fn iter(&self) -> std::vec::IntoIter<T> {
        self.to_vec().into_iter()
    }

    /// `d1 + d2`: a new deque with `d1`'s maxlen.
    pub fn concat(&self, other: &Deque<T>) -> Deque<T> {
        let out = self.copy();
        out.extend(other.to_vec());
        out
    }

    /// `d * n`: `n <= 0` gives an empty deque; a maxlen keeps the last items.
    pub fn repeat(&self, n: i64) -> Deque<T> {
        let items = self.to_vec();
        let out = Deque(Rc::new(RefCell::new(VecDeque::new())), self.1);
        if n > 0 && !items.is_empty() {
            // Only the tail can survive a maxlen; skip whole copies that cannot.
            let mut copies = n as u64;
            if let Some(m) = self.1 {
                let needed = (m / items.len() + 2) as u64;
                copies = copies.min(needed);
            }
            for _ in 0..copies {
                out.extend(items.iter().cloned());
            }
        }
        out
    }
}

impl<T: PyRepr> PyRepr for Deque<T> {
    fn py_repr(&self) -> String {
        let q = self.0.borrow();
        let mut out = String::from("deque([");
        for (i, x) in q.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&x.py_repr());
        }
        out.push(']');
        if let Some(m) = self.1 {
            out.push_str(&format!(", maxlen={}", m));
        }
        out.push(')');
        out
    }
}

impl<T: PyRepr> PyFormat for Deque<T> {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "deque")
    }
}

impl<T> PyTruthy for Deque<T> {
    fn py_bool(&self) -> bool {
        !self.0.borrow().is_empty()
    }
}

impl<T> PyLen for Deque<T> {
    fn py_len(&self) -> i64 {
        self.0.borrow().len() as i64
    }
}

impl<T: PartialEq> PyContains<T> for Deque<T> {
    fn py_contains(&self, item: &T) -> bool {
        self.0.borrow().iter().any(|x| x == item)
    }
}

impl<T: PartialEq> PartialEq for Deque<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0.borrow() == *other.0.borrow()
    }
}

impl<T: PartialOrd> Deque<T> {
    /// Lexicographic comparison as CPython does it: find the first items
    /// that differ by `==`, then apply the operator to them (or to the lengths).
    fn compare_with(
        &self,
        other: &Self,
        op: fn(&T, &T) -> bool,
        len_op: fn(&usize, &usize) -> bool,
    ) -> bool {
        if Rc::ptr_eq(&self.0, &other.0) {
            let n = self.0.borrow().len();
            return len_op(&n, &n);
        }
        let a = self.0.borrow();
        let b = other.0.borrow();
        match a.iter().zip(b.iter()).find(|(x, y)| x != y) {
            Some((x, y)) => op(x, y),
            None => len_op(&a.len(), &b.len()),
        }
    }
}

impl<T: PartialOrd> PartialOrd for Deque<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        if Rc::ptr_eq(&self.0, &other.0) {
            return Some(std::cmp::Ordering::Equal);
        }
        let a = self.0.borrow();
        let b = other.0.borrow();
        match a.iter().zip(b.iter()).find(|(x, y)| x != y) {
            Some((x, y)) => x.partial_cmp(y),
            None => Some(a.len().cmp(&b.len())),
        }
    }
    fn lt(&self, other: &Self) -> bool {
        self.compare_with(other, T::lt, usize::lt)
    }
    fn le(&self, other: &Self) -> bool {
        self.compare_with(other, T::le, usize::le)
    }
    fn gt(&self, other: &Self) -> bool {
        self.compare_with(other, T::gt, usize::gt)
    }
    fn ge(&self, other: &Self) -> bool {
        self.compare_with(other, T::ge, usize::ge)
    }
}

impl<T> FromIterator<T> for Deque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Deque(Rc::new(RefCell::new(iter.into_iter().collect())), None)
    }
}

impl<T: Clone> IntoIterator for &Deque<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> std::vec::IntoIter<T> {
        self.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for Deque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.borrow().iter()).finish()
    }
}

// ---------------------------------------------------------------------------
// Counter
// ---------------------------------------------------------------------------

/// Python ints do not overflow; an i64 count that would is reported as an
/// overflow panic (which `run_main` turns into `OverflowError`).
fn count_add(a: i64, b: i64) -> i64 {
    match a.checked_add(b) {
        Some(v) => v,
        None => panic!("integer overflow in Counter arithmetic"),
    }
}

fn count_sub(a: i64, b: i64) -> i64 {
    match a.checked_sub(b) {
        Some(v) => v,
        None => panic!("integer overflow in Counter arithmetic"),
    }
}

/// `Counter()`.
pub fn counter_new<K: Hash + Eq + Clone>() -> Dict<K, i64> {
    Dict::new()
}

/// `Counter(iterable)`.
pub fn counter_from_iter<K: Hash + Eq + Clone>(items: impl IntoIterator<Item = K>) -> Dict<K, i64> {
    let c = Dict::new();
    counter_update(&c, items);
    c
}

/// `Counter(xs)` for a list.
pub fn counter_from_list<K: Hash + Eq + Clone>(items: &List<K>) -> Dict<K, i64> {
    counter_from_iter(items.to_vec())
}

/// `Counter(s)` for a string: counts code points.
pub fn counter_from_str(s: &str) -> Dict<String, i64> {
    counter_from_iter(s.chars().map(|ch| ch.to_string()))
}

/// `c[k]`: missing keys count 0 (and are not inserted).
pub fn counter_get<K: Hash + Eq + Clone>(c: &Dict<K, i64>, k: &K) -> i64 {
    c.get(k).unwrap_or(0)
}

/// `c.update(iterable)`: adds one per item.
pub fn counter_update<K: Hash + Eq + Clone>(c: &Dict<K, i64>, items: impl IntoIterator<Item = K>) {
    let items: Vec<K> = items.into_iter().collect();
    for k in items {
        let n = counter_get(c, &k);
        c.set_item(k, count_add(n, 1));
    }
}

/// `c.update(mapping)`: adds the mapping's counts.
pub fn counter_update_map<K: Hash + Eq + Clone>(c: &Dict<K, i64>, other: &Dict<K, i64>) {
    for (k, v) in other.items() {
        let n = counter_get(c, &k);
        c.set_item(k, count_add(n, v));
    }
}

/// `c.subtract(iterable)`: subtracts one per item (counts may go negative).
pub fn counter_subtract<K: Hash + Eq + Clone>(
    c: &Dict<K, i64>,
    items: impl IntoIterator<Item = K>,
) {
    let items: Vec<K> = items.into_iter().collect();
    for k in items {
        let n = counter_get(c, &k);
        c.set_item(k, count_sub(n, 1));
    }
}

/// `c.subtract(mapping)`.
pub fn counter_subtract_map<K: Hash + Eq + Clone>(c: &Dict<K, i64>, other: &Dict<K, i64>) {
    for (k, v) in other.items() {
        let n = counter_get(c, &k);
        c.set_item(k, count_sub(n, v));
    }
}

/// `c.most_common(n)`: pairs by count, highest first; equal counts keep
/// insertion order (CPython's stable `sorted(..., reverse=True)`, which
/// `heapq.nlargest` matches for integer counts).
pub fn counter_most_common<K: Hash + Eq + Clone>(
    c: &Dict<K, i64>,
    n: Option<i64>,
) -> List<(K, i64)> {
    let items = c.items();
    let perm = sort_order(items.len(), true, |i, j| items[i].1 < items[j].1);
    let mut sorted = apply_order(items, &perm);
    if let Some(n) = n {
        let n = if n < 0 { 0 } else { n as u64 };
        if (sorted.len() as u64) > n {
            sorted.truncate(n as usize);
        }
    }
    List::from_vec(sorted)
}

/// `c.total()`: the sum of the counts.
pub fn counter_total<K: Hash + Eq + Clone>(c: &Dict<K, i64>) -> i64 {
    c.values().into_iter().fold(0, count_add)
}

/// `list(c.elements())`: each key repeated by its count (counts <= 0 give nothing).
pub fn counter_elements<K: Hash + Eq + Clone>(c: &Dict<K, i64>) -> List<K> {
    let mut out = Vec::new();
    for (k, n) in c.items() {
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    List::from_vec(out)
}

/// Shared shape of the binary Counter operators: combine each of `a`'s counts
/// with `b`'s (0 when missing), keep positives; then `b`'s keys missing from
/// `a` through `only_b`.
fn counter_binop<K: Hash + Eq + Clone>(
    a: &Dict<K, i64>,
    b: &Dict<K, i64>,
    both: impl Fn(i64, i64) -> i64,
    only_b: impl Fn(i64) -> Option<i64>,
) -> Dict<K, i64> {
    let result = Dict::new();
    for (k, n) in a.items() {
        let m = both(n, counter_get(b, &k));
        if m > 0 {
            result.set_item(k, m);
        }
    }
    for (k, n) in b.items() {
        if !a.contains_key(&k) {
            if let Some(m) = only_b(n) {
                result.set_item(k, m);
            }
        }
    }
    result
}

/// `a + b`.
pub fn counter_add<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> Dict<K, i64> {
    counter_binop(a, b, count_add, |n| if n > 0 { Some(n) } else { None })
}

/// `a - b`.
pub fn counter_sub<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> Dict<K, i64> {
    counter_binop(a, b, count_sub, |n| {
        if n < 0 {
            Some(count_sub(0, n))
        } else {
            None
        }
    })
}

/// `a | b`: the larger count.
pub fn counter_or<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> Dict<K, i64> {
    counter_binop(
        a,
        b,
        |n, m| if n < m { m } else { n },
        |n| if n > 0 { Some(n) } else { None },
    )
}

/// `a & b`: the smaller count.
pub fn counter_and<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> Dict<K, i64> {
    counter_binop(a, b, |n, m| if n < m { n } else { m }, |_| None)
}

/// `+c`: the positive counts.
pub fn counter_pos<K: Hash + Eq + Clone>(c: &Dict<K, i64>) -> Dict<K, i64> {
    c.items().into_iter().filter(|e| e.1 > 0).collect()
}

/// `-c`: the negated negative counts.
pub fn counter_neg<K: Hash + Eq + Clone>(c: &Dict<K, i64>) -> Dict<K, i64> {
    c.items()
        .into_iter()
        .filter(|e| e.1 < 0)
        .map(|(k, n)| (k, count_sub(0, n)))
        .collect()
}

/// `Counter._keep_positive`: deletes counts <= 0 in place.
fn counter_keep_positive<K: Hash + Eq + Clone>(c: &Dict<K, i64>) {
    for (k, n) in c.items() {
        if n <= 0 {
            c.pop_or(&k, 0);
        }
    }
}

/// `a += b`.
pub fn counter_iadd<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) {
    counter_update_map(a, b);
    counter_keep_positive(a);
}

/// `a -= b`.
pub fn counter_isub<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) {
    counter_subtract_map(a, b);
    counter_keep_positive(a);
}

/// `a |= b`.
pub fn counter_ior<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) {
    for (k, m) in b.items() {
        if m > counter_get(a, &k) {
            a.set_item(k, m);
        }
    }
    counter_keep_positive(a);
}

/// `a &= b`.
pub fn counter_iand<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) {
    for (k, n) in a.items() {
        let m = counter_get(b, &k);
        if m < n {
            a.set_item(k, m);
        }
    }
    counter_keep_positive(a);
}

/// `a == b` for Counters: missing elements count as zero (Python 3.10+).
pub fn counter_eq<K: Hash + Eq + Clone>(a: &Dict<K, i64>, b: &Dict<K, i64>) -> bool {
    a.items().iter().all(|(k, n)| *n == counter_get(b, k))
        && b.items().iter().all(|(k, n)| *n == counter_get(a, k))
}

/// `repr(c)`: `Counter({'a': 3, 'b': 1})` in most_common order; `Counter()` when empty.
pub fn counter_repr<K: Hash + Eq + Clone + PyRepr>(c: &Dict<K, i64>) -> String {
    if c.is_empty() {
        return "Counter()".to_string();
    }
    let parts: Vec<String> = counter_most_common(c, None)
        .to_vec()
        .iter()
        .map(|(k, n)| format!("{}: {}", k.py_repr(), n))
        .collect();
    format!("Counter({{{}}})", parts.join(", "))
}

// ---------------------------------------------------------------------------
// defaultdict
// ---------------------------------------------------------------------------

/// `d[k]` on a `defaultdict`: the stored value, or `f()` stored under `k`
/// (at the end) and returned. The result is a clone, which shares the value
/// for reference types (List, Dict, Set, Deque).
pub fn dict_get_or_insert_with<K, V, F>(d: &Dict<K, V>, k: K, f: F) -> V
where
    K: Hash + Eq + Clone,
    V: Clone,
    F: FnOnce() -> V,
{
    if let Some(v) = d.get(&k) {
        return v;
    }
    // No borrow is held while the factory runs.
    let v = f();
    d.set_item(k, v.clone());
    v
}

/// `repr(dd)`: `defaultdict(<class 'int'>, {'a': 1})`. `factory` is the
/// factory's class name (`"int"`, `"list"`, ...); `"None"` prints `None` and
/// a text starting with `<` is printed unchanged.
pub fn defaultdict_repr<K: PyRepr, V: PyRepr>(d: &Dict<K, V>, factory: &str) -> String {
    let f = if factory == "None" || factory.starts_with('<') {
        factory.to_string()
    } else {
        format!("<class '{}'>", factory)
    };
    format!("defaultdict({}, {})", f, d.py_repr())
}

// ---------------------------------------------------------------------------
// OrderedDict
// ---------------------------------------------------------------------------

/// `od.move_to_end(k, last=last)`; `KeyError: <repr of k>` when missing.
pub fn dict_move_to_end<K, V>(d: &Dict<K, V>, k: &K, last: bool) -> PyResult<()>
where
    K: Hash + Eq + Clone + PyRepr,
    V: Clone,
{
    let v = d.pop(k)?;
    if last {
        d.set_item(k.clone(), v);
    } else {
        let rest = d.items();
        d.clear();
        d.set_item(k.clone(), v);
        for (k2, v2) in rest {
            d.set_item(k2, v2);
        }
    }
    Ok(())
}

/// `od.popitem(last=last)`: the last (or first) pair;
/// `KeyError: 'dictionary is empty'`.
pub fn dict_popitem_last<K, V>(d: &Dict<K, V>, last: bool) -> PyResult<(K, V)>
where
    K: Hash + Eq + Clone,
    V: Clone,
{
    let entry = if last {
        d.0.borrow_mut().map.pop_last()
    } else {
        d.0.borrow_mut().map.pop_first()
    };
    // str(KeyError(msg)) is the repr of msg, quotes included.
    entry.ok_or_else(|| PyErr::key_error("'dictionary is empty'"))
}

/// `repr(od)` as Python 3.11 prints it: `OrderedDict([('a', 1)])`, `OrderedDict()`.
pub fn ordereddict_repr<K, V>(d: &Dict<K, V>) -> String
where
    K: Hash + Eq + Clone + PyRepr,
    V: Clone + PyRepr,
{
    if d.is_empty() {
        return "OrderedDict()".to_string();
    }
    let parts: Vec<String> = d
        .items()
        .iter()
        .map(|(k, v)| format!("({}, {})", k.py_repr(), v.py_repr()))
        .collect();
    format!("OrderedDict([{}])", parts.join(", "))
}

/// `od1 == od2` between two OrderedDicts: same pairs in the same order.
pub fn ordereddict_eq<K, V>(a: &Dict<K, V>, b: &Dict<K, V>) -> bool
where
    K: Hash + Eq + Clone,
    V: Clone + PartialEq,
{
    a == b && a.keys() == b.keys()
}

#[cfg(test)]
mod tests {
    //! Expected values were printed by CPython 3.11.
    use super::*;

    fn s(x: &str) -> String {
        x.to_string()
    }

    fn strs(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|x| x.to_string()).collect()
    }

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    /// `list(c.items())`.
    fn items_repr<K: Hash + Eq + Clone + PyRepr>(c: &Dict<K, i64>) -> String {
        List::from_vec(c.items()).py_repr()
    }

    fn counter(pairs: &[(&str, i64)]) -> Dict<String, i64> {
        Dict::from_pairs(pairs.iter().map(|(k, v)| (s(k), *v)).collect())
    }

    #[test]
    fn deque_append_pop_rotate() {
        let d = Deque::from_vec(vec![1_i64, 2, 3]);
        d.append(4);
        d.appendleft(0);
        assert_eq!(d.py_repr(), "deque([0, 1, 2, 3, 4])");
        d.rotate(2);
        assert_eq!(d.py_repr(), "deque([3, 4, 0, 1, 2])");
        d.rotate(-3);
        assert_eq!(d.py_repr(), "deque([1, 2, 3, 4, 0])");
        d.rotate(11);
        assert_eq!(d.py_repr(), "deque([0, 1, 2, 3, 4])");
        d.rotate(-11);
        assert_eq!(d.py_repr(), "deque([1, 2, 3, 4, 0])");
        assert_eq!(d.pop().unwrap(), 0);
        assert_eq!(d.popleft().unwrap(), 1);
        assert_eq!(d.py_repr(), "deque([2, 3, 4])");
        let e: Deque<i64> = Deque::new();
        assert_eq!(msg(e.pop()), "IndexError: pop from an empty deque");
        assert_eq!(msg(e.popleft()), "IndexError: pop from an empty deque");
        assert_eq!(e.py_repr(), "deque([])");
        e.rotate(3);
        let q = Deque::from_list(&List::from_vec(vec![1_i64, 2, 3, 4, 5]));
        q.rotate(1);
        assert_eq!(q.to_list().py_repr(), "[5, 1, 2, 3, 4]");
        assert_eq!(q.iter().rev().collect::<Vec<_>>(), vec![4, 3, 2, 1, 5]);
        let mut seen = Vec::new();
        for x in &q {
            seen.push(x);
        }
        assert_eq!(seen, vec![5, 1, 2, 3, 4]);
    }

    #[test]
    fn deque_maxlen() {
        let d = Deque::from_iter_maxlen(0..5_i64, Some(3)).unwrap();
        assert_eq!(d.py_repr(), "deque([2, 3, 4], maxlen=3)");
        assert_eq!(d.maxlen(), Some(3));
        d.append(9);
        assert_eq!(d.py_repr(), "deque([3, 4, 9], maxlen=3)");
        d.appendleft(7);
        assert_eq!(d.py_repr(), "deque([7, 3, 4], maxlen=3)");
        d.extend(vec![10, 11]);
        assert_eq!(d.py_repr(), "deque([4, 10, 11], maxlen=3)");
        d.extendleft(vec![1, 2]);
        assert_eq!(d.py_repr(), "deque([2, 1, 4], maxlen=3)");
        assert_eq!(
            msg(d.insert(0, 5)),
            "IndexError: deque already at its maximum size"
        );
        let z: Deque<i64> = Deque::with_maxlen(0).unwrap();
        z.append(1);
        z.appendleft(2);
        assert_eq!(z.py_repr(), "deque([], maxlen=0)");
        assert_eq!(
            msg(Deque::<i64>::with_maxlen(-1)),
            "ValueError: maxlen must be non-negative"
        );
        assert_eq!(
            Deque::<i64>::with_maxlen(2).unwrap().py_repr(),
            "deque([], maxlen=2)"
        );
        assert_eq!(Deque::<i64>::new().maxlen(), None);

        let x = Deque::from_iter_maxlen(vec![1_i64, 2], Some(3)).unwrap();
        assert_eq!(
            x.concat(&Deque::from_vec(vec![3, 4])).py_repr(),
            "deque([2, 3, 4], maxlen=3)"
        );
        assert_eq!(x.repeat(3).py_repr(), "deque([2, 1, 2], maxlen=3)");
        assert_eq!(
            x.repeat(1_000_000_000).py_repr(),
            "deque([2, 1, 2], maxlen=3)"
        );
        assert_eq!(x.repeat(0).py_repr(), "deque([], maxlen=3)");
        assert_eq!(
            Deque::from_vec(vec![1_i64, 2]).repeat(2).py_repr(),
            "deque([1, 2, 1, 2])"
        );
        assert_eq!(x.copy().py_repr(), "deque([1, 2], maxlen=3)");
    }

    #[test]
    fn deque_indexing_and_search() {
        let d = Deque::from_vec(vec![1_i64, 2, 3]);
        d.extendleft(vec![7, 8]);
        assert_eq!(d.py_repr(), "deque([8, 7, 1, 2, 3])");
        d.insert(1, 99).unwrap();
        d.insert(-1, 98).unwrap();
        d.insert(100, 97).unwrap();
        d.insert(-100, 96).unwrap();
        assert_eq!(d.py_repr(), "deque([96, 8, 99, 7, 1, 2, 98, 3, 97])");
        assert_eq!(
            (d.get(0).unwrap(), d.get(-1).unwrap(), d.get(3).unwrap()),
            (96, 97, 7)
        );
        d.set(-2, 50).unwrap();
        d.del_item(1).unwrap();
        assert_eq!(d.py_repr(), "deque([96, 99, 7, 1, 2, 98, 50, 97])");
        assert_eq!(msg(d.get(9)), "IndexError: deque index out of range");
        assert_eq!(msg(d.get(-9)), "IndexError: deque index out of range");
        assert_eq!(msg(d.set(8, 0)), "IndexError: deque index out of range");
        assert_eq!(msg(d.del_item(8)), "IndexError: deque index out of range");
        assert_eq!(msg(d.remove(&1000)), "ValueError: 1000 is not in deque");
        assert_eq!(
            msg(Deque::from_vec(strs(&["a"])).index(&s("b"))),
            "ValueError: 'b' is not in deque"
        );
        assert_eq!(d.index(&7).unwrap(), 2);
        d.remove(&99).unwrap();
        d.reverse();
        assert_eq!(d.py_repr(), "deque([97, 50, 98, 2, 1, 7, 96])");
        assert_eq!(d.count(&50), 1);
        assert!(d.contains(&50) && d.py_contains(&50) && !d.py_contains(&51));
        assert_eq!((d.len(), d.py_len()), (7, 7));
        assert!(d.py_bool() && !Deque::<i64>::new().py_bool());
        // Reference semantics.
        let alias = d.clone();
        alias.clear();
        assert!(d.is_empty());
    }

    #[test]
    fn deque_reprs_and_comparisons() {
        assert_eq!(
            Deque::from_vec(strs(&["a", "b'c"])).py_repr(),
            "deque(['a', \"b'c\"])"
        );
        let nested =
            Deque::from_iter_maxlen(vec![List::from_vec(vec![1_i64]), List::new()], Some(2))
                .unwrap();
        assert_eq!(nested.py_repr(), "deque([[1], []], maxlen=2)");
        assert_eq!(nested.py_str(), "deque([[1], []], maxlen=2)");
        assert_eq!(
            Deque::from_vec(vec![(1_i64, s("x"))]).py_repr(),
            "deque([(1, 'x')])"
        );
        assert_eq!(nested.py_format("").unwrap(), "deque([[1], []], maxlen=2)");
        assert_eq!(
            msg(nested.py_format("s")),
            "TypeError: unsupported format string passed to deque.__format__"
        );
        let a = Deque::from_vec(vec![1_i64, 2]);
        let b = Deque::from_iter_maxlen(vec![1_i64, 2], Some(5)).unwrap();
        assert!(a == b);
        assert!(a < Deque::from_vec(vec![1, 3]));
        assert!(a < Deque::from_vec(vec![1, 2, 0]));
        assert!(Deque::from_vec(vec![2_i64]) > Deque::from_vec(vec![1, 9]));
        let c: Deque<i64> = (1..4).collect();
        assert_eq!(c.to_vec(), vec![1, 2, 3]);
        assert_eq!(format!("{:?}", c), "[1, 2, 3]");
        c.extend(c.iter());
        assert_eq!(c.py_repr(), "deque([1, 2, 3, 1, 2, 3])");
    }

    #[test]
    fn counter_construction_and_most_common() {
        let c = counter_from_str("abracadabra");
        assert_eq!(
            counter_repr(&c),
            "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})"
        );
        assert_eq!(
            counter_most_common(&c, Some(2)).py_repr(),
            "[('a', 5), ('b', 2)]"
        );
        assert_eq!(
            counter_most_common(&c, None).py_repr(),
            "[('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]"
        );
        assert_eq!(counter_most_common(&c, Some(0)).py_repr(), "[]");
        assert_eq!(counter_most_common(&c, Some(-1)).py_repr(), "[]");
        assert_eq!(
            counter_most_common(&c, Some(10)).py_repr(),
            "[('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]"
        );
        assert_eq!(
            counter_elements(&c).py_repr(),
            "['a', 'a', 'a', 'a', 'a', 'b', 'b', 'r', 'r', 'c', 'd']"
        );
        assert_eq!(counter_total(&c), 11);
        assert_eq!(counter_get(&c, &s("a")), 5);
        assert_eq!(counter_get(&c, &s("z")), 0);
        assert!(!c.contains_key(&s("z")));

        let words = List::from_vec(strs(&[
            "red", "blue", "red", "green", "blue", "blue", "x", "y", "x",
        ]));
        let c2 = counter_from_list(&words);
        assert_eq!(
            counter_repr(&c2),
            "Counter({'blue': 3, 'red': 2, 'x': 2, 'green': 1, 'y': 1})"
        );
        assert_eq!(
            counter_most_common(&c2, Some(3)).py_repr(),
            "[('blue', 3), ('red', 2), ('x', 2)]"
        );
        let ints = counter_from_iter(vec![3_i64, 1, 3, 2, 1, 3]);
        assert_eq!(counter_repr(&ints), "Counter({3: 3, 1: 2, 2: 1})");
        assert_eq!(counter_most_common(&ints, Some(1)).py_repr(), "[(3, 3)]");
        assert_eq!(counter_repr(&counter_new::<String>()), "Counter()");
        assert_eq!(counter_repr(&counter(&[("a", 0)])), "Counter({'a': 0})");
    }

    #[test]
    fn counter_arithmetic() {
        let a = counter(&[("a", 3), ("b", 1), ("c", -2), ("d", 0)]);
        let b = counter(&[("b", 2), ("c", 1), ("e", 5), ("f", -1)]);
        let cases = vec![
            (
                counter_add(&a, &b),
                "Counter({'e': 5, 'a': 3, 'b': 3})",
                "[('a', 3), ('b', 3), ('e', 5)]",
            ),
            (
                counter_sub(&a, &b),
                "Counter({'a': 3, 'f': 1})",
                "[('a', 3), ('f', 1)]",
            ),
            (
                counter_or(&a, &b),
                "Counter({'e': 5, 'a': 3, 'b': 2, 'c': 1})",
                "[('a', 3), ('b', 2), ('c', 1), ('e', 5)]",
            ),
            (counter_and(&a, &b), "Counter({'b': 1})", "[('b', 1)]"),
            (
                counter_pos(&a),
                "Counter({'a': 3, 'b': 1})",
                "[('a', 3), ('b', 1)]",
            ),
            (counter_neg(&a), "Counter({'c': 2})", "[('c', 2)]"),
            (
                counter_sub(&b, &a),
                "Counter({'e': 5, 'c': 3, 'b': 1})",
                "[('b', 1), ('c', 3), ('e', 5)]",
            ),
        ];
        for (c, repr, items) in cases {
            assert_eq!(counter_repr(&c), repr);
            assert_eq!(items_repr(&c), items);
        }
        assert_eq!(
            counter_repr(&counter_add(&counter_new::<String>(), &counter_new())),
            "Counter()"
        );
    }

    #[test]
    fn counter_update_subtract_inplace() {
        let u = counter_from_list(&List::from_vec(strs(&["x", "y"])));
        counter_update(&u, strs(&["y", "z", "y"]));
        assert_eq!(counter_repr(&u), "Counter({'y': 3, 'x': 1, 'z': 1})");
        counter_update_map(&u, &counter(&[("x", 5), ("w", 1)]));
        assert_eq!(
            counter_repr(&u),
            "Counter({'x': 6, 'y': 3, 'z': 1, 'w': 1})"
        );
        counter_subtract(&u, &List::from_vec(strs(&["x", "q"])));
        assert_eq!(
            counter_repr(&u),
            "Counter({'x': 5, 'y': 3, 'z': 1, 'w': 1, 'q': -1})"
        );
        counter_subtract_map(&u, &counter(&[("y", 10)]));
        assert_eq!(
            counter_repr(&u),
            "Counter({'x': 5, 'z': 1, 'w': 1, 'q': -1, 'y': -7})"
        );

        let i = counter(&[("a", 3), ("b", 1), ("c", 2)]);
        counter_iadd(&i, &counter(&[("a", -3), ("z", 2)]));
        assert_eq!(counter_repr(&i), "Counter({'c': 2, 'z': 2, 'b': 1})");
        assert_eq!(items_repr(&i), "[('b', 1), ('c', 2), ('z', 2)]");
        counter_isub(&i, &counter(&[("c", 1), ("y", 1)]));
        assert_eq!(items_repr(&i), "[('b', 1), ('c', 1), ('z', 2)]");
        counter_ior(&i, &counter(&[("b", 4), ("z", 1), ("k", -1), ("m", 2)]));
        assert_eq!(
            counter_repr(&i),
            "Counter({'b': 4, 'z': 2, 'm': 2, 'c': 1})"
        );
        assert_eq!(items_repr(&i), "[('b', 4), ('c', 1), ('z', 2), ('m', 2)]");
        counter_iand(&i, &counter(&[("b", 2), ("m", 5), ("c", 1)]));
        assert_eq!(items_repr(&i), "[('b', 2), ('c', 1), ('m', 2)]");

        assert!(counter_eq(
            &counter(&[("a", 1)]),
            &counter(&[("a", 1), ("b", 0)])
        ));
        assert!(!counter_eq(&counter(&[("a", 1)]), &counter(&[("a", 2)])));
        assert!(counter_eq(&counter_from_str("ab"), &counter_from_str("ba")));
    }

    #[test]
    fn defaultdict_helpers() {
        let dd: Dict<String, List<i64>> = Dict::new();
        dict_get_or_insert_with(&dd, s("a"), List::new).append(1);
        dict_get_or_insert_with(&dd, s("b"), List::new);
        dict_get_or_insert_with(&dd, s("a"), || panic!("factory called for a present key"))
            .append(2);
        assert_eq!(
            defaultdict_repr(&dd, "list"),
            "defaultdict(<class 'list'>, {'a': [1, 2], 'b': []})"
        );
        let di: Dict<String, i64> = Dict::new();
        for w in ["the", "cat", "the", "dog"].iter() {
            let n = dict_get_or_insert_with(&di, s(w), || 0);
            di.set_item(s(w), n + 1);
        }
        assert_eq!(
            defaultdict_repr(&di, "int"),
            "defaultdict(<class 'int'>, {'the': 2, 'cat': 1, 'dog': 1})"
        );
        assert_eq!(
            defaultdict_repr(&Dict::from_pairs(vec![(1_i64, 2_i64)]), "None"),
            "defaultdict(None, {1: 2})"
        );
        assert_eq!(
            defaultdict_repr(&Dict::<i64, i64>::new(), "set"),
            "defaultdict(<class 'set'>, {})"
        );
    }

    #[test]
    fn ordereddict_helpers() {
        let od = Dict::from_pairs(vec![(s("a"), 1_i64), (s("b"), 2), (s("c"), 3)]);
        dict_move_to_end(&od, &s("a"), true).unwrap();
        assert_eq!(
            ordereddict_repr(&od),
            "OrderedDict([('b', 2), ('c', 3), ('a', 1)])"
        );
        dict_move_to_end(&od, &s("c"), false).unwrap();
        assert_eq!(
            ordereddict_repr(&od),
            "OrderedDict([('c', 3), ('b', 2), ('a', 1)])"
        );
        assert_eq!(msg(dict_move_to_end(&od, &s("zz"), true)), "KeyError: 'zz'");
        assert_eq!(dict_popitem_last(&od, true).unwrap(), (s("a"), 1));
        assert_eq!(dict_popitem_last(&od, false).unwrap(), (s("c"), 3));
        assert_eq!(ordereddict_repr(&od), "OrderedDict([('b', 2)])");
        let empty: Dict<String, i64> = Dict::new();
        assert_eq!(ordereddict_repr(&empty), "OrderedDict()");
        assert_eq!(
            msg(dict_popitem_last(&empty, true)),
            "KeyError: 'dictionary is empty'"
        );
        assert_eq!(
            msg(dict_popitem_last(&empty, false)),
            "KeyError: 'dictionary is empty'"
        );
        let x = Dict::from_pairs(vec![(1_i64, 2_i64), (3, 4)]);
        let y = Dict::from_pairs(vec![(3_i64, 4_i64), (1, 2)]);
        assert!(!ordereddict_eq(&x, &y));
        assert!(ordereddict_eq(&x, &x.copy()));
        // FIFO use of popitem(last=False) stays in order.
        let q = Dict::new();
        for i in 0..50_i64 {
            q.set_item(i, i * i);
        }
        for i in 0..50_i64 {
            assert_eq!(dict_popitem_last(&q, false).unwrap(), (i, i * i));
        }
        assert!(q.is_empty());
    }
}

// ---------------------------------------------------------------------------
// functools.lru_cache / cache
// ---------------------------------------------------------------------------

/// The table behind `@lru_cache(maxsize)` / `@cache`: CPython's hit and miss counts and,
/// with a bound, its least-recently-used eviction (so `cache_info()` and any side effects
/// of recomputed calls match).
pub struct Memo<K, V> {
    map: Dict<K, V>,
    hits: std::cell::Cell<i64>,
    misses: std::cell::Cell<i64>,
    maxsize: Option<i64>,
}

impl<K: Hash + Eq + Clone, V: Clone> Memo<K, V> {
    /// A table holding at most `maxsize` results (None: unbounded; negative: 0).
    pub fn new(maxsize: Option<i64>) -> Memo<K, V> {
        Memo {
            map: Dict::new(),
            hits: std::cell::Cell::new(0),
            misses: std::cell::Cell::new(0),
            maxsize: maxsize.map(|n| n.max(0)),
        }
    }

    /// The cached result for `k` (a hit makes it the most recently used).
    pub fn lookup(&self, k: &K) -> Option<V> {
        if self.maxsize == Some(0) {
            self.misses.set(self.misses.get() + 1);
            return None;
        }
        let found = self.map.0.borrow().map.get(k).cloned();
        match found {
            Some(v) => {
                self.hits.set(self.hits.get() + 1);
                if self.maxsize.is_some() {
                    let mut inner = self.map.0.borrow_mut();
                    if let Some((key, value)) = inner.map.remove(k) {
                        inner.map.insert(key, value);
                    }
                }
                Some(v)
            }
            None => {
                self.misses.set(self.misses.get() + 1);
                None
            }
        }
    }

    /// Record the result computed for `k`.
    pub fn store(&self, k: K, v: V) {
        let mut inner = self.map.0.borrow_mut();
        match self.maxsize {
            Some(0) => {}
            None => {
                inner.map.insert(k, v);
            }
            Some(n) => {
                if inner.map.contains_key(&k) {
                    return; // a recursive call stored it meanwhile: CPython keeps that one
                }
                if inner.map.len() as i64 >= n {
                    inner.map.pop_first();
                }
                inner.map.insert(k, v);
            }
        }
    }

    /// `f.cache_info()`.
    pub fn info(&self) -> CacheInfo {
        CacheInfo {
            hits: self.hits.get(),
            misses: self.misses.get(),
            maxsize: self.maxsize,
            currsize: self.map.len(),
        }
    }

    /// `f.cache_clear()`.
    pub fn clear(&self) {
        self.map.clear();
        self.hits.set(0);
        self.misses.set(0);
    }
}

/// `functools._CacheInfo`: prints as CPython's named tuple.
#[derive(Clone, Debug, PartialEq)]
pub struct CacheInfo {
    pub hits: i64,
    pub misses: i64,
    pub maxsize: Option<i64>,
    pub currsize: i64,
}

impl PyRepr for CacheInfo {
    fn py_repr(&self) -> String {
        let maxsize = self.maxsize.map_or("None".to_string(), |n| n.to_string());
        format!(
            "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})",
            self.hits, self.misses, maxsize, self.currsize
        )
    }
}

impl PyFormat for CacheInfo {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "CacheInfo")
    }
}
