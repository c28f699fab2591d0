//! Program entry, `print`, `input` and error reporting.
//!
//! Standard output is buffered per thread in a `String` (like CPython writing
//! to a pipe) and flushed when it reaches 8 KiB, before anything is written
//! to standard error, before reading input, and when the program ends.
//! Write errors such as a closed pipe are ignored.

use std::cell::RefCell;
use std::io::{self, BufRead, Write};

use crate::error::{PyErr, PyResult};

/// Flush threshold of the stdout buffer.
const BUFFER_LIMIT: usize = 8 * 1024;

/// Stack size for the thread that runs the program body (deep recursion).
const MAIN_STACK_SIZE: usize = 256 * 1024 * 1024;

/// Buffered standard output of one thread.
struct OutBuf {
    text: String,
    /// Set once a write failed (e.g. broken pipe): later output is dropped.
    broken: bool,
}

impl OutBuf {
    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        if !self.broken {
            let stdout = io::stdout();
            let mut lock = stdout.lock();
            if lock.write_all(self.text.as_bytes()).is_err() || lock.flush().is_err() {
                self.broken = true;
            }
        }
        self.text.clear();
    }
}

impl Drop for OutBuf {
    fn drop(&mut self) {
        self.flush();
    }
}

thread_local! {
    static STDOUT_BUF: RefCell<OutBuf> = const {
        RefCell::new(OutBuf {
            text: String::new(),
            broken: false,
        })
    };
}

/// Joins `parts` with `sep` and appends `end`, as `print` does.
fn render(parts: &[String], sep: &str, end: &str) -> String {
    let mut line = String::new();
    push_parts(&mut line, parts, sep, end);
    line
}

/// Appends `parts` joined by `sep`, then `end`, to `out`.
fn push_parts(out: &mut String, parts: &[String], sep: &str, end: &str) {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out.push_str(end);
}

/// Appends a print to the stdout buffer, flushing at the threshold.
fn write_stdout_parts(parts: &[String], sep: &str, end: &str) {
    let buffered = STDOUT_BUF.try_with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            push_parts(&mut buf.text, parts, sep, end);
            if buf.text.len() >= BUFFER_LIMIT {
                buf.flush();
            }
            true
        }
        Err(_) => false,
    });
    if !matches!(buffered, Ok(true)) {
        // The buffer is gone (thread teardown) or busy: write through.
        let stdout = io::stdout();
        let mut lock = stdout.lock();
        let _ = lock.write_all(render(parts, sep, end).as_bytes());
        let _ = lock.flush();
    }
}

/// Appends text to the stdout buffer.
fn write_stdout(text: &str) {
    write_stdout_parts(&[], "", text);
}

/// Writes text to stderr (after flushing stdout), ignoring errors.
fn write_stderr(text: &str) {
    flush_stdout();
    let stderr = io::stderr();
    let mut lock = stderr.lock();
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}

/// `print(*parts, sep=sep, end=end)`; `parts` are already `str()`-converted.
pub fn print(parts: &[String], sep: &str, end: &str) {
    write_stdout_parts(parts, sep, end);
}

/// `print(*parts, sep=sep, end=end, file=sys.stderr)`.
pub fn eprint(parts: &[String], sep: &str, end: &str) {
    write_stderr(&render(parts, sep, end));
}

/// `sys.stdout.flush()`.
pub fn flush_stdout() {
    let _ = STDOUT_BUF.try_with(|buf| {
        if let Ok(mut buf) = buf.try_borrow_mut() {
            buf.flush();
        }
    });
}

/// `input(prompt)`: one line from stdin without its line ending; `EOFError` at end of input.
pub fn input(prompt: &str) -> PyResult<String> {
    if !prompt.is_empty() {
        write_stdout(prompt);
    }
    flush_stdout();
    let mut bytes = Vec::new();
    let stdin = io::stdin();
    let read = stdin.lock().read_until(b'\n', &mut bytes);
    match read {
        Ok(0) => Err(PyErr::new("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
                if bytes.last() == Some(&b'\r') {
                    bytes.pop();
                }
            }
            String::from_utf8(bytes).map_err(|e| {
                let bad = e.utf8_error();
                let pos = bad.valid_up_to();
                let byte = e.as_bytes()[pos];
                PyErr::new(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                        byte,
                        pos,
                        if bad.error_len().is_none() {
                            "unexpected end of data"
                        } else if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        }
                    ),
                )
            })
        }
        Err(e) => Err(PyErr::new("OSError", e.to_string())),
    }
}

/// The traceback-style report of an uncaught exception.
fn traceback(script: &str, last_line: &str) -> String {
    format!(
        "Traceback (most recent call last):\n  File \"{}\", in <module>\n{}\n",
        script, last_line
    )
}

thread_local! {
    /// The script name `run_main` was given, for reports made outside it (`fail::check`).
    static SCRIPT: RefCell<String> = RefCell::new(String::from("<module>"));
}

/// Report an uncaught exception (or `SystemExit`) on stderr as CPython
/// does; returns the process exit status.
pub(crate) fn report_uncaught(e: &PyErr) -> i32 {
    match e.exit_code {
        Some(code) => {
            if !e.msg.is_empty() {
                write_stderr(&format!("{}\n", e.msg));
            }
            code
        }
        None => {
            let script = SCRIPT.with(|s| s.borrow().clone());
            write_stderr(&traceback(&script, &e.to_string()));
            1
        }
    }
}

/// Python exception class for a Rust panic message.
fn panic_kind(msg: &str) -> &'static str {
    let lower = msg.to_ascii_lowercase();
    if lower.contains("overflowed its stack") || lower.contains("stack overflow") {
        "RecursionError"
    } else if lower.contains("overflow") {
        "OverflowError"
    } else {
        "SystemError"
    }
}

/// Runs the translated program: installs a panic hook that reports the panic
/// like an uncaught Python exception and exits with status 1, runs `body`,
/// flushes stdout, reports an `Err` on stderr, and returns the exit status.
pub fn run_main(body: fn() -> PyResult<()>, script: &str) -> i32 {
    let script_name = script.to_string();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let msg = if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let kind = panic_kind(&msg);
        write_stderr(&traceback(&script_name, &format!("{}: {}", kind, msg)));
        std::process::exit(1);
    }));

    let script_name = script.to_string();
    let run = move || -> i32 {
        SCRIPT.with(|s| *s.borrow_mut() = script_name.clone());
        let result = body();
        flush_stdout();
        match result {
            Ok(()) => 0,
            Err(e) => report_uncaught(&e),
        }
    };
    // Run on a thread with a large stack so that deep recursion (programs
    // that raise sys.setrecursionlimit) does not overflow the default stack;
    // where threads are unavailable (wasm32-wasi) run inline.
    let worker = std::thread::Builder::new()
        .name("main".to_string())
        .stack_size(MAIN_STACK_SIZE)
        .spawn(run.clone());
    match worker {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => run(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_formatting() {
        let parts = vec!["a".to_string(), "1".to_string(), "[2]".to_string()];
        assert_eq!(render(&parts, " ", "\n"), "a 1 [2]\n");
        assert_eq!(render(&parts, ", ", ""), "a, 1, [2]");
        assert_eq!(render(&[], " ", "\n"), "\n");
    }

    #[test]
    fn traceback_text() {
        let err = PyErr::zero_division("division by zero");
        assert_eq!(
            traceback("prog.py", &err.to_string()),
            "Traceback (most recent call last):\n  File \"prog.py\", in <module>\nZeroDivisionError: division by zero\n"
        );
        assert_eq!(panic_kind("attempt to add with overflow"), "OverflowError");
        assert_eq!(panic_kind("integer overflow in sum()"), "OverflowError");
        assert_eq!(
            panic_kind("thread 'main' has overflowed its stack"),
            "RecursionError"
        );
        assert_eq!(panic_kind("index out of bounds"), "SystemError");
    }

    #[test]
    fn buffer_flushes_at_threshold() {
        // Mark this thread's stdout as broken so flushing discards the text.
        STDOUT_BUF.with(|b| b.borrow_mut().broken = true);
        let big = "x".repeat(BUFFER_LIMIT / 2);
        write_stdout(&big);
        let pending = STDOUT_BUF.with(|b| b.borrow().text.len());
        assert_eq!(pending, BUFFER_LIMIT / 2);
        write_stdout(&big);
        let pending = STDOUT_BUF.with(|b| b.borrow().text.len());
        assert_eq!(pending, 0);
        print(&["".to_string()], " ", "");
        flush_stdout();
        let pending = STDOUT_BUF.with(|b| b.borrow().text.len());
        assert_eq!(pending, 0);
    }
}

/// `sys.stdin` as a value (its methods are the `stdin_*` functions).
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdin;
/// `sys.stdout` as a value.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdout;
/// `sys.stderr` as a value.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stderr;

/// `sys.argv`: the script's name, then the arguments the program was given.
pub fn argv() -> crate::List<String> {
    let mut out = vec![SCRIPT.with(|s| s.borrow().clone())];
    out.extend(std::env::args().skip(1));
    crate::List::from_vec(out)
}

/// One line of stdin with its ending (`\r\n` reads as `\n`, as in text mode); "" at the end.
pub fn stdin_readline() -> String {
    let mut bytes = Vec::new();
    let stdin = io::stdin();
    let _ = stdin.lock().read_until(b'\n', &mut bytes);
    if bytes.ends_with(b"\r\n") {
        bytes.truncate(bytes.len() - 2);
        bytes.push(b'\n');
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `sys.stdin.read()`: the rest of stdin.
pub fn stdin_read() -> String {
    let mut bytes = Vec::new();
    let stdin = io::stdin();
    let _ = io::Read::read_to_end(&mut stdin.lock(), &mut bytes);
    String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
}

/// `for line in sys.stdin`: each line with its ending.
pub fn stdin_lines() -> impl Iterator<Item = String> {
    std::iter::from_fn(|| {
        let line = stdin_readline();
        if line.is_empty() {
            None
        } else {
            Some(line)
        }
    })
}

/// `sys.stdin.readlines()`.
pub fn stdin_readlines() -> crate::List<String> {
    crate::List::from_vec(stdin_lines().collect())
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: the text written, in characters.
pub fn write_stream(text: &str, err: bool) -> i64 {
    if err {
        flush_stdout();
        let _ = io::stderr().write_all(text.as_bytes());
    } else {
        write_stdout(text);
    }
    text.chars().count() as i64
}
