//! `copy.deepcopy(x)`: new containers all the way down, with CPython's memo, so a list
//! reachable twice in `x` is copied once and stays shared in the copy (`[row, row]`).
//! Immutable values (numbers, str, big ints, fractions, hashable keys) are shared as
//! CPython shares them: for them a clone is the same value.

use std::any::Any;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use crate::bigint::Int;
use crate::collections::Deque;
use crate::dict::Dict;
use crate::fraction::Fraction;
use crate::list::List;
use crate::num::Num;
use crate::seq::Tuple;
use crate::set::Set;

/// What was copied already, by the address of the original's shared cell.
#[derive(Default)]
pub struct DeepMemo(HashMap<usize, Box<dyn Any>>);

impl DeepMemo {
    pub(crate) fn get<C: Clone + 'static>(&self, at: usize) -> Option<C> {
        self.0.get(&at).and_then(|c| c.downcast_ref::<C>()).cloned()
    }
    pub(crate) fn put<C: Clone + 'static>(&mut self, at: usize, copy: &C) {
        self.0.insert(at, Box::new(copy.clone()));
    }
}

/// `copy.deepcopy`.
pub trait PyDeepCopy: Sized {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self;
    fn py_deepcopy(&self) -> Self {
        self.deep_copy_in(&mut DeepMemo::default())
    }
}

macro_rules! deep_by_clone {
    ($($t:ty),*) => {$(
        impl PyDeepCopy for $t {
            fn deep_copy_in(&self, _memo: &mut DeepMemo) -> Self {
                self.clone()
            }
        }
    )*};
}
deep_by_clone!(i64, f64, bool, String, (), Int, Num, Fraction);

impl<T: PyDeepCopy> PyDeepCopy for Option<T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        self.as_ref().map(|x| x.deep_copy_in(memo))
    }
}

impl<T: PyDeepCopy> PyDeepCopy for Tuple<T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        Tuple(self.0.iter().map(|x| x.deep_copy_in(memo)).collect())
    }
}

// Tuples: with the other tuple protocols (iter.rs).

impl<T: PyDeepCopy + Clone + 'static> PyDeepCopy for List<T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        let at = Rc::as_ptr(&self.0) as usize;
        if let Some(done) = memo.get::<List<T>>(at) {
            return done;
        }
        let copy = List::new();
        memo.put(at, &copy);
        let items = self.to_vec();
        for x in items.iter() {
            let item = x.deep_copy_in(memo);
            copy.0.borrow_mut().push(item);
        }
        copy
    }
}

impl<T: PyDeepCopy + Clone + 'static> PyDeepCopy for Deque<T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        let at = Rc::as_ptr(&self.0) as usize;
        if let Some(done) = memo.get::<Deque<T>>(at) {
            return done;
        }
        let copy = self.copy();
        memo.put(at, &copy);
        let items: Vec<T> = self.to_vec().iter().map(|x| x.deep_copy_in(memo)).collect();
        *copy.0.borrow_mut() = items.into_iter().collect();
        copy
    }
}

impl<K, V> PyDeepCopy for Dict<K, V>
where
    K: Hash + Eq + Clone + 'static,
    V: PyDeepCopy + Clone + 'static,
{
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        let at = Rc::as_ptr(&self.0) as usize;
        if let Some(done) = memo.get::<Dict<K, V>>(at) {
            return done;
        }
        let copy = Dict::new();
        memo.put(at, &copy);
        for (k, v) in self.items() {
            let v = v.deep_copy_in(memo);
            copy.set_item(k, v);
        }
        copy
    }
}

impl<T: Hash + Eq + Clone + crate::traits::PySetHash + 'static> PyDeepCopy for Set<T> {
    fn deep_copy_in(&self, memo: &mut DeepMemo) -> Self {
        let at = Rc::as_ptr(&self.0) as usize;
        if let Some(done) = memo.get::<Set<T>>(at) {
            return done;
        }
        let copy = self.copy();
        memo.put(at, &copy);
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traits::PyRepr;

    #[test]
    fn nested_lists_are_new_and_aliases_stay_shared() {
        let row = List::from_vec(vec![1i64, 2]);
        let grid = List::from_vec(vec![row.clone(), row.clone(), List::from_vec(vec![3])]);
        let copy = grid.py_deepcopy();
        assert_eq!(copy.py_repr(), "[[1, 2], [1, 2], [3]]");
        copy.to_vec()[0].0.borrow_mut().push(9);
        assert_eq!(copy.py_repr(), "[[1, 2, 9], [1, 2, 9], [3]]");
        assert_eq!(grid.py_repr(), "[[1, 2], [1, 2], [3]]");
    }

    #[test]
    fn dicts_of_lists_and_tuples() {
        let d: Dict<String, (List<i64>, i64)> = Dict::new();
        d.set_item("a".to_string(), (List::from_vec(vec![1]), 2));
        let copy = d.py_deepcopy();
        copy.items()[0].1 .0 .0.borrow_mut().push(5);
        assert_eq!(d.py_repr(), "{'a': ([1], 2)}");
        assert_eq!(copy.py_repr(), "{'a': ([1, 5], 2)}");
    }
}
