//! Standard-library functions that need the scheduler: they may park the
//! calling goroutine, wake others, start goroutines or arm timers. Called
//! by `Op::CallRuntime` like ordinary natives (argument slots in, result
//! slots out), plus a `Flow` that tells the interpreter whether to go on.
//!
//! The sync primitives keep their state in the value's own slots (a
//! Mutex is one word: locked or not) and their waiters in the scheduler's
//! semaphore table keyed by the value's address, as Go's sema.go does.
//! Unlocking hands the lock straight to the first waiter (Go's starvation
//! mode), so waiters are served in FIFO order.

use super::timers::{self, Action};
use super::{Sched, Wake};
use crate::chan::Chan;
use crate::heap::{Addr, Heap, Layout};
use crate::natives::Fail;
use crate::program::Program;

/// What the interpreter does after a runtime native returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// Park the calling goroutine with this wait reason.
    Park(&'static str),
    /// Let other goroutines run first (`runtime.Gosched`).
    Yield,
    /// End the goroutine after running its deferred calls.
    Goexit,
    /// Collect garbage now (`runtime.GC`).
    Collect,
    /// A fatal error (`fatal error: ...`): no deferred call runs.
    Fatal(&'static str),
}

pub struct RtCtx<'a> {
    pub heap: &'a Heap,
    pub sched: &'a mut Sched,
    pub prog: &'a Program,
    /// The calling goroutine: its slot and the generation it parks at.
    pub slot: usize,
    pub gen: u64,
    /// The goroutine a native started, for `created by` (set by natives
    /// that spawn).
    pub spawn: Option<(Addr, Vec<u64>, Option<Addr>)>,
}

impl<'a> RtCtx<'a> {
    /// The context of a native called by goroutine `slot` (parking at
    /// generation `gen`).
    pub fn new(
        heap: &'a Heap,
        sched: &'a mut Sched,
        prog: &'a Program,
        slot: usize,
        gen: u64,
    ) -> RtCtx<'a> {
        RtCtx {
            heap,
            sched,
            prog,
            slot,
            gen,
            spawn: None,
        }
    }
}

pub type RtFn = fn(&mut RtCtx, &[u64], &mut Vec<u64>) -> Result<Flow, Fail>;

/// Semaphore queue kinds (one address may have several queues).
const Q_LOCK: u8 = 0;
const Q_READ: u8 = 1;
const Q_WAIT: u8 = 2;

fn word(h: &Heap, a: Addr, k: u64) -> Result<u64, Fail> {
    h.load(a + 8 * k, 8).ok_or_else(nil_deref)
}

fn set(h: &Heap, a: Addr, k: u64, v: u64) {
    h.store(a + 8 * k, 8, v);
}

fn nil_deref() -> Fail {
    Fail::Panic("runtime error: invalid memory address or nil pointer dereference".into())
}

fn park(c: &mut RtCtx, addr: Addr, kind: u8, reason: &'static str) -> Flow {
    c.sched.sema_park(addr, kind, c.slot, c.gen);
    Flow::Park(reason)
}

fn wake(c: &mut RtCtx, slot: usize) {
    c.sched.ready(c.heap, slot, Wake::default());
}

// ---- runtime

fn num_goroutine(c: &mut RtCtx, _: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    out.push(c.sched.num_goroutine() as u64);
    Ok(Flow::Continue)
}

fn gosched(_: &mut RtCtx, _: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    Ok(Flow::Yield)
}

fn goexit(_: &mut RtCtx, _: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    Ok(Flow::Goexit)
}

fn gc(_: &mut RtCtx, _: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    Ok(Flow::Collect)
}

/// runtime.ReadMemStats: the heap's counters into the `MemStats` at
/// `a[0]` (slot offsets from the declaration in compiler/stdlib/runtime.go:
/// 24 uint64 fields, PauseNs and PauseEnd [256]uint64, then NumGC...).
fn read_mem_stats(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    word(c.heap, m, 0)?;
    let st = c.heap.stats();
    let objects = c.heap.live_objects() as u64;
    let fields: [(u64, u64); 10] = [
        (0, st.live_bytes),                     // Alloc
        (1, st.total_alloc),                    // TotalAlloc
        (2, st.next_gc.max(st.live_bytes) * 2), // Sys (an estimate)
        (4, st.mallocs),                        // Mallocs
        (5, st.frees),                          // Frees
        (6, st.live_bytes),                     // HeapAlloc
        (7, st.next_gc.max(st.live_bytes)),     // HeapSys
        (11, objects),                          // HeapObjects
        (21, st.next_gc),                       // NextGC
        (536, st.num_gc as u64),                // NumGC
    ];
    for (slot, v) in fields {
        set(c.heap, m, slot, v);
    }
    set(c.heap, m, 539, 1); // EnableGC
    Ok(Flow::Continue)
}

fn gomaxprocs(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    out.push(c.sched.gomaxprocs as u64);
    if (a[0] as i64) > 0 {
        c.sched.set_gomaxprocs(a[0] as usize);
    }
    Ok(Flow::Continue)
}

fn num_cpu(_: &mut RtCtx, _: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    out.push(std::thread::available_parallelism().map_or(1, |n| n.get()) as u64);
    Ok(Flow::Continue)
}

// ---- time

fn sleep(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let d = a[0] as i64;
    if d <= 0 {
        return Ok(Flow::Continue);
    }
    let when = timers::now().saturating_add(d);
    c.sched.timers.add(
        when,
        Action::Wake {
            slot: c.slot,
            gen: c.gen,
        },
    );
    Ok(Flow::Park("sleep"))
}

/// A timer's channel: `chan Time` with Go 1.23's hidden one-slot buffer.
fn timer_chan(c: &mut RtCtx) -> Addr {
    let time_layout = c.heap.layout(Layout {
        words: 3,
        refs: vec![],
    });
    let mut ch = Chan::new(3, time_layout, 1);
    ch.timer = true;
    c.sched.chans.make(c.heap, ch)
}

/// A `*time.Timer` / `*time.Ticker` object: `C`, the timer id, an
/// AfterFunc's function (the lowering gives the types this layout).
fn timer_object(h: &Heap, chan: Addr, id: u64, func: Addr) -> Addr {
    let layout = h.layout(Layout {
        words: 3,
        refs: vec![0, 2],
    });
    let t = h.alloc_words(layout, 1);
    set(h, t, 0, chan);
    set(h, t, 1, id);
    set(h, t, 2, func);
    t
}

fn after(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let ch = timer_chan(c);
    let when = timers::now().saturating_add(a[0] as i64);
    c.sched.timers.add(
        when,
        Action::Send {
            chan: ch,
            period: 0,
        },
    );
    out.push(ch);
    Ok(Flow::Continue)
}

fn new_timer(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let ch = timer_chan(c);
    let when = timers::now().saturating_add(a[0] as i64);
    let id = c.sched.timers.add(
        when,
        Action::Send {
            chan: ch,
            period: 0,
        },
    );
    out.push(timer_object(c.heap, ch, id, 0));
    Ok(Flow::Continue)
}

fn new_ticker(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let d = a[0] as i64;
    if d <= 0 {
        return Err(Fail::Panic("non-positive interval for NewTicker".into()));
    }
    let ch = timer_chan(c);
    let id = c.sched.timers.add(
        timers::now().saturating_add(d),
        Action::Send {
            chan: ch,
            period: d,
        },
    );
    out.push(timer_object(c.heap, ch, id, 0));
    Ok(Flow::Continue)
}

fn tick(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    if (a[0] as i64) <= 0 {
        out.push(0);
        return Ok(Flow::Continue);
    }
    new_ticker(c, a, out)?;
    let t = out.pop().unwrap_or(0);
    out.push(word(c.heap, t, 0)?);
    Ok(Flow::Continue)
}

fn after_func(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let when = timers::now().saturating_add(a[0] as i64);
    let id = c.sched.timers.add(when, Action::Func { closure: a[1] });
    out.push(timer_object(c.heap, 0, id, a[1]));
    Ok(Flow::Continue)
}

/// Discards a value a stopped or reset timer already put in its channel.
fn drain(c: &mut RtCtx, chan: Addr) {
    if let Some(ch) = c.sched.chans.get(c.heap, chan) {
        while !ch.is_empty() {
            ch.pop();
        }
    }
}

/// The timer's action, rebuilt for a reset.
fn timer_action(h: &Heap, t: Addr, period: i64) -> Result<Action, Fail> {
    let chan = word(h, t, 0)?;
    Ok(Action::Send { chan, period })
}

fn timer_stop(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let t = a[0];
    let id = word(c.heap, t, 1)?;
    let chan = word(c.heap, t, 0)?;
    let mut was = c.sched.timers.stop(id);
    // Go 1.23: a fired timer whose value was not received counts as
    // stopped, and the value is discarded.
    if c.sched
        .chans
        .peek(c.heap, chan)
        .is_some_and(|ch| !ch.is_empty())
    {
        was = true;
        drain(c, chan);
    }
    out.push(was as u64);
    Ok(Flow::Continue)
}

fn timer_reset(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let (t, d) = (a[0], a[1] as i64);
    let id = word(c.heap, t, 1)?;
    let chan = word(c.heap, t, 0)?;
    let action = if chan == 0 {
        // An AfterFunc timer: its function again.
        let closure = word(c.heap, t, 2)?;
        if closure == 0 {
            return Err(Fail::Panic(
                "time: Reset called on uninitialized Timer".into(),
            ));
        }
        Action::Func { closure }
    } else {
        timer_action(c.heap, t, 0)?
    };
    let mut was = c.sched.timers.pending(id);
    if c.sched
        .chans
        .peek(c.heap, chan)
        .is_some_and(|ch| !ch.is_empty())
    {
        was = true;
        drain(c, chan);
    }
    c.sched
        .timers
        .reset(id, timers::now().saturating_add(d), action);
    out.push(was as u64);
    Ok(Flow::Continue)
}

fn ticker_stop(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let id = word(c.heap, a[0], 1)?;
    c.sched.timers.stop(id);
    Ok(Flow::Continue)
}

fn ticker_reset(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let (t, d) = (a[0], a[1] as i64);
    if d <= 0 {
        return Err(Fail::Panic("non-positive interval for Ticker.Reset".into()));
    }
    let id = word(c.heap, t, 1)?;
    let action = timer_action(c.heap, t, d)?;
    c.sched
        .timers
        .reset(id, timers::now().saturating_add(d), action);
    Ok(Flow::Continue)
}

// ---- sync.Mutex: word 0 is 1 while locked.

fn mutex_lock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    if word(c.heap, m, 0)? == 0 {
        set(c.heap, m, 0, 1);
        return Ok(Flow::Continue);
    }
    Ok(park(c, m, Q_LOCK, "sync.Mutex.Lock"))
}

fn mutex_try_lock(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    let free = word(c.heap, m, 0)? == 0;
    if free {
        set(c.heap, m, 0, 1);
    }
    out.push(free as u64);
    Ok(Flow::Continue)
}

fn mutex_unlock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    if word(c.heap, m, 0)? == 0 {
        return Ok(Flow::Fatal("sync: unlock of unlocked mutex"));
    }
    match c.sched.sema_pop(m, Q_LOCK) {
        // Handed over: the mutex stays locked, by the waiter now.
        Some(w) => wake(c, w),
        None => set(c.heap, m, 0, 0),
    }
    Ok(Flow::Continue)
}

// ---- sync.RWMutex: words [writer holds it, readers holding it, writers
// waiting].

fn rw_lock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    if word(c.heap, m, 0)? == 0 && word(c.heap, m, 1)? == 0 {
        set(c.heap, m, 0, 1);
        return Ok(Flow::Continue);
    }
    set(c.heap, m, 2, word(c.heap, m, 2)? + 1);
    Ok(park(c, m, Q_LOCK, "sync.RWMutex.Lock"))
}

fn rw_try_lock(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    let free = word(c.heap, m, 0)? == 0 && word(c.heap, m, 1)? == 0;
    if free {
        set(c.heap, m, 0, 1);
    }
    out.push(free as u64);
    Ok(Flow::Continue)
}

fn rw_rlock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    // A waiting writer blocks new readers (no writer starvation).
    if word(c.heap, m, 0)? == 0 && word(c.heap, m, 2)? == 0 {
        set(c.heap, m, 1, word(c.heap, m, 1)? + 1);
        return Ok(Flow::Continue);
    }
    Ok(park(c, m, Q_READ, "sync.RWMutex.RLock"))
}

fn rw_try_rlock(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    let free = word(c.heap, m, 0)? == 0 && word(c.heap, m, 2)? == 0;
    if free {
        set(c.heap, m, 1, word(c.heap, m, 1)? + 1);
    }
    out.push(free as u64);
    Ok(Flow::Continue)
}

/// The lock is free: a waiting writer gets it, else every waiting reader.
fn rw_release(c: &mut RtCtx, m: Addr) -> Result<(), Fail> {
    if word(c.heap, m, 2)? > 0 {
        if let Some(w) = c.sched.sema_pop(m, Q_LOCK) {
            set(c.heap, m, 2, word(c.heap, m, 2)? - 1);
            set(c.heap, m, 0, 1);
            wake(c, w);
            return Ok(());
        }
    }
    while let Some(r) = c.sched.sema_pop(m, Q_READ) {
        set(c.heap, m, 1, word(c.heap, m, 1)? + 1);
        wake(c, r);
    }
    Ok(())
}

fn rw_unlock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    if word(c.heap, m, 0)? == 0 {
        return Ok(Flow::Fatal("sync: Unlock of unlocked RWMutex"));
    }
    set(c.heap, m, 0, 0);
    // Readers that waited for this writer go first, as in Go.
    let mut woke = false;
    while let Some(r) = c.sched.sema_pop(m, Q_READ) {
        set(c.heap, m, 1, word(c.heap, m, 1)? + 1);
        wake(c, r);
        woke = true;
    }
    if !woke {
        rw_release(c, m)?;
    }
    Ok(Flow::Continue)
}

fn rw_runlock(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let m = a[0];
    let readers = word(c.heap, m, 1)?;
    if readers == 0 {
        return Ok(Flow::Fatal("sync: RUnlock of unlocked RWMutex"));
    }
    set(c.heap, m, 1, readers - 1);
    if readers == 1 {
        rw_release(c, m)?;
    }
    Ok(Flow::Continue)
}

// ---- sync.WaitGroup: word 0 is the counter.

fn wg_add_delta(c: &mut RtCtx, wg: Addr, delta: i64) -> Result<Flow, Fail> {
    let n = (word(c.heap, wg, 0)? as i64).wrapping_add(delta);
    if n < 0 {
        return Err(Fail::Panic("sync: negative WaitGroup counter".into()));
    }
    set(c.heap, wg, 0, n as u64);
    if n == 0 {
        while let Some(w) = c.sched.sema_pop(wg, Q_WAIT) {
            wake(c, w);
        }
    }
    Ok(Flow::Continue)
}

fn wg_add(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    wg_add_delta(c, a[0], a[1] as i64)
}

fn wg_done(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    wg_add_delta(c, a[0], -1)
}

fn wg_wait(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let wg = a[0];
    if word(c.heap, wg, 0)? == 0 {
        return Ok(Flow::Continue);
    }
    Ok(park(c, wg, Q_WAIT, "sync.WaitGroup.Wait"))
}

/// `wg.Go(f)`: Add(1), then a goroutine that runs f and calls Done.
fn wg_go(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    wg_add_delta(c, a[0], 1)?;
    c.spawn = Some((a[1], Vec::new(), Some(a[0])));
    Ok(Flow::Continue)
}

/// Called when a goroutine started by `wg.Go` returns.
pub fn wg_goroutine_done(s: &mut Sched, heap: &Heap, prog: &Program, wg: Addr) -> Result<(), Fail> {
    let mut c = RtCtx::new(heap, s, prog, usize::MAX, 0);
    wg_add_delta(&mut c, wg, -1).map(|_| ())
}

// ---- sync.Cond: L (an interface, two slots); waiters by address.

/// The `*sync.Mutex` or `*sync.RWMutex` behind a Cond's Locker, and
/// whether it is a RWMutex.
fn cond_lock(c: &RtCtx, cond: Addr) -> Result<(Addr, bool), Fail> {
    let ty = word(c.heap, cond, 0)?;
    let m = word(c.heap, cond, 1)?;
    let name = ty
        .checked_sub(1)
        .and_then(|t| c.prog.types.get(t as usize))
        .map(|t| t.name.as_str());
    match name {
        Some("*sync.Mutex") => Ok((m, false)),
        Some("*sync.RWMutex") => Ok((m, true)),
        _ => Err(Fail::Panic(
            "minigo: sync.Cond supports a *sync.Mutex or *sync.RWMutex as L".into(),
        )),
    }
}

fn cond_wait(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let cond = a[0];
    let (m, rw) = cond_lock(c, cond)?;
    let unlocked = if rw {
        rw_unlock(c, &[m], out)?
    } else {
        mutex_unlock(c, &[m], out)?
    };
    if unlocked != Flow::Continue {
        return Ok(unlocked);
    }
    // Woken by Signal/Broadcast, the waiter then queues for the lock: the
    // interpreter re-locks after the wake (`Op::CallRuntime` relock).
    c.sched.sema_park(cond, Q_WAIT, c.slot, c.gen);
    Ok(Flow::Park("sync.Cond.Wait"))
}

/// After a Cond.Wait wake: takes the lock again (parking if it is held).
pub fn cond_relock(c: &mut RtCtx, cond: Addr) -> Result<Flow, Fail> {
    let (m, rw) = cond_lock(c, cond)?;
    let mut out = Vec::new();
    if rw {
        rw_lock(c, &[m], &mut out)
    } else {
        mutex_lock(c, &[m], &mut out)
    }
}

fn cond_signal(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    if let Some(w) = c.sched.sema_pop(a[0], Q_WAIT) {
        wake(c, w);
    }
    Ok(Flow::Continue)
}

fn cond_broadcast(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    while let Some(w) = c.sched.sema_pop(a[0], Q_WAIT) {
        wake(c, w);
    }
    Ok(Flow::Continue)
}

fn new_cond(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let layout = c.heap.layout(Layout {
        words: 2,
        refs: vec![1],
    });
    let cond = c.heap.alloc_words(layout, 1);
    set(c.heap, cond, 0, a[0]);
    set(c.heap, cond, 1, a[1]);
    out.push(cond);
    Ok(Flow::Continue)
}

// ---- sync/atomic.Value.CompareAndSwap: Go's `==` on the values needs the
// type descriptors (the plain native compares words).

fn value_cas(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let prog = c.prog;
    let swapped = crate::natives::atomic::value_compare_and_swap(
        c.heap,
        a[0],
        [a[1], a[2]],
        [a[3], a[4]],
        &mut |h, x, y| crate::interp::iface_equal(prog, h, x, y),
    )?;
    out.push(swapped as u64);
    Ok(Flow::Continue)
}

pub static NATIVES: &[(&str, RtFn)] = &[
    ("sync/atomic.(*Value).CompareAndSwap", value_cas),
    ("runtime.NumGoroutine", num_goroutine),
    ("runtime.Gosched", gosched),
    ("runtime.Goexit", goexit),
    ("runtime.GC", gc),
    ("runtime.ReadMemStats", read_mem_stats),
    ("runtime.GOMAXPROCS", gomaxprocs),
    ("runtime.NumCPU", num_cpu),
    ("time.Sleep", sleep),
    ("time.After", after),
    ("time.Tick", tick),
    ("time.NewTimer", new_timer),
    ("time.NewTicker", new_ticker),
    ("time.AfterFunc", after_func),
    ("time.(*Timer).Stop", timer_stop),
    ("time.(*Timer).Reset", timer_reset),
    ("time.(*Ticker).Stop", ticker_stop),
    ("time.(*Ticker).Reset", ticker_reset),
    ("sync.(*Mutex).Lock", mutex_lock),
    ("sync.(*Mutex).TryLock", mutex_try_lock),
    ("sync.(*Mutex).Unlock", mutex_unlock),
    ("sync.(*RWMutex).Lock", rw_lock),
    ("sync.(*RWMutex).TryLock", rw_try_lock),
    ("sync.(*RWMutex).Unlock", rw_unlock),
    ("sync.(*RWMutex).RLock", rw_rlock),
    ("sync.(*RWMutex).TryRLock", rw_try_rlock),
    ("sync.(*RWMutex).RUnlock", rw_runlock),
    ("sync.(*WaitGroup).Add", wg_add),
    ("sync.(*WaitGroup).Done", wg_done),
    ("sync.(*WaitGroup).Wait", wg_wait),
    ("sync.(*WaitGroup).Go", wg_go),
    ("sync.NewCond", new_cond),
    ("sync.(*Cond).Wait", cond_wait),
    ("sync.(*Cond).Signal", cond_signal),
    ("sync.(*Cond).Broadcast", cond_broadcast),
];

pub fn lookup(name: &str) -> Option<RtFn> {
    NATIVES
        .iter()
        .chain(crate::natives::reflectlite::NATIVES)
        .chain(crate::natives::errors::NATIVES)
        .find(|(n, _)| *n == name)
        .map(|&(_, f)| f)
}
