//! The Python protocols generated code relies on: str/repr, truthiness,
//! format specs, len, `in`, and the hash CPython uses to order sets.

use crate::error::PyResult;

/// `repr(x)` and `str(x)`, byte-exact with CPython.
pub trait PyRepr {
    fn py_repr(&self) -> String;
    fn py_str(&self) -> String {
        self.py_repr()
    }
}

impl<'a, T: PyRepr + ?Sized> PyRepr for &'a T {
    fn py_repr(&self) -> String {
        (**self).py_repr()
    }
    fn py_str(&self) -> String {
        (**self).py_str()
    }
}

/// `bool(x)`.
pub trait PyTruthy {
    fn py_bool(&self) -> bool;
}

impl<'a, T: PyTruthy + ?Sized> PyTruthy for &'a T {
    fn py_bool(&self) -> bool {
        (**self).py_bool()
    }
}

/// `format(x, spec)` with Python's format-spec mini-language.
pub trait PyFormat {
    fn py_format(&self, spec: &str) -> PyResult<String>;
}

/// `len(x)`.
pub trait PyLen {
    fn py_len(&self) -> i64;
}

/// `item in container`.
pub trait PyContains<T: ?Sized> {
    fn py_contains(&self, item: &T) -> bool;
}

/// CPython's `hash(x)` where it is deterministic (ints, bools); `None` where
/// CPython randomises it (str) or where we do not model it. Sets whose
/// elements all have a hash iterate in CPython's order.
pub trait PySetHash {
    fn py_hash(&self) -> Option<i64> {
        None
    }
}

/// Optionals hash like their value in CPython, but mixing None in makes the
/// order depend on `hash(None)`: keep insertion order for them.
impl<T> PySetHash for Option<T> {}
