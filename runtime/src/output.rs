//! Where a program's standard output and error go: the process's, or,
//! while `capture` runs, buffers (tests and embedders that run programs
//! in-process, such as the REPL's tests). The capture belongs to the
//! thread that called `capture`; the Ms a program starts inherit it
//! (`current`/`set`), so output from every goroutine lands in it.

use std::cell::RefCell;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Captured (stdout, stderr).
pub type Sink = Arc<Mutex<(Vec<u8>, Vec<u8>)>>;

thread_local! {
    static CAPTURED: RefCell<Option<Sink>> = const { RefCell::new(None) };
}

/// Writes program output: to the capture buffers if this thread captures,
/// else to the process's stdout or stderr. A closed stdout is not the
/// program's concern.
pub fn write(stderr: bool, bytes: &[u8]) {
    let captured = CAPTURED.with_borrow(|c| match c {
        Some(sink) => {
            let mut b = sink.lock().unwrap_or_else(|e| e.into_inner());
            if stderr { &mut b.1 } else { &mut b.0 }.extend_from_slice(bytes);
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

/// This thread's capture, for a thread it starts to `set`.
pub fn current() -> Option<Sink> {
    CAPTURED.with_borrow(|c| c.clone())
}

pub fn set(sink: Option<Sink>) {
    CAPTURED.with_borrow_mut(|c| *c = sink);
}

/// Runs `f`, collecting what programs it runs print: (result, stdout,
/// stderr). Captures do not nest.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<u8>, Vec<u8>) {
    let sink: Sink = Arc::default();
    set(Some(sink.clone()));
    let r = f();
    set(None);
    let (out, err) = std::mem::take(&mut *sink.lock().unwrap_or_else(|e| e.into_inner()));
    (r, out, err)
}
