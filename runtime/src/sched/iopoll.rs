//! The I/O poller (Go's netpoller, for the one blocking source a script
//! has: stdin). A goroutine that needs input nobody has read yet does not
//! block its thread: the native reports `Fail::WouldBlock`, the goroutine
//! parks ("IO wait") and a reader thread reads stdin; when bytes (or the
//! end of input) arrive, the scheduler wakes the waiting goroutines,
//! which run the native again. Meanwhile the other goroutines run.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

#[derive(Default)]
struct Stdin {
    /// Read and not yet taken.
    buf: VecDeque<u8>,
    eof: bool,
    /// A goroutine waits for more: the reader thread should read.
    wanted: bool,
    started: bool,
    /// Reads done so far (`rearm_if_buffered`).
    chunks: u64,
}

static STDIN: Mutex<Stdin> = Mutex::new(Stdin {
    buf: VecDeque::new(),
    eof: false,
    wanted: false,
    started: false,
    chunks: 0,
});
/// The reader thread waits here for `wanted`.
static WANTED: Condvar = Condvar::new();
/// The scheduler, idle, waits here for input.
static ARRIVED: Condvar = Condvar::new();
/// Input arrived since the scheduler last looked.
static READY: AtomicBool = AtomicBool::new(false);
/// Set by `interrupt`: `wait` returns at once.
static STOP: AtomicBool = AtomicBool::new(false);

fn state() -> MutexGuard<'static, Stdin> {
    STDIN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Takes stdin's bytes up to and including `delim` (all that is left at
/// the end of input; with `None`, one byte). `None` when they have not
/// been read yet: the reader thread is asked for more.
pub fn take_until(delim: Option<u8>) -> Option<Vec<u8>> {
    let mut s = state();
    let end = match delim {
        Some(d) => s.buf.iter().position(|&b| b == d).map(|i| i + 1),
        None => (!s.buf.is_empty()).then_some(1),
    };
    match end {
        Some(n) => Some(s.buf.drain(..n).collect()),
        None if s.eof => Some(s.buf.drain(..).collect()),
        None => {
            want(&mut s);
            LAST_MISS.set(s.chunks);
            None
        }
    }
}

fn want(s: &mut Stdin) {
    s.wanted = true;
    if !s.started {
        s.started = true;
        let _ = std::thread::Builder::new()
            .name("stdin".into())
            .spawn(reader);
    }
    WANTED.notify_one();
}

/// The reader thread: reads a chunk whenever a goroutine wants one.
fn reader() {
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        {
            let mut s = state();
            while !s.wanted {
                s = WANTED.wait(s).unwrap_or_else(|e| e.into_inner());
            }
        }
        let n = loop {
            match std::io::stdin().lock().read(&mut chunk) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r.unwrap_or(0),
            }
        };
        let mut s = state();
        s.buf.extend(&chunk[..n]);
        s.eof = n == 0;
        s.chunks += 1;
        s.wanted = false;
        READY.store(true, SeqCst);
        ARRIVED.notify_all();
        if s.eof {
            return;
        }
    }
}

/// Whether input arrived since the last call (the scheduler then wakes
/// the goroutines waiting for it).
/// Wakes a thread in `wait` without input, now or when it next waits
/// (the program is ending).
pub fn interrupt() {
    let _s = state();
    STOP.store(true, SeqCst);
    ARRIVED.notify_all();
}

/// A new run (the REPL's next input) may wait again.
pub fn reset_interrupt() {
    STOP.store(false, SeqCst);
}

thread_local! {
    /// The chunk count when this thread's last `take_until` found too
    /// little input (its goroutine then parks, on this thread).
    static LAST_MISS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A goroutine is about to wait for input: if a chunk arrived since its
/// read found too little (another M's wake consumed the signal it came
/// with), signal again so the scheduler wakes it at its next look.
pub fn rearm_if_buffered() {
    let s = state();
    if s.chunks != LAST_MISS.get() {
        READY.store(true, SeqCst);
    }
}

pub fn arrived() -> bool {
    READY.swap(false, SeqCst)
}

/// Blocks the idle scheduler until input arrives or `timeout` passes.
pub fn wait(timeout: Option<Duration>) {
    let s = state();
    if READY.load(SeqCst) || STOP.load(SeqCst) {
        return;
    }
    // A poisoned lock still protects plain data: go on either way.
    match timeout {
        Some(t) => drop(ARRIVED.wait_timeout(s, t)),
        None => drop(ARRIVED.wait(s)),
    }
}
