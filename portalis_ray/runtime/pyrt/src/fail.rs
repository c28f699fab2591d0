//! Errors raised where `?` cannot reach (inside closures such as sort keys):
//! the program ends the way an uncaught Python exception ends it.

use crate::error::{PyErr, PyResult};

/// Unwrap a result inside a closure; on error, exit like an uncaught exception.
pub fn check<T>(result: PyResult<T>) -> T {
    match result {
        Ok(value) => value,
        Err(err) => exit_uncaught(&err),
    }
}

/// The value of an Optional used where Python needs the value itself.
pub fn expect_some<T>(value: Option<T>) -> PyResult<T> {
    value.ok_or_else(|| PyErr::type_error("'NoneType' object is not usable here"))
}

/// Flush stdout, report `err` on stderr as CPython would, and exit.
pub fn exit_uncaught(err: &PyErr) -> ! {
    crate::io::flush_stdout();
    std::process::exit(crate::io::report_uncaught(err))
}
