//! `Obj`: a Python scalar whose type is only known at run time.
//!
//! Python variables, returns, dict values and list items may hold values of
//! different types (`{"name": "Ann", "age": 30}`, a `convert()` returning an
//! int, a float or a str, a sentinel `node = "start"` later rebound to an int).
//! [`Obj`] keeps the kind and follows CPython 3.11's rules for printing,
//! equality, hashing, ordering and arithmetic, with CPython's error messages.
//!
//! - Equality and hashing: numbers compare across kinds (`1 == 1.0 == True`,
//!   exactly, also for ints beyond 2**53) and hash alike, so `Dict<Obj, V>`
//!   and `Set<Obj>` merge `1`, `1.0` and `True` into one key like CPython.
//!   A NaN key is never found again (as a fresh `float('nan')` in CPython).
//! - Ordering: `PartialOrd` gives Python's answer where Python has one and
//!   `None` (every operator false) where Python raises; [`Obj::py_lt`] and
//!   friends raise the TypeError instead. The generic `sorted`, `min_of`,
//!   `max_of`, `List::sort` work on `Obj` through `PartialOrd` and never
//!   raise; the [`PyCmp`] entry points (`try_sorted`, `List::try_sort`,
//!   `try_min_of`, ...) raise CPython's TypeError at the comparison where
//!   CPython raises it.
//! - Ints never overflow: a value that fits `i64` is `Obj::Int`, a larger
//!   one `Obj::Big` (a [`crate::bigint::Int`]). Every operation normalises
//!   its result, so `Obj::Big` only ever holds values outside `i64` (an
//!   `Obj::Big` built by hand with a small value still behaves correctly).
//!   Mixing a big int with a float converts it to float (`OverflowError: int
//!   too large to convert to float` when it doesn't fit), as CPython does.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use crate::bigint::Int as BigInt;
use crate::error::{PyErr, PyResult};
use crate::format::{float_repr, format_bool, format_float, format_int, format_str};
use crate::func::PyHash;
use crate::list::{apply_order, object_format, sort_order, List};
use crate::numbers::{
    float_from_str, floordiv_float, floordiv_int, int_from_float, int_from_str, mod_float, mod_int,
    pow_float, pow_int, truediv, truediv_int,
};
use crate::prim::hash_int;
use crate::strings::{str_len, str_repeat, str_repr};
use crate::traits::{PyFormat, PyRepr, PySetHash, PyTruthy};

/// A dynamically-typed Python scalar: `None`, `bool`, `int`, `float` or `str`.
///
/// A Python int is `Int` when it fits `i64` and `Big` otherwise; results are
/// always normalised that way (see [`Obj::from`] for a [`crate::bigint::Int`]).
#[derive(Clone, Debug)]
pub enum Obj {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside the `i64` range.
    Big(BigInt),
    Float(f64),
    Str(String),
    /// Any other value (a list, a dict, an instance...) where a slot mixes it with
    /// others: it can be printed, compared with `==`, hashed and tested for truth.
    Any(AnyValue),
}

/// What an `Obj::Any` needs of the value it holds.
pub trait ObjValue {
    fn obj_repr(&self) -> String;
    fn obj_str(&self) -> String;
    fn obj_format(&self, spec: &str) -> PyResult<String>;
    fn obj_truthy(&self) -> bool;
    fn obj_eq(&self, other: &dyn ObjValue) -> bool;
    fn as_any(&self) -> &dyn std::any::Any;
    /// `type(x).__name__`.
    fn obj_type_name(&self) -> String;
}

/// The Python name of the type behind a Rust type name: `pyrt::list::List<i64>` is a
/// `list`, a generated struct `p::Point` a `Point`, a Rust tuple a `tuple`.
fn python_type_name(rust: &str) -> String {
    if rust.starts_with('(') {
        return "tuple".to_string();
    }
    let base = rust.split('<').next().unwrap_or(rust);
    let last = base.rsplit("::").next().unwrap_or(base);
    match last {
        "List" => "list",
        "Dict" => "dict",
        "Set" => "set",
        "Tuple" => "tuple",
        "Deque" => "deque",
        "String" => "str",
        "i64" | "Int" => "int",
        "f64" => "float",
        "bool" => "bool",
        "Bytes" => "bytes",
        other => other,
    }
    .to_string()
}

impl<T: PyRepr + PyFormat + PartialEq + PyTruthy + 'static> ObjValue for T {
    fn obj_repr(&self) -> String {
        self.py_repr()
    }
    fn obj_str(&self) -> String {
        self.py_str()
    }
    fn obj_format(&self, spec: &str) -> PyResult<String> {
        self.py_format(spec)
    }
    fn obj_truthy(&self) -> bool {
        self.py_bool()
    }
    fn obj_eq(&self, other: &dyn ObjValue) -> bool {
        other.as_any().downcast_ref::<T>().map_or(false, |o| self == o)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn obj_type_name(&self) -> String {
        python_type_name(std::any::type_name::<T>())
    }
}

/// A shared `ObjValue`.
#[derive(Clone)]
pub struct AnyValue(pub std::rc::Rc<dyn ObjValue>);

impl fmt::Debug for AnyValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.obj_repr())
    }
}

/// A big int as an `Obj`: `Obj::Int` when it fits `i64`, else `Obj::Big`.
fn big(x: BigInt) -> Obj {
    match x.to_i64_opt() {
        Some(i) => Obj::Int(i),
        None => Obj::Big(x),
    }
}

/// An `i64` as a big int (for the overflow paths).
fn bi(x: i64) -> BigInt {
    BigInt::from_i64(x)
}

impl Obj {
    /// A value of another type in a slot of mixed type.
    pub fn any<T: ObjValue + 'static>(x: T) -> Obj {
        Obj::Any(AnyValue(std::rc::Rc::new(x)))
    }
}

impl Default for Obj {
    /// `None`.
    fn default() -> Self {
        Obj::None
    }
}

impl From<i64> for Obj {
    fn from(x: i64) -> Self {
        Obj::Int(x)
    }
}

/// So that an untyped integer literal (`Obj::from(30)`) compiles.
impl From<i32> for Obj {
    fn from(x: i32) -> Self {
        Obj::Int(i64::from(x))
    }
}

impl From<BigInt> for Obj {
    /// Normalised: a value that fits `i64` becomes `Obj::Int`.
    fn from(x: BigInt) -> Self {
        big(x)
    }
}

impl From<f64> for Obj {
    fn from(x: f64) -> Self {
        Obj::Float(x)
    }
}

impl From<bool> for Obj {
    fn from(x: bool) -> Self {
        Obj::Bool(x)
    }
}

impl From<String> for Obj {
    fn from(x: String) -> Self {
        Obj::Str(x)
    }
}

impl<'a> From<&'a String> for Obj {
    fn from(x: &'a String) -> Self {
        Obj::Str(x.clone())
    }
}

impl<'a> From<&'a str> for Obj {
    fn from(x: &'a str) -> Self {
        Obj::Str(x.to_string())
    }
}

impl From<()> for Obj {
    fn from(_: ()) -> Self {
        Obj::None
    }
}

impl<T: Into<Obj>> From<Option<T>> for Obj {
    /// An Optional: `None` or the value.
    fn from(x: Option<T>) -> Self {
        match x {
            Some(v) => v.into(),
            None => Obj::None,
        }
    }
}

/// A number as Python's arithmetic sees it (bool is an int).
#[derive(Clone, Copy)]
enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

impl<'a> Num<'a> {
    /// `float(x)`: ints convert correctly rounded, as CPython does; a big int
    /// beyond the float range is `OverflowError: int too large to convert to float`.
    fn f(self) -> PyResult<f64> {
        match self {
            Num::I(i) => Ok(i as f64),
            Num::B(b) => b.to_f64(),
            Num::F(f) => Ok(f),
        }
    }

    /// The value as a big int; `None` for a float.
    fn big(self) -> Option<Cow<'a, BigInt>> {
        match self {
            Num::I(i) => Some(Cow::Owned(bi(i))),
            Num::B(b) => Some(Cow::Borrowed(b)),
            Num::F(_) => None,
        }
    }
}

/// CPython's exact int-vs-float comparison (`float_richcompare`): no rounding
/// of the int, so `2**53 + 1 > 2.0**53`.
fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // 2**63 and -2**63 are exact doubles; infinities fall in these branches too.
    if f >= 9223372036854775808.0 {
        return Some(Ordering::Less);
    }
    if f < -9223372036854775808.0 {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    // `fl` lies in [-2**63, 2**63) and is integral: the cast is exact.
    let t = fl as i64;
    Some(match i.cmp(&t) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

/// The exact comparison of a big int with a float (no rounding of either).
fn cmp_big_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    // `fl` is a finite integral float: the conversion is exact.
    let t = BigInt::from_f64(fl).ok()?;
    Some(match b.cmp(&t) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(&y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(&y),
        (Num::I(x), Num::F(y)) => cmp_int_float(x, y),
        (Num::F(x), Num::I(y)) => cmp_int_float(y, x).map(Ordering::reverse),
        (Num::B(x), Num::F(y)) => cmp_big_float(x, y),
        (Num::F(x), Num::B(y)) => cmp_big_float(y, x).map(Ordering::reverse),
        // Two ints, at least one of them big.
        (x, y) => Some(x.big()?.as_ref().cmp(y.big()?.as_ref())),
    }
}

/// CPython's modulus for numeric hashes, `2**61 - 1`, and its bit count.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i32 = 61;
/// `_PyHASH_INF`.
const HASH_INF: i64 = 314159;

/// Mantissa in [0.5, 1) (with the sign of `x`) and binary exponent of a finite non-zero `x`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        // Subnormal: scale into the normal range first (2**64 is exact).
        let (m, e2) = frexp(x * 18446744073709551616.0);
        return (m, e2 - 64);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        e - 1022,
    )
}

/// CPython's `hash(x)` for a float (`_Py_HashDouble`); `None` for NaN, whose
/// hash CPython 3.11 takes from the object's address. Equal to `hash_int` on
/// integral values.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    let (mut m, mut e) = frexp(x);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    // 28 bits at a time, as CPython does.
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let h = if negative {
        (h as i64).wrapping_neg()
    } else {
        h as i64
    };
    Some(if h == -1 { -2 } else { h })
}

/// `unsupported operand type(s) for -: 'str' and 'int'`.
fn unsupported(op: &str, a: &Obj, b: &Obj) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op,
        a.type_name(),
        b.type_name()
    ))
}

/// `'<' not supported between instances of 'str' and 'int'`.
fn not_comparable(op: &str, a: &Obj, b: &Obj) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op,
        a.type_name(),
        b.type_name()
    ))
}

/// `bad operand type for unary -: 'str'`.
fn bad_operand(op: &str, a: &Obj) -> PyErr {
    PyErr::type_error(format!("bad operand type for {}: '{}'", op, a.type_name()))
}

/// `can't multiply sequence by non-int of type 'float'`.
fn non_int_repeat(count: &Obj) -> PyErr {
    PyErr::type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        count.type_name()
    ))
}

#[allow(clippy::should_implement_trait)]
impl Obj {
    /// `type(x).__name__`: `NoneType`, `bool`, `int`, `float` or `str`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Obj::None => "NoneType",
            Obj::Bool(_) => "bool",
            Obj::Int(_) | Obj::Big(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::Any(_) => "object",
        }
    }

    /// `type(x).__name__` of any value, a list or an instance included.
    pub fn type_name_of(&self) -> String {
        match self {
            Obj::Any(a) => a.0.obj_type_name(),
            _ => self.type_name().to_string(),
        }
    }

    /// `x is None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Obj::None)
    }

    /// `isinstance(x, bool)`.
    pub fn is_bool(&self) -> bool {
        matches!(self, Obj::Bool(_))
    }

    /// `isinstance(x, int)`: true for bools and big ints too.
    pub fn is_int(&self) -> bool {
        matches!(self, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_))
    }

    /// `isinstance(x, float)`.
    pub fn is_float(&self) -> bool {
        matches!(self, Obj::Float(_))
    }

    /// `isinstance(x, str)`.
    pub fn is_str(&self) -> bool {
        matches!(self, Obj::Str(_))
    }

    /// The value as a number, bool counting as an int.
    fn num(&self) -> Option<Num<'_>> {
        match self {
            Obj::Bool(b) => Some(Num::I(i64::from(*b))),
            Obj::Int(i) => Some(Num::I(*i)),
            Obj::Big(b) => Some(Num::B(b)),
            Obj::Float(f) => Some(Num::F(*f)),
            _ => None,
        }
    }

    /// An int count for `str * n` (int or bool).
    fn int_count(&self) -> Option<i64> {
        match *self {
            Obj::Bool(b) => Some(i64::from(b)),
            Obj::Int(i) => Some(i),
            _ => None,
        }
    }

    /// Python's ordering where it exists: numbers across kinds, str with str.
    fn order(&self, other: &Obj) -> Result<Option<Ordering>, ()> {
        match (self, other) {
            (Obj::Str(a), Obj::Str(b)) => Ok(Some(a.as_str().cmp(b.as_str()))),
            _ => match (self.num(), other.num()) {
                (Some(a), Some(b)) => Ok(num_cmp(a, b)),
                _ => Err(()),
            },
        }
    }

    fn compare(&self, other: &Obj, op: &str, want: fn(Ordering) -> bool) -> PyResult<bool> {
        match self.order(other) {
            Ok(o) => Ok(o.map_or(false, want)),
            Err(()) => Err(not_comparable(op, self, other)),
        }
    }

    /// `self < other`; TypeError `'<' not supported between instances of 'str' and 'int'`.
    pub fn py_lt(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, "<", |o| o == Ordering::Less)
    }

    /// `self <= other`; TypeError `'<=' not supported between instances of ...`.
    pub fn py_le(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, "<=", |o| o != Ordering::Greater)
    }

    /// `self > other`; TypeError `'>' not supported between instances of ...`.
    pub fn py_gt(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, ">", |o| o == Ordering::Greater)
    }

    /// `self >= other`; TypeError `'>=' not supported between instances of ...`.
    pub fn py_ge(&self, other: &Obj) -> PyResult<bool> {
        self.compare(other, ">=", |o| o != Ordering::Less)
    }

    /// The shared shape of the numeric operators: `i64` op `i64`, else big
    /// int op big int when either is big, else float op float (a big int
    /// converted to float, which may raise `OverflowError`).
    fn arith(
        &self,
        other: &Obj,
        op: &str,
        int_op: impl FnOnce(i64, i64) -> PyResult<Obj>,
        big_op: impl FnOnce(&BigInt, &BigInt) -> PyResult<Obj>,
        float_op: impl FnOnce(f64, f64) -> PyResult<f64>,
    ) -> PyResult<Obj> {
        match (self.num(), other.num()) {
            (Some(Num::I(a)), Some(Num::I(b))) => int_op(a, b),
            (Some(a), Some(b)) => match (a.big(), b.big()) {
                (Some(x), Some(y)) => big_op(&x, &y),
                _ => float_op(a.f()?, b.f()?).map(Obj::Float),
            },
            _ => Err(unsupported(op, self, other)),
        }
    }

    /// `self + other`: numbers, or str + str.
    pub fn add(&self, other: &Obj) -> PyResult<Obj> {
        if let Obj::Str(a) = self {
            return match other {
                Obj::Str(b) => {
                    let mut s = String::with_capacity(a.len() + b.len());
                    s.push_str(a);
                    s.push_str(b);
                    Ok(Obj::Str(s))
                }
                _ => Err(PyErr::type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    other.type_name()
                ))),
            };
        }
        self.arith(
            other,
            "+",
            |a, b| {
                Ok(match a.checked_add(b) {
                    Some(v) => Obj::Int(v),
                    None => big(bi(a).add(&bi(b))),
                })
            },
            |a, b| Ok(big(a.add(b))),
            |a, b| Ok(a + b),
        )
    }

    /// `self - other`.
    pub fn sub(&self, other: &Obj) -> PyResult<Obj> {
        self.arith(
            other,
            "-",
            |a, b| {
                Ok(match a.checked_sub(b) {
                    Some(v) => Obj::Int(v),
                    None => big(bi(a).sub(&bi(b))),
                })
            },
            |a, b| Ok(big(a.sub(b))),
            |a, b| Ok(a - b),
        )
    }

    /// `self * other`: numbers, or a str repeated by an int (either side; `n <= 0` gives `''`;
    /// a count outside `i64` is `OverflowError: cannot fit 'int' into an index-sized integer`).
    pub fn mul(&self, other: &Obj) -> PyResult<Obj> {
        match (self, other) {
            (Obj::Str(s), n) | (n, Obj::Str(s)) => match n {
                Obj::Big(b) => match b.to_i64_opt() {
                    Some(k) => Ok(Obj::Str(str_repeat(s, k))),
                    None => Err(PyErr::overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    )),
                },
                _ => match n.int_count() {
                    Some(k) => Ok(Obj::Str(str_repeat(s, k))),
                    None => Err(non_int_repeat(n)),
                },
            },
            _ => self.arith(
                other,
                "*",
                |a, b| {
                    Ok(match a.checked_mul(b) {
                        Some(v) => Obj::Int(v),
                        None => big(bi(a).mul(&bi(b))),
                    })
                },
                |a, b| Ok(big(a.mul(b))),
                |a, b| Ok(a * b),
            ),
        }
    }

    /// `self / other`: always a float; int / int is correctly rounded, also
    /// for big ints (`OverflowError: integer division result too large for a float`).
    pub fn truediv(&self, other: &Obj) -> PyResult<Obj> {
        self.arith(
            other,
            "/",
            |a, b| truediv_int(a, b).map(Obj::Float),
            |a, b| a.truediv(b).map(Obj::Float),
            truediv,
        )
    }

    /// `self // other`.
    pub fn floordiv(&self, other: &Obj) -> PyResult<Obj> {
        self.arith(
            other,
            "//",
            |a, b| {
                if a == i64::MIN && b == -1 {
                    Ok(big(bi(a).neg()))
                } else {
                    floordiv_int(a, b).map(Obj::Int)
                }
            },
            |a, b| a.floordiv(b).map(big),
            floordiv_float,
        )
    }

    /// `self % other` for numbers. `str % value` (printf-style formatting) is
    /// not modelled: a str without `%` gives CPython's TypeError `not all
    /// arguments converted during string formatting`, any other str a
    /// `NotImplementedError`.
    pub fn modulo(&self, other: &Obj) -> PyResult<Obj> {
        if let Obj::Str(s) = self {
            return Err(if s.contains('%') {
                PyErr::new(
                    "NotImplementedError",
                    "printf-style formatting of a dynamically typed str is not supported",
                )
            } else {
                PyErr::type_error("not all arguments converted during string formatting")
            });
        }
        self.arith(
            other,
            "%",
            |a, b| mod_int(a, b).map(Obj::Int),
            |a, b| a.modulo(b).map(big),
            mod_float,
        )
    }

    /// `self ** other`: int ** non-negative int stays an (exact, possibly
    /// big) int, int ** negative int is a float (`2 ** -1 == 0.5`). A negative
    /// float base with a fractional exponent is `ValueError: math domain
    /// error` (CPython returns a complex number).
    pub fn pow(&self, other: &Obj) -> PyResult<Obj> {
        self.arith(
            other,
            "** or pow()",
            |a, b| {
                if b >= 0 {
                    match pow_int(a, b) {
                        Ok(v) => Ok(Obj::Int(v)),
                        // The only error for b >= 0 is an i64 overflow.
                        Err(_) => bi(a).pow(&bi(b)).map(big),
                    }
                } else {
                    pow_float(a as f64, b as f64).map(Obj::Float)
                }
            },
            |a, b| {
                if b.is_negative() {
                    pow_float(a.to_f64()?, b.to_f64()?).map(Obj::Float)
                } else {
                    a.pow(b).map(big)
                }
            },
            pow_float,
        )
    }

    /// `-self` (`-True == -1`).
    pub fn neg(&self) -> PyResult<Obj> {
        match *self {
            Obj::Bool(b) => Ok(Obj::Int(-i64::from(b))),
            Obj::Int(i) => Ok(match i.checked_neg() {
                Some(v) => Obj::Int(v),
                None => big(bi(i).neg()),
            }),
            Obj::Big(ref b) => Ok(big(b.neg())),
            Obj::Float(f) => Ok(Obj::Float(-f)),
            _ => Err(bad_operand("unary -", self)),
        }
    }

    /// `+self` (`+True == 1`).
    pub fn pos(&self) -> PyResult<Obj> {
        match *self {
            Obj::Bool(b) => Ok(Obj::Int(i64::from(b))),
            Obj::Int(i) => Ok(Obj::Int(i)),
            Obj::Big(ref b) => Ok(big(b.clone())),
            Obj::Float(f) => Ok(Obj::Float(f)),
            _ => Err(bad_operand("unary +", self)),
        }
    }

    /// `abs(self)`.
    pub fn abs_(&self) -> PyResult<Obj> {
        match *self {
            Obj::Bool(b) => Ok(Obj::Int(i64::from(b))),
            Obj::Int(i) => Ok(match i.checked_abs() {
                Some(v) => Obj::Int(v),
                None => big(bi(i).abs()),
            }),
            Obj::Big(ref b) => Ok(big(b.abs())),
            Obj::Float(f) => Ok(Obj::Float(f.abs())),
            _ => Err(bad_operand("abs()", self)),
        }
    }

    /// `round(self)` and `round(self, ndigits)`: ints stay ints, a float rounds half to
    /// even (to an int without `ndigits`), anything else is a TypeError.
    pub fn round(&self, ndigits: Option<i64>) -> PyResult<Obj> {
        match (self, ndigits) {
            (Obj::Bool(b), nd) => Obj::Int(i64::from(*b)).round(nd),
            (Obj::Int(i), None) => Ok(Obj::Int(*i)),
            (Obj::Int(i), Some(n)) => Ok(Obj::Int(crate::numbers::round_int_to(*i, n))),
            (Obj::Big(_), None) => Ok(self.clone()),
            (Obj::Big(_), Some(n)) if n >= 0 => Ok(self.clone()),
            (Obj::Float(f), None) => Ok(Obj::Int(crate::numbers::round_float(*f)?)),
            (Obj::Float(f), Some(n)) => Ok(Obj::Float(crate::numbers::round_float_to(*f, n))),
            _ => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                self.type_name()
            ))),
        }
    }

    /// The value where an int is required (`range(x)`, an index): int or bool,
    /// else TypeError `'float' object cannot be interpreted as an integer`; a
    /// big int is `OverflowError: Python int too large to convert to C long`.
    pub fn as_int(&self) -> PyResult<i64> {
        if let Obj::Big(b) = self {
            return b.to_i64();
        }
        match self.int_count() {
            Some(i) => Ok(i),
            None => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name()
            ))),
        }
    }

    /// The value where a float is required (`math.sqrt(x)`): int, bool or
    /// float, else TypeError `must be real number, not str`; a big int beyond
    /// the float range is `OverflowError: int too large to convert to float`.
    pub fn as_float(&self) -> PyResult<f64> {
        match self.num() {
            Some(n) => n.f(),
            None => Err(PyErr::type_error(format!(
                "must be real number, not {}",
                self.type_name()
            ))),
        }
    }

    /// The value where a str is required (`s.count(x)`): else TypeError `must be str, not int`.
    pub fn as_str(&self) -> PyResult<String> {
        match self {
            Obj::Str(s) => Ok(s.clone()),
            _ => Err(PyErr::type_error(format!(
                "must be str, not {}",
                self.type_name()
            ))),
        }
    }

    /// `bool(x)`.
    pub fn as_bool(&self) -> bool {
        self.py_bool()
    }

    /// `int(x)` as an `i64`: floats truncate, strs parse in base 10. A value
    /// outside `i64` raises `OverflowError` (a big int: `Python int too large
    /// to convert to C long`); [`Obj::to_int_obj`] gives it as a big int.
    pub fn to_int(&self) -> PyResult<i64> {
        match self {
            Obj::Bool(b) => Ok(i64::from(*b)),
            Obj::Int(i) => Ok(*i),
            Obj::Big(b) => b.to_i64(),
            Obj::Float(f) => int_from_float(*f),
            Obj::Str(s) => int_from_str(s, 10),
            Obj::None | Obj::Any(_) => Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                self.type_name()
            ))),
        }
    }

    /// `int(x)` of any size, normalised: a big int is itself, a float beyond
    /// `i64` and a str of many digits give `Obj::Big` (`int(s)` keeps CPython's
    /// limit of 4300 digits, `sys.set_int_max_str_digits`).
    pub fn to_int_obj(&self) -> PyResult<Obj> {
        match self {
            Obj::Big(b) => Ok(big(b.clone())),
            Obj::Float(f) if f.is_finite() && f.trunc().abs() >= 9223372036854775808.0 => {
                BigInt::from_f64(*f).map(big)
            }
            Obj::Str(s) => match int_from_str(s, 10) {
                Ok(i) => Ok(Obj::Int(i)),
                Err(e) if e.kind == "OverflowError" => BigInt::parse(s, 10).map(big),
                Err(e) => Err(e),
            },
            _ => self.to_int().map(Obj::Int),
        }
    }

    /// `float(x)`: strs parse like `float(s)`.
    pub fn to_float(&self) -> PyResult<f64> {
        match self {
            Obj::Str(s) => float_from_str(s),
            Obj::None => Err(PyErr::type_error(
                "float() argument must be a string or a real number, not 'NoneType'",
            )),
            _ => self.as_float(),
        }
    }

    /// `len(x)`: code points of a str, else TypeError `object of type 'int' has no len()`.
    pub fn py_len(&self) -> PyResult<i64> {
        match self {
            Obj::Str(s) => Ok(str_len(s)),
            _ => Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                self.type_name()
            ))),
        }
    }

    /// The Python hash of a number (None for str, None and NaN).
    fn num_hash(&self) -> Option<i64> {
        match *self {
            Obj::Bool(b) => Some(i64::from(b)),
            Obj::Int(i) => Some(hash_int(i)),
            Obj::Big(ref b) => Some(b.hash_value()),
            Obj::Float(f) => hash_float(f),
            _ => None,
        }
    }
}

/// `sum(items)`: left-to-right `+` starting from the int 0 (so a str item
/// raises `unsupported operand type(s) for +: 'int' and 'str'`, as in CPython).
pub fn sum_obj(items: impl IntoIterator<Item = Obj>) -> PyResult<Obj> {
    let mut total = Obj::Int(0);
    for x in items {
        total = total.add(&x)?;
    }
    Ok(total)
}

impl PartialEq for Obj {
    /// Python's `==`: numbers across kinds, str with str, None with None.
    fn eq(&self, other: &Obj) -> bool {
        match (self, other) {
            (Obj::None, Obj::None) => true,
            (Obj::Str(a), Obj::Str(b)) => a == b,
            (Obj::Any(a), Obj::Any(b)) => a.0.obj_eq(&*b.0),
            _ => match (self.num(), other.num()) {
                (Some(a), Some(b)) => num_cmp(a, b) == Some(Ordering::Equal),
                _ => false,
            },
        }
    }
}

/// NaN is not equal to itself (as in Python); a NaN key is never found again.
impl Eq for Obj {}

impl Hash for Obj {
    /// Equal numbers hash alike: numbers hash their CPython hash value.
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            Obj::None => 0u8.hash(state),
            Obj::Str(s) => {
                1u8.hash(state);
                s.hash(state);
            }
            Obj::Float(f) if f.is_nan() => 3u8.hash(state),
            Obj::Any(a) => {
                4u8.hash(state); // equal values have equal reprs
                a.0.obj_repr().hash(state);
            }
            _ => {
                2u8.hash(state);
                self.num_hash().hash(state);
            }
        }
    }
}

impl PartialOrd for Obj {
    /// Python's order where it exists; `None` where Python raises TypeError.
    fn partial_cmp(&self, other: &Obj) -> Option<Ordering> {
        self.order(other).unwrap_or(None)
    }
}

/// `obj == 3`, `obj == 2.5`, `obj == True`: as the Obj holding that scalar.
macro_rules! obj_eq_scalar {
    ($($t:ty => $kind:ident),*) => {$(
        impl PartialEq<$t> for Obj {
            fn eq(&self, other: &$t) -> bool {
                *self == Obj::$kind(*other)
            }
        }
    )*};
}
obj_eq_scalar!(i64 => Int, f64 => Float, bool => Bool);

impl PartialEq<str> for Obj {
    fn eq(&self, other: &str) -> bool {
        matches!(self, Obj::Str(s) if s == other)
    }
}

impl PartialEq<&str> for Obj {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<String> for Obj {
    fn eq(&self, other: &String) -> bool {
        *self == *other.as_str()
    }
}

/// `3 == obj` and the like: the same test the other way round.
macro_rules! scalar_eq_obj {
    ($($t:ty),*) => {$(
        impl PartialEq<Obj> for $t {
            fn eq(&self, other: &Obj) -> bool {
                *other == *self
            }
        }
    )*};
}
scalar_eq_obj!(i64, f64, bool, str, &str, String);

impl PyRepr for Obj {
    fn py_repr(&self) -> String {
        match self {
            Obj::None => "None".to_string(),
            Obj::Bool(b) => b.py_repr(),
            Obj::Int(i) => i.to_string(),
            Obj::Big(b) => b.to_string(),
            Obj::Float(f) => float_repr(*f),
            Obj::Str(s) => str_repr(s),
            Obj::Any(a) => a.0.obj_repr(),
        }
    }
    fn py_str(&self) -> String {
        match self {
            Obj::Str(s) => s.clone(),
            Obj::Any(a) => a.0.obj_str(),
            _ => self.py_repr(),
        }
    }
}

impl fmt::Display for Obj {
    /// `str(x)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Obj::Str(s) => f.write_str(s),
            Obj::Any(a) => f.write_str(&a.0.obj_str()),
            _ => f.write_str(&self.py_repr()),
        }
    }
}

impl PyTruthy for Obj {
    fn py_bool(&self) -> bool {
        match self {
            Obj::None => false,
            Obj::Bool(b) => *b,
            Obj::Int(i) => *i != 0,
            Obj::Big(b) => !b.is_zero(),
            // NaN is truthy.
            Obj::Float(f) => *f != 0.0,
            Obj::Str(s) => !s.is_empty(),
            Obj::Any(a) => a.0.obj_truthy(),
        }
    }
}

impl PyFormat for Obj {
    /// `format(x, spec)` by the kind's `__format__`; `None` accepts only `''`.
    fn py_format(&self, spec: &str) -> PyResult<String> {
        match self {
            Obj::None => object_format(&(), spec, "NoneType"),
            Obj::Bool(b) => format_bool(*b, spec),
            Obj::Int(i) => format_int(*i, spec),
            Obj::Big(b) => b.py_format(spec),
            Obj::Float(f) => format_float(*f, spec),
            Obj::Str(s) => format_str(s, spec),
            Obj::Any(a) => a.0.obj_format(spec),
        }
    }
}

impl PySetHash for Obj {
    /// CPython's hash for bools, ints and floats (not NaN); `None` for str and
    /// None (salted / address-based in CPython 3.11), which puts a set holding
    /// them in insertion order.
    fn py_hash(&self) -> Option<i64> {
        self.num_hash()
    }
}

impl PyHash for Obj {
    /// `hash(x)`: CPython's value for numbers; a str hashes as `String` does
    /// here (FNV-1a), None and NaN by a fixed value (CPython uses the address).
    fn builtin_hash(&self) -> i64 {
        match self {
            Obj::Str(s) => s.builtin_hash(),
            Obj::None => 0x5f3759df,
            Obj::Float(f) if f.is_nan() => f.builtin_hash(),
            Obj::Any(a) => a.0.obj_repr().builtin_hash(),
            _ => self.num_hash().unwrap_or(0),
        }
    }
}

// ---------------------------------------------------------------------------
// Fallible ordering: sort / sorted / min / max that raise CPython's TypeError
// ---------------------------------------------------------------------------

/// Python's `<` and `>` where they can raise (`Obj`), and for the types whose
/// comparison never fails, so keys may mix them (`(Obj, String)` tuples).
pub trait PyCmp {
    /// `self < other`.
    fn py_lt(&self, other: &Self) -> PyResult<bool>;
    /// `self > other`.
    fn py_gt(&self, other: &Self) -> PyResult<bool>;
}

impl PyCmp for Obj {
    fn py_lt(&self, other: &Obj) -> PyResult<bool> {
        Obj::py_lt(self, other)
    }
    fn py_gt(&self, other: &Obj) -> PyResult<bool> {
        Obj::py_gt(self, other)
    }
}

macro_rules! infallible_py_cmp {
    ($($t:ty),*) => {$(
        impl PyCmp for $t {
            fn py_lt(&self, other: &Self) -> PyResult<bool> {
                Ok(self < other)
            }
            fn py_gt(&self, other: &Self) -> PyResult<bool> {
                Ok(self > other)
            }
        }
    )*};
}
infallible_py_cmp!(i64, f64, bool, String);

/// Tuples compare as CPython does: the first position where the items differ
/// (by `==`) decides, with that item's `<` / `>` (and its TypeError).
macro_rules! tuple_py_cmp {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: PyCmp + PartialEq),+> PyCmp for ($($name,)+) {
            fn py_lt(&self, other: &Self) -> PyResult<bool> {
                $(if self.$idx != other.$idx {
                    return self.$idx.py_lt(&other.$idx);
                })+
                Ok(false)
            }
            fn py_gt(&self, other: &Self) -> PyResult<bool> {
                $(if self.$idx != other.$idx {
                    return self.$idx.py_gt(&other.$idx);
                })+
                Ok(false)
            }
        }
    };
}
tuple_py_cmp!(A 0, B 1);
tuple_py_cmp!(A 0, B 1, C 2);
tuple_py_cmp!(A 0, B 1, C 2, D 3);

/// The permutation CPython's `list.sort` produces with `keys`, or the
/// TypeError of the first comparison that fails (the same comparison CPython
/// fails at: the sort is an exact port, so earlier comparisons agree).
fn try_sort_order<K: PyCmp>(keys: &[K], reverse: bool) -> PyResult<Vec<usize>> {
    let mut err: Option<PyErr> = None;
    let perm = sort_order(keys.len(), reverse, |i, j| {
        if err.is_some() {
            return false;
        }
        match keys[i].py_lt(&keys[j]) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(perm),
    }
}

/// `sorted(items, reverse=reverse)` raising CPython's TypeError for items that
/// cannot be ordered (`'<' not supported between instances of 'str' and 'int'`).
pub fn try_sorted<T: PyCmp + Clone>(
    items: impl IntoIterator<Item = T>,
    reverse: bool,
) -> PyResult<List<T>> {
    let items: Vec<T> = items.into_iter().collect();
    let perm = try_sort_order(&items, reverse)?;
    Ok(List::from_vec(apply_order(items, &perm)))
}

/// `sorted(items, key=key, reverse=reverse)`: each key computed once, in order.
pub fn try_sorted_by_key<T: Clone, K: PyCmp>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
    reverse: bool,
) -> PyResult<List<T>> {
    let items: Vec<T> = items.into_iter().collect();
    let keys: Vec<K> = items.iter().map(&key).collect();
    let perm = try_sort_order(&keys, reverse)?;
    Ok(List::from_vec(apply_order(items, &perm)))
}

impl<T: Clone> List<T> {
    /// Sorts with `order` over the taken-out items (the list is empty meanwhile,
    /// as in CPython); on error the items go back in their original order
    /// (CPython leaves them partly sorted).
    fn try_sort_with(&self, order: impl FnOnce(&[T]) -> PyResult<Vec<usize>>) -> PyResult<()> {
        let items = std::mem::take(&mut *self.0.borrow_mut());
        let result = order(&items);
        let (new, res) = match result {
            Ok(perm) => (apply_order(items, &perm), Ok(())),
            Err(e) => (items, Err(e)),
        };
        let meanwhile = std::mem::replace(&mut *self.0.borrow_mut(), new);
        drop(meanwhile);
        res
    }

    /// `xs.sort(reverse=reverse)` raising CPython's TypeError for unorderable items.
    pub fn try_sort(&self, reverse: bool) -> PyResult<()>
    where
        T: PyCmp,
    {
        self.try_sort_with(|items| try_sort_order(items, reverse))
    }

    /// `xs.sort(key=key, reverse=reverse)` raising CPython's TypeError for unorderable keys.
    pub fn try_sort_by_key<K: PyCmp>(&self, key: impl Fn(&T) -> K, reverse: bool) -> PyResult<()> {
        self.try_sort_with(|items| {
            let keys: Vec<K> = items.iter().map(&key).collect();
            try_sort_order(&keys, reverse)
        })
    }
}

/// `min`/`max`: the first best item wins; `better(item, best)` is
/// `item < best` (min) or `item > best` (max), as in CPython's `min_max`.
fn try_best<T>(
    items: impl IntoIterator<Item = T>,
    better: impl Fn(&T, &T) -> PyResult<bool>,
    name: &str,
) -> PyResult<T> {
    let mut best: Option<T> = None;
    for item in items {
        best = match best {
            Some(b) => {
                if better(&item, &b)? {
                    Some(item)
                } else {
                    Some(b)
                }
            }
            None => Some(item),
        };
    }
    best.ok_or_else(|| PyErr::value_error(format!("{}() arg is an empty sequence", name)))
}

/// `min(items)` raising `'<' not supported between instances of ...`;
/// `ValueError: min() arg is an empty sequence`.
pub fn try_min_of<T: PyCmp>(items: impl IntoIterator<Item = T>) -> PyResult<T> {
    try_best(items, |a, b| a.py_lt(b), "min")
}

/// `max(items)` raising `'>' not supported between instances of ...`;
/// `ValueError: max() arg is an empty sequence`.
pub fn try_max_of<T: PyCmp>(items: impl IntoIterator<Item = T>) -> PyResult<T> {
    try_best(items, |a, b| a.py_gt(b), "max")
}

/// `min(items, key=key)`: each key computed once.
pub fn try_min_by_key<T, K: PyCmp>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> PyResult<T> {
    let pairs = items.into_iter().map(|x| {
        let k = key(&x);
        (x, k)
    });
    try_best(pairs, |a, b| a.1.py_lt(&b.1), "min").map(|p| p.0)
}

/// `max(items, key=key)`: each key computed once.
pub fn try_max_by_key<T, K: PyCmp>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> PyResult<T> {
    let pairs = items.into_iter().map(|x| {
        let k = key(&x);
        (x, k)
    });
    try_best(pairs, |a, b| a.1.py_gt(&b.1), "max").map(|p| p.0)
}

/// `min(a, b)`: `a` unless `b < a`.
pub fn try_min2<T: PyCmp>(a: T, b: T) -> PyResult<T> {
    Ok(if b.py_lt(&a)? { b } else { a })
}

/// `max(a, b)`: `a` unless `b > a`.
pub fn try_max2<T: PyCmp>(a: T, b: T) -> PyResult<T> {
    Ok(if b.py_gt(&a)? { b } else { a })
}

#[cfg(test)]
mod tests {
    //! Expected values were printed by CPython 3.11.7.
    use super::*;

    #[test]
    fn any_values_print_compare_and_hash() {
        use crate::{Dict, List};
        let xs = Obj::any(List::from_vec(vec![1i64, 2]));
        assert_eq!(xs.py_repr(), "[1, 2]");
        assert_eq!(xs.py_str(), "[1, 2]");
        assert!(xs == Obj::any(List::from_vec(vec![1i64, 2])));
        assert!(xs != Obj::any(List::from_vec(vec![2i64])));
        assert!(xs != Obj::Int(1));
        assert!(!Obj::any(List::<i64>::new()).py_bool());
        let d: Dict<Obj, i64> = Dict::new();
        d.set_item(xs.clone(), 7);
        assert_eq!(d.get(&Obj::any(List::from_vec(vec![1i64, 2]))), Some(7));
        assert_eq!(xs.type_name(), "object");
        assert_eq!(xs.type_name_of(), "list");
        assert_eq!(Obj::any(Dict::<Obj, i64>::new()).type_name_of(), "dict");
        assert_eq!(Obj::any((1i64, 2i64)).type_name_of(), "tuple");
        assert_eq!(Obj::any(crate::Set::<i64>::new()).type_name_of(), "set");
        let tree = Obj::any(crate::Tuple(vec![Obj::Str("add".to_string()), Obj::Int(1)]));
        assert_eq!(tree.py_repr(), "('add', 1)");
        assert_eq!(Obj::Float(1.0).type_name_of(), "float");
        assert!(xs.to_int().is_err());
    }
    use crate::dict::Dict;
    use crate::iter::{max_of, min_of, sorted};
    use crate::set::Set;

    fn o<T: Into<Obj>>(x: T) -> Obj {
        x.into()
    }

    fn none() -> Obj {
        Obj::None
    }

    /// `Kind: message` of a failed operation.
    fn err<T: fmt::Debug>(r: PyResult<T>) -> String {
        r.unwrap_err().to_string()
    }

    fn list(items: Vec<Obj>) -> List<Obj> {
        List::from_vec(items)
    }

    #[test]
    fn repr_and_str_of_each_kind() {
        let xs = list(vec![o(1), o("a"), o(2.5), none(), o(true)]);
        assert_eq!(xs.py_repr(), "[1, 'a', 2.5, None, True]");
        assert_eq!(xs.py_str(), "[1, 'a', 2.5, None, True]");
        let d: Dict<String, Obj> = Dict::new();
        d.set_item("name".to_string(), o("Ann"));
        d.set_item("age".to_string(), o(30));
        assert_eq!(d.py_repr(), "{'name': 'Ann', 'age': 30}");
        assert_eq!(o("it's").py_repr(), "\"it's\"");
        assert_eq!(o("a'b\"c").py_repr(), "'a\\'b\"c'");
        assert_eq!(o("tab\t").py_repr(), "'tab\\t'");
        assert_eq!(o("it's").py_str(), "it's");
        assert_eq!(o(1e16).py_str(), "1e+16");
        assert_eq!(o(-0.0).py_repr(), "-0.0");
        assert_eq!(o(f64::NAN).py_str(), "nan");
        assert_eq!(o(f64::INFINITY).py_str(), "inf");
        assert_eq!(o(123456789.0).py_repr(), "123456789.0");
        assert_eq!(o(false).py_str(), "False");
        assert_eq!(none().py_str(), "None");
        assert_eq!(o(i64::MIN).py_repr(), "-9223372036854775808");
        assert_eq!(
            format!("{} {} {} {}", o("x"), o(2.0), none(), o(true)),
            "x 2.0 None True"
        );
        assert_eq!(o(Some(3i64)), Obj::Int(3));
        assert!(o(None::<String>).is_none());
        assert!(o(()).is_none() && Obj::default().is_none());
        assert_eq!(o(String::from("s")).py_repr(), "'s'");
        let s = String::from("s");
        assert_eq!(Obj::from(&s).py_repr(), "'s'");
    }

    #[test]
    fn format_specs() {
        assert_eq!(o(30).py_format(">8").unwrap(), "      30");
        assert_eq!(o(2.5).py_format(">8").unwrap(), "     2.5");
        assert_eq!(o("ab").py_format(">8").unwrap(), "      ab");
        assert_eq!(o(30).py_format(".2f").unwrap(), "30.00");
        assert_eq!(o(1234.5).py_format(".2f").unwrap(), "1234.50");
        assert_eq!(o(1234567).py_format(",").unwrap(), "1,234,567");
        assert_eq!(o(1234567.891).py_format(",").unwrap(), "1,234,567.891");
        assert_eq!(o(-5).py_format("+08.2f").unwrap(), "-0005.00");
        assert_eq!(o(true).py_format(">5").unwrap(), "    1");
        assert_eq!(o(true).py_format("").unwrap(), "True");
        assert_eq!(o(true).py_format(".2f").unwrap(), "1.00");
        assert_eq!(o(true).py_format(",").unwrap(), "1");
        assert_eq!(none().py_format("").unwrap(), "None");
        assert_eq!(
            err(none().py_format(">5")),
            "TypeError: unsupported format string passed to NoneType.__format__"
        );
        assert_eq!(
            err(o("ab").py_format(",")),
            "ValueError: Cannot specify ',' with 's'."
        );
        assert_eq!(crate::format::format_value(&o(7), "03").unwrap(), "007");
    }

    #[test]
    fn equality_across_kinds() {
        assert!(o(1) == o(1.0) && o(1.0) == o(true) && o(1) == o(true));
        assert!(o(0) == o(false) && o(-0.0) == o(0));
        assert!(none() == none());
        assert!(none() != o(0) && none() != o(false) && none() != o(""));
        assert!(o("1") != o(1));
        assert!(o("a") == o("a") && o("a") != o("b"));
        // 9007199254740993 == 9007199254740992.0 is False in Python.
        assert!(o(9007199254740993i64) != o(9007199254740992.0));
        assert!(o(9007199254740992i64) == o(9007199254740992.0));
        assert!(o(i64::MAX) != o(9223372036854775808.0));
        assert!(o(f64::NAN) != o(f64::NAN));
        assert!(o(2) == 2i64 && o(2.0) == 2i64 && o(true) == 1i64);
        assert!(o(2) == 2.0 && o(2.5) == 2.5 && o(2.5) != 2i64);
        assert!(o(1) == true && o(0.0) == false && o("True") != true);
        let a = String::from("a");
        assert!(o("a") == "a" && o("a") == *"a" && o("a") == a);
        assert!(o(1) != "1");
        assert!(2i64 == o(2.0) && 0.5 == o(0.5) && true == o(1) && "x" == o("x"));
        let x = String::from("x");
        assert!(x == o("x") && *"x" == o("x"));
        let xs = list(vec![o(1), o("a"), none()]);
        assert!(crate::traits::PyContains::py_contains(&xs, &o(1.0)));
        assert!(crate::traits::PyContains::py_contains(&xs, &none()));
        assert!(!crate::traits::PyContains::py_contains(&xs, &o("b")));
        assert_eq!(xs.index(&o(true)).unwrap(), 0);
    }

    #[test]
    fn ordering_and_its_type_errors() {
        assert!(o(1).py_lt(&o(1.5)).unwrap());
        assert!(o(true).py_lt(&o(2)).unwrap());
        assert!(o(9007199254740993i64)
            .py_gt(&o(9007199254740992.0))
            .unwrap());
        assert!(o(i64::MAX).py_lt(&o(9223372036854775808.0)).unwrap());
        assert!(o(i64::MIN).py_ge(&o(-9223372036854775808.0)).unwrap());
        assert!(o(-1).py_gt(&o(f64::NEG_INFINITY)).unwrap());
        assert!(o(3).py_lt(&o(3.5)).unwrap() && !o(4).py_le(&o(3.5)).unwrap());
        assert!(!o(1).py_lt(&o(f64::NAN)).unwrap() && !o(1).py_ge(&o(f64::NAN)).unwrap());
        assert!(o("ab").py_lt(&o("abc")).unwrap() && o("b").py_gt(&o("abc")).unwrap());
        assert!(o("\u{e9}").py_gt(&o("z")).unwrap());
        assert!(o(2).py_le(&o(2.0)).unwrap() && o(2.0).py_ge(&o(2)).unwrap());
        assert!(o(1) < o(1.5) && o("a") < o("b") && o(2.0) >= o(true));
        assert_eq!(o("a").partial_cmp(&o(1)), None);
        assert!(matches!((o("a") < o(1), o("a") > o(1)), (false, false)));
        let cases: Vec<(PyResult<bool>, &str)> = vec![
            (
                o("a").py_lt(&o(1)),
                "'<' not supported between instances of 'str' and 'int'",
            ),
            (
                o(1).py_lt(&o("a")),
                "'<' not supported between instances of 'int' and 'str'",
            ),
            (
                o(true).py_lt(&o("a")),
                "'<' not supported between instances of 'bool' and 'str'",
            ),
            (
                none().py_lt(&none()),
                "'<' not supported between instances of 'NoneType' and 'NoneType'",
            ),
            (
                none().py_lt(&o(1)),
                "'<' not supported between instances of 'NoneType' and 'int'",
            ),
            (
                o(1.5).py_lt(&none()),
                "'<' not supported between instances of 'float' and 'NoneType'",
            ),
            (
                o("a").py_le(&o(1)),
                "'<=' not supported between instances of 'str' and 'int'",
            ),
            (
                o("a").py_gt(&o(1)),
                "'>' not supported between instances of 'str' and 'int'",
            ),
            (
                o("a").py_ge(&o(1)),
                "'>=' not supported between instances of 'str' and 'int'",
            ),
        ];
        for (r, msg) in cases {
            assert_eq!(err(r), format!("TypeError: {}", msg));
        }
    }

    #[test]
    fn hashes_match_cpython() {
        // (x, hash(x)) from CPython 3.11.
        let floats: &[(f64, i64)] = &[
            (1.5, 1152921504606846977),
            (-0.5, -1152921504606846976),
            (0.5, 1152921504606846976),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (1e300, 1224995262755759164),
            (1e100, 1822893315824342674),
            (1180591620717411303424.0, 512), // 2.0**70
            (-1.0, -2),
            (0.1, 230584300921369408),
            (12.345, 795515838178725900),
            (-7.625e-3, -17582052945254416),
            (-123.456, -1051464412201451643),
            (-2.5e-10, -699647011998930896),
            (123456789.125, 288230376275168533),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (1e-310, 615709907932414099),
            (2.2250738585072014e-308, 32768),
            (1.7976931348623157e308, 2234066890152476671),
            (9223372036854775808.0, 4),
            (-9223372036854775808.0, -4),
            (2305843009213693952.0, 1),
            (2305843009213693440.0, 2305843009213693440),
            (0.0, 0),
            (-0.0, 0),
        ];
        for &(x, h) in floats {
            assert_eq!(hash_float(x), Some(h), "hash({:?})", x);
            assert_eq!(o(x).py_hash(), Some(h));
            assert_eq!(o(x).builtin_hash(), h);
        }
        assert_eq!(hash_float(f64::NAN), None);
        // Integral floats hash like the int they equal.
        for &i in &[0i64, 1, -1, 7, -2, i64::MIN, 1 << 61, 123456789, -(1 << 53)] {
            assert_eq!(hash_float(i as f64), Some(hash_int(i)), "hash({}.0)", i);
            assert_eq!(o(i).py_hash(), Some(hash_int(i)));
        }
        assert_eq!(o(true).py_hash(), Some(1));
        assert_eq!(o(false).py_hash(), Some(0));
        assert_eq!(o("a").py_hash(), None);
        assert_eq!(none().py_hash(), None);
        assert_eq!(o(f64::NAN).py_hash(), None);
        assert_eq!(o(5).builtin_hash(), 5);
        assert_eq!(o(-1).builtin_hash(), -2);
        assert_eq!(o("abc").builtin_hash(), String::from("abc").builtin_hash());

        fn std_hash(x: &Obj) -> u64 {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            x.hash(&mut h);
            h.finish()
        }
        assert_eq!(std_hash(&o(1)), std_hash(&o(1.0)));
        assert_eq!(std_hash(&o(1)), std_hash(&o(true)));
        assert_eq!(std_hash(&o(0)), std_hash(&o(-0.0)));
        assert_eq!(
            std_hash(&o(1i64 << 62)),
            std_hash(&o(4611686018427387904.0))
        );
        assert_eq!(std_hash(&o("x")), std_hash(&o(String::from("x"))));
    }

    #[test]
    fn dict_keys_merge_like_python() {
        let d: Dict<Obj, i64> = Dict::new();
        d.set_item(o(1), 1);
        d.set_item(o(1.0), 2);
        d.set_item(o(true), 3);
        assert_eq!(d.len(), 1);
        assert_eq!(d.py_repr(), "{1: 3}");
        assert_eq!(d.get_item(&o(1.0)).unwrap(), 3);
        let d: Dict<Obj, Obj> = Dict::new();
        for (k, v) in vec![
            (o(2.0), "a"),
            (o("x"), "b"),
            (o(2), "c"),
            (none(), "d"),
            (o(false), "e"),
            (o(0), "f"),
        ] {
            d.set_item(k, o(v));
        }
        assert_eq!(d.py_repr(), "{2.0: 'c', 'x': 'b', None: 'd', False: 'f'}");
        assert_eq!(err(d.get_item(&o("y"))), "KeyError: 'y'");
    }

    #[test]
    fn set_order_matches_cpython() {
        // s = set(); for x in xs: s.add(x); print(s)
        let cases: Vec<(Vec<Obj>, &str)> = vec![
            (
                vec![o(5), o(1), o(33), o(17), o(9), o(2.5), o(1e20), o(-1)],
                "{1, 33, 2.5, 5, 9, 1e+20, 17, -1}",
            ),
            (
                vec![o(3.5), o(1), o(2), o(-0.5), o(1024), o(true)],
                "{-0.5, 1, 2, 3.5, 1024}",
            ),
            (
                vec![
                    o(10),
                    o(20),
                    o(9),
                    o(1.0),
                    o(8),
                    o(1099511627776i64),
                    o(0.1),
                ],
                "{1099511627776, 1.0, 0.1, 8, 9, 10, 20}",
            ),
            (
                vec![
                    o(100),
                    o(7),
                    o(1.5),
                    o(64),
                    o(32.0),
                    o(-3.25),
                    o(15),
                    o(1e-3),
                    o(9e15),
                ],
                "{64, 1.5, 32.0, 9000000000000000.0, 100, 7, 15, -3.25, 0.001}",
            ),
        ];
        for (xs, want) in cases {
            let s: Set<Obj> = Set::new();
            for x in xs {
                s.add(x);
            }
            assert_eq!(s.py_repr(), want);
        }
        // A str (no deterministic hash) switches to insertion order.
        let s: Set<Obj> = Set::new();
        for x in vec![o(3), o("a"), o(1), o(3.0)] {
            s.add(x);
        }
        assert_eq!(s.py_repr(), "{3, 'a', 1}");
    }

    #[test]
    fn sorting_mixed_numbers() {
        let xs = vec![
            o(3),
            o(1.5),
            o(true),
            o(2),
            o(0.5),
            o(-1),
            o(2.0),
            o(false),
            o(0),
        ];
        let want = "[-1, False, 0, 0.5, True, 1.5, 2, 2.0, 3]";
        assert_eq!(try_sorted(xs.clone(), false).unwrap().py_repr(), want);
        assert_eq!(sorted(xs.clone(), false).py_repr(), want);
        let want_rev = "[3, 2, 2.0, 1.5, True, 0.5, False, 0, -1]";
        assert_eq!(try_sorted(xs.clone(), true).unwrap().py_repr(), want_rev);
        let l = list(xs.clone());
        l.try_sort(false).unwrap();
        assert_eq!(l.py_repr(), want);
        let l = list(xs);
        l.sort_rev(true);
        assert_eq!(l.py_repr(), want_rev);
        let strs = vec![o("b"), o("a"), o("C"), o("\u{e9}"), o("")];
        assert_eq!(
            try_sorted(strs, false).unwrap().py_repr(),
            "['', 'C', 'a', 'b', '\u{e9}']"
        );
        let by_neg = try_sorted_by_key(
            vec![o(1), o(2.5), o(2), o(1.0)],
            |x| x.neg().unwrap(),
            false,
        );
        assert_eq!(by_neg.unwrap().py_repr(), "[2.5, 2, 1, 1.0]");
        let pairs = vec![(o("b"), o(2)), (o("a"), o(2.5)), (o("c"), o(1))];
        let by_value = try_sorted_by_key(pairs.clone(), |kv| kv.1.clone(), false).unwrap();
        assert_eq!(by_value.py_repr(), "[('c', 1), ('b', 2), ('a', 2.5)]");
        let l = List::from_vec(pairs);
        l.try_sort_by_key(|kv| (kv.1.clone(), kv.0.clone()), true)
            .unwrap();
        assert_eq!(l.py_repr(), "[('a', 2.5), ('b', 2), ('c', 1)]");
    }

    #[test]
    fn sorting_incomparable_raises() {
        let cases: Vec<(Vec<Obj>, bool, &str)> = vec![
            (vec![o(3), o("a")], false, "'str' and 'int'"),
            (vec![o("a"), o(3)], false, "'int' and 'str'"),
            (vec![o(1), none()], false, "'NoneType' and 'int'"),
            (vec![o(2), o(1), o("x"), o(0)], false, "'str' and 'int'"),
            (vec![o(1), o(2), o("x")], true, "'int' and 'str'"),
        ];
        for (xs, reverse, types) in cases {
            let want = format!(
                "TypeError: '<' not supported between instances of {}",
                types
            );
            assert_eq!(err(try_sorted(xs.clone(), reverse)), want);
            let l = list(xs.clone());
            assert_eq!(err(l.try_sort(reverse)), want);
            assert_eq!(
                l.py_repr(),
                list(xs).py_repr(),
                "unchanged after a failed sort"
            );
        }
        let pairs = vec![(o("b"), o(2)), (o("a"), o("x")), (o("c"), o(1))];
        assert_eq!(
            err(try_sorted_by_key(pairs, |kv| kv.1.clone(), false)),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        // Tuple keys compare their first differing item.
        let keyed = vec![(o(1), o("a")), (o(1), o(2))];
        assert_eq!(
            err(try_sorted(keyed, false)),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        // The generic entry points never raise: incomparable pairs count as "not less".
        assert_eq!(
            sorted(vec![o(3), o("a"), o(1)], false).py_repr(),
            "[3, 'a', 1]"
        );
    }

    #[test]
    fn min_and_max() {
        assert_eq!(
            try_min_of(vec![o(3), o(2.5), o(true), o(1.0)])
                .unwrap()
                .py_repr(),
            "True"
        );
        assert_eq!(
            try_max_of(vec![o(3), o(2.5), o(3.0), o(true)])
                .unwrap()
                .py_repr(),
            "3"
        );
        assert_eq!(
            min_of(vec![o(3), o(2.5), o(true), o(1.0)])
                .unwrap()
                .py_repr(),
            "True"
        );
        assert_eq!(
            max_of(vec![o(3), o(2.5), o(3.0), o(true)])
                .unwrap()
                .py_repr(),
            "3"
        );
        assert_eq!(
            err(try_min_of(vec![o(1), o("a")])),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(
            err(try_max_of(vec![o(1), o("a")])),
            "TypeError: '>' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(
            err(try_min_of(vec![o("b"), o(1)])),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        assert_eq!(
            err(try_min_of(vec![o(2), o("a"), o(1)])),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(
            err(try_max_of(vec![none(), o(1)])),
            "TypeError: '>' not supported between instances of 'int' and 'NoneType'"
        );
        assert_eq!(
            err(try_min_of(Vec::<Obj>::new())),
            "ValueError: min() arg is an empty sequence"
        );
        assert_eq!(
            err(try_max_of(Vec::<Obj>::new())),
            "ValueError: max() arg is an empty sequence"
        );
        assert_eq!(try_min2(o(1), o(1.0)).unwrap().py_repr(), "1");
        assert_eq!(try_max2(o(1), o(1.0)).unwrap().py_repr(), "1");
        assert_eq!(try_min2(o(1.0), o(true)).unwrap().py_repr(), "1.0");
        assert_eq!(
            err(try_max2(o("a"), o(1))),
            "TypeError: '>' not supported between instances of 'int' and 'str'"
        );
        let words = vec![o("bb"), o("a"), o("ccc")];
        let longest = try_max_by_key(words.clone(), |w| o(w.py_len().unwrap())).unwrap();
        assert_eq!(longest.py_repr(), "'ccc'");
        assert_eq!(
            try_min_by_key(words, |w| w.clone()).unwrap().py_repr(),
            "'a'"
        );
        assert_eq!(
            err(try_min_by_key(vec![o(1), o("a")], |x| x.clone())),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
    }

    /// `(a op b, repr(result) or "Kind: message")` from CPython 3.11.
    fn check(r: PyResult<Obj>, want: &str) {
        let got = match r {
            Ok(v) => v.py_repr(),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, want);
    }

    #[test]
    fn add_sub_mul() {
        check(o(2).add(&o(3)), "5");
        check(o(true).add(&o(true)), "2");
        check(o(1).add(&o(2.5)), "3.5");
        check(o(1.0).add(&o(9007199254740992i64)), "9007199254740992.0");
        check(o(i64::MAX).add(&o(1)), "9223372036854775808");
        check(o("a").add(&o("b")), "'ab'");
        check(
            o("a").add(&o(1)),
            "TypeError: can only concatenate str (not \"int\") to str",
        );
        check(
            o("a").add(&none()),
            "TypeError: can only concatenate str (not \"NoneType\") to str",
        );
        check(
            o(1).add(&o("a")),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        );
        check(
            none().add(&o(1)),
            "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'",
        );
        check(o(true).sub(&o(2)), "-1");
        check(o(0.5).sub(&o(2)), "-1.5");
        check(o(i64::MIN).sub(&o(1)), "-9223372036854775809");
        check(
            o("a").sub(&o(1)),
            "TypeError: unsupported operand type(s) for -: 'str' and 'int'",
        );
        check(o(3).mul(&o("ab")), "'ababab'");
        check(o("ab").mul(&o(3)), "'ababab'");
        check(o("ab").mul(&o(true)), "'ab'");
        check(o(true).mul(&o("ab")), "'ab'");
        check(o("ab").mul(&o(-2)), "''");
        check(o("s").mul(&o(0)), "''");
        check(
            o("a").mul(&o(2.0)),
            "TypeError: can't multiply sequence by non-int of type 'float'",
        );
        check(
            o(2.0).mul(&o("a")),
            "TypeError: can't multiply sequence by non-int of type 'float'",
        );
        check(
            o("a").mul(&o("b")),
            "TypeError: can't multiply sequence by non-int of type 'str'",
        );
        check(
            none().mul(&o("a")),
            "TypeError: can't multiply sequence by non-int of type 'NoneType'",
        );
        check(
            o("a").mul(&none()),
            "TypeError: can't multiply sequence by non-int of type 'NoneType'",
        );
        check(
            none().mul(&o(2)),
            "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'",
        );
        check(o(true).mul(&o(2.5)), "2.5");
        check(o(2.5).mul(&o(2)), "5.0");
        check(o(1e300).mul(&o(1e10)), "inf");
        check(o(-0.0).mul(&o(1)), "-0.0");
        check(o(1i64 << 62).mul(&o(2)), "9223372036854775808");
    }

    #[test]
    fn division_modulo_power() {
        check(o(7).truediv(&o(2)), "3.5");
        check(o(6).truediv(&o(3)), "2.0");
        check(o(true).truediv(&o(2)), "0.5");
        check(o(1).truediv(&o(0)), "ZeroDivisionError: division by zero");
        check(
            o(1).truediv(&o(0.0)),
            "ZeroDivisionError: float division by zero",
        );
        check(
            o(1.0).truediv(&o(0)),
            "ZeroDivisionError: float division by zero",
        );
        check(
            o("a").truediv(&o(2)),
            "TypeError: unsupported operand type(s) for /: 'str' and 'int'",
        );
        check(o(-7).floordiv(&o(2)), "-4");
        check(o(7).floordiv(&o(2.0)), "3.0");
        check(o(-7.5).floordiv(&o(2)), "-4.0");
        check(o(-7).floordiv(&o(-2)), "3");
        check(o(-7).floordiv(&o(2.0)), "-4.0");
        check(
            o(1).floordiv(&o(0)),
            "ZeroDivisionError: integer division or modulo by zero",
        );
        check(
            o(1.0).floordiv(&o(0)),
            "ZeroDivisionError: float floor division by zero",
        );
        check(
            o(1.5).floordiv(&o(0.0)),
            "ZeroDivisionError: float floor division by zero",
        );
        check(o(i64::MIN).floordiv(&o(-1)), "9223372036854775808");
        check(
            o("a").floordiv(&o(2)),
            "TypeError: unsupported operand type(s) for //: 'str' and 'int'",
        );
        check(o(-7).modulo(&o(3)), "2");
        check(o(7).modulo(&o(-3)), "-2");
        check(o(7.5).modulo(&o(-2)), "-0.5");
        check(o(-7.5).modulo(&o(2)), "0.5");
        check(o(7.0).modulo(&o(-2)), "-1.0");
        check(
            o(1).modulo(&o(0)),
            "ZeroDivisionError: integer modulo by zero",
        );
        check(
            o(true).modulo(&o(false)),
            "ZeroDivisionError: integer modulo by zero",
        );
        check(o(1.0).modulo(&o(0)), "ZeroDivisionError: float modulo");
        check(o(5).modulo(&o(0.0)), "ZeroDivisionError: float modulo");
        check(
            o("abc").modulo(&o(1)),
            "TypeError: not all arguments converted during string formatting",
        );
        check(
            o("abc").modulo(&o("x")),
            "TypeError: not all arguments converted during string formatting",
        );
        check(
            o(5).modulo(&o("a")),
            "TypeError: unsupported operand type(s) for %: 'int' and 'str'",
        );
        check(
            none().modulo(&o(1)),
            "TypeError: unsupported operand type(s) for %: 'NoneType' and 'int'",
        );
        assert_eq!(
            o("%d").modulo(&o(1)).unwrap_err().kind,
            "NotImplementedError"
        );
        check(o(2).pow(&o(-1)), "0.5");
        check(o(2).pow(&o(-2)), "0.25");
        check(
            o(0).pow(&o(-1)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        );
        check(o(2).pow(&o(62)), "4611686018427387904");
        check(o(-2).pow(&o(63)), "-9223372036854775808");
        check(o(2).pow(&o(63)), "9223372036854775808");
        check(o(2).pow(&o(100)), "1267650600228229401496703205376");
        check(o(3).pow(&o(0)), "1");
        check(o(0).pow(&o(0)), "1");
        check(o(0.0).pow(&o(0)), "1.0");
        check(o(false).pow(&o(0)), "1");
        check(o(2).pow(&o(true)), "2");
        check(
            o(2.0).pow(&o(10000)),
            "OverflowError: (34, 'Numerical result out of range')",
        );
        check(
            o(10).pow(&o(400.0)),
            "OverflowError: (34, 'Numerical result out of range')",
        );
        check(
            o("a").pow(&o(2)),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
        );
        check(
            o(2).pow(&o("a")),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
        );
    }

    #[test]
    fn unary_operators() {
        check(o(true).neg(), "-1");
        check(o(5).neg(), "-5");
        check(o(0.0).neg(), "-0.0");
        check(o(i64::MIN).neg(), "9223372036854775808");
        check(
            o("a").neg(),
            "TypeError: bad operand type for unary -: 'str'",
        );
        check(
            none().neg(),
            "TypeError: bad operand type for unary -: 'NoneType'",
        );
        check(o(true).pos(), "1");
        check(
            o("a").pos(),
            "TypeError: bad operand type for unary +: 'str'",
        );
        check(o(true).abs_(), "1");
        check(o(-2.5).abs_(), "2.5");
        check(o(-3).abs_(), "3");
        check(o(i64::MIN).abs_(), "9223372036854775808");
        check(
            o("a").abs_(),
            "TypeError: bad operand type for abs(): 'str'",
        );
        check(
            none().abs_(),
            "TypeError: bad operand type for abs(): 'NoneType'",
        );
    }

    #[test]
    fn static_conversions() {
        assert_eq!(o(7).as_int().unwrap(), 7);
        assert_eq!(o(true).as_int().unwrap(), 1);
        assert_eq!(
            err(o(2.5).as_int()),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            err(o("a").as_int()),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            err(none().as_int()),
            "TypeError: 'NoneType' object cannot be interpreted as an integer"
        );
        assert_eq!(o(2).as_float().unwrap(), 2.0);
        assert_eq!(o(false).as_float().unwrap(), 0.0);
        assert_eq!(o(2.5).as_float().unwrap(), 2.5);
        assert_eq!(
            err(o("a").as_float()),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            err(none().as_float()),
            "TypeError: must be real number, not NoneType"
        );
        assert_eq!(o("s").as_str().unwrap(), "s");
        assert_eq!(err(o(1).as_str()), "TypeError: must be str, not int");
        assert_eq!(err(none().as_str()), "TypeError: must be str, not NoneType");
        assert!(o(1).as_bool() && !o(0.0).as_bool() && o(f64::NAN).as_bool());
        assert!(!o("").as_bool() && o(" ").as_bool() && !none().as_bool() && !o(false).as_bool());
    }

    #[test]
    fn int_float_len_builtins() {
        assert_eq!(o("12").to_int().unwrap(), 12);
        assert_eq!(o(" -7 ").to_int().unwrap(), -7);
        assert_eq!(o("  12_000 ").to_int().unwrap(), 12000);
        assert_eq!(o(2.7).to_int().unwrap(), 2);
        assert_eq!(o(-2.7).to_int().unwrap(), -2);
        assert_eq!(o(-0.9).to_int().unwrap(), 0);
        assert_eq!(o(true).to_int().unwrap(), 1);
        assert_eq!(
            err(o("1.5").to_int()),
            "ValueError: invalid literal for int() with base 10: '1.5'"
        );
        assert_eq!(
            err(o("abc").to_int()),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            err(o("").to_int()),
            "ValueError: invalid literal for int() with base 10: ''"
        );
        assert_eq!(
            err(o(f64::NAN).to_int()),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            err(o(f64::INFINITY).to_int()),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            err(none().to_int()),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
        );
        assert_eq!(o(" 1e3 ").to_float().unwrap(), 1000.0);
        assert_eq!(o("1_000.5").to_float().unwrap(), 1000.5);
        assert_eq!(o("-inf").to_float().unwrap(), f64::NEG_INFINITY);
        assert!(o("nan").to_float().unwrap().is_nan());
        assert_eq!(o(true).to_float().unwrap(), 1.0);
        assert_eq!(o(3).to_float().unwrap(), 3.0);
        assert_eq!(
            err(o("x").to_float()),
            "ValueError: could not convert string to float: 'x'"
        );
        assert_eq!(
            err(none().to_float()),
            "TypeError: float() argument must be a string or a real number, not 'NoneType'"
        );
        assert_eq!(o("h\u{e9}llo").py_len().unwrap(), 5);
        assert_eq!(o("").py_len().unwrap(), 0);
        assert_eq!(
            err(o(5).py_len()),
            "TypeError: object of type 'int' has no len()"
        );
        assert_eq!(
            err(none().py_len()),
            "TypeError: object of type 'NoneType' has no len()"
        );
        assert_eq!(
            err(o(2.5).py_len()),
            "TypeError: object of type 'float' has no len()"
        );
        assert_eq!(
            err(o(true).py_len()),
            "TypeError: object of type 'bool' has no len()"
        );
    }

    #[test]
    fn type_names_and_predicates() {
        let all = [none(), o(true), o(1), o(1.5), o("s"), big_lit("18446744073709551616")];
        let names: Vec<&str> = all.iter().map(Obj::type_name).collect();
        assert_eq!(names, ["NoneType", "bool", "int", "float", "str", "int"]);
        let flags: Vec<(bool, bool, bool, bool, bool)> = all
            .iter()
            .map(|x| {
                (
                    x.is_none(),
                    x.is_bool(),
                    x.is_int(),
                    x.is_float(),
                    x.is_str(),
                )
            })
            .collect();
        assert_eq!(
            flags,
            vec![
                (true, false, false, false, false),
                (false, true, true, false, false),
                (false, false, true, false, false),
                (false, false, false, true, false),
                (false, false, false, false, true),
                (false, false, true, false, false),
            ]
        );
    }

    #[test]
    fn sums() {
        check(sum_obj(vec![o(1), o(2.5), o(true)]), "4.5");
        check(sum_obj(vec![o(1), o(2)]), "3");
        check(sum_obj(vec![o(true), o(true)]), "2");
        check(sum_obj(Vec::new()), "0");
        check(
            sum_obj(vec![o(1), o("a")]),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        );
        check(
            sum_obj(vec![o("a")]),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        );
        check(sum_obj(vec![o(0.1), o(0.2)]), "0.30000000000000004");
    }

    #[test]
    fn sentinel_rebound_to_int() {
        // node = "start"; ...; node = 3; print(node, node == "start")
        let mut node = o("start");
        assert!(node == "start");
        node = o(3);
        assert_eq!(
            format!("{} {}", node, (node == "start").py_repr()),
            "3 False"
        );
        assert!(node.is_int() && node.as_int().unwrap() + 1 == 4);
    }

    // -----------------------------------------------------------------------
    // Big ints: expected values printed by CPython 3.11.7.
    // -----------------------------------------------------------------------

    /// A decimal literal as a normalised `Obj`.
    fn big_lit(s: &str) -> Obj {
        Obj::from(BigInt::from_lit(s))
    }

    /// `2 ** n`.
    fn p2(n: i64) -> Obj {
        o(2).pow(&o(n)).unwrap()
    }

    fn is_big(x: &Obj) -> bool {
        matches!(x, Obj::Big(_))
    }

    #[test]
    fn ints_never_overflow() {
        let x = p2(70);
        assert!(is_big(&x));
        assert_eq!(x.py_repr(), "1180591620717411303424");
        // math.prod(range(1, 31)) by repeated multiplication.
        let mut f = o(1);
        for i in 1..=30i64 {
            f = f.mul(&o(i)).unwrap();
        }
        assert_eq!(f.py_repr(), "265252859812191058636308480000000");
        check(o(i64::MAX).add(&o(1)), "9223372036854775808");
        check(o(i64::MAX).add(&o(true)), "9223372036854775808");
        check(o(i64::MIN).sub(&o(1)), "-9223372036854775809");
        check(o(i64::MIN).neg(), "9223372036854775808");
        check(o(i64::MIN).abs_(), "9223372036854775808");
        check(o(i64::MIN).floordiv(&o(-1)), "9223372036854775808");
        check(o(i64::MIN).modulo(&o(-1)), "0");
        check(o(-2).pow(&o(65)), "-36893488147419103232");
        check(o(i64::MIN).pow(&o(2)), "85070591730234615865843651857942052864");
        check(p2(70).pow(&o(2)), "1393796574908163946345982392040522594123776");
        check(p2(64).mul(&p2(64)), "340282366920938463463374607431768211456");
        check(o(0).pow(&p2(70)), "0");
        check(o(1).pow(&p2(70)), "1");
        check(o(-1).pow(&p2(64).add(&o(1)).unwrap()), "-1");
        check(p2(64).pow(&o(1)), "18446744073709551616");
        // Results that fit i64 are normalised back to Obj::Int.
        let back = p2(64).sub(&p2(64).sub(&o(5)).unwrap()).unwrap();
        assert!(matches!(back, Obj::Int(5)));
        assert!(matches!(p2(70).sub(&p2(70)).unwrap(), Obj::Int(0)));
        assert!(matches!(p2(70).mul(&o(0)).unwrap(), Obj::Int(0)));
        assert!(matches!(
            p2(63).add(&o(-1)).unwrap(),
            Obj::Int(i64::MAX)
        ));
        assert!(matches!(p2(63).neg().unwrap(), Obj::Int(i64::MIN)));
        assert!(matches!(p2(63).floordiv(&o(2)).unwrap(), Obj::Int(_)));
        check(p2(63).floordiv(&o(1)), "9223372036854775808");
        assert!(is_big(&p2(63).floordiv(&o(1)).unwrap()));
        check(p2(70).neg(), "-1180591620717411303424");
        check(p2(70).neg().unwrap().abs_(), "1180591620717411303424");
        check(p2(70).pos(), "1180591620717411303424");
        // From<Int> normalises.
        assert!(matches!(Obj::from(BigInt::from_i64(5)), Obj::Int(5)));
        assert!(matches!(
            Obj::from(BigInt::from_lit("-9223372036854775808")),
            Obj::Int(i64::MIN)
        ));
        assert!(is_big(&big_lit("9223372036854775808")));
        assert!(is_big(&big_lit("-9223372036854775809")));
        // An un-normalised Big still behaves as its value.
        let five = Obj::Big(BigInt::from_i64(5));
        assert!(five == o(5) && five == o(5.0) && five.py_hash() == Some(5));
        assert!(matches!(five.add(&o(1)).unwrap(), Obj::Int(6)));
        assert_eq!(five.as_int().unwrap(), 5);
        check(o("ab").mul(&Obj::Big(BigInt::from_i64(2))), "'abab'");
    }

    #[test]
    fn big_division_and_modulo() {
        check(p2(70).floordiv(&o(7)), "168655945816773043346");
        check(p2(70).floordiv(&o(-7)), "-168655945816773043347");
        check(p2(70).neg().unwrap().floordiv(&o(7)), "-168655945816773043347");
        check(p2(70).modulo(&o(7)), "2");
        check(p2(70).modulo(&o(-7)), "-5");
        check(p2(70).neg().unwrap().modulo(&o(7)), "5");
        let d = p2(70).add(&o(1)).unwrap();
        check(p2(100).floordiv(&d), "1073741823");
        check(p2(100).modulo(&d), "1180591620716337561601");
        check(
            p2(70).floordiv(&o(0)),
            "ZeroDivisionError: integer division or modulo by zero",
        );
        check(p2(70).modulo(&o(false)), "ZeroDivisionError: integer modulo by zero");
        check(p2(70).truediv(&o(3)), "3.935305402391371e+20");
        check(p2(70).truediv(&p2(69)), "2.0");
        check(o(1).truediv(&p2(70)), "8.470329472543003e-22");
        check(p2(70).truediv(&o(0)), "ZeroDivisionError: division by zero");
        let e330 = o(10).pow(&o(330)).unwrap();
        check(
            e330.truediv(&o(3)),
            "OverflowError: integer division result too large for a float",
        );
        // Big with float: the big int converts to float.
        check(p2(70).add(&o(0.5)), "1.1805916207174113e+21");
        check(p2(70).mul(&o(1.5)), "1.770887431076117e+21");
        check(o(1.5).sub(&p2(70)), "-1.1805916207174113e+21");
        check(p2(70).floordiv(&o(1.5)), "7.870610804782742e+20");
        check(p2(70).modulo(&o(1.5)), "1.0");
        check(p2(70).pow(&o(0.5)), "34359738368.0");
        check(p2(70).pow(&o(-1)), "8.470329472543003e-22");
        check(o(2).pow(&p2(70).neg().unwrap()), "0.0");
        check(
            o(2.0).pow(&p2(70)),
            "OverflowError: (34, 'Numerical result out of range')",
        );
        let e400 = o(10).pow(&o(400)).unwrap();
        let too_large = "OverflowError: int too large to convert to float";
        check(e400.add(&o(1.5)), too_large);
        check(o(1.5).add(&e400), too_large);
        check(e400.truediv(&o(1.0)), too_large);
        check(o(1.0).truediv(&e400), too_large);
        check(e400.floordiv(&o(2.0)), too_large);
        check(e400.pow(&o(-1)), too_large);
        check(o(f64::NAN).mul(&e400), too_large);
        check(
            e400.add(&o("a")),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        );
        check(
            o("ab").mul(&p2(64)),
            "OverflowError: cannot fit 'int' into an index-sized integer",
        );
        check(
            p2(64).neg().unwrap().mul(&o("ab")),
            "OverflowError: cannot fit 'int' into an index-sized integer",
        );
    }

    #[test]
    fn big_comparisons_and_sorting() {
        let b64 = p2(64);
        let f64_2_64 = o(18446744073709551616.0);
        assert!(b64 == f64_2_64);
        assert!(f64_2_64 == b64);
        assert!(b64 == 18446744073709551616.0);
        let b64p1 = b64.add(&o(1)).unwrap();
        assert!(b64p1 != f64_2_64);
        assert!(b64p1.py_gt(&f64_2_64).unwrap());
        assert!(b64p1.py_lt(&o(18446744073709555712.0)).unwrap());
        assert!(f64_2_64.py_lt(&b64p1).unwrap());
        assert!(b64p1 > b64 && b64 > o(i64::MAX) && o(i64::MIN) > b64.neg().unwrap());
        assert!(b64 != o(i64::MAX) && b64 != o(true) && b64 != none() && b64 != o("18446744073709551616"));
        assert!(b64 == p2(32).mul(&p2(32)).unwrap());
        let e400 = o(10).pow(&o(400)).unwrap();
        assert!(e400.py_gt(&o(1e308)).unwrap());
        assert!(e400.py_lt(&o(f64::INFINITY)).unwrap());
        assert!(e400.neg().unwrap().py_lt(&o(-1e308)).unwrap());
        assert!(e400.neg().unwrap().py_gt(&o(f64::NEG_INFINITY)).unwrap());
        assert!(e400 != o(f64::NAN) && !e400.py_lt(&o(f64::NAN)).unwrap());
        assert!(!e400.py_ge(&o(f64::NAN)).unwrap());
        assert!(o(-1.5).py_gt(&b64.neg().unwrap()).unwrap());
        assert_eq!(
            err(b64.py_lt(&o("a"))),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        assert_eq!(
            err(none().py_ge(&b64)),
            "TypeError: '>=' not supported between instances of 'NoneType' and 'int'"
        );
        let xs = vec![p2(70), o(1.5), o(-3)];
        assert_eq!(
            try_sorted(xs.clone(), false).unwrap().py_repr(),
            "[-3, 1.5, 1180591620717411303424]"
        );
        assert_eq!(sorted(xs, false).py_repr(), "[-3, 1.5, 1180591620717411303424]");
        let xs = vec![
            p2(70),
            o(1.5),
            o(-3),
            p2(70).neg().unwrap(),
            o(true),
            o(1180591620717411303424.0),
            o(1e30),
        ];
        assert_eq!(
            try_sorted(xs, false).unwrap().py_repr(),
            "[-1180591620717411303424, -3, True, 1.5, 1180591620717411303424, 1.1805916207174113e+21, 1e+30]"
        );
        assert_eq!(
            try_max_of(vec![p2(70), o(1180591620717411303424.0), o(3)])
                .unwrap()
                .py_repr(),
            "1180591620717411303424"
        );
        assert_eq!(
            try_min_of(vec![p2(70).neg().unwrap(), o(-1e300), o(0)])
                .unwrap()
                .py_repr(),
            "-1e+300"
        );
        assert_eq!(
            err(try_sorted(vec![p2(70), o("a")], false)),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
    }

    #[test]
    fn big_hashes_match_cpython() {
        let b64 = p2(64);
        let f = o(18446744073709551616.0);
        assert_eq!(b64.py_hash(), Some(8));
        assert_eq!(f.py_hash(), Some(8));
        assert_eq!(b64.builtin_hash(), 8);
        assert_eq!(b64.neg().unwrap().py_hash(), Some(-8));
        assert_eq!(p2(100).py_hash(), Some(549755813888));
        assert_eq!(p2(100).neg().unwrap().py_hash(), Some(-549755813888));
        assert_eq!(big_lit("20752587082923245567").py_hash(), Some(8)); // 2**61 - 1 + 2**64
        assert_eq!(o(10).pow(&o(30)).unwrap().py_hash(), Some(465258685558744706));
        fn std_hash(x: &Obj) -> u64 {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            x.hash(&mut h);
            h.finish()
        }
        assert_eq!(std_hash(&b64), std_hash(&f));
        assert_eq!(std_hash(&p2(70)), std_hash(&o(1180591620717411303424.0)));
        assert_eq!(
            std_hash(&Obj::Big(BigInt::from_i64(7))),
            std_hash(&o(7))
        );
        let d: Dict<Obj, Obj> = Dict::new();
        d.set_item(p2(64), o("a"));
        d.set_item(o(18446744073709551616.0), o("b"));
        d.set_item(o(1), o("c"));
        assert_eq!(d.py_repr(), "{18446744073709551616: 'b', 1: 'c'}");
        let s: Set<Obj> = Set::new();
        s.add(p2(64));
        s.add(o(1));
        s.add(o(18446744073709551616.0));
        assert_eq!(s.py_repr(), "{18446744073709551616, 1}");
    }

    #[test]
    fn big_repr_format_and_conversions() {
        let x = p2(70);
        let nx = x.neg().unwrap();
        assert_eq!(x.py_str(), "1180591620717411303424");
        assert_eq!(format!("{}", p2(64).neg().unwrap()), "-18446744073709551616");
        assert_eq!(
            list(vec![x.clone(), o(1)]).py_repr(),
            "[1180591620717411303424, 1]"
        );
        assert_eq!(x.py_format(",").unwrap(), "1,180,591,620,717,411,303,424");
        assert_eq!(x.py_format("x").unwrap(), "400000000000000000");
        assert_eq!(nx.py_format(">30").unwrap(), "       -1180591620717411303424");
        assert_eq!(x.py_format(".2f").unwrap(), "1180591620717411303424.00");
        assert_eq!(x.py_format("e").unwrap(), "1.180592e+21");
        assert_eq!(nx.py_format("_").unwrap(), "-1_180_591_620_717_411_303_424");
        assert_eq!(x.py_format("").unwrap(), "1180591620717411303424");
        assert!(x.py_bool() && x.as_bool() && nx.as_bool());
        assert!(x.is_int() && !x.is_float() && !x.is_bool() && x.type_name() == "int");
        assert_eq!(
            err(x.as_int()),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(
            err(x.to_int()),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(x.as_float().unwrap(), 1.1805916207174113e+21);
        assert_eq!(nx.to_float().unwrap(), -1.1805916207174113e+21);
        let e400 = o(10).pow(&o(400)).unwrap();
        assert_eq!(
            err(e400.as_float()),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            err(e400.to_float()),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(err(x.py_len()), "TypeError: object of type 'int' has no len()");
        // int(x) of any size.
        let n = o("9".repeat(30)).to_int_obj().unwrap();
        assert!(is_big(&n));
        assert_eq!(n.py_repr(), "999999999999999999999999999999");
        check(
            o(" -123456789012345678901234567890 ").to_int_obj(),
            "-123456789012345678901234567890",
        );
        assert!(matches!(o(" 12 ").to_int_obj().unwrap(), Obj::Int(12)));
        check(o("9223372036854775808").to_int_obj(), "9223372036854775808");
        assert!(matches!(
            o("-9223372036854775808").to_int_obj().unwrap(),
            Obj::Int(i64::MIN)
        ));
        check(
            o("1.5").to_int_obj(),
            "ValueError: invalid literal for int() with base 10: '1.5'",
        );
        check(o(1e20).to_int_obj(), "100000000000000000000");
        check(o(-1e20).to_int_obj(), "-100000000000000000000");
        check(o(-9.3e18).to_int_obj(), "-9300000000000000000");
        check(o(-2.7).to_int_obj(), "-2");
        check(
            o(f64::INFINITY).to_int_obj(),
            "OverflowError: cannot convert float infinity to integer",
        );
        check(
            o(f64::NAN).to_int_obj(),
            "ValueError: cannot convert float NaN to integer",
        );
        check(o(true).to_int_obj(), "1");
        check(x.to_int_obj(), "1180591620717411303424");
        check(
            none().to_int_obj(),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        );
        // The i64 entry point keeps its error.
        assert_eq!(
            err(o("9".repeat(30)).to_int()),
            "OverflowError: integer overflow"
        );
    }

    #[test]
    fn big_sums() {
        check(
            sum_obj(vec![o(i64::MAX), o(1), o(1)]),
            "9223372036854775809",
        );
        let s = sum_obj(vec![o(i64::MAX), o(i64::MAX), o(-i64::MAX)]).unwrap();
        assert!(matches!(s, Obj::Int(i64::MAX)));
        check(sum_obj(vec![o(i64::MAX), o(0.5)]), "9.223372036854776e+18");
        assert!(matches!(
            sum_obj(vec![p2(70), p2(70).neg().unwrap()]).unwrap(),
            Obj::Int(0)
        ));
    }
}
