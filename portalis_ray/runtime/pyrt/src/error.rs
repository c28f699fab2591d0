//! Python exceptions as values: every fallible operation returns `PyResult`.

use std::any::Any;
use std::fmt;
use std::rc::Rc;

/// A Python exception (or `SystemExit`) travelling up as an `Err`.
#[derive(Clone)]
pub struct PyErr {
    /// Python class name, e.g. `ZeroDivisionError`.
    pub kind: String,
    /// The message, as `str(exc)` would print it.
    pub msg: String,
    /// `Some(status)` for `SystemExit`.
    pub exit_code: Option<i32>,
    /// The exception object of a user-defined exception class with its own fields.
    pub payload: Option<Rc<dyn Any>>,
    /// `raise ... from cause`: the exception's `__cause__`.
    pub cause: Option<Rc<PyErr>>,
    /// A `KeyError` (or a subclass): `msg` is the repr of the key, as `str(exc)` prints it.
    pub key_repr: bool,
}

/// How a `try` body (or handler) ended: generated code runs `finally` and
/// then carries the jump out, since `?`, `return` and `break` cannot pass it.
pub enum Flow<R> {
    Next,
    Return(R),
    Break,
    Continue,
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PyErr({}: {:?}, exit={:?})", self.kind, self.msg, self.exit_code)
    }
}

impl PartialEq for PyErr {
    fn eq(&self, other: &PyErr) -> bool {
        self.kind == other.kind && self.msg == other.msg && self.exit_code == other.exit_code
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// `exc.args[0]` as text: a `KeyError` keeps the key's repr as its message
    /// (`str(KeyError("k"))` is `'k'`), while `args[0]` is the key itself.
    pub fn arg_text(&self) -> String {
        let m = &self.msg;
        if self.key_repr && m.len() >= 2 {
            let quote = m.chars().next().unwrap_or(' ');
            if (quote == '\'' || quote == '"') && m.ends_with(quote) {
                let inner = &m[1..m.len() - 1];
                return inner.replace("\\'", "'").replace("\\\\", "\\");
            }
        }
        m.clone()
    }

    pub fn new(kind: &str, msg: impl Into<String>) -> PyErr {
        PyErr {
            kind: kind.to_string(),
            msg: msg.into(),
            exit_code: None,
            payload: None,
            cause: None,
            key_repr: kind == "KeyError",
        }
    }
    /// A subclass of `KeyError` raised with one argument: ``msg`` is the argument's repr.
    pub fn key_like(kind: &str, msg: impl Into<String>) -> PyErr {
        PyErr { key_repr: true, ..PyErr::new(kind, msg) }
    }
    /// An instance of a user-defined exception class that carries fields.
    pub fn with_payload<T: Any>(kind: &str, msg: impl Into<String>, obj: T) -> PyErr {
        PyErr {
            kind: kind.to_string(),
            msg: msg.into(),
            exit_code: None,
            payload: Some(Rc::new(obj)),
            cause: None,
            key_repr: false,
        }
    }
    /// The exception object behind `except Cls as e`, when it is a `T`.
    pub fn payload_as<T: Any + Clone>(&self) -> PyResult<T> {
        match self.payload.as_ref().and_then(|p| p.downcast_ref::<T>()) {
            Some(obj) => Ok(obj.clone()),
            None => Err(PyErr::type_error(format!(
                "'{}' object has no attribute of the expected class",
                self.kind
            ))),
        }
    }
    /// `raise self from cause` (`None` for `from None`).
    pub fn with_cause(mut self, cause: Option<PyErr>) -> PyErr {
        self.cause = cause.map(Rc::new);
        self
    }
    /// `e.__cause__`.
    pub fn cause(&self) -> Option<PyErr> {
        self.cause.as_deref().cloned()
    }
    /// Whether the exception's class is one of `kinds` (its class and subclasses).
    pub fn is(&self, kinds: &[&str]) -> bool {
        kinds.iter().any(|k| *k == self.kind)
    }
    /// `sys.exit(code)` with an integer status.
    pub fn system_exit(code: i64) -> PyErr {
        PyErr {
            kind: "SystemExit".to_string(),
            msg: String::new(),
            exit_code: Some(code as i32),
            payload: None,
            cause: None,
            key_repr: false,
        }
    }
    /// `sys.exit("message")`: the message goes to stderr and the status is 1.
    pub fn system_exit_msg(msg: &str) -> PyErr {
        PyErr {
            kind: "SystemExit".to_string(),
            msg: msg.to_string(),
            exit_code: Some(1),
            payload: None,
            cause: None,
            key_repr: false,
        }
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
    /// The last line of a traceback: `KeyError: 'x'` (classes of `__main__` unqualified).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl crate::traits::PyRepr for PyErr {
    /// `repr(exc)`: `ValueError('bad')`; a KeyError's message is already a repr.
    fn py_repr(&self) -> String {
        if self.msg.is_empty() {
            format!("{}()", self.kind)
        } else if self.key_repr {
            format!("{}({})", self.kind, self.msg)
        } else {
            format!("{}({})", self.kind, crate::strings::str_repr(&self.msg))
        }
    }
    /// `str(exc)`: the message.
    fn py_str(&self) -> String {
        self.msg.clone()
    }
}

impl crate::traits::PyFormat for PyErr {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        crate::format::format_str(&self.msg, spec)
    }
}

/// An exception object is always true (`if e.__cause__:`).
impl crate::traits::PyTruthy for PyErr {
    fn py_bool(&self) -> bool {
        true
    }
}
