//! The monitor thread (Go's `sysmon`): when one scheduling slice has run
//! for more than 10 ms, it sets the preemption flag, which the running
//! goroutine polls at loop back edges and calls (GC-safe points) and
//! answers by yielding. A goroutine spinning in `for {}` so cannot starve
//! the others.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// Set by sysmon, cleared by the goroutine that yields for it.
pub static PREEMPT: AtomicBool = AtomicBool::new(false);
/// Counts scheduling slices (Go's `schedtick`); odd while one is running.
static SLICE: AtomicU64 = AtomicU64::new(0);

/// Go's forcePreemptNS.
const SLICE_LIMIT: Duration = Duration::from_millis(10);

pub fn slice_started() {
    PREEMPT.store(false, Relaxed);
    SLICE.fetch_add(1, Relaxed);
}

pub fn slice_ended() {
    SLICE.fetch_add(1, Relaxed);
}

/// Starts the monitor (once the program creates its first goroutine).
pub fn start() {
    let _ = std::thread::Builder::new().name("sysmon".into()).spawn(|| {
        let mut seen = u64::MAX;
        let mut since = std::time::Instant::now();
        let mut delay = Duration::from_millis(2);
        loop {
            std::thread::sleep(delay);
            let s = SLICE.load(Relaxed);
            if s != seen {
                seen = s;
                since = std::time::Instant::now();
            } else if s % 2 == 1 && since.elapsed() >= SLICE_LIMIT {
                PREEMPT.store(true, Relaxed);
            }
            // While nothing runs (the program sleeps or waits for input),
            // back off as Go's sysmon does, to 20 ms: an idle program
            // costs next to no CPU.
            delay = if s % 2 == 1 {
                Duration::from_millis(2)
            } else {
                (delay * 2).min(Duration::from_millis(20))
            };
        }
    });
}
