//! Where a program's standard output and error go: the process's, or,
//! while `capture` runs, buffers of the calling thread (tests and
//! embedders that run programs in-process, such as the REPL's tests).
//! Every goroutine runs on the thread that called `Sched::run` (one M).

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static CAPTURED: RefCell<Option<(Vec<u8>, Vec<u8>)>> = const { RefCell::new(None) };
}

/// Writes program output: to the capture buffers if `capture` is running
/// on this thread, else to the process's stdout or stderr. A closed
/// stdout is not the program's concern.
pub fn write(stderr: bool, bytes: &[u8]) {
    let captured = CAPTURED.with(|c| match c.borrow_mut().as_mut() {
        Some((out, err)) => {
            if stderr { err } else { out }.extend_from_slice(bytes);
            true
        }
        None => false,
    });
    if !captured {
        let _ = if stderr {
            std::io::stderr().write_all(bytes)
        } else {
            std::io::stdout().write_all(bytes)
        };
    }
}

/// Runs `f`, collecting what programs it runs print: (result, stdout,
/// stderr). Captures do not nest.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<u8>, Vec<u8>) {
    CAPTURED.with(|c| *c.borrow_mut() = Some((Vec::new(), Vec::new())));
    let r = f();
    let (out, err) = CAPTURED.with(|c| c.borrow_mut().take()).unwrap_or_default();
    (r, out, err)
}
