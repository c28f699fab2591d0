//! `tuple[T, ...]`: a tuple whose length is only known at run time
//! (`tuple(sorted(word))` as a dict key). Immutable, so a plain value.

use crate::error::{PyErr, PyResult};
use crate::traits::{PyContains, PyLen, PyRepr, PySetHash, PyTruthy};

/// An immutable, hashable, ordered sequence printed like a Python tuple.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tuple<T>(pub Vec<T>);

impl<T: Clone> Tuple<T> {
    /// Build from the items in order.
    pub fn from_vec(items: Vec<T>) -> Tuple<T> {
        Tuple(items)
    }
    /// `t[i]` with Python's negative indices.
    pub fn get(&self, index: i64) -> PyResult<T> {
        let len = self.0.len() as i64;
        let i = if index < 0 { index + len } else { index };
        if i < 0 || i >= len {
            return Err(PyErr::index_error("tuple index out of range"));
        }
        Ok(self.0[i as usize].clone())
    }
    /// Iterate over a snapshot of the items.
    pub fn iter(&self) -> std::vec::IntoIter<T> {
        self.0.clone().into_iter()
    }
    /// `t[lo:hi:step]`.
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> PyResult<Tuple<T>> {
        let list = crate::List::from_vec(self.0.clone());
        Ok(Tuple(list.slice(lo, hi, step)?.to_vec()))
    }
    /// `t.count(x)`.
    pub fn count(&self, item: &T) -> i64
    where
        T: PartialEq,
    {
        self.0.iter().filter(|x| *x == item).count() as i64
    }
    /// `t.index(x)`.
    pub fn index(&self, item: &T) -> PyResult<i64>
    where
        T: PartialEq,
    {
        self.0
            .iter()
            .position(|x| x == item)
            .map(|i| i as i64)
            .ok_or_else(|| PyErr::value_error("tuple.index(x): x not in tuple"))
    }
}

impl<T: PyRepr> PyRepr for Tuple<T> {
    fn py_repr(&self) -> String {
        let items: Vec<String> = self.0.iter().map(|x| x.py_repr()).collect();
        if items.len() == 1 {
            format!("({},)", items[0])
        } else {
            format!("({})", items.join(", "))
        }
    }
}

impl<T> PyTruthy for Tuple<T> {
    fn py_bool(&self) -> bool {
        !self.0.is_empty()
    }
}

impl<T> PyLen for Tuple<T> {
    fn py_len(&self) -> i64 {
        self.0.len() as i64
    }
}

impl<T: PartialEq> PyContains<T> for Tuple<T> {
    fn py_contains(&self, item: &T) -> bool {
        self.0.iter().any(|x| x == item)
    }
}

impl<T> PySetHash for Tuple<T> {}

impl<T: PyRepr> crate::traits::PyFormat for Tuple<T> {
    fn py_format(&self, spec: &str) -> crate::error::PyResult<String> {
        crate::list::object_format(self, spec, "tuple")
    }
}

impl<T> std::iter::FromIterator<T> for Tuple<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Tuple(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        assert_eq!(Tuple::from_vec(vec![1_i64]).py_repr(), "(1,)");
        assert_eq!(Tuple::from_vec(vec![1_i64, 2]).py_repr(), "(1, 2)");
        assert_eq!(Tuple::<i64>::from_vec(vec![]).py_repr(), "()");
    }

    #[test]
    fn index_and_order() {
        let t = Tuple::from_vec(vec![3_i64, 1, 2]);
        assert_eq!(t.get(-1).unwrap(), 2);
        assert!(t.get(3).is_err());
        assert!(Tuple::from_vec(vec![1_i64, 2]) < Tuple::from_vec(vec![1_i64, 2, 0]));
    }
}
