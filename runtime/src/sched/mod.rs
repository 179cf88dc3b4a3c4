//! The goroutine scheduler (Go's proc.go, in miniature).
//!
//! - `mod.rs`: the goroutine table, run queue with Go's `runnext` slot,
//!   parking and waking, the scheduling loop, deadlock detection, the
//!   garbage collector's view of every goroutine.
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
//! This version runs every goroutine on one OS thread (one M holding one
//! P): goroutines interleave at blocking operations and preemption points
//! but never run in parallel. `GOMAXPROCS` is recorded and reported; the
//! heap is not yet safe for parallel mutators (docs/architecture.md).

pub mod chanops;
pub mod iopoll;
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

/// Dead goroutines kept for reuse (Go's gfree list): their stacks and
/// vectors are allocated already.
const FREE_GOROUTINES: usize = 4096;

/// Goroutines by slot; the running one is taken out of its slot.
#[derive(Default)]
pub struct GTable {
    g: Vec<Option<Box<Goroutine>>>,
    status: Vec<Status>,
}

impl GTable {
    /// Whether goroutine `slot` is parked at generation `gen`.
    pub fn is_parked(&self, slot: usize, gen: u64) -> bool {
        self.status.get(slot) == Some(&Status::Waiting)
            && self.g[slot].as_ref().is_some_and(|g| g.park_gen == gen)
    }
}

pub struct Sched {
    pub gs: GTable,
    /// Every channel's state (`chan.rs`).
    pub chans: Chans,
    free: Vec<usize>,
    runq: VecDeque<usize>,
    /// The goroutine to run next (Go's `p.runnext`): the one just created
    /// or just woken by the running goroutine.
    runnext: Option<usize>,
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
            runq: VecDeque::new(),
            runnext: None,
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
                self.gs.g.len() - 1
            }
        };
        g.slot = slot;
        self.gs.g[slot] = Some(g);
        self.live += 1;
        self.make_ready(slot, true);
        slot
    }

    fn make_ready(&mut self, slot: usize, next: bool) {
        self.gs.status[slot] = Status::Runnable;
        if next {
            if let Some(old) = self.runnext.replace(slot) {
                self.runq.push_back(old);
            }
        } else {
            self.runq.push_back(slot);
        }
    }

    /// Whether goroutine `slot` is parked at generation `gen`.
    pub fn is_parked(&self, slot: usize, gen: u64) -> bool {
        self.gs.is_parked(slot, gen)
    }

    /// Wakes a parked goroutine with `wake`; it is taken off every other
    /// channel it waited on (a select's other cases).
    pub fn ready(&mut self, heap: &Heap, slot: usize, wake: Wake) {
        let g = self.gs.g[slot].as_mut().expect("a parked goroutine");
        let gen = g.park_gen;
        for ch in std::mem::take(&mut g.waiting_on) {
            if let Some(c) = self.chans.get(heap, ch) {
                c.dequeue(slot, gen);
            }
        }
        g.wake = Some(wake);
        g.park_gen += 1;
        self.make_ready(slot, true);
    }

    /// Goroutine `slot` waits for stdin (its native runs again on waking).
    pub fn io_park(&mut self, slot: usize, gen: u64) {
        self.io_waiters.push((slot, gen));
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
            if self.gs.status[slot] == Status::Waiting
                && self.gs.g[slot].as_ref().is_some_and(|g| g.park_gen == gen)
            {
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

    fn next_runnable(&mut self) -> Option<usize> {
        self.runnext.take().or_else(|| self.runq.pop_front())
    }

    /// Runs the program: `main` as goroutine 1, until it returns (the
    /// program's end, whatever other goroutines are doing), a goroutine
    /// panics, or every goroutine is blocked. It may be called again with
    /// another entry: the goroutines left from earlier runs go on.
    pub fn run(&mut self, prog: &Program, heap: &Heap, main: Goroutine) -> Result<(), Stop> {
        self.main_id = self.next_id;
        self.main_goexited = false;
        self.spawn(main, None);
        loop {
            self.fire_timers(prog, heap);
            if !self.io_waiters.is_empty() && iopoll::arrived() {
                for (slot, gen) in std::mem::take(&mut self.io_waiters) {
                    if self.is_parked(slot, gen) {
                        self.ready(heap, slot, Wake::default());
                    }
                }
            }
            let Some(slot) = self.next_runnable() else {
                let next_timer = self.timers.until_next();
                if !self.io_waiters.is_empty() {
                    iopoll::wait(next_timer);
                    continue;
                }
                if let Some(wait) = next_timer {
                    std::thread::sleep(wait);
                    continue;
                }
                return Err(self.deadlock(prog));
            };
            let mut g = self.gs.g[slot].take().expect("a runnable goroutine");
            self.gs.status[slot] = Status::Running;
            sysmon::slice_started();
            let step = g.run(prog, heap, self);
            sysmon::slice_ended();
            match step {
                Ok(Step::Done) => {
                    if let Some(wg) = g.wg_done {
                        if let Err(crate::natives::Fail::Panic(m)) =
                            natives::wg_goroutine_done(self, heap, prog, wg)
                        {
                            return Err(Stop::Panic {
                                message: m,
                                trace: Vec::new(),
                                goroutine: g.id,
                            });
                        }
                    }
                    self.live -= 1;
                    self.gs.status[slot] = Status::Free;
                    self.free.push(slot);
                    if g.id == self.main_id && !g.goexited {
                        return Ok(());
                    }
                    if g.id == self.main_id {
                        self.main_goexited = true;
                    }
                    if self.gfree.len() < FREE_GOROUTINES {
                        self.gfree.push(g);
                    }
                    if self.main_goexited && self.live == 0 {
                        return Err(Stop::Fatal {
                            lines: vec![
                                "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
                                    .into(),
                            ],
                        });
                    }
                }
                Ok(Step::Park) => {
                    self.gs.status[slot] = Status::Waiting;
                    self.gs.g[slot] = Some(g);
                }
                Ok(Step::Yield) => {
                    self.gs.g[slot] = Some(g);
                    self.make_ready(slot, false);
                }
                Err(stop) => {
                    // Its slot is free again, should the scheduler run on.
                    self.live -= 1;
                    self.gs.status[slot] = Status::Free;
                    self.free.push(slot);
                    return Err(stop);
                }
            }
        }
    }

    /// Runs every timer that is due.
    fn fire_timers(&mut self, prog: &Program, heap: &Heap) {
        while let Some(action) = self.timers.pop_due() {
            timers::fire(self, prog, heap, action);
        }
    }

    /// Go's deadlock report: every goroutine is blocked and no timer can
    /// wake one.
    fn deadlock(&self, prog: &Program) -> Stop {
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
        let mut gs: Vec<&Goroutine> = self.gs.g.iter().flatten().map(|g| &**g).collect();
        gs.sort_by_key(|g| g.id);
        for g in gs {
            lines.extend(g.dump(prog, g.wait_reason));
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
        self.timers.roots(out);
    }
}
