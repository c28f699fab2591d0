//! Python `list`: a shared, mutable vector with CPython's semantics.
//!
//! `List<T>` is a handle (`Rc<RefCell<Vec<T>>>`): cloning it aliases the same
//! list, exactly like assigning a list to a second name in Python. Borrows of
//! the inner `RefCell` are never held across calls into user code (sort keys)
//! or across iteration steps. Sorting is a port of CPython 3.11's `listsort`
//! (timsort with the powersort merge policy), so results match CPython even
//! for comparisons that are not a total order (NaN).

use std::cell::RefCell;
use std::fmt;
use std::iter::FromIterator;
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::iter::ListIter;
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PyTruthy};

/// A Python list with reference semantics: `Clone` shares the same list.
pub struct List<T>(pub Rc<RefCell<Vec<T>>>);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        List(Rc::clone(&self.0))
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Rc::new(RefCell::new(Vec::new())))
    }
}

/// Python's normalisation of `seq[lo:hi:step]` (`PySlice_Unpack` followed by
/// `PySlice_AdjustIndices`): returns `(start, step, slicelength)`.
pub(crate) fn slice_indices(
    len: usize,
    lo: Option<i64>,
    hi: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, usize)> {
    let len = len as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    // CPython clamps the step so that `-step` cannot overflow.
    let step = if step < -i64::MAX { -i64::MAX } else { step };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(x) if x < 0 => {
            let x = x + len;
            if x < 0 {
                lower
            } else {
                x
            }
        }
        Some(x) if x >= len => upper,
        Some(x) => x,
    };
    let (start, stop) = if step < 0 {
        (adjust(lo, upper), adjust(hi, lower))
    } else {
        (adjust(lo, lower), adjust(hi, upper))
    };
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

/// The indices selected by a resolved slice, in slice order.
fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

impl<T: Clone> List<T> {
    /// `[]`.
    pub fn new() -> Self {
        List::default()
    }

    /// A list owning the given elements.
    pub fn from_vec(items: Vec<T>) -> Self {
        List(Rc::new(RefCell::new(items)))
    }

    /// `len(xs)`.
    pub fn len(&self) -> i64 {
        self.0.borrow().len() as i64
    }

    /// `not xs`.
    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
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

    /// `xs[i]` (negative indices count from the end).
    pub fn get(&self, i: i64) -> PyResult<T> {
        match self.resolve(i) {
            Some(j) => Ok(self.0.borrow()[j].clone()),
            None => Err(PyErr::index_error("list index out of range")),
        }
    }

    /// `xs[i] = v`.
    pub fn set(&self, i: i64, v: T) -> PyResult<()> {
        match self.resolve(i) {
            Some(j) => {
                let old = std::mem::replace(&mut self.0.borrow_mut()[j], v);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::index_error("list assignment index out of range")),
        }
    }

    /// `xs.append(v)`.
    pub fn append(&self, v: T) {
        self.0.borrow_mut().push(v);
    }

    /// `xs.extend(items)`; the items are collected first, so `xs.extend(xs.iter())` is fine.
    pub fn extend(&self, items: impl IntoIterator<Item = T>) {
        let items: Vec<T> = items.into_iter().collect();
        self.0.borrow_mut().extend(items);
    }

    /// `xs.insert(i, v)` with Python's clamping of out-of-range indices.
    pub fn insert(&self, i: i64, v: T) {
        let mut vec = self.0.borrow_mut();
        let len = vec.len() as i64;
        let mut j = if i < 0 { i + len } else { i };
        if j < 0 {
            j = 0;
        }
        if j > len {
            j = len;
        }
        vec.insert(j as usize, v);
    }

    /// `xs.pop()` / `xs.pop(i)`.
    pub fn pop(&self, i: Option<i64>) -> PyResult<T> {
        let mut vec = self.0.borrow_mut();
        if vec.is_empty() {
            return Err(PyErr::index_error("pop from empty list"));
        }
        let len = vec.len() as i64;
        let i = i.unwrap_or(-1);
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(PyErr::index_error("pop index out of range"));
        }
        Ok(vec.remove(j as usize))
    }

    /// `xs.remove(v)`: removes the first element equal to `v`.
    pub fn remove(&self, v: &T) -> PyResult<()>
    where
        T: PartialEq,
    {
        let pos = self.0.borrow().iter().position(|x| x == v);
        match pos {
            Some(j) => {
                let old = self.0.borrow_mut().remove(j);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::value_error("list.remove(x): x not in list")),
        }
    }

    /// `xs.index(v)`.
    pub fn index(&self, v: &T) -> PyResult<i64>
    where
        T: PartialEq + PyRepr,
    {
        let pos = self.0.borrow().iter().position(|x| x == v);
        match pos {
            Some(j) => Ok(j as i64),
            None => Err(PyErr::value_error(format!(
                "{} is not in list",
                v.py_repr()
            ))),
        }
    }

    /// `xs.count(v)`.
    pub fn count(&self, v: &T) -> i64
    where
        T: PartialEq,
    {
        self.0.borrow().iter().filter(|x| *x == v).count() as i64
    }

    /// `xs.reverse()`.
    pub fn reverse(&self) {
        self.0.borrow_mut().reverse();
    }

    /// `xs.clear()`.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
    }

    /// `xs.copy()` / `xs[:]`: a new list sharing the elements (shallow copy).
    pub fn copy(&self) -> List<T> {
        List::from_vec(self.to_vec())
    }

    /// A snapshot of the elements.
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    /// `iter(xs)`: index-based, sees elements appended during iteration.
    pub fn iter(&self) -> ListIter<T> {
        ListIter::new(self.clone())
    }

    /// `xs[lo:hi:step]`.
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> PyResult<List<T>> {
        let vec = self.0.borrow();
        let (start, step, count) = slice_indices(vec.len(), lo, hi, step)?;
        let out: Vec<T> = slice_positions(start, step, count)
            .map(|j| vec[j].clone())
            .collect();
        Ok(List::from_vec(out))
    }

    /// `del xs[i]`.
    pub fn del_item(&self, i: i64) -> PyResult<()> {
        match self.resolve(i) {
            Some(j) => {
                let old = self.0.borrow_mut().remove(j);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::index_error("list assignment index out of range")),
        }
    }

    /// `del xs[lo:hi:step]`.
    pub fn del_slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> PyResult<()> {
        let removed: Vec<T>;
        {
            let mut vec = self.0.borrow_mut();
            let (start, step, count) = slice_indices(vec.len(), lo, hi, step)?;
            if count == 0 {
                return Ok(());
            }
            if step == 1 {
                let start = start as usize;
                removed = vec.drain(start..start + count).collect();
            } else {
                let mut doomed = vec![false; vec.len()];
                for j in slice_positions(start, step, count) {
                    doomed[j] = true;
                }
                let old = std::mem::take(&mut *vec);
                let mut gone = Vec::with_capacity(count);
                for (x, d) in old.into_iter().zip(doomed) {
                    if d {
                        gone.push(x);
                    } else {
                        vec.push(x);
                    }
                }
                removed = gone;
            }
        }
        drop(removed);
        Ok(())
    }

    /// `xs[lo:hi] = items` (step 1; the slice may change the list's length).
    pub fn set_slice(&self, lo: Option<i64>, hi: Option<i64>, items: Vec<T>) -> PyResult<()> {
        let removed: Vec<T>;
        {
            let mut vec = self.0.borrow_mut();
            let (start, _, count) = slice_indices(vec.len(), lo, hi, None)?;
            let start = start as usize;
            removed = vec.splice(start..start + count, items).collect();
        }
        drop(removed);
        Ok(())
    }

    /// `xs[lo:hi:step] = items`: a step of 1 splices as `xs[lo:hi]` does; any other step
    /// replaces exactly the elements the slice selects, one item each.
    pub fn set_slice_step(
        &self,
        lo: Option<i64>,
        hi: Option<i64>,
        step: Option<i64>,
        items: Vec<T>,
    ) -> PyResult<()> {
        if step.unwrap_or(1) == 1 {
            return self.set_slice(lo, hi, items);
        }
        let mut old = Vec::with_capacity(items.len());
        {
            let mut vec = self.0.borrow_mut();
            let (start, step, count) = slice_indices(vec.len(), lo, hi, step)?;
            if items.len() != count {
                return Err(PyErr::value_error(&format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    count
                )));
            }
            for (j, item) in slice_positions(start, step, count).zip(items) {
                old.push(std::mem::replace(&mut vec[j], item));
            }
        }
        drop(old);
        Ok(())
    }

    /// Takes the elements out (the list is empty meanwhile, like CPython's
    /// `list.sort`), reorders them with `order`, and puts them back.
    fn sort_with<F>(&self, order: F)
    where
        F: FnOnce(&[T]) -> Vec<usize>,
    {
        let items = std::mem::take(&mut *self.0.borrow_mut());
        let perm = order(&items);
        let sorted = apply_order(items, &perm);
        // Anything the key function put into the list meanwhile is discarded,
        // as CPython does (it also raises "list modified during sort").
        let meanwhile = std::mem::replace(&mut *self.0.borrow_mut(), sorted);
        drop(meanwhile);
    }

    /// `xs.sort()`.
    pub fn sort(&self)
    where
        T: PartialOrd,
    {
        self.sort_rev(false);
    }

    /// `xs.sort(reverse=reverse)`.
    pub fn sort_rev(&self, reverse: bool)
    where
        T: PartialOrd,
    {
        self.sort_with(|items| sort_order(items.len(), reverse, |i, j| items[i] < items[j]));
    }

    /// `xs.sort(key=key, reverse=reverse)`: each key is computed once, in list order.
    pub fn sort_by_key<K: PartialOrd>(&self, key: impl Fn(&T) -> K, reverse: bool) {
        self.sort_with(|items| {
            let keys: Vec<K> = items.iter().map(&key).collect();
            sort_order(keys.len(), reverse, |i, j| keys[i] < keys[j])
        });
    }

    /// `xs + other`.
    pub fn concat(&self, other: &List<T>) -> List<T> {
        let mut out = self.to_vec();
        out.extend(other.0.borrow().iter().cloned());
        List::from_vec(out)
    }

    /// `xs * n` (`n <= 0` gives `[]`).
    pub fn repeat(&self, n: i64) -> List<T> {
        let vec = self.0.borrow();
        let mut out = Vec::new();
        if n > 0 && !vec.is_empty() {
            out.reserve(vec.len() * n as usize);
            for _ in 0..n {
                out.extend(vec.iter().cloned());
            }
        }
        List::from_vec(out)
    }
}

/// Reorders `items` so that position `k` holds the old `items[perm[k]]`.
pub(crate) fn apply_order<T>(items: Vec<T>, perm: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    perm.iter()
        .map(|&i| slots[i].take().expect("sort permutation repeats an index"))
        .collect()
}

/// Sorts the indices `0..n` by `lt` exactly as CPython 3.11's `list.sort`
/// would sort a list of `n` items with that `<` (stable; `reverse` keeps equal
/// items in their original order). Only `lt` is ever used, so orders that are
/// not total (NaN) give CPython's result and never panic.
pub(crate) fn sort_order<F: FnMut(usize, usize) -> bool>(
    n: usize,
    reverse: bool,
    lt: F,
) -> Vec<usize> {
    let mut v: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    if n >= 2 {
        let mut ms = MergeState {
            lt,
            min_gallop: MIN_GALLOP,
            pending: Vec::new(),
            tmp: Vec::new(),
            listlen: n,
        };
        ms.sort(&mut v);
    }
    if reverse {
        v.reverse();
    }
    v
}

/// When galloping, stay there until both runs win less often than this.
const MIN_GALLOP: usize = 7;

/// A pending run: `len` items starting at `base`, with its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// State of one timsort invocation (`MergeState` in listobject.c).
struct MergeState<F> {
    lt: F,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
    listlen: usize,
}

/// `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the powersort power of the run boundary.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<F: FnMut(usize, usize) -> bool> MergeState<F> {
    fn lt(&mut self, x: usize, y: usize) -> bool {
        (self.lt)(x, y)
    }

    /// The main loop of `list_sort_impl`.
    fn sort(&mut self, v: &mut [usize]) {
        let mut lo = 0;
        let mut remaining = v.len();
        let minrun = compute_minrun(remaining);
        loop {
            let (mut n, descending) = self.count_run(v, lo, lo + remaining);
            if descending {
                v[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = if remaining <= minrun {
                    remaining
                } else {
                    minrun
                };
                self.binarysort(v, lo, lo + force, lo + n);
                n = force;
            }
            self.found_new_run(v, n);
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            remaining -= n;
            if remaining == 0 {
                break;
            }
        }
        self.force_collapse(v);
    }

    /// `binarysort`: sorts `v[lo..hi]` given that `v[lo..start]` is sorted.
    fn binarysort(&mut self, v: &mut [usize], lo: usize, hi: usize, start: usize) {
        let mut start = if start == lo { start + 1 } else { start };
        while start < hi {
            let pivot = v[start];
            let mut l = lo;
            let mut r = start;
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, v[p]) {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            v.copy_within(l..start, l + 1);
            v[l] = pivot;
            start += 1;
        }
    }

    /// `count_run`: length of the run at `lo` and whether it is strictly descending.
    fn count_run(&mut self, v: &[usize], lo: usize, hi: usize) -> (usize, bool) {
        if lo + 1 == hi {
            return (1, false);
        }
        let mut n = 2;
        let mut i = lo + 2;
        if self.lt(v[lo + 1], v[lo]) {
            while i < hi && self.lt(v[i], v[i - 1]) {
                i += 1;
                n += 1;
            }
            (n, true)
        } else {
            while i < hi && !self.lt(v[i], v[i - 1]) {
                i += 1;
                n += 1;
            }
            (n, false)
        }
    }

    /// `gallop_left`: `k` with `a[k-1] < key <= a[k]`.
    fn gallop_left(&mut self, key: usize, a: &[usize], hint: usize) -> usize {
        let n = a.len() as isize;
        let hint = hint as isize;
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if self.lt(a[hint as usize], key) {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(a[(hint + ofs) as usize], key) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(a[(hint - ofs) as usize], key) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(a[m as usize], key) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        ofs as usize
    }

    /// `gallop_right`: `k` with `a[k-1] <= key < a[k]`.
    fn gallop_right(&mut self, key: usize, a: &[usize], hint: usize) -> usize {
        let n = a.len() as isize;
        let hint = hint as isize;
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        if self.lt(key, a[hint as usize]) {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, a[(hint - ofs) as usize]) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, a[(hint + ofs) as usize]) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, a[m as usize]) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        ofs as usize
    }

    /// `merge_lo`: merges `v[pa..pa+na]` and `v[pb..pb+nb]` (`na <= nb`).
    // The labelled `loop` stands in for C's gotos (labelled blocks need Rust 1.65).
    #[allow(clippy::never_loop)]
    fn merge_lo(&mut self, v: &mut [usize], pa: usize, na: usize, pb: usize, nb: usize) {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&v[pa..pa + na]);
        let (mut na, mut nb) = (na, nb);
        let mut dest = pa;
        let mut ia = 0;
        let mut ib = pb;
        // Exit: true = "Succeed" (copy the rest of A), false = "CopyB".
        let succeed = 'merge: loop {
            v[dest] = v[ib];
            dest += 1;
            ib += 1;
            nb -= 1;
            if nb == 0 {
                break 'merge true;
            }
            if na == 1 {
                break 'merge false;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if self.lt(v[ib], tmp[ia]) {
                        v[dest] = v[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge true;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge false;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    if min_gallop > 1 {
                        min_gallop -= 1;
                    }
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(v[ib], &tmp[ia..ia + na], 0);
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge false;
                        }
                        if na == 0 {
                            break 'merge true;
                        }
                    }
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge true;
                    }
                    let key = tmp[ia];
                    let k = self.gallop_left(key, &v[ib..ib + nb], 0);
                    bcount = k;
                    if k > 0 {
                        v.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge true;
                        }
                    }
                    v[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge false;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if succeed {
            if na > 0 {
                v[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
            }
        } else {
            // CopyB: the last element of A belongs at the end of the merge.
            v.copy_within(ib..ib + nb, dest);
            v[dest + nb] = tmp[ia];
        }
        self.tmp = tmp;
    }

    /// `merge_hi`: merges `v[pa..pa+na]` and `v[pb..pb+nb]` (`na >= nb`), from the right.
    #[allow(clippy::never_loop)]
    fn merge_hi(&mut self, v: &mut [usize], pa: usize, na: usize, pb: usize, nb: usize) {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&v[pb..pb + nb]);
        let (mut na, mut nb) = (na as isize, nb as isize);
        let basea = pa;
        // Signed cursors: like the C pointers they may step one below their base.
        let mut dest = (pb as isize) + nb - 1;
        let mut ia = (pa as isize) + na - 1;
        let mut ib = nb - 1;
        // Exit: true = "Succeed" (copy the rest of B), false = "CopyA".
        let succeed = 'merge: loop {
            v[dest as usize] = v[ia as usize];
            dest -= 1;
            ia -= 1;
            na -= 1;
            if na == 0 {
                break 'merge true;
            }
            if nb == 1 {
                break 'merge false;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if self.lt(tmp[ib as usize], v[ia as usize]) {
                        v[dest as usize] = v[ia as usize];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge true;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest as usize] = tmp[ib as usize];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge false;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    if min_gallop > 1 {
                        min_gallop -= 1;
                    }
                    self.min_gallop = min_gallop;
                    let key = tmp[ib as usize];
                    let k = self.gallop_right(key, &v[basea..basea + na as usize], na as usize - 1);
                    let k = na - k as isize;
                    acount = k as usize;
                    if k > 0 {
                        dest -= k;
                        ia -= k;
                        let from = (ia + 1) as usize;
                        v.copy_within(from..from + k as usize, (dest + 1) as usize);
                        na -= k;
                        if na == 0 {
                            break 'merge true;
                        }
                    }
                    v[dest as usize] = tmp[ib as usize];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge false;
                    }
                    let key = v[ia as usize];
                    let k = self.gallop_left(key, &tmp[..nb as usize], nb as usize - 1);
                    let k = nb - k as isize;
                    bcount = k as usize;
                    if k > 0 {
                        dest -= k;
                        ib -= k;
                        let to = (dest + 1) as usize;
                        let from = (ib + 1) as usize;
                        v[to..to + k as usize].copy_from_slice(&tmp[from..from + k as usize]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge false;
                        }
                        if nb == 0 {
                            break 'merge true;
                        }
                    }
                    v[dest as usize] = v[ia as usize];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge true;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if succeed {
            if nb > 0 {
                let to = (dest - (nb - 1)) as usize;
                v[to..to + nb as usize].copy_from_slice(&tmp[..nb as usize]);
            }
        } else {
            // CopyA: the first element of B belongs at the front of the merge.
            let n = na as usize;
            let from = (ia + 1) as usize - n;
            let to = (dest + 1) as usize - n;
            v.copy_within(from..from + n, to);
            dest -= na;
            v[dest as usize] = tmp[ib as usize];
        }
        self.tmp = tmp;
    }

    /// `merge_at`: merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, v: &mut [usize], i: usize) {
        let Run {
            base: pa, len: na, ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        let k = self.gallop_right(v[pb], &v[pa..pa + na], 0);
        let pa = pa + k;
        let na = na - k;
        if na == 0 {
            return;
        }
        let key = v[pa + na - 1];
        let nb = self.gallop_left(key, &v[pb..pb + nb], nb - 1);
        if nb == 0 {
            return;
        }
        if na <= nb {
            self.merge_lo(v, pa, na, pb, nb);
        } else {
            self.merge_hi(v, pa, na, pb, nb);
        }
    }

    /// `found_new_run`: the powersort merge policy.
    fn found_new_run(&mut self, v: &mut [usize], n2: usize) {
        if let Some(last) = self.pending.last().copied() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let at = self.pending.len() - 2;
                self.merge_at(v, at);
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
    }

    /// `merge_force_collapse`.
    fn force_collapse(&mut self, v: &mut [usize]) {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n);
        }
    }
}

impl<T: PyRepr> PyRepr for List<T> {
    fn py_repr(&self) -> String {
        let vec = self.0.borrow();
        let mut out = String::from("[");
        for (i, x) in vec.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&x.py_repr());
        }
        out.push(']');
        out
    }
}

impl<T: PyRepr> PyFormat for List<T> {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "list")
    }
}

/// `object.__format__`: `str(x)` for an empty spec, else a TypeError.
pub(crate) fn object_format<T: PyRepr + ?Sized>(
    value: &T,
    spec: &str,
    type_name: &str,
) -> PyResult<String> {
    if spec.is_empty() {
        Ok(value.py_str())
    } else {
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name
        )))
    }
}

impl<T> PyTruthy for List<T> {
    fn py_bool(&self) -> bool {
        !self.0.borrow().is_empty()
    }
}

impl<T> PyLen for List<T> {
    fn py_len(&self) -> i64 {
        self.0.borrow().len() as i64
    }
}

impl<T: PartialEq> PyContains<T> for List<T> {
    fn py_contains(&self, item: &T) -> bool {
        self.0.borrow().iter().any(|x| x == item)
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        // An identical list compares equal item by item through CPython's
        // identity shortcut, even when it holds NaN.
        Rc::ptr_eq(&self.0, &other.0) || *self.0.borrow() == *other.0.borrow()
    }
}

/// Where two sequences first differ, as CPython's rich comparison finds it.
enum Mismatch {
    /// All shared positions are equal: compare the lengths.
    Lengths(usize, usize),
    /// Items at this index differ.
    At(usize),
}

fn first_mismatch<T: PartialEq>(a: &[T], b: &[T]) -> Mismatch {
    match a.iter().zip(b.iter()).position(|(x, y)| x != y) {
        Some(i) => Mismatch::At(i),
        None => Mismatch::Lengths(a.len(), b.len()),
    }
}

impl<T: PartialOrd> List<T> {
    /// Lexicographic comparison with CPython's algorithm: find the first
    /// differing items with `==`, then apply the operator to them.
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
        match first_mismatch(&a, &b) {
            Mismatch::Lengths(x, y) => len_op(&x, &y),
            Mismatch::At(i) => op(&a[i], &b[i]),
        }
    }
}

impl<T: PartialOrd> PartialOrd for List<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        if Rc::ptr_eq(&self.0, &other.0) {
            return Some(std::cmp::Ordering::Equal);
        }
        let a = self.0.borrow();
        let b = other.0.borrow();
        match first_mismatch(&a, &b) {
            Mismatch::Lengths(x, y) => Some(x.cmp(&y)),
            Mismatch::At(i) => a[i].partial_cmp(&b[i]),
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

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List(Rc::new(RefCell::new(iter.into_iter().collect())))
    }
}

impl<T: Clone> IntoIterator for &List<T> {
    type Item = T;
    type IntoIter = ListIter<T>;
    fn into_iter(self) -> ListIter<T> {
        self.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.borrow().iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(xs: &[i64]) -> List<i64> {
        List::from_vec(xs.to_vec())
    }

    fn range10() -> List<i64> {
        l(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    }

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reference_semantics() {
        let a = l(&[1, 2]);
        let b = a.clone();
        b.append(3);
        assert_eq!(a.to_vec(), vec![1, 2, 3]);
        let c = a.copy();
        c.append(4);
        assert_eq!(a.len(), 3);
        assert_eq!(c.len(), 4);
        let nested: List<List<i64>> = List::from_vec(vec![a.clone()]);
        a.append(9);
        assert_eq!(nested.get(0).unwrap().to_vec(), vec![1, 2, 3, 9]);
    }

    #[test]
    fn indexing_and_errors() {
        let xs = l(&[1, 2, 3]);
        assert_eq!(xs.get(0).unwrap(), 1);
        assert_eq!(xs.get(-1).unwrap(), 3);
        assert_eq!(msg(l(&[1]).get(1)), "IndexError: list index out of range");
        assert_eq!(msg(l(&[1]).get(-2)), "IndexError: list index out of range");
        xs.set(-1, 30).unwrap();
        assert_eq!(xs.to_vec(), vec![1, 2, 30]);
        assert_eq!(
            msg(l(&[1]).set(3, 1)),
            "IndexError: list assignment index out of range"
        );
        assert_eq!(
            msg(l(&[1]).del_item(3)),
            "IndexError: list assignment index out of range"
        );
        xs.del_item(-2).unwrap();
        assert_eq!(xs.to_vec(), vec![1, 30]);
    }

    #[test]
    fn insert_pop_remove_index_count() {
        let xs = l(&[1, 2, 3]);
        xs.insert(-10, 0);
        xs.insert(100, 9);
        xs.insert(-1, 7);
        assert_eq!(xs.to_vec(), vec![0, 1, 2, 3, 7, 9]);
        assert_eq!(l(&[1, 2, 3]).pop(Some(0)).unwrap(), 1);
        assert_eq!(l(&[1, 2, 3]).pop(None).unwrap(), 3);
        assert_eq!(l(&[1, 2, 3]).pop(Some(1)).unwrap(), 2);
        assert_eq!(msg(l(&[]).pop(None)), "IndexError: pop from empty list");
        assert_eq!(
            msg(l(&[1]).pop(Some(5))),
            "IndexError: pop index out of range"
        );
        assert_eq!(
            msg(l(&[1]).pop(Some(-2))),
            "IndexError: pop index out of range"
        );

        let ys = l(&[5, 3, 5, 1]);
        assert_eq!(ys.index(&5).unwrap(), 0);
        assert_eq!(msg(ys.index(&7)), "ValueError: 7 is not in list");
        assert_eq!(ys.count(&5), 2);
        assert_eq!(ys.count(&8), 0);
        ys.remove(&5).unwrap();
        assert_eq!(ys.to_vec(), vec![3, 5, 1]);
        assert_eq!(
            msg(ys.remove(&7)),
            "ValueError: list.remove(x): x not in list"
        );
        let strs = List::from_vec(vec!["a".to_string()]);
        assert_eq!(
            msg(strs.index(&"b".to_string())),
            "ValueError: 'b' is not in list"
        );
    }

    #[test]
    fn slicing() {
        let xs = range10();
        type Case = (Option<i64>, Option<i64>, Option<i64>, Vec<i64>);
        let cases: Vec<Case> = vec![
            (Some(2), Some(8), Some(3), vec![2, 5]),
            (None, None, Some(-1), vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            (Some(-3), None, None, vec![7, 8, 9]),
            (Some(8), Some(2), Some(-2), vec![8, 6, 4]),
            (None, Some(100), None, (0..10).collect()),
            (Some(-100), Some(3), None, vec![0, 1, 2]),
            (None, None, Some(-3), vec![9, 6, 3, 0]),
            (Some(5), Some(5), None, vec![]),
            (None, None, Some(i64::MIN), vec![9]),
            (
                Some(-1),
                Some(-11),
                Some(-1),
                vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
            ),
            (Some(3), Some(-3), None, vec![3, 4, 5, 6]),
            (Some(-2), None, Some(-4), vec![8, 4, 0]),
            (
                Some(100),
                None,
                Some(-1),
                vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
            ),
            (
                None,
                Some(-100),
                Some(-1),
                vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
            ),
        ];
        for (lo, hi, step, want) in cases {
            assert_eq!(
                xs.slice(lo, hi, step).unwrap().to_vec(),
                want,
                "{:?}",
                (lo, hi, step)
            );
        }
        assert_eq!(
            msg(xs.slice(None, None, Some(0))),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(l(&[]).slice(Some(-1), None, Some(-1)).unwrap().len(), 0);
    }

    #[test]
    fn slice_deletion_and_assignment() {
        let del = |lo, hi, step| {
            let xs = range10();
            xs.del_slice(lo, hi, step).unwrap();
            xs.to_vec()
        };
        assert_eq!(del(Some(1), Some(8), Some(2)), vec![0, 2, 4, 6, 8, 9]);
        assert_eq!(del(None, None, Some(-3)), vec![1, 2, 4, 5, 7, 8]);
        assert_eq!(del(Some(5), Some(2), None), (0..10).collect::<Vec<i64>>());
        assert_eq!(del(Some(-3), None, None), vec![0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(del(None, None, Some(2)), vec![1, 3, 5, 7, 9]);
        assert_eq!(
            msg(range10().del_slice(None, None, Some(0))),
            "ValueError: slice step cannot be zero"
        );

        let assign = |lo, hi, items: Vec<i64>| {
            let xs = range10();
            xs.set_slice(lo, hi, items).unwrap();
            xs.to_vec()
        };
        assert_eq!(
            assign(Some(2), Some(4), vec![20, 30, 40]),
            vec![0, 1, 20, 30, 40, 4, 5, 6, 7, 8, 9]
        );
        assert_eq!(
            assign(Some(5), Some(2), vec![99]),
            vec![0, 1, 2, 3, 4, 99, 5, 6, 7, 8, 9]
        );
        assert_eq!(assign(Some(-2), None, vec![]), vec![0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(
            assign(Some(100), None, vec![1]),
            vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
        );
        assert_eq!(assign(None, None, vec![7]), vec![7]);
        assert_eq!(
            assign(Some(-100), Some(1), vec![5, 6]),
            vec![5, 6, 1, 2, 3, 4, 5, 6, 7, 8, 9]
        );
    }

    #[test]
    fn sorting_basics() {
        let nan = f64::NAN;
        let show = |v: Vec<f64>| format!("{:?}", v);
        let xs = List::from_vec(vec![3.0, nan, 1.0, 2.0]);
        xs.sort();
        assert_eq!(show(xs.to_vec()), "[3.0, NaN, 1.0, 2.0]");
        let xs = List::from_vec(vec![nan, 3.0, 1.0, 2.0]);
        xs.sort();
        assert_eq!(show(xs.to_vec()), "[NaN, 1.0, 2.0, 3.0]");
        let xs = List::from_vec(vec![2.0, 1.0, nan, 0.5, -1.0]);
        xs.sort_rev(true);
        assert_eq!(show(xs.to_vec()), "[2.0, 1.0, NaN, 0.5, -1.0]");

        // Stable, and reverse keeps equal keys in their original order.
        let pairs = List::from_vec(vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]);
        pairs.sort_by_key(|p| p.0, true);
        assert_eq!(pairs.to_vec(), vec![(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]);
        pairs.sort_by_key(|p| p.0, false);
        assert_eq!(pairs.to_vec(), vec![(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);

        // The key function sees an empty list while sorting, like CPython.
        let xs = l(&[3, 1, 2]);
        let seen = RefCell::new(Vec::new());
        let alias = xs.clone();
        xs.sort_by_key(
            |v| {
                seen.borrow_mut().push(alias.len());
                *v
            },
            false,
        );
        assert_eq!(xs.to_vec(), vec![1, 2, 3]);
        assert_eq!(*seen.borrow(), vec![0, 0, 0]);
    }

    /// Index permutations recorded from CPython 3.11 by `tests/data/gen_sort_cases.py`.
    const SORT_CASES: &str = include_str!("../tests/data/sort_cases.txt");

    fn fingerprint(items: &[usize]) -> u64 {
        let mut h: u64 = 1469598103934665603;
        for &x in items {
            h = (h ^ x as u64).wrapping_mul(1099511628211);
        }
        h
    }

    #[test]
    fn timsort_matches_cpython_even_with_nan() {
        let mut cases = 0;
        for (no, line) in SORT_CASES.lines().enumerate() {
            let f: Vec<&str> = line.split('|').collect();
            let keys: Vec<f64> = f[0]
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| {
                    if s == "nan" {
                        f64::NAN
                    } else {
                        s.parse().unwrap()
                    }
                })
                .collect();
            let reverse = f[1] == "1";
            let perm = sort_order(keys.len(), reverse, |i, j| keys[i] < keys[j]);
            let got = if keys.len() <= 300 {
                perm.iter()
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            } else {
                format!("{}:{}", perm.len(), fingerprint(&perm))
            };
            assert_eq!(got, f[2], "line {}", no + 1);
            // The same through the public API: sort_by_key on a list of indices.
            let xs: List<usize> = (0..keys.len()).collect();
            xs.sort_by_key(|&i| keys[i], reverse);
            assert_eq!(xs.to_vec(), perm, "line {}", no + 1);
            cases += 1;
        }
        assert!(cases >= 150);
    }

    #[test]
    fn extend_and_iteration_see_mutation() {
        let xs = l(&[1, 2, 3]);
        xs.extend(xs.iter());
        assert_eq!(xs.to_vec(), vec![1, 2, 3, 1, 2, 3]);

        let xs = l(&[1, 2, 3]);
        let mut out = Vec::new();
        for x in xs.iter() {
            out.push(x);
            if x < 3 {
                xs.append(x + 10);
            }
        }
        assert_eq!(out, vec![1, 2, 3, 11, 12]);
        assert_eq!(xs.to_vec(), vec![1, 2, 3, 11, 12]);
        let mut it = xs.iter();
        assert_eq!(it.by_ref().count(), 5);
        xs.append(6);
        assert_eq!(it.next(), None);

        // reversed() stops once its index falls outside a shrunken list.
        let xs = l(&[1, 2, 3, 4, 5]);
        let mut it = xs.iter().rev();
        assert_eq!(it.next(), Some(5));
        xs.pop(None).unwrap();
        xs.pop(None).unwrap();
        assert_eq!(it.next(), None);
    }

    #[test]
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    fn comparisons() {
        assert!(l(&[1, 2]) < l(&[1, 2, 3]));
        assert!(l(&[1, 3]) > l(&[1, 2, 5]));
        assert!(l(&[1, 2]) <= l(&[1, 2]));
        assert!(l(&[2]) >= l(&[1, 9]));
        assert!(l(&[]) < l(&[0]));
        assert!(l(&[1, 2]) == l(&[1, 2]));
        assert!(l(&[1, 2]) != l(&[2, 1]));
        let a = List::from_vec(vec![f64::NAN]);
        let b = List::from_vec(vec![f64::NAN]);
        // Distinct NaN objects differ; a list is always equal to itself.
        assert!(a != b);
        assert!(a == a.clone());
        assert!(a <= a.clone());
        assert!(!(a < a.clone()));
    }

    #[test]
    fn concat_repeat_and_protocols() {
        assert_eq!(l(&[1, 2]).repeat(0).to_vec(), Vec::<i64>::new());
        assert_eq!(l(&[1, 2]).repeat(-1).to_vec(), Vec::<i64>::new());
        assert_eq!(l(&[1, 2]).repeat(3).to_vec(), vec![1, 2, 1, 2, 1, 2]);
        assert_eq!(l(&[1]).concat(&l(&[2, 3])).to_vec(), vec![1, 2, 3]);
        let xs = l(&[4, 5]);
        assert_eq!(xs.concat(&xs).to_vec(), vec![4, 5, 4, 5]);
        assert!(xs.py_bool());
        assert!(!l(&[]).py_bool());
        assert_eq!(xs.py_len(), 2);
        assert!(xs.py_contains(&5));
        assert!(!xs.py_contains(&6));
        xs.reverse();
        assert_eq!(xs.to_vec(), vec![5, 4]);
        xs.clear();
        assert!(xs.is_empty());
        assert_eq!(format!("{:?}", l(&[1, 2])), "[1, 2]");
        let collected: List<i64> = (1..4).collect();
        assert_eq!(collected.to_vec(), vec![1, 2, 3]);
    }

    #[test]
    fn repr_and_format() {
        assert_eq!(l(&[]).py_repr(), "[]");
        assert_eq!(l(&[1, -2, 3]).py_repr(), "[1, -2, 3]");
        assert_eq!(l(&[1, 2]).py_str(), "[1, 2]");
        let nested: List<List<i64>> = List::from_vec(vec![l(&[1]), l(&[])]);
        assert_eq!(nested.py_repr(), "[[1], []]");
        let strs = List::from_vec(vec!["a".to_string(), "b".to_string()]);
        assert_eq!(strs.py_repr(), "['a', 'b']");
        assert_eq!(l(&[1, 2]).py_format("").unwrap(), "[1, 2]");
        assert_eq!(
            msg(l(&[1, 2]).py_format("x")),
            "TypeError: unsupported format string passed to list.__format__"
        );
    }
}
