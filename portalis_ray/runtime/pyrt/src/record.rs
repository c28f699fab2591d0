//! A dict used as a record: `{"name": "Ann", "age": 31}`, its keys fixed where it is written
//! and its values of different types. Generated code gives each key set a marker type naming
//! the keys (`RecordKeys`) and keeps the values in a Rust tuple behind a shared cell, so the
//! record has Python's reference semantics and prints as the dict it is.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use crate::copy::{DeepMemo, PyDeepCopy};
use crate::traits::{PyLen, PyRepr, PySetHash, PyTruthy};

/// The keys of one record type, in insertion order.
pub trait RecordKeys {
    const KEYS: &'static [&'static str];
}

/// The reprs of a tuple's items, in order (implemented with the tuple protocols, iter.rs).
pub trait RecordValues {
    fn item_reprs(&self) -> Vec<String>;
}

/// A record dict: keys `K::KEYS`, values the tuple `T`.
pub struct Record<K, T>(pub Rc<RefCell<T>>, PhantomData<K>);

impl<K, T> Clone for Record<K, T> {
    fn clone(&self) -> Self {
        Record(Rc::clone(&self.0), PhantomData)
    }
}

impl<K, T: Default> Default for Record<K, T> {
    fn default() -> Self {
        Record::new(T::default())
    }
}

impl<K, T> Record<K, T> {
    /// The dict display.
    pub fn new(values: T) -> Self {
        Record(Rc::new(RefCell::new(values)), PhantomData)
    }
}

impl<K: RecordKeys, T: Clone> Record<K, T> {
    /// `d.copy()` / `dict(d)`: a new record with the same values (shallow).
    pub fn copy(&self) -> Self {
        Record::new(self.0.borrow().clone())
    }
    /// `list(d)`, `d.keys()`, `for k in d`.
    pub fn keys(&self) -> Vec<String> {
        K::KEYS.iter().map(|k| k.to_string()).collect()
    }
}

impl<K: RecordKeys, T: RecordValues> PyRepr for Record<K, T> {
    fn py_repr(&self) -> String {
        let values = self.0.borrow().item_reprs();
        let items: Vec<String> = K::KEYS
            .iter()
            .zip(values)
            .map(|(k, v)| format!("{}: {}", crate::strings::str_repr(k), v))
            .collect();
        format!("{{{}}}", items.join(", "))
    }
}

impl<K: RecordKeys, T> PyLen for Record<K, T> {
    fn py_len(&self) -> i64 {
        K::KEYS.len() as i64
    }
}

impl<K: RecordKeys, T> PyTruthy for Record<K, T> {
    fn py_bool(&self) -> bool {
        !K::KEYS.is_empty()
    }
}

impl<K, T: PartialEq> PartialEq for Record<K, T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0.borrow() == *other.0.borrow()
    }
}

impl<K, T> PySetHash for Record<K, T> {}

impl<K: 'static, T: PyDeepCopy + Clone + 'static> PyDeepCopy for Record<K, T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        let at = Rc::as_ptr(&self.0) as usize;
        if let Some(done) = memo.get::<Record<K, T>>(at) {
            return done;
        }
        let copy = Record::new(self.0.borrow().clone());
        memo.put(at, &copy);
        let values = self.0.borrow().deep_copy_in(memo);
        *copy.0.borrow_mut() = values;
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::List;

    struct NameAge;
    impl RecordKeys for NameAge {
        const KEYS: &'static [&'static str] = &["name", "age", "tags"];
    }

    #[test]
    fn prints_like_the_dict_and_shares_like_one() {
        let r: Record<NameAge, (String, i64, List<String>)> =
            Record::new(("Ann".to_string(), 31, List::from_vec(vec!["x".to_string()])));
        let alias = r.clone();
        alias.0.borrow_mut().1 = 32;
        assert_eq!(r.py_repr(), "{'name': 'Ann', 'age': 32, 'tags': ['x']}");
        assert_eq!(r.py_len(), 3);
        let copy = r.copy();
        copy.0.borrow_mut().1 = 1;
        assert!(r != copy && r == alias);
        assert_eq!(r.keys(), vec!["name", "age", "tags"]);
    }
}
