//! `int | float`: a number whose kind is only known at run time.
//!
//! Python variables, containers and returns may hold an int at one moment and a float
//! at another (`dist = {a: 0}` then `dist[b] = inf`; `return 0` on one path and
//! `return total / n` on another). Widening such a slot to `f64` would print `0.0`
//! where Python prints `0`; [`Num`] keeps the kind and follows Python's rules:
//! int op int stays int (overflow is an error, as for `i64`), anything with a float
//! is a float, `/` is always a float.

use crate::error::{PyErr, PyResult};
use crate::format::{float_repr, format_float, format_int};
use crate::numbers::{
    floordiv_float, floordiv_int, int_from_float, mod_float, mod_int, pow_float, pow_int,
    round_float, truediv, truediv_int,
};
use crate::traits::{PyFormat, PyRepr, PyTruthy};

#[derive(Clone, Copy, Debug)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Default for Num {
    fn default() -> Self {
        Num::Int(0)
    }
}

impl Num {
    /// `float(x)`.
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

macro_rules! num_op {
    ($trait:ident, $method:ident, $op:tt) => {
        impl std::ops::$trait for Num {
            type Output = Num;
            fn $method(self, other: Num) -> Num {
                match (self, other) {
                    (Num::Int(a), Num::Int(b)) => Num::Int(a $op b),
                    (a, b) => Num::Float(a.to_f64() $op b.to_f64()),
                }
            }
        }
    };
}
macro_rules! num_assign_op {
    ($trait:ident, $method:ident, $op:tt) => {
        impl std::ops::$trait for Num {
            fn $method(&mut self, other: Num) {
                *self = *self $op other;
            }
        }
    };
}
num_assign_op!(AddAssign, add_assign, +);
num_assign_op!(SubAssign, sub_assign, -);
num_assign_op!(MulAssign, mul_assign, *);
num_op!(Add, add, +);
num_op!(Sub, sub, -);
num_op!(Mul, mul, *);

impl std::ops::Neg for Num {
    type Output = Num;
    fn neg(self) -> Num {
        match self {
            Num::Int(i) => Num::Int(-i),
            Num::Float(f) => Num::Float(-f),
        }
    }
}

impl PartialEq for Num {
    fn eq(&self, other: &Num) -> bool {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (a, b) => a.to_f64() == b.to_f64(),
        }
    }
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<std::cmp::Ordering> {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => a.partial_cmp(&b),
            (a, b) => a.to_f64().partial_cmp(&b.to_f64()),
        }
    }
}

impl PyRepr for Num {
    fn py_repr(&self) -> String {
        match *self {
            Num::Int(i) => i.to_string(),
            Num::Float(f) => float_repr(f),
        }
    }
}

impl PyTruthy for Num {
    fn py_bool(&self) -> bool {
        self.to_f64() != 0.0
    }
}

impl PyFormat for Num {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        match *self {
            Num::Int(i) => format_int(i, spec),
            Num::Float(f) => format_float(f, spec),
        }
    }
}

/// `a / b`.
pub fn num_truediv(a: Num, b: Num) -> PyResult<f64> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => truediv_int(x, y),
        (x, y) => truediv(x.to_f64(), y.to_f64()),
    }
}

/// `a // b`.
pub fn num_floordiv(a: Num, b: Num) -> PyResult<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => floordiv_int(x, y).map(Num::Int),
        (x, y) => floordiv_float(x.to_f64(), y.to_f64()).map(Num::Float),
    }
}

/// `a % b`.
pub fn num_mod(a: Num, b: Num) -> PyResult<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => mod_int(x, y).map(Num::Int),
        (x, y) => mod_float(x.to_f64(), y.to_f64()).map(Num::Float),
    }
}

/// `a ** b`.
pub fn num_pow(a: Num, b: Num) -> PyResult<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) if y >= 0 => pow_int(x, y).map(Num::Int),
        (x, y) => pow_float(x.to_f64(), y.to_f64()).map(Num::Float),
    }
}

/// Where an int is required (`range(n)`, an index): a float is a TypeError.
pub fn num_as_int(x: Num) -> PyResult<i64> {
    match x {
        Num::Int(i) => Ok(i),
        Num::Float(_) => Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
    }
}

/// `int(x)`.
pub fn num_int(x: Num) -> PyResult<i64> {
    match x {
        Num::Int(i) => Ok(i),
        Num::Float(f) => int_from_float(f),
    }
}

/// `round(x)`.
pub fn num_round(x: Num) -> PyResult<i64> {
    match x {
        Num::Int(i) => Ok(i),
        Num::Float(f) => round_float(f),
    }
}

/// `abs(x)`.
pub fn num_abs(x: Num) -> Num {
    match x {
        Num::Int(i) => Num::Int(i.abs()),
        Num::Float(f) => Num::Float(f.abs()),
    }
}

/// `sum(xs)` of numbers of either kind.
pub fn sum_num(items: impl IntoIterator<Item = Num>) -> Num {
    items.into_iter().fold(Num::Int(0), |a, b| a + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_python() {
        assert_eq!((Num::Int(2) + Num::Int(3)).py_repr(), "5");
        assert_eq!((Num::Int(2) + Num::Float(0.5)).py_repr(), "2.5");
        assert_eq!(Num::Float(2.0).py_repr(), "2.0");
        assert_eq!(num_floordiv(Num::Int(-7), Num::Int(2)).unwrap().py_repr(), "-4");
        assert_eq!(num_truediv(Num::Int(1), Num::Int(4)).unwrap(), 0.25);
        assert!(Num::Int(1) == Num::Float(1.0));
        assert!(Num::Int(1) < Num::Float(1.5));
        assert_eq!(sum_num(vec![Num::Int(1), Num::Int(2)]).py_repr(), "3");
        assert!(num_as_int(Num::Float(1.0)).is_err());
        assert_eq!(Num::Int(7).py_format(".2f").unwrap(), "7.00");
    }
}

/// An `int | float` slot meeting a str or None one: the value keeps its kind.
impl From<Num> for crate::obj::Obj {
    fn from(x: Num) -> Self {
        match x {
            Num::Int(i) => crate::obj::Obj::Int(i),
            Num::Float(f) => crate::obj::Obj::Float(f),
        }
    }
}
