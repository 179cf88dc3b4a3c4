//! The goroutine scheduler (Go's proc.go, in miniature).
//!
//! - `mod.rs`: the goroutine table, the Ps' run queues with Go's `runnext`
//!   slot and stealing, parking and waking, deadlock detection, the
//!   garbage collector's view of every goroutine.
//! - `m.rs`: the Ms (OS threads) that run goroutines, one P each; the
//!   scheduling loop; the collector's stop-the-world.
//! - `chanops.rs`: send, receive, close and select (Go's chan.go and
//!   select.go): direct handoff between a running and a parked goroutine.
//! - `timers.rs`: one timer heap the loop polls (Sleep, After, Ticker,
//!   AfterFunc) — no thread per timer.
//! - `iopoll.rs`: stdin read by a thread while the goroutine that wants
//!   it is parked (Go's netpoller).
//! - `sysmon.rs`: the monitor thread that asks a goroutine running for
//!   more than 10 ms to yield at its next safe point.
//! - `natives.rs`: the standard-library functions that need the scheduler
//!   (time.Sleep, runtime.Gosched, sync.Mutex.Lock, ...).
//!
//! The scheduler's state is behind one lock (`m::SchedGuard`); goroutines
//! run in parallel between scheduler operations (docs/architecture.md).

pub mod chanops;
pub mod iopoll;
pub mod m;
pub mod natives;
pub mod sysmon;
pub mod timers;

use crate::chan::Chans;
use crate::heap::{Addr, Heap};
use crate::interp::{Goroutine, Step, Stop};
use crate::program::Program;
use std::collections::{HashMap, VecDeque};

/// What a parked goroutine is told when it is woken: which select case
/// fired, a receiver's value and `ok`, or (for a sender) that the channel
/// was closed under it.
#[derive(Debug, Clone, Default)]
pub struct Wake {
    pub case: u16,
    pub vals: Vec<u64>,
    pub ok: bool,
    /// A blocked sender's channel was closed: it panics on waking.
    pub closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Free,
    Runnable,
    Running,
    Waiting,
}

/// Where `go` was: Go's `created by main.main in goroutine 1` (kept as
/// ids, named only when printed: a goroutine is created often).
#[derive(Debug, Clone, Copy)]
pub struct Creation {
    pub func: crate::bytecode::FuncId,
    /// The `go` instruction's index.
    pub pc: u32,
    pub parent: u64,
}

impl Creation {
    /// A goroutine the runtime starts for an AfterFunc timer (Go names
    /// `time.goFunc`).
    pub const TIMER: Creation = Creation {
        func: crate::bytecode::FuncId::MAX,
        pc: 0,
        parent: 0,
    };

    /// `(created by F in goroutine N, file, line)`.
    pub fn describe(&self, prog: &Program) -> (String, String, u32) {
        let Some(f) = prog.funcs.get(self.func as usize) else {
            return ("created by time.goFunc".into(), "$minigo/runtime".into(), 0);
        };
        (
            format!("created by {} in goroutine {}", f.name, self.parent),
            f.file.clone(),
            f.lines.get(self.pc as usize).copied().unwrap_or(0),
        )
    }
}

/// How long a P's M must have run one goroutine before an idle M takes
/// from its queue.
pub const STEAL_AFTER: std::time::Duration = std::time::Duration::from_millis(1);

/// Dead goroutines kept for reuse (Go's gfree list): their stacks and
/// vectors are allocated already.
const FREE_GOROUTINES: usize = 4096;

/// Goroutines by slot; a running one is taken out of its slot.
#[derive(Default)]
pub struct GTable {
    g: Vec<Option<Box<Goroutine>>>,
    status: Vec<Status>,
    /// Each slot's park generation: a waiter (on a channel, a semaphore,
    /// stdin) names the generation it parked at, and every wake moves it
    /// on, so a stale waiter is recognized. A running goroutine's
    /// `park_gen` mirrors it.
    gen: Vec<u64>,
    /// A wake that came while its goroutine was still on its M, between
    /// queueing itself and handing itself back parked (another M woke it).
    /// (Rare: kept by slot in a map, not a field of every slot.)
    pub early: HashMap<usize, Wake>,
}

impl GTable {
    /// Goroutine `slot`'s early wake, if it got one (the map is almost
    /// always empty: no hashing then).
    fn take_early(&mut self, slot: usize) -> Option<Wake> {
        if self.early.is_empty() {
            None
        } else {
            self.early.remove(&slot)
        }
    }

    /// Whether goroutine `slot` is parked (or parking, on its M) at
    /// generation `gen`.
    pub fn is_parked(&self, slot: usize, gen: u64) -> bool {
        matches!(
            self.status.get(slot),
            Some(Status::Waiting | Status::Running)
        ) && self.gen[slot] == gen
    }
}

/// A P's run queue (Go's `p.runq` and `p.runnext`).
#[derive(Default)]
struct P {
    runq: VecDeque<usize>,
    /// The goroutine to run next: the one just created or just woken by
    /// the running goroutine.
    runnext: Option<usize>,
}

/// Whom the scheduler's lock holder must wake on unlocking
/// (`m::SchedGuard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notify {
    #[default]
    None,
    One,
    All,
}

pub struct Sched {
    pub gs: GTable,
    /// Every channel's state (`chan.rs`).
    pub chans: Chans,
    free: Vec<usize>,
    /// Run queues, one per P (M number).
    ps: Vec<P>,
    /// The P of the M holding the scheduler's lock.
    pub cur_p: usize,
    /// Ms running a goroutine now, Ms waiting for work, Ms started.
    pub running: usize,
    pub idle: usize,
    pub ms: usize,
    /// Set by the lock holder: wake idle Ms, start one more.
    pub notify: Notify,
    pub spawn_m: bool,
    /// An idle M waits for stdin (the others wait for work).
    pub io_polling: bool,
    /// Idle Ms that look at the other Ps' queues every `STEAL_AFTER`.
    pub polling: usize,
    /// Per P: its M's slice count at a thief's last look, and when.
    looks: Vec<(u64, std::time::Instant)>,
    /// How the program ended, once it has (every M then stops).
    pub result: Option<Result<(), Stop>>,
    /// By slot, the stack references of goroutines that are out of the
    /// table but not running: waiting to collect garbage (another M's
    /// collection must see them), or blocked in a callback.
    pub published: HashMap<usize, Vec<u64>>,
    /// Goroutines blocked in a callback on their M's stack
    /// (`MCtx::wait_nested`), by slot: id and lines for a deadlock report
    /// (they are in no table).
    pub nested: HashMap<usize, (u64, Vec<String>)>,
    pub timers: timers::Timers,
    /// Goroutines that exist (`runtime.NumGoroutine`).
    live: usize,
    next_id: u64,
    rng: u64,
    pub gomaxprocs: usize,
    /// Goroutines parked on sync primitives, by the primitive's address
    /// and a queue kind (Go's semaphore table, sema.go).
    semas: HashMap<(Addr, u8), VecDeque<(usize, u64)>>,
    pub max_stack: usize,
    /// `runtime.Goexit` ended the main goroutine: the program ends when
    /// the last other goroutine does.
    main_goexited: bool,
    /// The goroutine `run` started: 1 for a program; a later entry's id
    /// when a live program runs again (the REPL).
    main_id: u64,
    sysmon_started: bool,
    /// Boxed: a goroutine moves between the table and this list as a
    /// pointer, not as its few hundred bytes.
    #[allow(clippy::vec_box)]
    gfree: Vec<Box<Goroutine>>,
    /// Goroutines waiting for stdin, run again when input arrives.
    io_waiters: Vec<(usize, u64)>,
}

/// The default GOMAXPROCS: the CPUs this process may use.
pub fn default_procs() -> usize {
    if let Some(n) = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return n;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

impl Sched {
    pub fn new(max_stack: usize) -> Sched {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9e37_79b9, |d| d.as_nanos() as u64);
        Sched {
            gs: GTable::default(),
            chans: Chans::default(),
            free: Vec::new(),
            ps: Vec::new(),
            cur_p: 0,
            running: 0,
            idle: 0,
            ms: 0,
            notify: Notify::None,
            spawn_m: false,
            io_polling: false,
            polling: 0,
            looks: Vec::new(),
            result: None,
            published: HashMap::new(),
            nested: HashMap::new(),
            timers: timers::Timers::default(),
            live: 0,
            next_id: 1,
            rng: seed | 1,
            gomaxprocs: default_procs(),
            semas: HashMap::new(),
            max_stack,
            main_goexited: false,
            main_id: 1,
            sysmon_started: false,
            gfree: Vec::new(),
            io_waiters: Vec::new(),
        }
    }

    /// A random number (xorshift; select's case order).
    pub fn rand(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    pub fn num_goroutine(&self) -> usize {
        self.live
    }

    /// `go f(args)`: a goroutine calling func value `closure` (a dead
    /// one reused when there is one); `None` for a nil func.
    pub fn go(
        &mut self,
        prog: &Program,
        heap: &Heap,
        closure: u64,
        args: &[u64],
        created: Creation,
    ) -> Option<&mut Goroutine> {
        let mut g = match self.gfree.pop() {
            Some(g) => g,
            None => Box::new(Goroutine::new(0, 0, self.max_stack)),
        };
        if !g.prepare(prog, heap, closure, args) {
            self.gfree.push(g);
            return None;
        }
        let slot = self.spawn_boxed(g, Some(created));
        self.gs.g[slot].as_deref_mut()
    }

    /// Adds a runnable goroutine; it runs next (Go's `newproc` puts the
    /// new goroutine in `runnext`).
    pub fn spawn(&mut self, g: Goroutine, created: Option<Creation>) {
        self.spawn_boxed(Box::new(g), created);
    }

    fn spawn_boxed(&mut self, mut g: Box<Goroutine>, created: Option<Creation>) -> usize {
        if !self.sysmon_started && created.is_some() {
            self.sysmon_started = true;
            sysmon::start();
        }
        g.id = self.next_id;
        self.next_id += 1;
        g.created = created;
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.gs.g.push(None);
                self.gs.status.push(Status::Free);
                self.gs.gen.push(0);
                self.gs.g.len() - 1
            }
        };
        g.slot = slot;
        g.park_gen = self.gs.gen[slot];
        self.gs.g[slot] = Some(g);
        self.live += 1;
        self.make_ready(slot, true);
        slot
    }

    fn make_ready(&mut self, slot: usize, next: bool) {
        self.gs.status[slot] = Status::Runnable;
        let mut p = self.cur_p;
        if p >= self.gomaxprocs {
            // This M's P is gone (GOMAXPROCS lowered): queue on a live P,
            // and make sure an M looks at it.
            p = 0;
            self.notify = Notify::All;
        }
        if self.ps.len() <= p {
            self.ps.resize_with(p + 1, P::default);
        }
        let queued = if next {
            self.ps[p].runnext.replace(slot)
        } else {
            Some(slot)
        };
        if let Some(q) = queued {
            self.ps[p].runq.push_back(q);
            // Work another M could take (Go's wakep): an idle M starts
            // watching the queues (unless one does), or a new M starts
            // while there are fewer than GOMAXPROCS.
            if self.idle > 0 {
                if self.polling == 0 && self.notify == Notify::None {
                    self.notify = Notify::One;
                }
            } else if self.ms < self.gomaxprocs.min(sysmon::MAX_MS) {
                self.spawn_m = true;
            }
        }
    }

    /// Whether goroutine `slot` is parked at generation `gen`.
    pub fn is_parked(&self, slot: usize, gen: u64) -> bool {
        self.gs.is_parked(slot, gen)
    }

    /// Wakes a parked goroutine with `wake`; it is taken off every other
    /// channel it waited on (a select's other cases). A goroutine still
    /// on its M (parking) gets the wake when the M hands it back.
    pub fn ready(&mut self, heap: &Heap, slot: usize, wake: Wake) {
        self.gs.gen[slot] += 1;
        if self.gs.status[slot] == Status::Running {
            self.gs.early.insert(slot, wake);
            // Its M may be waiting for it (a blocked callback).
            self.notify = Notify::All;
            return;
        }
        let mut g = self.gs.g[slot].take().expect("a parked goroutine");
        self.wake_parked(heap, &mut g, wake);
        self.gs.g[slot] = Some(g);
        self.make_ready(slot, true);
    }

    /// Gives a parked goroutine its wake.
    fn wake_parked(&mut self, heap: &Heap, g: &mut Goroutine, wake: Wake) {
        self.unpark(heap, g);
        g.wake = Some(wake);
    }

    /// A woken goroutine leaves the channels it also waited on (a
    /// select's other cases) and takes its new park generation.
    pub fn unpark(&mut self, heap: &Heap, g: &mut Goroutine) {
        for ch in std::mem::take(&mut g.waiting_on) {
            if let Some(c) = self.chans.get(heap, ch) {
                c.dequeue(g.slot, g.park_gen);
            }
        }
        g.park_gen = self.gs.gen[g.slot];
    }

    /// Goroutine `slot` waits for stdin (its native runs again on waking).
    pub fn io_park(&mut self, slot: usize, gen: u64) {
        self.io_waiters.push((slot, gen));
        iopoll::rearm_if_buffered();
    }

    /// Parks goroutine `slot` on sync primitive `addr` (queue `kind`).
    pub fn sema_park(&mut self, addr: Addr, kind: u8, slot: usize, gen: u64) {
        self.semas
            .entry((addr, kind))
            .or_default()
            .push_back((slot, gen));
    }

    /// The first goroutine parked on `(addr, kind)`, removed.
    pub fn sema_pop(&mut self, addr: Addr, kind: u8) -> Option<usize> {
        let q = self.semas.get_mut(&(addr, kind))?;
        let mut found = None;
        while let Some((slot, gen)) = q.pop_front() {
            if self.gs.is_parked(slot, gen) {
                found = Some(slot);
                break;
            }
        }
        if q.is_empty() {
            self.semas.remove(&(addr, kind));
        }
        found
    }

    pub fn sema_waiters(&self, addr: Addr, kind: u8) -> usize {
        self.semas.get(&(addr, kind)).map_or(0, |q| q.len())
    }

    /// The next goroutine P `p` runs: its `runnext`, its queue, or the
    /// queue of a P that is gone (GOMAXPROCS lowered).
    pub fn next_runnable(&mut self, p: usize) -> Option<usize> {
        if p >= self.gomaxprocs {
            return None;
        }
        if self.ps.len() <= p {
            self.ps.resize_with(p + 1, P::default);
        }
        let q = &mut self.ps[p];
        if let Some(g) = q.runnext.take().or_else(|| q.runq.pop_front()) {
            return Some(g);
        }
        let gone = self.gomaxprocs..self.ps.len();
        gone.into_iter().find_map(|v| {
            let q = &mut self.ps[v];
            q.runnext.take().or_else(|| q.runq.pop_front())
        })
    }

    /// Work stolen for P `p` from a P whose M has been running one
    /// goroutine since the last look, at least `STEAL_AFTER` ago: the
    /// first of its queue (its `runnext` when that is all). A P that keeps switching
    /// goroutines runs its own queue: taking from it would only make two
    /// Ms fight over the scheduler's lock (a channel pipeline), while a P
    /// stuck in long computations shares its backlog (a parallel job).
    pub fn steal_from_busy(&mut self, p: usize) -> Option<usize> {
        let n = self.ps.len().min(self.gomaxprocs);
        if n == 0 || p >= self.gomaxprocs {
            return None;
        }
        if self.looks.len() < n {
            self.looks.resize(n, (u64::MAX, std::time::Instant::now()));
        }
        let start = (self.rand() % n as u64) as usize;
        for k in 0..n {
            let v = (start + k) % n;
            let q = &self.ps[v];
            if v == p || (q.runq.is_empty() && q.runnext.is_none()) {
                continue;
            }
            let slice = sysmon::slice(v);
            let (seen, when) = self.looks[v];
            if seen != slice || slice.is_multiple_of(2) {
                self.looks[v] = (slice, std::time::Instant::now());
                continue;
            }
            if when.elapsed() < STEAL_AFTER {
                continue;
            }
            // One goroutine, and the next one from this P only after
            // another `STEAL_AFTER`: a busy P that spawns many short
            // goroutines keeps them (two Ms would only trade the lock),
            // while each long one finds an idle M.
            self.looks[v].1 = std::time::Instant::now();
            let q = &mut self.ps[v];
            return q.runq.pop_front().or_else(|| q.runnext.take());
        }
        None
    }

    /// GOMAXPROCS changes (`runtime.GOMAXPROCS(n)`): the goroutines queued
    /// on Ps that are gone move to P 0, and every M looks again.
    pub fn set_gomaxprocs(&mut self, n: usize) {
        self.gomaxprocs = n;
        self.gather_queues(n);
        self.notify = Notify::All;
    }

    /// Moves what Ps from `from` on hold to P 0's queue.
    fn gather_queues(&mut self, from: usize) {
        if self.ps.is_empty() {
            self.ps.push(P::default());
        }
        for v in from.max(1)..self.ps.len() {
            let q = std::mem::take(&mut self.ps[v]);
            self.ps[0].runq.extend(q.runnext);
            self.ps[0].runq.extend(q.runq);
        }
    }

    /// Whether any P has a goroutine to run.
    pub fn has_runnable(&self) -> bool {
        self.ps
            .iter()
            .any(|p| p.runnext.is_some() || !p.runq.is_empty())
    }

    /// Takes goroutine `slot` out of the table to run it on P `p`.
    pub fn take_to_run(&mut self, slot: usize) -> Box<Goroutine> {
        let mut g = self.gs.g[slot].take().expect("a runnable goroutine");
        self.gs.status[slot] = Status::Running;
        g.park_gen = self.gs.gen[slot];
        self.running += 1;
        g
    }

    /// Takes back a goroutine that ran, by how it stopped; `Some` when the
    /// program is over.
    pub fn hand_back(
        &mut self,
        prog: &Program,
        heap: &Heap,
        g: Box<Goroutine>,
        step: Result<Step, Stop>,
    ) -> Option<Result<(), Stop>> {
        self.running -= 1;
        let slot = g.slot;
        if !matches!(step, Ok(Step::Park)) {
            // Only a goroutine that queued itself somewhere is woken early,
            // and it parks (one may be left when the program ended while a
            // callback waited).
            self.gs.take_early(slot);
        }
        match step {
            Ok(Step::Done) => {
                if let Some(wg) = g.wg_done {
                    if let Err(crate::natives::Fail::Panic(m)) =
                        natives::wg_goroutine_done(self, heap, prog, wg)
                    {
                        return Some(Err(Stop::Panic {
                            message: m,
                            trace: Vec::new(),
                            goroutine: g.id,
                        }));
                    }
                }
                self.free_slot(slot);
                if g.id == self.main_id && !g.goexited {
                    return Some(Ok(()));
                }
                if g.id == self.main_id {
                    self.main_goexited = true;
                }
                if self.gfree.len() < FREE_GOROUTINES {
                    self.gfree.push(g);
                }
                if self.main_goexited && self.live == 0 {
                    return Some(Err(Stop::Fatal {
                        lines: vec![
                            "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
                                .into(),
                        ],
                    }));
                }
            }
            Ok(Step::Park) => match self.gs.take_early(slot) {
                // Woken by another M while it was parking.
                Some(wake) => {
                    let mut g = g;
                    self.wake_parked(heap, &mut g, wake);
                    self.gs.g[slot] = Some(g);
                    self.make_ready(slot, true);
                }
                None => {
                    self.gs.status[slot] = Status::Waiting;
                    self.gs.g[slot] = Some(g);
                }
            },
            Ok(Step::Yield) => {
                self.gs.g[slot] = Some(g);
                self.make_ready(slot, false);
            }
            Err(stop) => {
                // Its slot is free again, should the scheduler run on.
                self.free_slot(slot);
                return Some(Err(stop));
            }
        }
        None
    }

    fn free_slot(&mut self, slot: usize) {
        self.live -= 1;
        self.gs.status[slot] = Status::Free;
        // Waiters left from this goroutine are stale for the next one.
        self.gs.gen[slot] += 1;
        self.gs.take_early(slot);
        self.free.push(slot);
    }

    /// Wakes the goroutines whose stdin input arrived.
    pub fn poll_io(&mut self, heap: &Heap) {
        if !self.io_waiters.is_empty() && iopoll::arrived() {
            for (slot, gen) in std::mem::take(&mut self.io_waiters) {
                if self.is_parked(slot, gen) {
                    self.ready(heap, slot, Wake::default());
                }
            }
        }
    }

    pub fn io_waiting(&self) -> bool {
        !self.io_waiters.is_empty()
    }

    /// The program is over: the first ending counts; every M stops.
    pub fn finish(&mut self, result: Result<(), Stop>) {
        if self.result.is_none() {
            self.result = Some(result);
        }
        self.notify = Notify::All;
        sysmon::preempt_all(usize::MAX);
        iopoll::interrupt();
    }

    /// Runs the program: `main` as goroutine 1, until it returns (the
    /// program's end, whatever other goroutines are doing), a goroutine
    /// panics, or every goroutine is blocked. It may be called again with
    /// another entry: the goroutines left from earlier runs go on.
    pub fn run(&mut self, prog: &Program, heap: &Heap, main: Goroutine) -> Result<(), Stop> {
        m::run(self, prog, heap, main)
    }

    /// Runs every timer that is due.
    pub fn fire_timers(&mut self, prog: &Program, heap: &Heap) {
        while let Some(action) = self.timers.pop_due() {
            timers::fire(self, prog, heap, action);
        }
    }

    /// Go's deadlock report: every goroutine is blocked and no timer can
    /// wake one.
    pub fn deadlock(&self, prog: &Program) -> Stop {
        if self.main_goexited {
            return Stop::Fatal {
                lines: vec![
                    "fatal error: no goroutines (main called runtime.Goexit) - deadlock!".into(),
                ],
            };
        }
        let mut lines = vec![
            "fatal error: all goroutines are asleep - deadlock!".to_string(),
            String::new(),
        ];
        let mut gs: Vec<(u64, Vec<String>)> = self
            .gs
            .g
            .iter()
            .flatten()
            .map(|g| (g.id, g.dump(prog, g.wait_reason)))
            .chain(self.nested.values().map(|(id, dump)| (*id, dump.clone())))
            .collect();
        gs.sort_by_key(|g| g.0);
        for (_, dump) in gs {
            lines.extend(dump);
            lines.push(String::new());
        }
        lines.pop();
        Stop::Fatal { lines }
    }

    /// Every reference the goroutines other than the running one hold,
    /// and the timers' (for a collection).
    pub fn roots(&self, prog: &Program, out: &mut Vec<u64>) {
        for g in self.gs.g.iter().flatten() {
            g.roots(prog, out);
        }
        // Values handed to goroutines still parking on their Ms, and the
        // stacks of goroutines out of the table.
        for w in self.gs.early.values() {
            out.extend_from_slice(&w.vals);
        }
        for roots in self.published.values() {
            out.extend_from_slice(roots);
        }
        self.timers.roots(out);
    }
}
