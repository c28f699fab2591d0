//! Python exceptions as values: every fallible operation returns `PyResult`.

use std::fmt;

/// A Python exception (or `SystemExit`) travelling up as an `Err`.
#[derive(Clone, Debug, PartialEq)]
pub struct PyErr {
    /// Python class name, e.g. `ZeroDivisionError`.
    pub kind: String,
    /// The message, as `str(exc)` would print it.
    pub msg: String,
    /// `Some(status)` for `SystemExit`.
    pub exit_code: Option<i32>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: &str, msg: impl Into<String>) -> PyErr {
        PyErr { kind: kind.to_string(), msg: msg.into(), exit_code: None }
    }
    /// `sys.exit(code)` with an integer status.
    pub fn system_exit(code: i64) -> PyErr {
        PyErr { kind: "SystemExit".to_string(), msg: String::new(), exit_code: Some(code as i32) }
    }
    /// `sys.exit("message")`: the message goes to stderr and the status is 1.
    pub fn system_exit_msg(msg: &str) -> PyErr {
        PyErr { kind: "SystemExit".to_string(), msg: msg.to_string(), exit_code: Some(1) }
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("IndexError", msg)
    }
    pub fn key_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("KeyError", msg)
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("TypeError", msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new("ZeroDivisionError", msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("OverflowError", msg)
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}
