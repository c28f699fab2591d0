//! `pyrt`: the runtime support crate shipped with Portalis-Ray.
//!
//! Generated code uses it for what Rust's std does not do the Python way:
//! float repr, printing containers, Python string operations, floor
//! division and modulo, reference-semantics containers, and exceptions.
//! No dependencies; builds offline on Rust 1.63+ and for wasm32-wasi.
#![forbid(unsafe_code)]

mod algos;
mod bigint;
mod bytes;
mod collections;
mod copy;
mod date;
mod dict;
mod error;
mod fail;
mod format;
mod fraction;
mod func;
mod hashlib;
mod io;
mod iter;
mod list;
mod math;
mod num;
mod numbers;
mod obj;
mod prim;
mod random;
mod re;
mod record;
mod seq;
mod set;
mod stats;
mod strings;
mod traits;

pub use algos::*;
pub use bigint::*;
pub use bytes::*;
pub use collections::*;
pub use copy::*;
pub use date::*;
pub use dict::*;
pub use error::*;
pub use fail::*;
pub use format::*;
pub use fraction::*;
pub use func::*;
pub use hashlib::*;
pub use io::*;
pub use iter::*;
pub use list::*;
pub use math::*;
pub use num::*;
pub use numbers::*;
pub use obj::*;
pub use prim::*;
pub use random::*;
pub use re::*;
pub use record::*;
pub use seq::*;
pub use set::*;
pub use stats::*;
pub use strings::*;
pub use traits::*;

/// What generated code imports with `use pyrt::prelude::*;`.
pub mod prelude {
    pub use crate::{
        Dict, Func, Int, List, Obj, PyContains, PyErr, Flow, PyFormat, PyLen, PyRepr, PyResult, PySetHash, PyTruthy,
        Set, Tuple,
    };
}
