//! Functions as values: lambdas, closures and named functions passed around.
//!
//! A Python callable becomes `Func<A, R>`, a reference-counted `Fn` taking its
//! arguments as one tuple `A` and returning `PyResult<R>` (the callee may raise).
//! Cloning shares the function (like binding a Python name to it); `==` is identity.

use crate::error::{PyErr, PyResult};
use crate::traits::{PyRepr, PySetHash, PyTruthy};
use std::rc::Rc;

pub struct Func<A, R>(Rc<dyn Fn(A) -> PyResult<R>>);

impl<A, R> Func<A, R> {
    pub fn new<F: Fn(A) -> PyResult<R> + 'static>(f: F) -> Self {
        Func(Rc::new(f))
    }

    /// Call with the arguments packed as a tuple: `f.call((x, y))`.
    pub fn call(&self, args: A) -> PyResult<R> {
        (self.0)(args)
    }
}

impl<A, R> Clone for Func<A, R> {
    fn clone(&self) -> Self {
        Func(Rc::clone(&self.0))
    }
}

/// The value of a function variable before its `def` ran: calling it is the
/// NameError CPython raises for a free variable not yet bound.
impl<A: 'static, R: 'static> Default for Func<A, R> {
    fn default() -> Self {
        Func::new(|_| {
            Err(PyErr::new(
                "NameError",
                "cannot access free variable where it is not associated with a value",
            ))
        })
    }
}

impl<A, R> PartialEq for Func<A, R> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<A, R> PyRepr for Func<A, R> {
    fn py_repr(&self) -> String {
        "<function>".to_string()
    }
}

impl<A, R> PyTruthy for Func<A, R> {
    fn py_bool(&self) -> bool {
        true
    }
}

impl<A, R> PySetHash for Func<A, R> {}

/// A variable shared between a function and the closures that capture it
/// (`nonlocal`, or rebound after the closure was made): Python's cell.
pub type Cell<T> = Rc<std::cell::RefCell<T>>;

pub fn cell<T>(value: T) -> Cell<T> {
    Rc::new(std::cell::RefCell::new(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_share_and_compare_by_identity() {
        let base = cell(10i64);
        let captured = Rc::clone(&base);
        let add: Func<(i64,), i64> = Func::new(move |(x,)| Ok(x + *captured.borrow()));
        let same = add.clone();
        assert_eq!(add.call((5,)).unwrap(), 15);
        *base.borrow_mut() = 20;
        assert_eq!(same.call((5,)).unwrap(), 25);
        assert!(add == same);
        let unbound: Func<(), i64> = Func::default();
        assert_eq!(unbound.call(()).unwrap_err().kind, "NameError");
    }
}

/// An iterator held in a variable or field (`it = iter(xs)`, a generator's
/// `for` loop): shared like a Python iterator object, advanced with `next()`.
pub struct PyIter<T>(Rc<std::cell::RefCell<Box<dyn Iterator<Item = T>>>>);

impl<T: 'static> PyIter<T> {
    pub fn new<I: Iterator<Item = T> + 'static>(it: I) -> Self {
        PyIter(Rc::new(std::cell::RefCell::new(Box::new(it))))
    }

    /// `next(it, None)`: the next item, or `None` when exhausted.
    pub fn next_item(&self) -> Option<T> {
        self.0.borrow_mut().next()
    }
}

impl<T> Clone for PyIter<T> {
    fn clone(&self) -> Self {
        PyIter(Rc::clone(&self.0))
    }
}

impl<T: 'static> Default for PyIter<T> {
    fn default() -> Self {
        PyIter::new(std::iter::empty())
    }
}

impl<T: 'static> Iterator for PyIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.next_item()
    }
}

impl<T> PartialEq for PyIter<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> PyRepr for PyIter<T> {
    fn py_repr(&self) -> String {
        "<iterator>".to_string()
    }
}

impl<T> PyTruthy for PyIter<T> {
    fn py_bool(&self) -> bool {
        true
    }
}

/// `next(it)` on an exhausted iterator.
pub fn stop_iteration<T>() -> PyResult<T> {
    Err(PyErr::new("StopIteration", ""))
}

#[cfg(test)]
mod iter_tests {
    use super::*;

    #[test]
    fn shared_iterator_advances_for_every_holder() {
        let it = PyIter::new(vec![1i64, 2, 3].into_iter());
        let other = it.clone();
        assert_eq!(it.next_item(), Some(1));
        assert_eq!(other.next_item(), Some(2));
        assert_eq!(it.collect::<Vec<_>>(), vec![3]);
        assert_eq!(PyIter::<i64>::default().next_item(), None);
    }
}

/// `itertools.islice(it, start, stop, step)`: the step as a `step_by` count.
pub fn islice_step(step: i64) -> PyResult<usize> {
    if step < 1 {
        return Err(PyErr::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    Ok(step as usize)
}

/// `zip(*rows)`: column tuples, as many as the shortest row is long.
pub fn transpose<T: Clone>(rows: Vec<Vec<T>>) -> std::vec::IntoIter<crate::seq::Tuple<T>> {
    let width = rows.iter().map(|r| r.len()).min().unwrap_or(0);
    let cols: Vec<crate::seq::Tuple<T>> = (0..width)
        .map(|i| crate::seq::Tuple(rows.iter().map(|r| r[i].clone()).collect()))
        .collect();
    cols.into_iter()
}

/// Unpacking `got` values into `want` names: Python's ValueError when they differ.
pub fn unpack_len(got: usize, want: usize) -> PyResult<()> {
    if got > want {
        return Err(PyErr::value_error(&format!(
            "too many values to unpack (expected {})",
            want
        )));
    }
    if got < want {
        return Err(PyErr::value_error(&format!(
            "not enough values to unpack (expected {}, got {})",
            want, got
        )));
    }
    Ok(())
}

/// `str.maketrans(from, to, delete)`: code point -> replacement (None deletes).
pub fn str_maketrans(
    from: &str,
    to: &str,
    delete: &str,
) -> PyResult<crate::dict::Dict<i64, Option<String>>> {
    let a: Vec<char> = from.chars().collect();
    let b: Vec<char> = to.chars().collect();
    if a.len() != b.len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let table = crate::dict::Dict::new();
    for (x, y) in a.iter().zip(b.iter()) {
        table.set_item(*x as i64, Some(y.to_string()));
    }
    for x in delete.chars() {
        table.set_item(x as i64, None);
    }
    Ok(table)
}

/// `s.translate(table)`: ``lookup`` gives a character's replacement, None to delete it,
/// or nothing to keep it.
pub fn str_translate(s: &str, lookup: impl Fn(i64) -> Option<Option<String>>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c as i64) {
            Some(Some(rep)) => out.push_str(&rep),
            Some(None) => {}
            None => out.push(c),
        }
    }
    out
}

/// A placeholder pattern for a `re.Pattern` variable before it is assigned.
impl Default for crate::Regex {
    fn default() -> Self {
        crate::Regex::compile("", 0).expect("the empty pattern compiles")
    }
}

/// `hash(x)` as CPython computes it for ints, bools, integral floats and tuples of them
/// (strings are salted per process in CPython; here they get a fixed FNV-1a hash).
pub trait PyHash {
    fn builtin_hash(&self) -> i64;
}

const HASH_MODULUS: i128 = (1i128 << 61) - 1;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

impl PyHash for i64 {
    fn builtin_hash(&self) -> i64 {
        let n = *self as i128;
        let mut h = n.abs() % HASH_MODULUS;
        if n < 0 {
            h = -h;
        }
        fix_minus_one(h as i64)
    }
}

impl PyHash for bool {
    fn builtin_hash(&self) -> i64 {
        *self as i64
    }
}

impl PyHash for f64 {
    /// CPython's float hash (a NaN, which CPython hashes by identity, gets 0).
    fn builtin_hash(&self) -> i64 {
        crate::obj::hash_float(*self).unwrap_or(0)
    }
}

impl PyHash for crate::num::Num {
    fn builtin_hash(&self) -> i64 {
        match self {
            crate::num::Num::Int(i) => i.builtin_hash(),
            crate::num::Num::Float(f) => f.builtin_hash(),
        }
    }
}

impl PyHash for String {
    fn builtin_hash(&self) -> i64 {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        fix_minus_one(h as i64)
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash (xxHash-based) over the items' hashes.
pub fn tuple_hash(items: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

impl<T: PyHash> PyHash for crate::seq::Tuple<T> {
    fn builtin_hash(&self) -> i64 {
        tuple_hash(&self.0.iter().map(|x| x.builtin_hash()).collect::<Vec<_>>())
    }
}

macro_rules! tuple_py_hash {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: PyHash),+> PyHash for ($($name,)+) {
            fn builtin_hash(&self) -> i64 {
                tuple_hash(&[$(self.$idx.builtin_hash()),+])
            }
        }
    };
}
tuple_py_hash!(A 0);
tuple_py_hash!(A 0, B 1);
tuple_py_hash!(A 0, B 1, C 2);
tuple_py_hash!(A 0, B 1, C 2, D 3);
tuple_py_hash!(A 0, B 1, C 2, D 3, E 4);

#[cfg(test)]
mod hash_tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        assert_eq!(5i64.builtin_hash(), 5);
        assert_eq!((-1i64).builtin_hash(), -2);
        assert_eq!((1i64, 2i64).builtin_hash(), -3550055125485641917);
        assert_eq!(2.0f64.builtin_hash(), 2);
    }
}

/// `f(*xs)` of a function with positional parameters `params`: CPython's TypeError when
/// `xs` holds another number of items.
/// `max(a, *rest)` / `min(*xs)`: with one argument Python iterates over it (an int is not
/// iterable), with none it has nothing to compare.
pub fn star_min_max(count: usize, func: &str, item: &str) -> PyResult<()> {
    match count {
        0 => Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", func))),
        1 => Err(PyErr::type_error(format!("'{}' object is not iterable", item))),
        _ => Ok(()),
    }
}

pub fn star_args_len(func: &str, params: &[&str], got: usize) -> PyResult<()> {
    let want = params.len();
    if got > want {
        let s = if want == 1 { "" } else { "s" };
        let were = if got == 1 { "was" } else { "were" };
        return Err(PyErr::type_error(format!(
            "{}() takes {} positional argument{} but {} {} given",
            func, want, s, got, were
        )));
    }
    if got < want {
        let missing: Vec<String> = params[got..].iter().map(|p| format!("'{}'", p)).collect();
        let names = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            func,
            missing.len(),
            s,
            names
        )));
    }
    Ok(())
}
