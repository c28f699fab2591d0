//! Python `dict`: an insertion-ordered hash map with reference semantics.
//!
//! Storage is an entry vector in insertion order plus a `HashMap` from key to
//! entry position. Deleting leaves a tombstone; trailing tombstones are
//! trimmed at once and the vector is compacted when tombstones outnumber live
//! entries, so every operation stays O(1) amortised.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::iter::FromIterator;
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::list::object_format;
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PyTruthy};

/// Insertion-ordered map shared by [`Dict`] and the insertion-order mode of `Set`.
pub(crate) struct OrderedMap<K, V> {
    /// Entries in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<(K, V)>>,
    /// Key -> position in `entries`.
    index: HashMap<K, usize>,
    /// No live entry precedes this position (keeps `pop_first` O(1) amortised).
    head: usize,
}

impl<K, V> OrderedMap<K, V> {
    /// An empty map.
    pub(crate) fn new() -> Self {
        OrderedMap {
            entries: Vec::new(),
            index: HashMap::new(),
            head: 0,
        }
    }

    /// Number of live entries.
    pub(crate) fn len(&self) -> usize {
        self.index.len()
    }

    /// Live entries in insertion order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &(K, V)> + '_ {
        self.entries[self.head..].iter().flatten()
    }

    /// Drops tombstones at the end so `pop_last` stays O(1).
    fn trim(&mut self) {
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        self.head = self.head.min(self.entries.len());
    }
}

impl<K: Hash + Eq + Clone, V> OrderedMap<K, V> {
    /// The value stored for `k`.
    pub(crate) fn get(&self, k: &K) -> Option<&V> {
        match self.index.get(k) {
            Some(&i) => self.entries[i].as_ref().map(|e| &e.1),
            None => None,
        }
    }

    /// Whether `k` is present.
    pub(crate) fn contains_key(&self, k: &K) -> bool {
        self.index.contains_key(k)
    }

    /// Inserts or updates; an existing key keeps its position. Returns the old value.
    pub(crate) fn insert(&mut self, k: K, v: V) -> Option<V> {
        if let Some(&i) = self.index.get(&k) {
            if let Some(entry) = self.entries[i].as_mut() {
                return Some(std::mem::replace(&mut entry.1, v));
            }
        }
        self.index.insert(k.clone(), self.entries.len());
        self.entries.push(Some((k, v)));
        None
    }

    /// Removes `k`, returning its entry.
    pub(crate) fn remove(&mut self, k: &K) -> Option<(K, V)> {
        let i = self.index.remove(k)?;
        let entry = self.entries[i].take();
        self.trim();
        if self.entries.len() > 16 && self.entries.len() > 2 * self.index.len() {
            self.compact();
        }
        entry
    }

    /// Removes and returns the last entry (LIFO order of `dict.popitem`).
    pub(crate) fn pop_last(&mut self) -> Option<(K, V)> {
        self.trim();
        let entry = self.entries.pop()??;
        self.index.remove(&entry.0);
        self.trim();
        Some(entry)
    }

    /// Removes and returns the first entry.
    pub(crate) fn pop_first(&mut self) -> Option<(K, V)> {
        while self.head < self.entries.len() && self.entries[self.head].is_none() {
            self.head += 1;
        }
        let k = match self.entries.get(self.head) {
            Some(Some((k, _))) => k.clone(),
            _ => return None,
        };
        self.remove(&k)
    }

    /// Rebuilds the entry vector without tombstones.
    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.head = 0;
        self.entries.reserve(self.index.len());
        for (k, v) in old.into_iter().flatten() {
            if let Some(slot) = self.index.get_mut(&k) {
                *slot = self.entries.len();
            }
            self.entries.push(Some((k, v)));
        }
    }
}

impl<K: Hash + Eq + Clone, V: Clone> Clone for OrderedMap<K, V> {
    fn clone(&self) -> Self {
        // Cloning also compacts; positions are recomputed from scratch.
        let entries: Vec<Option<(K, V)>> =
            self.entries.iter().flatten().cloned().map(Some).collect();
        let mut index = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            if let Some((k, _)) = e {
                index.insert(k.clone(), i);
            }
        }
        OrderedMap {
            entries,
            index,
            head: 0,
        }
    }
}

/// Storage behind a [`Dict`]; opaque.
pub struct DictInner<K, V> {
    pub(crate) map: OrderedMap<K, V>,
}

/// A Python dict: insertion-ordered, with reference semantics (`Clone` shares).
pub struct Dict<K, V>(pub Rc<RefCell<DictInner<K, V>>>);

impl<K, V> Clone for Dict<K, V> {
    fn clone(&self) -> Self {
        Dict(Rc::clone(&self.0))
    }
}

impl<K, V> Default for Dict<K, V> {
    fn default() -> Self {
        Dict(Rc::new(RefCell::new(DictInner {
            map: OrderedMap::new(),
        })))
    }
}

/// `KeyError(key)`: the message is the key's repr.
fn key_error<K: PyRepr>(k: &K) -> PyErr {
    PyErr::key_error(k.py_repr())
}

impl<K: Hash + Eq + Clone, V: Clone> Dict<K, V> {
    /// `{}`.
    pub fn new() -> Self {
        Dict::default()
    }

    /// `dict(pairs)`: later duplicates update the value but keep the first position.
    pub fn from_pairs(pairs: Vec<(K, V)>) -> Self {
        let d = Dict::new();
        {
            let mut inner = d.0.borrow_mut();
            for (k, v) in pairs {
                inner.map.insert(k, v);
            }
        }
        d
    }

    /// `len(d)`.
    pub fn len(&self) -> i64 {
        self.0.borrow().map.len() as i64
    }

    /// `not d`.
    pub fn is_empty(&self) -> bool {
        self.0.borrow().map.len() == 0
    }

    /// `d[k]`; `KeyError: <repr of k>` when missing.
    pub fn get_item(&self, k: &K) -> PyResult<V>
    where
        K: PyRepr,
    {
        self.get(k).ok_or_else(|| key_error(k))
    }

    /// `d[k] = v`; an existing key keeps its position.
    pub fn set_item(&self, k: K, v: V) {
        let old = self.0.borrow_mut().map.insert(k, v);
        drop(old);
    }

    /// `d.get(k)`.
    pub fn get(&self, k: &K) -> Option<V> {
        self.0.borrow().map.get(k).cloned()
    }

    /// `d.get(k, default)`.
    pub fn get_or(&self, k: &K, default: V) -> V {
        self.get(k).unwrap_or(default)
    }

    /// `k in d`.
    pub fn contains_key(&self, k: &K) -> bool {
        self.0.borrow().map.contains_key(k)
    }

    /// `del d[k]`.
    pub fn del_item(&self, k: &K) -> PyResult<()>
    where
        K: PyRepr,
    {
        self.pop(k).map(drop)
    }

    /// `d.pop(k)`; `KeyError` when missing.
    pub fn pop(&self, k: &K) -> PyResult<V>
    where
        K: PyRepr,
    {
        let removed = self.0.borrow_mut().map.remove(k);
        match removed {
            Some((_, v)) => Ok(v),
            None => Err(key_error(k)),
        }
    }

    /// `d.pop(k, default)`.
    pub fn pop_or(&self, k: &K, default: V) -> V {
        let removed = self.0.borrow_mut().map.remove(k);
        match removed {
            Some((_, v)) => v,
            None => default,
        }
    }

    /// `d.popitem()`: the most recently inserted pair.
    pub fn popitem(&self) -> PyResult<(K, V)> {
        let last = self.0.borrow_mut().map.pop_last();
        // str(KeyError(msg)) is the repr of msg, quotes included.
        last.ok_or_else(|| PyErr::key_error("'popitem(): dictionary is empty'"))
    }

    /// `d.setdefault(k, default)`.
    pub fn setdefault(&self, k: K, default: V) -> V {
        let mut inner = self.0.borrow_mut();
        if let Some(v) = inner.map.get(&k) {
            return v.clone();
        }
        inner.map.insert(k, default.clone());
        default
    }

    /// `list(d.keys())`: a snapshot in insertion order.
    pub fn keys(&self) -> Vec<K> {
        self.0.borrow().map.iter().map(|e| e.0.clone()).collect()
    }

    /// `list(d.values())`.
    pub fn values(&self) -> Vec<V> {
        self.0.borrow().map.iter().map(|e| e.1.clone()).collect()
    }

    /// `list(d.items())`.
    pub fn items(&self) -> Vec<(K, V)> {
        self.0.borrow().map.iter().cloned().collect()
    }

    /// `d.update(other)`.
    pub fn update(&self, other: &Dict<K, V>) {
        if Rc::ptr_eq(&self.0, &other.0) {
            return;
        }
        let pairs = other.items();
        let mut inner = self.0.borrow_mut();
        for (k, v) in pairs {
            inner.map.insert(k, v);
        }
    }

    /// `d.clear()`.
    pub fn clear(&self) {
        let old = std::mem::replace(&mut self.0.borrow_mut().map, OrderedMap::new());
        drop(old);
    }

    /// `d.copy()`: a new dict with the same pairs (shallow).
    pub fn copy(&self) -> Dict<K, V> {
        let map = self.0.borrow().map.clone();
        Dict(Rc::new(RefCell::new(DictInner { map })))
    }
}

impl<K: PyRepr, V: PyRepr> PyRepr for Dict<K, V> {
    fn py_repr(&self) -> String {
        let inner = self.0.borrow();
        let mut out = String::from("{");
        for (i, (k, v)) in inner.map.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&k.py_repr());
            out.push_str(": ");
            out.push_str(&v.py_repr());
        }
        out.push('}');
        out
    }
}

impl<K: PyRepr, V: PyRepr> PyFormat for Dict<K, V> {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "dict")
    }
}

impl<K, V> PyTruthy for Dict<K, V> {
    fn py_bool(&self) -> bool {
        self.0.borrow().map.len() > 0
    }
}

impl<K, V> PyLen for Dict<K, V> {
    fn py_len(&self) -> i64 {
        self.0.borrow().map.len() as i64
    }
}

impl<K: Hash + Eq + Clone, V> PyContains<K> for Dict<K, V> {
    fn py_contains(&self, item: &K) -> bool {
        self.0.borrow().map.contains_key(item)
    }
}

impl<K: Hash + Eq + Clone, V: PartialEq> PartialEq for Dict<K, V> {
    fn eq(&self, other: &Self) -> bool {
        if Rc::ptr_eq(&self.0, &other.0) {
            return true;
        }
        let a = self.0.borrow();
        let b = other.0.borrow();
        a.map.len() == b.map.len()
            && a.map.iter().all(|(k, v)| match b.map.get(k) {
                Some(w) => v == w,
                None => false,
            })
    }
}

/// Dicts are unordered in Python: comparing two equal dicts inside a tuple moves on to
/// the next item, and ordering two different ones raises TypeError (where `?` cannot
/// reach, so the program ends as an uncaught exception would end it).
impl<K: Hash + Eq + Clone, V: PartialEq> PartialOrd for Dict<K, V> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        if self == other {
            return Some(std::cmp::Ordering::Equal);
        }
        crate::fail::exit_uncaught(&PyErr::type_error(
            "'<' not supported between instances of 'dict' and 'dict'",
        ))
    }
}

impl<K: Hash + Eq + Clone, V> FromIterator<(K, V)> for Dict<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = OrderedMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        Dict(Rc::new(RefCell::new(DictInner { map })))
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Dict<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.0.borrow();
        f.debug_map()
            .entries(inner.map.iter().map(|e| (&e.0, &e.1)))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> String {
        x.to_string()
    }

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn insertion_order_and_update_keeps_position() {
        let d = Dict::new();
        d.set_item(s("a"), 1);
        d.set_item(s("b"), 2);
        d.set_item(s("a"), 3);
        assert_eq!(d.py_repr(), "{'a': 3, 'b': 2}");
        assert_eq!(d.keys(), vec![s("a"), s("b")]);
        assert_eq!(d.values(), vec![3, 2]);
        assert_eq!(d.items(), vec![(s("a"), 3), (s("b"), 2)]);
        let d = Dict::from_pairs(vec![(1, s("a")), (2, s("b")), (1, s("c"))]);
        assert_eq!(d.py_repr(), "{1: 'c', 2: 'b'}");
    }

    #[test]
    fn reprs() {
        let d: Dict<i64, i64> = Dict::new();
        assert_eq!(d.py_repr(), "{}");
        let d = Dict::from_pairs(vec![
            (1, crate::List::from_vec(vec![3])),
            (2, crate::List::new()),
        ]);
        assert_eq!(d.py_repr(), "{1: [3], 2: []}");
        assert_eq!(d.py_str(), "{1: [3], 2: []}");
        assert_eq!(d.py_format("").unwrap(), "{1: [3], 2: []}");
        assert_eq!(
            msg(d.py_format("s")),
            "TypeError: unsupported format string passed to dict.__format__"
        );
    }

    #[test]
    fn key_errors() {
        let d: Dict<String, i64> = Dict::new();
        assert_eq!(msg(d.get_item(&s("x"))), "KeyError: 'x'");
        assert_eq!(msg(d.pop(&s("k"))), "KeyError: 'k'");
        assert_eq!(msg(d.del_item(&s("z"))), "KeyError: 'z'");
        assert_eq!(
            msg(d.popitem()),
            "KeyError: 'popitem(): dictionary is empty'"
        );
        let e: Dict<i64, i64> = Dict::new();
        assert_eq!(msg(e.get_item(&5)), "KeyError: 5");
    }

    #[test]
    fn popitem_delete_and_reinsert() {
        let d = Dict::from_pairs(vec![(1, s("a")), (2, s("b")), (3, s("c"))]);
        assert_eq!(d.popitem().unwrap(), (3, s("c")));
        assert_eq!(d.py_repr(), "{1: 'a', 2: 'b'}");
        d.del_item(&1).unwrap();
        d.set_item(1, s("z"));
        assert_eq!(d.py_repr(), "{2: 'b', 1: 'z'}");
        assert_eq!(d.popitem().unwrap(), (1, s("z")));
        assert_eq!(d.pop(&2).unwrap(), s("b"));
        assert!(d.is_empty());
        assert_eq!(d.pop_or(&2, s("dflt")), s("dflt"));
    }

    #[test]
    fn get_setdefault_update_copy() {
        let d = Dict::from_pairs(vec![(1, 1)]);
        assert_eq!(d.setdefault(1, 5), 1);
        assert_eq!(d.setdefault(2, 7), 7);
        assert_eq!(d.py_repr(), "{1: 1, 2: 7}");
        assert_eq!(d.get(&3), None);
        assert_eq!(d.get_or(&3, 9), 9);
        assert_eq!(d.get_or(&2, 9), 7);
        assert!(d.contains_key(&2) && d.py_contains(&1) && !d.py_contains(&3));

        let a = Dict::from_pairs(vec![(1, 1), (2, 2)]);
        a.update(&Dict::from_pairs(vec![(2, 20), (3, 30)]));
        assert_eq!(a.py_repr(), "{1: 1, 2: 20, 3: 30}");
        a.update(&a.clone());
        assert_eq!(a.len(), 3);

        let alias = a.clone();
        let copy = a.copy();
        alias.set_item(4, 40);
        assert_eq!(a.len(), 4);
        assert_eq!(copy.len(), 3);
        a.clear();
        assert_eq!(alias.py_len(), 0);
        assert!(!alias.py_bool());
        assert!(copy.py_bool());
    }

    #[test]
    fn equality_ignores_order() {
        let a = Dict::from_pairs(vec![(1, 2), (3, 4)]);
        let b = Dict::from_pairs(vec![(3, 4), (1, 2)]);
        assert!(a == b);
        assert!(a != Dict::from_pairs(vec![(1, 3), (3, 4)]));
        assert!(a != Dict::from_pairs(vec![(1, 2)]));
        let nan = Dict::from_pairs(vec![(1, f64::NAN)]);
        assert!(nan == nan.clone());
        assert!(nan != Dict::from_pairs(vec![(1, f64::NAN)]));
        assert_eq!(format!("{:?}", a), "{1: 2, 3: 4}");
        let c: Dict<i64, i64> = vec![(1, 2), (3, 4)].into_iter().collect();
        assert!(c == a);
    }

    #[test]
    fn many_deletions_keep_order() {
        let d = Dict::new();
        for i in 0..100 {
            d.set_item(i, i);
        }
        for i in (0..100).step_by(3) {
            d.del_item(&i).unwrap();
        }
        assert_eq!(
            d.keys()[..10].to_vec(),
            vec![1, 2, 4, 5, 7, 8, 10, 11, 13, 14]
        );
        assert_eq!(d.len(), 66);
        d.set_item(0, 0);
        assert_eq!(d.keys()[64..].to_vec(), vec![97, 98, 0]);
    }

    #[test]
    fn random_operations_match_a_simple_model() {
        // Deterministic LCG; the model is a plain vector of pairs.
        let mut seed: u64 = 12345;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let d = Dict::new();
        let mut model: Vec<(u64, u64)> = Vec::new();
        for step in 0..20000 {
            let k = next(300);
            match next(5) {
                0 | 1 => {
                    d.set_item(k, step);
                    match model.iter_mut().find(|e| e.0 == k) {
                        Some(e) => e.1 = step,
                        None => model.push((k, step)),
                    }
                }
                2 | 3 => {
                    let got = d.pop_or(&k, u64::MAX);
                    let want = match model.iter().position(|e| e.0 == k) {
                        Some(i) => model.remove(i).1,
                        None => u64::MAX,
                    };
                    assert_eq!(got, want);
                }
                _ => {
                    let got = d.popitem().ok();
                    assert_eq!(got, model.pop());
                }
            }
            if step % 997 == 0 {
                assert_eq!(d.items(), model);
            }
        }
        assert_eq!(d.items(), model);
    }
}
