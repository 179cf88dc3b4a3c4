//! Ms: the OS threads that run goroutines (Go's proc.go `schedule` and
//! `findRunnable`, and the stop-the-world of a collection).
//!
//! Each M owns one P (its run queue in `Sched`). The scheduler's state is
//! behind one lock: an M takes it to pick a goroutine and to hand it back,
//! and the running goroutine takes it for each operation that touches
//! other goroutines (channels, `go`, sync, timers). Between those it runs
//! alone. The first M is the thread that called `run`; more start (up to
//! GOMAXPROCS) when work is queued and no M is idle, and idle Ms sleep on
//! a condition variable: an idle program uses no CPU.
//!
//! An M holds the heap's mutator guard while it runs goroutines; a
//! collection stops the world by taking the heap's world lock after
//! asking every M to yield at its next safe point (`sysmon::preempt_all`).
//! Ms that are idle or waiting to collect hold no guard.

use super::{sysmon, Notify, Sched, Wake};
use crate::heap::{Heap, Mutator, Stopped};
use crate::interp::{Goroutine, Stop};
use crate::program::Program;
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::sync::atomic::Ordering::Relaxed;
use std::thread::Scope;
use std::time::Duration;

/// What every M shares.
pub struct Shared {
    sched: Mutex<Sched>,
    /// Idle Ms wait here for work (or the program's end).
    work: Condvar,
}

/// One M, as the goroutine it runs sees it.
pub struct MCtx<'s, 'e> {
    shared: &'e Shared,
    scope: &'s Scope<'s, 'e>,
    prog: &'e Program,
    pub heap: &'e Heap,
    /// This M's number, which is its P's.
    pub p: usize,
    mutator: Option<Mutator<'e>>,
    /// The scheduler's lock, kept by the operation that parked the
    /// running goroutine until the M has handed it back (Go's gopark with
    /// an unlock function): nobody can wake it half-parked.
    held: Option<SchedGuard<'s, 'e>>,
}

/// The scheduler, locked. Unlocking wakes the Ms the holder asked for
/// (`Sched::notify`) and starts one more when asked (`Sched::spawn_m`).
pub struct SchedGuard<'s, 'e> {
    guard: MutexGuard<'e, Sched>,
    shared: &'e Shared,
    scope: &'s Scope<'s, 'e>,
    prog: &'e Program,
    heap: &'e Heap,
}

impl std::ops::Deref for SchedGuard<'_, '_> {
    type Target = Sched;
    fn deref(&self) -> &Sched {
        &self.guard
    }
}

impl std::ops::DerefMut for SchedGuard<'_, '_> {
    fn deref_mut(&mut self) -> &mut Sched {
        &mut self.guard
    }
}

impl Drop for SchedGuard<'_, '_> {
    fn drop(&mut self) {
        self.deliver();
    }
}

impl SchedGuard<'_, '_> {
    /// Wakes the Ms the holder asked for, starts the one it asked for.
    /// (On unlocking; and before an M waits with the lock, so that what it
    /// readied itself is not left waiting too.)
    fn deliver(&mut self) {
        match std::mem::take(&mut self.guard.notify) {
            Notify::None => {}
            Notify::One => {
                self.shared.work.notify_one();
            }
            Notify::All => {
                self.shared.work.notify_all();
            }
        }
        if std::mem::take(&mut self.guard.spawn_m) && self.guard.result.is_none() {
            let p = self.guard.ms;
            self.guard.ms += 1;
            let (shared, scope, prog, heap) = (self.shared, self.scope, self.prog, self.heap);
            let sink = crate::output::current();
            let started = std::thread::Builder::new()
                .name(format!("m{p}"))
                .spawn_scoped(scope, move || {
                    crate::output::set(sink);
                    m_loop(shared, scope, prog, heap, p)
                });
            if started.is_err() {
                // No thread: the program runs on the Ms it has.
                self.guard.ms -= 1;
            }
        }
    }
}

impl<'s, 'e> MCtx<'s, 'e> {
    /// Keeps the lock `s` until the parking goroutine is handed back.
    pub fn park_holding(&mut self, s: SchedGuard<'s, 'e>) {
        self.held = Some(s);
    }

    /// Locks the scheduler for one operation of the running goroutine
    /// (or the M's own bookkeeping). Never held across a collection.
    pub fn sched(&self) -> SchedGuard<'s, 'e> {
        debug_assert!(self.held.is_none(), "the scheduler's lock is held");
        let mut guard = self.shared.sched.lock();
        guard.cur_p = self.p;
        SchedGuard {
            guard,
            shared: self.shared,
            scope: self.scope,
            prog: self.prog,
            heap: self.heap,
        }
    }

    /// The flag sysmon (or a collection) sets to make this M's goroutine
    /// yield.
    pub fn preempt_flag(&self) -> &'static std::sync::atomic::AtomicBool {
        &sysmon::PREEMPT[self.p]
    }

    /// Stops the world and collects garbage. `own` is what the calling
    /// goroutine (`slot`) holds, its stack: published first, so that
    /// another M collecting before this one sees it too. With `force`
    /// false the collection is skipped when another M's just made it
    /// unneeded.
    pub fn collect(&mut self, slot: usize, own: Vec<u64>, force: bool) {
        self.sched().published.insert(slot, own);
        self.mutator = None;
        let stopped = self.stop_world();
        {
            let mut s = self.shared.sched.lock();
            if force || self.heap.should_collect() {
                let mut roots: Vec<u64> =
                    self.prog.globals.iter().map(|g| g.load(Relaxed)).collect();
                s.roots(self.prog, &mut roots);
                self.heap.collect(&stopped, roots, &mut s.chans);
                s.timers.sweep(self.heap);
            }
        }
        drop(stopped);
        self.mutator = Some(self.heap.enter());
        // Unpublished only now: until this M has its guard back, another
        // M may collect, and this goroutine's stack must count.
        self.sched().published.remove(&slot);
    }

    /// Takes the world lock, asking the other Ms again and again to come
    /// to a safe point (one that waits to collect itself has no guard).
    fn stop_world(&self) -> Stopped<'e> {
        loop {
            sysmon::preempt_all(self.p);
            if let Some(stopped) = self.heap.try_stop_world(Duration::from_millis(1)) {
                return stopped;
            }
        }
    }
}

/// Runs the program on as many Ms as it gets (see `Sched::run`).
pub fn run(sched: &mut Sched, prog: &Program, heap: &Heap, main: Goroutine) -> Result<(), Stop> {
    let mut s = std::mem::replace(sched, Sched::new(sched.max_stack));
    s.main_id = s.next_id;
    s.main_goexited = false;
    s.result = None;
    s.cur_p = 0;
    s.spawn(main, None);
    // Ms left from an earlier run (the REPL's) have ended with it; what
    // their Ps held waits on P 0.
    s.gather_queues(1);
    s.ms = 1;
    super::iopoll::reset_interrupt();
    s.idle = 0;
    s.running = 0;
    s.notify = Notify::None;
    s.spawn_m = false;
    let shared = Shared {
        sched: Mutex::new(s),
        work: Condvar::new(),
    };
    std::thread::scope(|scope| m_loop(&shared, scope, prog, heap, 0));
    let mut s = shared.sched.into_inner();
    let result = s.result.take().unwrap_or(Ok(()));
    *sched = s;
    result
}

/// One M: run goroutines until the program ends.
fn m_loop<'s, 'e>(
    shared: &'e Shared,
    scope: &'s Scope<'s, 'e>,
    prog: &'e Program,
    heap: &'e Heap,
    p: usize,
) {
    sysmon::m_started(p);
    let mut m = MCtx {
        shared,
        scope,
        prog,
        heap,
        p,
        mutator: Some(heap.enter()),
        held: None,
    };
    m.run_until(None);
}

impl<'s, 'e> MCtx<'s, 'e> {
    /// Runs goroutines on this M until the program ends (`None`), or —
    /// with `until` — until goroutine `until`, blocked in a callback on
    /// this M's stack, gets its wake.
    fn run_until(&mut self, until: Option<usize>) -> Option<Wake> {
        let (prog, heap, p) = (self.prog, self.heap, self.p);
        let mut s = self.held.take().unwrap_or_else(|| self.sched());
        loop {
            if let Some(slot) = until {
                if let Some(wake) = s.gs.take_early(slot) {
                    return Some(wake);
                }
            }
            if s.result.is_some() {
                break;
            }
            s.fire_timers(prog, heap);
            s.poll_io(heap);
            let next = s.next_runnable(p).or_else(|| s.steal_from_busy(p));
            let Some(slot) = next else {
                // (The timer just fired may be the wake waited for.)
                if until.is_some_and(|u| s.gs.early.contains_key(&u)) {
                    continue;
                }
                if s.running == 0
                    && !s.has_runnable()
                    && s.timers.until_next().is_none()
                    && !s.io_waiting()
                {
                    let stop = s.deadlock(prog);
                    s.finish(Err(stop));
                    break;
                }
                // Idle: hold nothing a collection would wait for.
                self.mutator = None;
                s.idle += 1;
                let mut timeout = s.timers.until_next();
                // Work queued on a busy P: look again shortly (steal_from_busy).
                let polling = s.has_runnable() && p < s.gomaxprocs;
                if polling {
                    s.polling += 1;
                    let look = super::STEAL_AFTER;
                    timeout = Some(timeout.map_or(look, |t| t.min(look)));
                }
                if s.io_waiting() && !s.io_polling {
                    s.io_polling = true;
                    drop(s);
                    super::iopoll::wait(timeout);
                    s = self.sched();
                    s.io_polling = false;
                } else {
                    s.deliver();
                    match timeout {
                        Some(t) => {
                            self.shared.work.wait_for(&mut s.guard, t);
                        }
                        None => self.shared.work.wait(&mut s.guard),
                    }
                }
                if polling {
                    s.polling -= 1;
                }
                s.idle -= 1;
                drop(s);
                self.mutator = Some(heap.enter());
                s = self.sched();
                continue;
            };
            let mut g = s.take_to_run(slot);
            // Under the lock: a `finish` that asks this M to stop comes after.
            sysmon::slice_started(p);
            drop(s);
            let step = g.run(prog, heap, self);
            sysmon::slice_ended(p);
            s = self.held.take().unwrap_or_else(|| self.sched());
            if let Some(end) = s.hand_back(prog, heap, g, step) {
                s.finish(end);
                break;
            }
            if heap.stop_wanted() {
                // Let a collection that waits for this M go first.
                drop(s);
                self.mutator = None;
                self.mutator = Some(heap.enter());
                s = self.sched();
            }
        }
        s.notify = Notify::All;
        None
    }

    /// A callback on this M (fmt's `String()`, a sort's `less`) blocked
    /// goroutine `g`, queued on what it waits for with the scheduler's
    /// lock kept: this M runs other goroutines until `g` is woken (Go
    /// would just block the goroutine; here its Rust frames are on this
    /// M's stack). Its stack counts for collections meanwhile. `Err` when
    /// the program ended first.
    pub fn wait_nested(&mut self, g: &mut Goroutine) -> Result<Wake, Stop> {
        let mut s = self.held.take().unwrap_or_else(|| self.sched());
        let mut roots = Vec::new();
        g.roots(self.prog, &mut roots);
        let dump = g.dump(self.prog, g.wait_reason);
        s.published.insert(g.slot, roots);
        s.nested.insert(g.slot, (g.id, dump));
        s.running -= 1;
        self.held = Some(s);
        let wake = self.run_until(Some(g.slot));
        let mut s = self.sched();
        s.published.remove(&g.slot);
        s.nested.remove(&g.slot);
        s.running += 1;
        let Some(wake) = wake else {
            // The program is over; how it ended is recorded already.
            return Err(Stop::Exit(0));
        };
        s.unpark(self.heap, g);
        Ok(wake)
    }
}
