//! The monitor thread (Go's `sysmon`): when one scheduling slice of an M
//! has run for more than 10 ms, it sets that M's preemption flag, which
//! the running goroutine polls at loop back edges and calls (GC-safe
//! points) and answers by yielding. A goroutine spinning in `for {}` so
//! cannot starve the others. A collection sets every M's flag to bring
//! them all to a safe point (`preempt_all`).

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

/// The most Ms (OS threads running goroutines) a program gets; GOMAXPROCS
/// above it runs this many.
pub const MAX_MS: usize = 256;

/// Per M: set by sysmon (or a collection), cleared by the goroutine that
/// yields for it.
pub static PREEMPT: [AtomicBool; MAX_MS] = [const { AtomicBool::new(false) }; MAX_MS];
/// Per M: counts scheduling slices (Go's `schedtick`); odd while one runs.
static SLICE: [AtomicU64; MAX_MS] = [const { AtomicU64::new(0) }; MAX_MS];
/// How many Ms have started (sysmon watches these).
static MS: AtomicUsize = AtomicUsize::new(1);

/// Go's forcePreemptNS.
const SLICE_LIMIT: Duration = Duration::from_millis(10);

// Each M writes only its own counter: a load and a store, no atomic
// read-modify-write (two per goroutine switch otherwise).
pub fn slice_started(m: usize) {
    PREEMPT[m].store(false, Relaxed);
    SLICE[m].store(SLICE[m].load(Relaxed) + 1, Relaxed);
}

pub fn slice_ended(m: usize) {
    SLICE[m].store(SLICE[m].load(Relaxed) + 1, Relaxed);
}

/// M `m`'s slice count: odd while it runs a goroutine; unchanged while
/// it runs the same one.
pub fn slice(m: usize) -> u64 {
    SLICE[m].load(Relaxed)
}

/// M number `m` exists now.
pub fn m_started(m: usize) {
    MS.fetch_max(m + 1, Relaxed);
    if m > 0 {
        PARALLEL.store(true, Relaxed);
    }
}

/// Set once a second M has run: goroutines may then race for real.
static PARALLEL: AtomicBool = AtomicBool::new(false);

/// Whether goroutines ever ran in parallel in this process (a torn value
/// is possible only then: on one M a goroutine yields only between
/// statements).
pub fn parallel() -> bool {
    PARALLEL.load(Relaxed)
}

/// Asks the goroutine running on every M but `except` to yield.
pub fn preempt_all(except: usize) {
    for (m, flag) in PREEMPT.iter().enumerate().take(MS.load(Relaxed)) {
        if m != except {
            flag.store(true, Relaxed);
        }
    }
}

/// Starts the monitor (once the program creates its first goroutine).
pub fn start() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(spawn);
}

fn spawn() {
    let _ = std::thread::Builder::new().name("sysmon".into()).spawn(|| {
        let mut seen = [u64::MAX; MAX_MS];
        let mut since = [std::time::Instant::now(); MAX_MS];
        let mut delay = Duration::from_millis(2);
        loop {
            std::thread::sleep(delay);
            let mut busy = false;
            for m in 0..MS.load(Relaxed) {
                let s = SLICE[m].load(Relaxed);
                busy |= s % 2 == 1;
                if s != seen[m] {
                    seen[m] = s;
                    since[m] = std::time::Instant::now();
                } else if s % 2 == 1 && since[m].elapsed() >= SLICE_LIMIT {
                    PREEMPT[m].store(true, Relaxed);
                }
            }
            // While nothing runs (the program sleeps or waits for input),
            // back off as Go's sysmon does, to 20 ms: an idle program
            // costs next to no CPU.
            delay = if busy {
                Duration::from_millis(2)
            } else {
                (delay * 2).min(Duration::from_millis(20))
            };
        }
    });
}
