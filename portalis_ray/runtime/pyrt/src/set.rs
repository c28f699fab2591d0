//! Python `set` with reference semantics and CPython's iteration order.
//!
//! While every element has a deterministic CPython hash
//! ([`PySetHash::py_hash`] returns `Some`), the set is stored in an exact
//! emulation of CPython 3.11's `Objects/setobject.c` hash table (same probe
//! sequence, growth policy, dummy entries and `pop` finger), so iterating and
//! printing give CPython's order. As soon as an element without such a hash
//! is added (strings, tuples), the set switches to insertion order, which
//! is deterministic where CPython's order is not.
//!
//! The set algebra follows CPython's code paths (`set_merge`,
//! `set_intersection` iterating the smaller set, `set_difference`,
//! `set_symmetric_difference` starting from a copy of the other set, ...)
//! because each of them leaves its result in a different table layout.

use std::cell::RefCell;
use std::fmt;
use std::hash::Hash;
use std::iter::FromIterator;
use std::rc::Rc;

use crate::dict::{Dict, OrderedMap};
use crate::error::{PyErr, PyResult};
use crate::list::object_format;
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PySetHash, PyTruthy};

/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// CPython's hash of `x`, if it is deterministic (`-1` is never a hash).
fn hash_of<T: PySetHash>(x: &T) -> Option<i64> {
    x.py_hash().map(|h| if h == -1 { -2 } else { h })
}

/// One slot of the emulated table (`setentry`).
#[derive(Clone)]
enum Slot<T> {
    /// Never used (`key == NULL`).
    Empty,
    /// Deleted (`key == dummy`).
    Dummy,
    /// An element and its hash.
    Full(i64, T),
}

/// The first slot of the probe sequence for `hash`, and the initial perturbation.
fn probe_start(hash: i64, mask: usize) -> (usize, u64) {
    let h = hash as u64;
    ((h & mask as u64) as usize, h)
}

/// The next probe position: `i = (i * 5 + 1 + perturb) & mask` after shifting perturb.
fn probe_next(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb)
        & mask as u64) as usize
}

/// The emulated `PySetObject` table.
#[derive(Clone)]
struct Table<T> {
    slots: Vec<Slot<T>>,
    /// Full + dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
}

/// `set_insert_clean`: puts a key known to be absent into a table without dummies.
fn insert_clean<T>(slots: &mut [Slot<T>], hash: i64, key: T) {
    let mask = slots.len() - 1;
    let (mut i, mut perturb) = probe_start(hash, mask);
    loop {
        if let Slot::Empty = slots[i] {
            slots[i] = Slot::Full(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            let free = (i + 1..=i + LINEAR_PROBES).find(|&j| matches!(slots[j], Slot::Empty));
            if let Some(j) = free {
                slots[j] = Slot::Full(hash, key);
                return;
            }
        }
        i = probe_next(i, &mut perturb, mask);
    }
}

fn empty_slots<T>(n: usize) -> Vec<Slot<T>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// What `set_add_entry` found at a probed slot.
enum Probe {
    Unused,
    Active,
    Dummy,
    Other,
}

impl<T: Eq> Table<T> {
    fn new() -> Self {
        Table {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Elements with their hashes, in table order (`set_next`).
    fn entries(&self) -> impl Iterator<Item = (i64, &T)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// `set_lookkey`: the slot holding `key`, if present.
    fn lookup(&self, key: &T, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let (mut i, mut perturb) = probe_start(hash, mask);
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Full(h, k) if *h == hash && k == key => return Some(j),
                    _ => {}
                }
            }
            i = probe_next(i, &mut perturb, mask);
        }
    }

    /// `set_add_entry`.
    fn add_entry(&mut self, key: T, hash: i64) {
        let mask = self.mask();
        let (mut i, mut perturb) = probe_start(hash, mask);
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let found = match &self.slots[j] {
                    Slot::Empty => Probe::Unused,
                    Slot::Full(h, k) if *h == hash && *k == key => Probe::Active,
                    Slot::Dummy => Probe::Dummy,
                    Slot::Full(..) => Probe::Other,
                };
                match found {
                    Probe::Unused => {
                        if let Some(f) = freeslot {
                            self.used += 1;
                            self.slots[f] = Slot::Full(hash, key);
                            return;
                        }
                        self.fill += 1;
                        self.used += 1;
                        self.slots[j] = Slot::Full(hash, key);
                        if self.fill * 5 >= mask * 3 {
                            self.resize(self.growth_target());
                        }
                        return;
                    }
                    Probe::Active => return,
                    // CPython remembers the *last* dummy seen on the probe path.
                    Probe::Dummy => freeslot = Some(j),
                    Probe::Other => {}
                }
            }
            i = probe_next(i, &mut perturb, mask);
        }
    }

    /// `used > 50000 ? used * 2 : used * 4`.
    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: smallest power of two above `minused`, at least 8.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // The small table has no dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(h, k) = slot {
                insert_clean(&mut self.slots, h, k);
            }
        }
    }

    /// `set_discard_entry`: true if the key was present.
    fn discard(&mut self, key: &T, hash: i64) -> bool {
        match self.lookup(key, hash) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set_pop`, starting the scan at the finger.
    fn pop(&mut self, finger: &mut usize) -> Option<T> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = *finger & mask;
        loop {
            if let Slot::Full(..) = self.slots[j] {
                break;
            }
            j += 1;
            if j > mask {
                j = 0;
            }
        }
        let slot = std::mem::replace(&mut self.slots[j], Slot::Dummy);
        self.used -= 1;
        *finger = j + 1;
        match slot {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }
}

impl<T: Eq + Clone> Table<T> {
    /// `set_merge` of a different, non-empty set into this one.
    fn merge(&mut self, other: &Table<T>) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size and no dummies: copy the slots verbatim.
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
        } else if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.entries() {
                insert_clean(&mut self.slots, h, k.clone());
            }
        } else {
            for (h, k) in other.entries() {
                self.add_entry(k.clone(), h);
            }
        }
    }
}

/// Element storage of a set.
enum Mode<T> {
    /// Exact CPython table (every element has a deterministic hash).
    Table(Table<T>),
    /// Insertion order (some element has no deterministic hash).
    Ordered(OrderedMap<T, ()>),
}

/// Storage behind a [`Set`]; opaque.
pub struct SetInner<T> {
    mode: Mode<T>,
    /// `so->finger`, where the next `pop` starts scanning.
    finger: usize,
}

impl<T: Hash + Eq + Clone + PySetHash> SetInner<T> {
    /// `make_new_set` without an iterable.
    fn new() -> Self {
        SetInner {
            mode: Mode::Table(Table::new()),
            finger: 0,
        }
    }

    fn len(&self) -> usize {
        match &self.mode {
            Mode::Table(t) => t.used,
            Mode::Ordered(m) => m.len(),
        }
    }

    /// Elements in iteration order.
    fn items(&self) -> Vec<T> {
        match &self.mode {
            Mode::Table(t) => t.entries().map(|(_, k)| k.clone()).collect(),
            Mode::Ordered(m) => m.iter().map(|e| e.0.clone()).collect(),
        }
    }

    /// Switches to insertion order, keeping the current iteration order.
    fn make_ordered(&mut self) -> &mut OrderedMap<T, ()> {
        if let Mode::Table(t) = &mut self.mode {
            let mut m = OrderedMap::new();
            let slots = std::mem::take(&mut t.slots);
            for slot in slots {
                if let Slot::Full(_, k) = slot {
                    m.insert(k, ());
                }
            }
            self.mode = Mode::Ordered(m);
        }
        match &mut self.mode {
            Mode::Ordered(m) => m,
            Mode::Table(_) => unreachable!("set storage was just made ordered"),
        }
    }

    /// `set_add_key`.
    fn add(&mut self, v: T) {
        match (&mut self.mode, hash_of(&v)) {
            (Mode::Table(t), Some(h)) => t.add_entry(v, h),
            (Mode::Ordered(m), _) => {
                m.insert(v, ());
            }
            (Mode::Table(_), None) => {
                self.make_ordered().insert(v, ());
            }
        }
    }

    fn contains(&self, v: &T) -> bool {
        match &self.mode {
            Mode::Table(t) => match hash_of(v) {
                Some(h) => t.lookup(v, h).is_some(),
                None => false,
            },
            Mode::Ordered(m) => m.contains_key(v),
        }
    }

    /// `set_discard_key`: true if the element was present.
    fn discard(&mut self, v: &T) -> bool {
        match &mut self.mode {
            Mode::Table(t) => match hash_of(v) {
                Some(h) => t.discard(v, h),
                None => false,
            },
            Mode::Ordered(m) => m.remove(v).is_some(),
        }
    }

    fn pop(&mut self) -> Option<T> {
        match &mut self.mode {
            Mode::Table(t) => t.pop(&mut self.finger),
            Mode::Ordered(m) => m.pop_first().map(|e| e.0),
        }
    }

    /// `set_clear_internal`: back to an empty small table (the finger is
    /// kept); returns the old storage so it is dropped outside the borrow.
    fn clear(&mut self) -> Mode<T> {
        std::mem::replace(&mut self.mode, Mode::Table(Table::new()))
    }

    /// `set_copy`: a new set merged from this one.
    fn copy(&self) -> SetInner<T> {
        let mut out = SetInner::new();
        out.update_from(self);
        out
    }

    /// `set_update_internal` with another set (`a.update(a)` is the caller's no-op).
    fn update_from(&mut self, other: &SetInner<T>) {
        match (&mut self.mode, &other.mode) {
            (Mode::Table(t), Mode::Table(o)) => t.merge(o),
            _ => {
                for x in other.items() {
                    self.add(x);
                }
            }
        }
    }

    /// `set_update_internal` with a dict: one up-front resize, then the keys.
    fn update_from_dict_keys(&mut self, keys: Vec<T>) {
        if let Mode::Table(t) = &mut self.mode {
            let n = keys.len();
            if (t.fill + n) * 5 >= t.mask() * 3 {
                t.resize((t.used + n) * 2);
            }
        }
        for k in keys {
            self.add(k);
        }
    }

    /// `set_intersection(a, b)` for two sets (possibly the same one).
    fn intersection(a: &SetInner<T>, b: &SetInner<T>, same: bool) -> SetInner<T> {
        if same {
            return a.copy();
        }
        // Iterate the smaller set; on a tie, iterate `b`.
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut out = SetInner::new();
        for x in small.items() {
            if big.contains(&x) {
                out.add(x);
            }
        }
        out
    }

    /// `set_difference_update_internal` with a different set.
    fn difference_update_from(&mut self, other: &SetInner<T>) {
        let doomed = if (other.len() >> 3) > self.len() {
            SetInner::intersection(self, other, false).items()
        } else {
            other.items()
        };
        for x in &doomed {
            self.discard(x);
        }
        if let Mode::Table(t) = &mut self.mode {
            // More than a quarter dummies: rebuild.
            if t.fill - t.used > t.mask() / 4 {
                t.resize(t.growth_target());
            }
        }
    }

    /// `set_difference(a, b)`.
    fn difference(a: &SetInner<T>, b: &SetInner<T>) -> SetInner<T> {
        if (a.len() >> 2) > b.len() {
            let mut out = a.copy();
            out.difference_update_from(b);
            return out;
        }
        let mut out = SetInner::new();
        for x in a.items() {
            if !b.contains(&x) {
                out.add(x);
            }
        }
        out
    }

    /// `set_symmetric_difference_update` with a different set.
    fn symmetric_update_from(&mut self, other: &SetInner<T>) {
        for x in other.items() {
            if !self.discard(&x) {
                self.add(x);
            }
        }
    }

    fn is_subset(&self, other: &SetInner<T>) -> bool {
        self.len() <= other.len() && self.items().iter().all(|x| other.contains(x))
    }
}

/// A Python set with reference semantics (`Clone` shares the same set).
pub struct Set<T>(pub Rc<RefCell<SetInner<T>>>);

impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        Set(Rc::clone(&self.0))
    }
}

impl<T: Hash + Eq + Clone + PySetHash> Default for Set<T> {
    fn default() -> Self {
        Set::wrap(SetInner::new())
    }
}

impl<T: Hash + Eq + Clone + PySetHash> Set<T> {
    fn wrap(inner: SetInner<T>) -> Self {
        Set(Rc::new(RefCell::new(inner)))
    }

    fn same(&self, other: &Set<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// `set()`.
    pub fn new() -> Self {
        Set::default()
    }

    /// `set(items)`, a set comprehension, or a display with a non-constant element:
    /// the items are added one by one.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut inner = SetInner::new();
        for x in items {
            inner.add(x);
        }
        Set::wrap(inner)
    }

    /// A set display whose elements are all constants, e.g. `{5, 3, 1}`.
    /// With three or more elements CPython compiles it to a frozenset
    /// constant merged into a new set, which gives a different order than
    /// `set([5, 3, 1])`.
    pub fn from_const_literal(items: Vec<T>) -> Self {
        if items.len() <= 2 {
            return Set::from_vec(items);
        }
        let frozen = Set::from_frozenset_const(items);
        let copy = frozen.0.borrow().copy();
        Set::wrap(copy)
    }

    /// The frozenset constant CPython iterates for `for x in {5, 3, 1}` (or a
    /// comprehension over a constant set display).
    pub fn from_frozenset_const(items: Vec<T>) -> Self {
        // The compiler builds a frozenset from the tuple of constants, then
        // rebuilds it from its own iteration order when merging constants.
        let first = Set::from_vec(items);
        let order = first.items();
        Set::from_vec(order)
    }

    /// `set(d)` for a dict `d`: CPython sizes the table for all keys first,
    /// so the order can differ from `set(d.keys())` (which is [`Set::from_vec`]).
    pub fn from_dict<V>(d: &Dict<T, V>) -> Self {
        let keys: Vec<T> = d.0.borrow().map.iter().map(|e| e.0.clone()).collect();
        let mut inner = SetInner::new();
        inner.update_from_dict_keys(keys);
        Set::wrap(inner)
    }

    /// `len(s)`.
    pub fn len(&self) -> i64 {
        self.0.borrow().len() as i64
    }

    /// `not s`.
    pub fn is_empty(&self) -> bool {
        self.0.borrow().len() == 0
    }

    /// `s.add(v)`.
    pub fn add(&self, v: T) {
        self.0.borrow_mut().add(v);
    }

    /// `s.remove(v)`; `KeyError: <repr of v>` when missing.
    pub fn remove(&self, v: &T) -> PyResult<()>
    where
        T: PyRepr,
    {
        if self.0.borrow_mut().discard(v) {
            Ok(())
        } else {
            Err(PyErr::key_error(v.py_repr()))
        }
    }

    /// `s.discard(v)`.
    pub fn discard(&self, v: &T) {
        self.0.borrow_mut().discard(v);
    }

    /// `s.pop()`; `KeyError: pop from an empty set`.
    pub fn pop(&self) -> PyResult<T> {
        let popped = self.0.borrow_mut().pop();
        // str(KeyError(msg)) is the repr of msg, quotes included.
        popped.ok_or_else(|| PyErr::key_error("'pop from an empty set'"))
    }

    /// `v in s`.
    pub fn contains(&self, v: &T) -> bool {
        self.0.borrow().contains(v)
    }

    /// `list(s)`: the elements in iteration order.
    pub fn items(&self) -> Vec<T> {
        self.0.borrow().items()
    }

    /// `s | o` / `s.union(o)`.
    pub fn union(&self, o: &Set<T>) -> Set<T> {
        let mut out = self.0.borrow().copy();
        if !self.same(o) {
            out.update_from(&o.0.borrow());
        }
        Set::wrap(out)
    }

    /// `s & o` / `s.intersection(o)`.
    pub fn intersection(&self, o: &Set<T>) -> Set<T> {
        let out = SetInner::intersection(&self.0.borrow(), &o.0.borrow(), self.same(o));
        Set::wrap(out)
    }

    /// `s - o` / `s.difference(o)`.
    pub fn difference(&self, o: &Set<T>) -> Set<T> {
        let out = SetInner::difference(&self.0.borrow(), &o.0.borrow());
        Set::wrap(out)
    }

    /// `s ^ o` / `s.symmetric_difference(o)`: starts from a copy of `o`.
    pub fn symmetric_difference(&self, o: &Set<T>) -> Set<T> {
        let mut out = o.0.borrow().copy();
        out.symmetric_update_from(&self.0.borrow());
        Set::wrap(out)
    }

    /// `s |= o` / `s.update(o)`.
    pub fn update(&self, o: &Set<T>) {
        if self.same(o) {
            return;
        }
        self.0.borrow_mut().update_from(&o.0.borrow());
    }

    /// `s &= o` / `s.intersection_update(o)`.
    pub fn intersection_update(&self, o: &Set<T>) {
        let tmp = SetInner::intersection(&self.0.borrow(), &o.0.borrow(), self.same(o));
        // set_swap_bodies: the table moves over, the finger stays.
        let old = std::mem::replace(&mut self.0.borrow_mut().mode, tmp.mode);
        drop(old);
    }

    /// `s -= o` / `s.difference_update(o)`.
    pub fn difference_update(&self, o: &Set<T>) {
        if self.same(o) {
            self.clear();
            return;
        }
        self.0.borrow_mut().difference_update_from(&o.0.borrow());
    }

    /// `s ^= o` / `s.symmetric_difference_update(o)`.
    pub fn symmetric_difference_update(&self, o: &Set<T>) {
        if self.same(o) {
            self.clear();
            return;
        }
        self.0.borrow_mut().symmetric_update_from(&o.0.borrow());
    }

    /// `s <= o` / `s.issubset(o)`.
    pub fn issubset(&self, o: &Set<T>) -> bool {
        self.same(o) || self.0.borrow().is_subset(&o.0.borrow())
    }

    /// `s >= o` / `s.issuperset(o)`.
    pub fn issuperset(&self, o: &Set<T>) -> bool {
        o.issubset(self)
    }

    /// `s.isdisjoint(o)`.
    pub fn isdisjoint(&self, o: &Set<T>) -> bool {
        let a = self.0.borrow();
        let b = o.0.borrow();
        let (big, small) = if b.len() > a.len() {
            (&b, &a)
        } else {
            (&a, &b)
        };
        !small.items().iter().any(|x| big.contains(x))
    }

    /// `s.clear()`.
    pub fn clear(&self) {
        let old = self.0.borrow_mut().clear();
        drop(old);
    }

    /// `s.copy()` / `set(s)`.
    pub fn copy(&self) -> Set<T> {
        let out = self.0.borrow().copy();
        Set::wrap(out)
    }
}

impl<T: Hash + Eq + Clone + PySetHash + PyRepr> PyRepr for Set<T> {
    fn py_repr(&self) -> String {
        let items = self.items();
        if items.is_empty() {
            return "set()".to_string();
        }
        let parts: Vec<String> = items.iter().map(|x| x.py_repr()).collect();
        format!("{{{}}}", parts.join(", "))
    }
}

impl<T: Hash + Eq + Clone + PySetHash + PyRepr> PyFormat for Set<T> {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "set")
    }
}

impl<T: Hash + Eq + Clone + PySetHash> PyTruthy for Set<T> {
    fn py_bool(&self) -> bool {
        self.0.borrow().len() > 0
    }
}

impl<T: Hash + Eq + Clone + PySetHash> PyLen for Set<T> {
    fn py_len(&self) -> i64 {
        self.0.borrow().len() as i64
    }
}

impl<T: Hash + Eq + Clone + PySetHash> PyContains<T> for Set<T> {
    fn py_contains(&self, item: &T) -> bool {
        self.contains(item)
    }
}

impl<T: Hash + Eq + Clone + PySetHash> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.issubset(other)
    }
}

impl<T: Hash + Eq + Clone + PySetHash> PartialOrd for Set<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        use std::cmp::Ordering;
        let (a, b) = (self.len(), other.len());
        if a == b && self.issubset(other) {
            Some(Ordering::Equal)
        } else if a < b && self.issubset(other) {
            Some(Ordering::Less)
        } else if a > b && other.issubset(self) {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

impl<T: Hash + Eq + Clone + PySetHash> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut inner = SetInner::new();
        for x in iter {
            inner.add(x);
        }
        Set::wrap(inner)
    }
}

impl<T: Hash + Eq + Clone + PySetHash + fmt::Debug> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.items().iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected orders recorded from CPython 3.11 by `tests/data/gen_set_orders.py`.
    const ORDERS: &str = include_str!("../tests/data/set_orders.txt");

    fn parse(field: &str) -> Vec<i64> {
        field
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect()
    }

    fn build(xs: &str, rm: &str) -> Set<i64> {
        let s = Set::from_vec(parse(xs));
        for x in parse(rm) {
            s.discard(&x);
        }
        s
    }

    fn fingerprint(items: &[i64]) -> u64 {
        let mut h: u64 = 1469598103934665603;
        for &x in items {
            h = (h ^ x as u64).wrapping_mul(1099511628211);
        }
        h
    }

    /// Replays one line of `set_orders.txt`; returns a description on mismatch.
    fn replay(line: &str) -> Result<(), String> {
        let f: Vec<&str> = line.split('|').collect();
        let check = |got: Vec<i64>, want: &str| {
            if got == parse(want) {
                Ok(())
            } else {
                Err(format!("got {:?}", got))
            }
        };
        match f[0] {
            "seq" => check(Set::from_vec(parse(f[1])).items(), f[2]),
            "lit" => check(Set::from_const_literal(parse(f[1])).items(), f[2]),
            "frz" => check(Set::from_frozenset_const(parse(f[1])).items(), f[2]),
            "dict" => {
                let d = Dict::from_pairs(parse(f[1]).into_iter().map(|x| (x, ())).collect());
                check(Set::from_dict(&d).items(), f[2])
            }
            "ops" => {
                let mut s = Set::from_vec(parse(f[1]));
                let mut pops = Vec::new();
                for op in f[2].split(' ').filter(|o| !o.is_empty()) {
                    match op {
                        "p" => pops.push(match s.pop() {
                            Ok(v) => v.to_string(),
                            Err(_) => "E".to_string(),
                        }),
                        "c" => s = s.copy(),
                        "x" => s.clear(),
                        _ => {
                            let v: i64 = op[1..].parse().unwrap();
                            if op.starts_with('+') {
                                s.add(v);
                            } else {
                                s.discard(&v);
                            }
                        }
                    }
                }
                check(s.items(), f[3])?;
                if pops.join(",") == f[4] {
                    Ok(())
                } else {
                    Err(format!("pops {:?}", pops))
                }
            }
            "bin" => {
                let a = build(f[2], f[3]);
                let b = build(f[4], f[5]);
                let res = match f[1] {
                    "union" => a.union(&b),
                    "inter" => a.intersection(&b),
                    "diff" => a.difference(&b),
                    "symdiff" => a.symmetric_difference(&b),
                    "update" => {
                        a.update(&b);
                        a
                    }
                    "iupdate" => {
                        a.intersection_update(&b);
                        a
                    }
                    "dupdate" => {
                        a.difference_update(&b);
                        a
                    }
                    "supdate" => {
                        a.symmetric_difference_update(&b);
                        a
                    }
                    other => panic!("unknown op {}", other),
                };
                check(res.items(), f[6])
            }
            "self" => {
                let a = build(f[2], f[3]);
                let res = match f[1] {
                    "union" => a.union(&a),
                    "inter" => a.intersection(&a),
                    "diff" => a.difference(&a),
                    "symdiff" => a.symmetric_difference(&a),
                    "update" => {
                        a.update(&a);
                        a
                    }
                    "iupdate" => {
                        a.intersection_update(&a);
                        a
                    }
                    "dupdate" => {
                        a.difference_update(&a);
                        a
                    }
                    "supdate" => {
                        a.symmetric_difference_update(&a);
                        a
                    }
                    other => panic!("unknown op {}", other),
                };
                check(res.items(), f[4])
            }
            "big" => {
                let n: i64 = f[1].parse().unwrap();
                let mult: i128 = f[2].parse().unwrap();
                let modulus: i128 = f[3].parse().unwrap();
                let off: i128 = f[4].parse().unwrap();
                let rmstep: i64 = f[5].parse().unwrap();
                let xs: Vec<i64> = (0..n)
                    .map(|i| ((i as i128 * mult) % modulus - off) as i64)
                    .collect();
                let s = Set::new();
                for &x in &xs {
                    s.add(x);
                }
                if rmstep > 0 {
                    for (i, x) in xs.iter().enumerate() {
                        if i as i64 % rmstep == 0 {
                            s.discard(x);
                        }
                    }
                }
                let items = s.items();
                let want_len: usize = f[6].parse().unwrap();
                let want_fp: u64 = f[7].parse().unwrap();
                if items.len() == want_len && fingerprint(&items) == want_fp {
                    Ok(())
                } else {
                    Err(format!(
                        "len {} fingerprint {}",
                        items.len(),
                        fingerprint(&items)
                    ))
                }
            }
            other => panic!("unknown case {}", other),
        }
    }

    fn msg<T>(r: PyResult<T>) -> String {
        match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        }
    }

    fn strs(xs: &[&str]) -> Set<String> {
        Set::from_vec(xs.iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn reprs_and_literals() {
        assert_eq!(Set::<i64>::new().py_repr(), "set()");
        assert_eq!(
            Set::from_const_literal(vec![5, 3, 1, 9, 33, 17]).py_repr(),
            "{1, 33, 3, 17, 5, 9}"
        );
        assert_eq!(
            Set::from_vec(vec![5, 3, 1, 9, 33, 17]).py_repr(),
            "{1, 33, 3, 5, 9, 17}"
        );
        assert_eq!(Set::from_vec(vec![true, false]).py_repr(), "{False, True}");
        assert_eq!(Set::from_vec(vec![-1, -2]).py_repr(), "{-1, -2}");
        assert_eq!(
            Set::from_vec(vec![(1 << 61) - 1, 0]).py_repr(),
            "{2305843009213693951, 0}"
        );
        assert_eq!(
            Set::from_vec(vec![1 << 62, (1 << 61) + 5]).py_repr(),
            "{4611686018427387904, 2305843009213693957}"
        );
        assert_eq!(Set::from_vec(vec![2, 1]).py_format("").unwrap(), "{1, 2}");
        assert_eq!(
            msg(Set::from_vec(vec![2, 1]).py_format("s")),
            "TypeError: unsupported format string passed to set.__format__"
        );
        assert_eq!(format!("{:?}", Set::from_vec(vec![2, 1])), "{1, 2}");
    }

    #[test]
    fn errors() {
        let s = Set::from_vec(vec![1, 2]);
        assert_eq!(msg(s.remove(&7)), "KeyError: 7");
        assert_eq!(msg(s.remove(&1)), "ok");
        assert_eq!(msg(strs(&["a"]).remove(&"b".to_string())), "KeyError: 'b'");
        assert_eq!(
            msg(Set::<i64>::new().pop()),
            "KeyError: 'pop from an empty set'"
        );
    }

    #[test]
    fn reference_semantics_and_protocols() {
        let s = Set::from_vec(vec![1, 2, 3]);
        let t = s.clone();
        t.add(4);
        assert_eq!(s.py_repr(), "{1, 2, 3, 4}");
        let c = s.copy();
        c.discard(&1);
        assert_eq!(s.len(), 4);
        assert_eq!(c.len(), 3);
        assert!(s.py_contains(&4) && s.contains(&1) && !c.contains(&1));
        assert_eq!(s.py_len(), 4);
        assert!(s.py_bool());
        s.clear();
        assert!(!t.py_bool() && t.is_empty());
        let from_iter: Set<i64> = vec![3, 1, 3].into_iter().collect();
        assert_eq!(from_iter.items(), vec![1, 3]);
    }

    #[test]
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    fn comparisons() {
        let s = |xs: &[i64]| Set::from_vec(xs.to_vec());
        assert!(s(&[1, 2]) == s(&[2, 1]));
        assert!(s(&[1, 2]) < s(&[1, 2, 3]));
        assert!(s(&[1, 2]) <= s(&[1, 2]));
        assert!(!(s(&[1, 2]) < s(&[1, 2])));
        assert!(!(s(&[1, 4]) < s(&[1, 2, 3])));
        assert!(!(s(&[1, 4]) > s(&[1, 2, 3])));
        assert!(s(&[1, 2, 3]) > s(&[1, 3]));
        assert!(s(&[1, 2, 3]) >= s(&[1, 3]));
        assert!(s(&[1, 2]).issubset(&s(&[1, 2, 3])));
        assert!(s(&[1, 2, 3]).issuperset(&s(&[2])));
        assert!(s(&[1, 2]).isdisjoint(&s(&[3])));
        assert!(!s(&[1, 2]).isdisjoint(&s(&[2, 5])));
        let a = s(&[1]);
        assert!(a.issubset(&a) && a == a.clone() && !a.isdisjoint(&a));
    }

    #[test]
    fn algebra() {
        let s = |xs: &[i64]| Set::from_vec(xs.to_vec());
        assert_eq!(s(&[10, 2, 30]).difference(&s(&[2])).py_repr(), "{10, 30}");
        assert_eq!(
            s(&[1, 2, 3]).symmetric_difference(&s(&[3, 4])).py_repr(),
            "{1, 2, 4}"
        );
        let a = s(&[1, 2]);
        a.union(&a).add(9);
        assert_eq!(a.py_repr(), "{1, 2}");
    }

    #[test]
    fn unhashed_elements_keep_insertion_order() {
        let s = strs(&["pear", "apple", "fig", "apple"]);
        assert_eq!(s.py_repr(), "{'pear', 'apple', 'fig'}");
        s.add("kiwi".to_string());
        s.discard(&"pear".to_string());
        s.add("pear".to_string());
        assert_eq!(s.items(), vec!["apple", "fig", "kiwi", "pear"]);
        assert_eq!(s.pop().unwrap(), "apple");
        let t = strs(&["kiwi", "plum", "fig"]);
        assert_eq!(s.union(&t).items(), vec!["fig", "kiwi", "pear", "plum"]);
        assert_eq!(s.intersection(&t).items(), vec!["kiwi", "fig"]);
        assert_eq!(s.difference(&t).items(), vec!["pear"]);
        assert_eq!(s.symmetric_difference(&t).items(), vec!["plum", "pear"]);
        assert!(strs(&["a", "b"]) == strs(&["b", "a"]));
        let lit = Set::from_const_literal(vec!["b".to_string(), "a".to_string(), "b".to_string()]);
        assert_eq!(lit.items(), vec!["b", "a"]);
        let tuples = Set::from_vec(vec![(2, 1), (1, 2), (2, 1)]);
        assert_eq!(tuples.items(), vec![(2, 1), (1, 2)]);
        // Many deletions in insertion-order mode.
        let big = Set::new();
        for i in 0..1000 {
            big.add(format!("k{}", i));
        }
        for i in 0..990 {
            big.discard(&format!("k{}", i));
        }
        assert_eq!(big.items()[0], "k990");
        assert_eq!(big.len(), 10);
        // Popping everything stays linear and follows insertion order.
        let many: Set<String> = (0..50000).map(|i| i.to_string()).collect();
        for i in 0..50000 {
            assert_eq!(many.pop().unwrap(), i.to_string());
            if i % 1000 == 0 {
                many.add(format!("x{}", i));
            }
        }
        assert_eq!(many.items()[..2].to_vec(), vec!["x0", "x1000"]);
    }

    #[test]
    fn iteration_order_matches_cpython() {
        let mut failures = Vec::new();
        let mut cases = 0;
        for (no, line) in ORDERS.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            cases += 1;
            if let Err(e) = replay(line) {
                failures.push(format!("line {}: {}\n  {}", no + 1, line, e));
            }
        }
        assert!(cases > 500, "only {} cases", cases);
        assert!(
            failures.is_empty(),
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            cases,
            failures[..failures.len().min(5)].join("\n")
        );
    }
}

/// `repr(frozenset)` as Python 3.11 prints it: `frozenset({'a', 'b'})`, `frozenset()`.
pub fn frozenset_repr<T: Hash + Eq + Clone + PySetHash + PyRepr>(s: &Set<T>) -> String {
    if s.items().is_empty() {
        return "frozenset()".to_string();
    }
    format!("frozenset({})", s.py_repr())
}
