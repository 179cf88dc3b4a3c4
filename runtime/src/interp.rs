//! The interpreter loop. It is not recursive: a Go call pushes a frame on
//! the goroutine's own slot stack (`Goroutine`), so the Rust stack stays
//! flat whatever the program does, and a goroutine could be resumed by any
//! thread. (The one exception: fmt calling a `String()` method runs it in a
//! nested loop; see docs/architecture.md §Callbacks.)
//!
//! Panics unwind frame by frame as Go's do: each frame's deferred calls run
//! (as ordinary frames, flagged so that `recover` knows it is called by a
//! deferred call of a panicking goroutine); a recovered frame continues at
//! its function's `recover_pc`, which runs the remaining deferred calls and
//! returns the named results.

use crate::bytecode::{CmpImm, Conversion, FmtOp, FuncId, Op, PrintKind};
use crate::chan::Chan;
use crate::format;
use crate::gomap::GoMap;
use crate::growslice;
use crate::heap::{Addr, Heap, CONCURRENT_MAP_ITERATION_WRITE, CONCURRENT_MAP_READ_WRITE, SCALAR};
use crate::mapkey::{hash_key, keys_equal};
use crate::natives;
use crate::program::{KeyPart, Program};
use crate::rtype::Kind;
use crate::sched::chanops::{self, Outcome, Selected};
use crate::sched::m::MCtx;
use crate::sched::natives::{Flow, RtCtx};
use crate::sched::{Creation, Wake};
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::Ordering::Relaxed;

/// Go's default maximum stack size (runtime/debug.SetMaxStack).
pub const DEFAULT_MAX_STACK: usize = 1_000_000_000;
/// A new goroutine's stack, as in Go: 2 KB.
pub const INITIAL_STACK: usize = 2048;
const SLOT: usize = 8;
/// Bytes a frame's bookkeeping costs, counted against the stack limit.
const FRAME_OVERHEAD: usize = 32;

/// Frame flags.
const DEFERRED_IN_PANIC: u8 = 1;
/// A frame entered from Rust (a method fmt calls): the nested loop returns
/// when it returns.
const BOUNDARY: u8 = 2;
/// The pc of a frame whose deferred call is running on behalf of a panic.
const UNWINDING: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Frame {
    func: FuncId,
    /// The next instruction to run when this frame is resumed.
    pc: u32,
    /// Index of the frame's register 0 in the goroutine's stack.
    base: usize,
    flags: u8,
}

/// A deferred call: the func value and its evaluated arguments.
struct Deferred {
    /// The depth (index in the frame stack) of the frame that deferred it.
    depth: usize,
    closure: u64,
    args: Vec<u64>,
}

struct PanicRec {
    value: [u64; 2],
    recovered: bool,
    /// Go's message for it, and the stack where it started.
    message: String,
    trace: Vec<(String, String, u32)>,
    /// Not a panic: `runtime.Goexit` running the deferred calls (recover
    /// returns nil during it).
    goexit: bool,
}

/// How a goroutine stopped, when not by returning normally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// A Go panic that nothing recovered: Go's message after `panic: `
    /// (earlier panics it interrupted first, one per line), and the
    /// traceback (innermost first) as (function, file, line).
    Panic {
        message: String,
        trace: Vec<(String, String, u32)>,
        /// The panicking goroutine's id.
        goroutine: u64,
    },
    /// A fatal error: the lines Go prints (`runtime: ...`, `fatal error: ...`).
    Fatal { lines: Vec<String> },
    /// `os.Exit(code)`.
    Exit(i32),
    /// `runtime.Goexit` finished unwinding the goroutine (internal: the
    /// scheduler ends the goroutine).
    Goexit,
}

/// Why `Goroutine::run` returned without stopping the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The goroutine's function returned.
    Done,
    /// It blocked: the scheduler keeps it until something wakes it.
    Park,
    /// It yielded (preempted, or `runtime.Gosched`): run it again later.
    Yield,
}

/// What a parked goroutine does with its `Wake` when it resumes: where
/// the blocking instruction wanted its results.
#[derive(Debug, Clone, Default)]
enum Pending {
    #[default]
    None,
    /// A receive: the value at stack index `dst` (and `ok` after it).
    Recv { dst: usize, ok: bool },
    /// A send: panics if the channel was closed meanwhile.
    Send,
    /// A select: the case index at `index`; each receive case's value at
    /// its stack index (`ok` after the value).
    Select {
        index: usize,
        recv_dst: Vec<Option<usize>>,
    },
    /// `sync.Cond.Wait`: take the lock again.
    CondRelock(u64),
}

/// A goroutine's execution state: its slot stack, frames, deferred calls
/// and panics.
pub struct Goroutine {
    pub id: u64,
    /// The scheduler's bookkeeping: its slot, how often it parked (a
    /// waiter from an older park is stale), why it waits, what woke it and
    /// what the blocked instruction does with that, the channels a select
    /// waits on, where it was created.
    pub slot: usize,
    pub park_gen: u64,
    pub wait_reason: &'static str,
    pub wake: Option<Wake>,
    pending: Pending,
    pub waiting_on: Vec<Addr>,
    pub created: Option<Creation>,
    /// It ended through `runtime.Goexit`.
    pub goexited: bool,
    /// Started by `sync.WaitGroup.Go`: the WaitGroup to mark done.
    pub wg_done: Option<Addr>,
    started: bool,
    stack: Vec<u64>,
    frames: Vec<Frame>,
    max_stack: usize,
    /// Stress switch: move the stack at (nearly) every call's stack check.
    move_every_call: bool,
    /// Stress switch: collect garbage at every allocation.
    gc_every_alloc: bool,
    /// Calls since the stack last moved (for the stress switch).
    calls: u64,
    /// Allocations so far (for the GC stress switch).
    allocs: u64,
    /// The errors a `fmt.Errorf` being formatted names with `%w`.
    wrapped: Vec<(usize, [u64; 2])>,
    out: Vec<u8>,
    defers: Vec<Deferred>,
    panics: Vec<PanicRec>,
    /// Panics that a later panic interrupted (printed before it, as Go does).
    aborted: Vec<String>,
    /// A native call's results (kept to save an allocation per call).
    native_out: Vec<u64>,
}

/// A new goroutine's stack in bytes: Go's 2 KB, or `MINIGO_STACK_START`
/// (interpreter frames are compact; a smaller start saves memory when
/// thousands of goroutines are parked).
fn initial_stack() -> usize {
    static START: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *START.get_or_init(|| {
        std::env::var("MINIGO_STACK_START")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .map_or(INITIAL_STACK, |n| n.clamp(64, INITIAL_STACK))
    })
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v != "0")
}

/// The stress switches, read once (goroutines are created often).
fn stress_flags() -> (bool, bool) {
    static FLAGS: std::sync::OnceLock<(bool, bool)> = std::sync::OnceLock::new();
    *FLAGS.get_or_init(|| {
        (
            env_flag("MINIGO_STRESS_STACK"),
            env_flag("MINIGO_STRESS_GC"),
        )
    })
}

impl Goroutine {
    /// A goroutine about to run `entry` (which takes no arguments).
    pub fn new(id: u64, entry: FuncId, max_stack: usize) -> Goroutine {
        Goroutine {
            id,
            slot: 0,
            park_gen: 0,
            wait_reason: "",
            wake: None,
            pending: Pending::None,
            waiting_on: Vec::new(),
            created: None,
            goexited: false,
            wg_done: None,
            started: false,
            stack: vec![0; initial_stack() / SLOT],
            frames: vec![Frame {
                func: entry,
                pc: 0,
                base: 0,
                flags: 0,
            }],
            max_stack,
            move_every_call: stress_flags().0,
            gc_every_alloc: stress_flags().1,
            calls: 0,
            allocs: 0,
            wrapped: Vec::new(),
            out: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            aborted: Vec::new(),
            native_out: Vec::new(),
        }
    }

    /// Makes this (new or dead) goroutine one that calls the func value
    /// `closure` with `args` (`go f(x)`); false for a nil func.
    pub fn prepare(&mut self, prog: &Program, heap: &Heap, closure: u64, args: &[u64]) -> bool {
        let Some(func) = heap.load(closure, 8) else {
            return false;
        };
        let f = &prog.funcs[func as usize];
        let need = (f.frame_size as usize).max(args.len() + 1);
        if self.stack.len() < need {
            self.stack.resize(need.next_power_of_two(), 0);
        }
        self.stack[..need].fill(0);
        self.stack[0] = closure;
        self.stack[1..1 + args.len()].copy_from_slice(args);
        self.frames.clear();
        self.frames.push(Frame {
            func: func as FuncId,
            pc: 0,
            base: 0,
            flags: 0,
        });
        self.park_gen += 1;
        self.wait_reason = "";
        self.wake = None;
        self.pending = Pending::None;
        self.waiting_on.clear();
        self.created = None;
        self.goexited = false;
        self.wg_done = None;
        self.started = false;
        self.out.clear();
        self.defers.clear();
        self.panics.clear();
        self.aborted.clear();
        self.wrapped.clear();
        true
    }

    /// Go's dump of a goroutine for a fatal error: `goroutine 1 [chan
    /// receive]:` and its frames.
    pub fn dump(&self, prog: &Program, state: &str) -> Vec<String> {
        let mut lines = vec![format!("goroutine {} [{state}]:", self.id)];
        for (func, file, line) in self.traceback(prog) {
            if func.starts_with("runtime.") {
                continue;
            }
            lines.push(func);
            lines.push(format!("\t{file}:{line}"));
        }
        if let Some(c) = &self.created {
            let (by, file, line) = c.describe(prog);
            lines.push(by);
            lines.push(format!("\t{file}:{line}"));
        }
        lines
    }

    /// The stack's size in bytes as Go would count it.
    pub fn stack_bytes(&self) -> usize {
        self.stack.len() * SLOT + self.frames.len() * FRAME_OVERHEAD
    }

    /// Under the stress switch: whether to move the stack at this check.
    /// Every time while the stack is small; past 64 KB at calls numbered by
    /// powers of two, so deep recursion does not copy a huge stack per call.
    fn stress_move(&mut self) -> bool {
        if !self.move_every_call {
            return false;
        }
        self.calls += 1;
        self.stack.len() <= 8192 || self.calls.is_power_of_two()
    }

    /// Under the GC stress switch: whether to collect at this allocation.
    /// Every time while the stack is small; past 64 KB at allocations
    /// numbered by powers of two, so that deep recursion stays linear.
    fn stress_gc(&mut self) -> bool {
        if !self.gc_every_alloc {
            return false;
        }
        self.allocs += 1;
        self.stack.len() <= 8192 || self.allocs.is_power_of_two()
    }

    /// Makes room for a frame of `size` registers at `base`: the stack
    /// doubles by copying, up to the limit (then Go's fatal error).
    #[inline]
    fn ensure_stack(&mut self, base: usize, size: usize) -> Result<(), Stop> {
        // The common case inline; growing (and the stress switch) out of line.
        if base + size <= self.stack.len() && !self.move_every_call {
            return Ok(());
        }
        self.grow_stack(base, size)
    }

    #[cold]
    #[inline(never)]
    fn grow_stack(&mut self, base: usize, size: usize) -> Result<(), Stop> {
        let needed = base + size;
        if needed <= self.stack.len() && !self.stress_move() {
            return Ok(());
        }
        let mut len = self.stack.len().max(1);
        while len < needed {
            len *= 2;
        }
        if len * SLOT + self.frames.len() * FRAME_OVERHEAD > self.max_stack {
            return Err(Stop::Fatal {
                lines: vec![
                    format!(
                        "runtime: goroutine stack exceeds {}-byte limit",
                        self.max_stack
                    ),
                    "fatal error: stack overflow".into(),
                ],
            });
        }
        // Copy into a fresh allocation (also under the stress switch, so a
        // stale register pointer would be caught by the tests).
        let mut grown = vec![0u64; len];
        grown[..self.stack.len()].copy_from_slice(&self.stack);
        self.stack = grown;
        Ok(())
    }

    /// Go's report of a fatal error in this goroutine (its frames are on
    /// `frames`): the message, then the goroutine's trace.
    fn fatal_lines(&self, prog: &Program, msg: &str) -> Vec<String> {
        let mut lines = vec![format!("fatal error: {msg}"), String::new()];
        lines.extend(self.dump(prog, "running"));
        lines
    }

    fn traceback(&self, prog: &Program) -> Vec<(String, String, u32)> {
        self.frames
            .iter()
            .rev()
            .map(|f| {
                let func = &prog.funcs[f.func as usize];
                let pc = if f.pc == UNWINDING {
                    func.lines.len().saturating_sub(1)
                } else {
                    (f.pc as usize)
                        .saturating_sub(1)
                        .min(func.lines.len().saturating_sub(1))
                };
                // As Go prints a frame: `main.main()`; arguments elided.
                let args = if func.params <= 1 { "()" } else { "(...)" };
                (
                    format!("{}{args}", func.name),
                    func.file.clone(),
                    func.lines.get(pc).copied().unwrap_or(0),
                )
            })
            .collect()
    }

    /// Runs the goroutine until it returns, blocks, yields, or stops the
    /// program (a panic nothing recovered, a fatal error, `os.Exit`).
    pub fn run(&mut self, prog: &Program, heap: &Heap, m: &mut MCtx<'_, '_>) -> Result<Step, Stop> {
        let result = self.resume(prog, heap, m);
        match result {
            Ok(Step::Park | Step::Yield) => return result,
            Err(Stop::Goexit) => {
                self.goexited = true;
                self.out.clear();
                return Ok(Step::Done);
            }
            _ => {}
        }
        // A print interrupted by a panic prints nothing, as in Go.
        self.out.clear();
        if let Err(Stop::Panic {
            message, mut trace, ..
        }) = result
        {
            // Go names the goroutine and where it was created.
            if let Some(c) = &self.created {
                trace.push(c.describe(prog));
            }
            return Err(Stop::Panic {
                message,
                trace,
                goroutine: self.id,
            });
        }
        result
    }

    fn resume(&mut self, prog: &Program, heap: &Heap, m: &mut MCtx<'_, '_>) -> Result<Step, Stop> {
        if !self.started {
            self.started = true;
            let entry = &prog.funcs[self.frames[0].func as usize];
            self.ensure_stack(0, entry.frame_size as usize)?;
        }
        if let Some(wake) = self.wake.take() {
            if let Some(step) = self.complete_wait(prog, heap, m, wake)? {
                return Ok(step);
            }
        }
        self.exec_until(prog, heap, m, 0)
    }

    /// Finishes the instruction the goroutine parked in, with what woke
    /// it. `Some(step)` when it must park again.
    fn complete_wait(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        wake: Wake,
    ) -> Result<Option<Step>, Stop> {
        let write = |stack: &mut Vec<u64>, dst: usize, w: &Wake| {
            stack[dst..dst + w.vals.len()].copy_from_slice(&w.vals);
            stack[dst + w.vals.len()] = w.ok as u64;
        };
        let mut closed = wake.closed;
        match std::mem::take(&mut self.pending) {
            Pending::None => {}
            Pending::Recv { dst, ok } => {
                self.stack[dst..dst + wake.vals.len()].copy_from_slice(&wake.vals);
                if ok {
                    self.stack[dst + wake.vals.len()] = wake.ok as u64;
                }
            }
            Pending::Send => {}
            Pending::Select { index, recv_dst } => {
                self.stack[index] = wake.case as u64;
                if let Some(Some(dst)) = recv_dst.get(wake.case as usize) {
                    write(&mut self.stack, *dst, &wake);
                    closed = false;
                }
            }
            Pending::CondRelock(cond) => {
                let mut sg = m.sched();
                let mut c = RtCtx::new(heap, &mut sg, prog, self.slot, self.park_gen);
                match crate::sched::natives::cond_relock(&mut c, cond) {
                    Ok(crate::sched::natives::Flow::Park(reason)) => {
                        self.wait_reason = reason;
                        m.park_holding(sg);
                        return Ok(Some(Step::Park));
                    }
                    Ok(_) => {}
                    Err(natives::Fail::Panic(msg)) => {
                        let value = self.box_string_lit(prog, heap, &msg);
                        self.start_panic(prog, value, msg);
                        self.unwind(prog, heap)?;
                    }
                    Err(natives::Fail::Exit(code)) => return Err(Stop::Exit(code)),
                    Err(natives::Fail::WouldBlock) => unreachable!("relocking does not read"),
                }
            }
        }
        if closed {
            let msg = "send on closed channel";
            let value = self.runtime_panic_value(prog, heap, msg);
            self.start_panic(prog, value, msg.into());
            self.unwind(prog, heap)?;
        }
        Ok(None)
    }

    fn flush(&mut self, stderr: bool) {
        if self.out.is_empty() {
            return;
        }
        crate::output::write(stderr, &self.out);
        self.out.clear();
    }

    /// Collects garbage with every goroutine's roots, the globals and the
    /// timers'; `top` is this goroutine's running frame (not on `frames`).
    /// `force`: even when another M's collection just made it unneeded.
    fn collect(&mut self, prog: &Program, m: &mut MCtx<'_, '_>, top: Frame, force: bool) {
        let mut own = Vec::new();
        self.push_roots(prog, Some(top), &mut own);
        m.collect(self.slot, own, force);
    }

    /// What this goroutine holds that may be a reference: the slots of each
    /// frame that its function's stack map (`Function::refs`) names, up to
    /// where the next frame begins (a callee's window overlaps its caller's
    /// frame; those slots are the callee's), then deferred calls, panic
    /// values, a pending wake's values. `top`: the running frame, when it
    /// is not on `frames`. Each value is still only a candidate the heap
    /// validates: a racy torn value is never trusted.
    fn push_roots(&self, prog: &Program, top: Option<Frame>, out: &mut Vec<u64>) {
        let n = self.frames.len();
        let frame = |i: usize| {
            if i < n {
                Some(self.frames[i])
            } else {
                top.filter(|_| i == n)
            }
        };
        for i in 0.. {
            let Some(f) = frame(i) else { break };
            let func = &prog.funcs[f.func as usize];
            let end = frame(i + 1)
                .map_or(usize::MAX, |next| next.base.saturating_sub(f.base))
                .min(func.frame_size as usize);
            for &r in &func.refs {
                if r as usize >= end {
                    break;
                }
                if let Some(&v) = self.stack.get(f.base + r as usize) {
                    out.push(v);
                }
            }
        }
        // The WaitGroup `wg.Go` signals when this goroutine ends.
        out.extend(self.wg_done);
        for d in &self.defers {
            out.push(d.closure);
            out.extend_from_slice(&d.args);
        }
        out.extend(self.panics.iter().flat_map(|p| p.value));
        if let Some(w) = &self.wake {
            out.extend_from_slice(&w.vals);
        }
    }

    /// A goroutine that is not running: its roots, through its top frame.
    pub fn roots(&self, prog: &Program, out: &mut Vec<u64>) {
        self.push_roots(prog, None, out);
    }

    /// Starts a panic with `value` (an interface value) and Go's `message`
    /// for it. The current frame must be on `self.frames`.
    fn start_panic(&mut self, prog: &Program, value: [u64; 2], message: String) {
        let trace = self.traceback(prog);
        self.panics.push(PanicRec {
            value,
            recovered: false,
            message,
            trace,
            goexit: false,
        });
    }

    /// Unwinds for the newest panic: runs the next deferred call of the
    /// innermost frame (pushing its frame), or pops frames that have none.
    /// Returns the panic as a `Stop` when no frame is left (or a nested
    /// loop's boundary is reached).
    fn unwind(&mut self, prog: &Program, heap: &Heap) -> Result<(), Stop> {
        loop {
            let Some(&top) = self.frames.last() else {
                let p = self.panics.pop().expect("unwinding a panic");
                if p.goexit {
                    return Err(Stop::Goexit);
                }
                let mut message = String::new();
                for a in self.aborted.drain(..) {
                    message.push_str(&a);
                    message.push_str("\n\tpanic: ");
                }
                message.push_str(&p.message);
                return Err(Stop::Panic {
                    message,
                    trace: p.trace,
                    goroutine: self.id,
                });
            };
            let depth = self.frames.len() - 1;
            if self.defers.last().is_some_and(|d| d.depth == depth) {
                let d = self.defers.pop().unwrap();
                self.frames.last_mut().unwrap().pc = UNWINDING;
                let func = &prog.funcs[top.func as usize];
                let base = top.base + func.frame_size as usize;
                return self.push_closure_frame(
                    prog,
                    heap,
                    d.closure,
                    base,
                    &d.args,
                    DEFERRED_IN_PANIC,
                );
            }
            self.frames.pop();
            if top.flags & DEFERRED_IN_PANIC != 0 {
                // A deferred call panicked: the panic that ran it is over.
                if self.panics.len() >= 2 {
                    let old = self.panics.remove(self.panics.len() - 2);
                    let new = self.panics.last_mut().unwrap();
                    if old.recovered && old.value == new.value {
                        // `panic(recover())`: Go reports one panic.
                        new.message = format!("{} [recovered, repanicked]", old.message);
                    } else {
                        self.aborted.push(if old.recovered {
                            format!("{} [recovered]", old.message)
                        } else {
                            old.message
                        });
                    }
                }
            }
            if top.flags & BOUNDARY != 0 {
                let p = self.panics.pop().expect("unwinding a panic");
                return Err(Stop::Panic {
                    message: p.message,
                    trace: p.trace,
                    goroutine: self.id,
                });
            }
        }
    }

    /// Pushes a frame calling the func value `closure` with `args` (its
    /// parameters' slots) at stack index `base`.
    fn push_closure_frame(
        &mut self,
        prog: &Program,
        heap: &Heap,
        closure: u64,
        base: usize,
        args: &[u64],
        flags: u8,
    ) -> Result<(), Stop> {
        let Some(func) = heap.load(closure, 8) else {
            let (value, message) = self.new_runtime_error(
                prog,
                heap,
                "invalid memory address or nil pointer dereference",
            );
            self.start_panic(prog, value, message);
            return self.unwind(prog, heap);
        };
        let f = &prog.funcs[func as usize];
        self.ensure_stack(base, f.frame_size as usize + args.len() + 1)?;
        let frame_len = (f.frame_size as usize).max(args.len() + 1);
        self.stack[base..base + frame_len].fill(0);
        self.stack[base] = closure;
        self.stack[base + 1..base + 1 + args.len()].copy_from_slice(args);
        self.frames.push(Frame {
            func: func as FuncId,
            pc: 0,
            base,
            flags,
        });
        Ok(())
    }

    /// Runs until the frame stack drops below `floor` frames (0: the
    /// goroutine's end; a nested loop's boundary otherwise).
    fn exec_until(
        &mut self,
        prog: &Program,
        heap: &Heap,
        mcx: &mut MCtx<'_, '_>,
        floor: usize,
    ) -> Result<Step, Stop> {
        let preempt = mcx.preempt_flag();
        let mut frame = self.frames.pop().expect("a goroutine has a frame");
        let mut func = &prog.funcs[frame.func as usize];
        let mut code: &[crate::bytecode::Op] = &func.code;
        let mut pc = frame.pc as usize;
        let mut regs: *mut u64 = self.stack[frame.base..].as_mut_ptr();
        // Slots from the frame's base to the end of the stack.
        let mut avail = self.stack.len() - frame.base;
        // Register access. SAFETY: `Program::verify` checked every register
        // operand against the function's frame size, and `ensure_stack`
        // guarantees `base + frame_size <= stack.len()` for the current
        // frame; `regs` is refreshed after anything that may move the stack.
        macro_rules! r {
            ($i:expr) => {
                // SAFETY: register index verified < frame size; see above.
                unsafe { *regs.add($i as usize) }
            };
        }
        macro_rules! w {
            ($i:expr, $v:expr) => {{
                let v = $v;
                // SAFETY: register index verified < frame size; see above.
                unsafe { *regs.add($i as usize) = v }
            }};
        }
        macro_rules! f {
            ($i:expr) => {
                f64::from_bits(r!($i))
            };
        }
        // Checked access for widths that come from the program's tables.
        macro_rules! get {
            ($i:expr) => {{
                let i = $i as usize;
                assert!(i < avail, "register outside the stack");
                // SAFETY: i < avail = stack.len() - frame.base, checked above.
                unsafe { *regs.add(i) }
            }};
        }
        macro_rules! put {
            ($i:expr, $v:expr) => {{
                let i = $i as usize;
                let v = $v;
                assert!(i < avail, "register outside the stack");
                // SAFETY: i < avail = stack.len() - frame.base, checked above.
                unsafe { *regs.add(i) = v }
            }};
        }
        // Reloads the locals after the frame stack changed.
        macro_rules! resume {
            () => {{
                frame = self.frames.pop().expect("a frame to resume");
                func = &prog.funcs[frame.func as usize];
                code = &func.code;
                pc = frame.pc as usize;
                regs = self.stack[frame.base..].as_mut_ptr();
                avail = self.stack.len() - frame.base;
            }};
        }
        // A Go panic with `value` and `message`: unwind, then continue in
        // whichever frame runs next.
        macro_rules! throw_value {
            ($value:expr, $message:expr) => {{
                frame.pc = pc as u32;
                self.frames.push(frame);
                self.start_panic(prog, $value, $message);
                self.unwind(prog, heap)?;
                resume!();
                continue;
            }};
        }
        macro_rules! throw {
            ($text:expr) => {{
                let text: String = $text;
                let (value, message) = self.new_runtime_error(prog, heap, &text);
                throw_value!(value, message)
            }};
        }
        // A panic reported by an out-of-line handler.
        macro_rules! fault {
            ($f:expr) => {{
                let (value, message) = match $f {
                    Fault::Runtime(text) => self.new_runtime_error(prog, heap, &text),
                    Fault::Plain(message) => {
                        (self.runtime_panic_value(prog, heap, &message), message)
                    }
                    Fault::Fatal(msg) => {
                        self.flush(false);
                        frame.pc = pc as u32;
                        self.frames.push(frame);
                        return Err(Stop::Fatal {
                            lines: self.fatal_lines(prog, msg),
                        });
                    }
                };
                throw_value!(value, message)
            }};
        }
        macro_rules! nil_deref {
            () => {
                throw!("invalid memory address or nil pointer dereference".to_string())
            };
        }
        // An access that missed its object. Inside a live object but past
        // its end, with goroutines running in parallel, the address came
        // from a value torn by a data race (a slice's pointer from one
        // write and its length from another): Go reads whatever memory is
        // there, here a zero (a store is lost). Anywhere else it is nil (or
        // a collector's or compiler's bug, which then shows).
        macro_rules! torn_or_nil {
            ($a:expr) => {{
                if heap.object($a).is_none() || !crate::sched::sysmon::parallel() {
                    nil_deref!();
                }
                0
            }};
        }
        // Enters `callee` (its `Function` is `target`) with its frame at
        // `new_base`, once the stack has room (the caller frame is pushed).
        macro_rules! enter {
            ($callee:expr, $target:expr, $new_base:expr) => {{
                let new_base = $new_base;
                frame = Frame {
                    func: $callee,
                    pc: 0,
                    base: new_base,
                    flags: 0,
                };
                func = $target;
                code = &func.code;
                pc = 0;
                // Fresh registers past the arguments are zero, as Go's
                // zero values (and the GC's roots) expect.
                zero(
                    &mut self.stack
                        [new_base + func.params as usize..new_base + func.frame_size as usize],
                );
                regs = self.stack[new_base..].as_mut_ptr();
                avail = self.stack.len() - new_base;
                // The prologue polls for preemption too (a goroutine that
                // recurses without looping must yield as well).
                if preempt.load(Relaxed) && floor == 0 {
                    preempt.store(false, Relaxed);
                    self.frames.push(frame);
                    return Ok(Step::Yield);
                }
            }};
        }
        // Garbage collection at an allocating instruction (a safe point:
        // every live reference is in a register, a global or the heap).
        macro_rules! gc_point {
            () => {{
                if heap.should_collect() || self.stress_gc() {
                    {
                        let force = self.stress_gc();
                        self.collect(prog, mcx, frame, force);
                    }
                }
            }};
        }
        // Parks the goroutine in the current instruction: whoever wakes it
        // completes the instruction (`complete_wait`).
        // In a callback (floor > 0: fmt's `String()`, a sort's `less`) the
        // goroutine cannot leave this Rust stack: its M waits for the wake,
        // running other goroutines meanwhile, and goes on here.
        macro_rules! park {
            ($reason:expr, $pending:expr) => {{
                frame.pc = pc as u32;
                self.frames.push(frame);
                self.wait_reason = $reason;
                self.pending = $pending;
                if floor == 0 {
                    return Ok(Step::Park);
                }
                loop {
                    let wake = mcx.wait_nested(self)?;
                    if self.complete_wait(prog, heap, mcx, wake)?.is_none() {
                        break;
                    }
                }
                resume!();
            }};
        }
        // A native's failure: Go's panic, os.Exit, or waiting for stdin
        // (the goroutine parks and runs the native again).
        macro_rules! native_failed {
            ($fail:expr) => {{
                match $fail {
                    natives::Fail::Panic(msg) => {
                        let value = self.box_string_lit(prog, heap, &msg);
                        throw_value!(value, msg);
                    }
                    natives::Fail::Exit(code) => {
                        self.flush(false);
                        return Err(Stop::Exit(code));
                    }
                    natives::Fail::WouldBlock => {
                        pc -= 1;
                        let mut s = mcx.sched();
                        s.io_park(self.slot, self.park_gen);
                        mcx.park_holding(s);
                        park!("IO wait", Pending::None);
                    }
                }
            }};
        }
        macro_rules! yield_now {
            () => {{
                frame.pc = pc as u32;
                self.frames.push(frame);
                return Ok(Step::Yield);
            }};
        }
        loop {
            // verify() ensures the code ends in a return or a panic and every
            // jump target is in range, so the bounds check never fails.
            let op = code[pc];
            pc += 1;
            match op {
                Op::Move { dst, src } => w!(dst, r!(src)),
                Op::MoveN { dst, src, n } => {
                    if dst != src {
                        for k in 0..n {
                            w!(dst + k, r!(src + k));
                        }
                    }
                }
                Op::Zero { dst, n } => {
                    for k in 0..n {
                        w!(dst + k, 0);
                    }
                }
                Op::LoadInt { dst, value } => w!(dst, value as u64),
                Op::LoadFloat { dst, value } => w!(dst, value.to_bits()),
                Op::LoadStr { dst, index } => {
                    let [a, l] = prog.strings[index as usize];
                    w!(dst, a);
                    w!(dst + 1, l);
                }
                // verify() checked the index against the globals.
                Op::LoadGlobal { dst, index } => {
                    w!(dst, prog.globals[index as usize].load(Relaxed))
                }
                Op::StoreGlobal { src, index } => {
                    prog.globals[index as usize].store(r!(src), Relaxed)
                }
                Op::AddInt { dst, a, b } => w!(dst, r!(a).wrapping_add(r!(b))),
                Op::SubInt { dst, a, b } => w!(dst, r!(a).wrapping_sub(r!(b))),
                Op::MulInt { dst, a, b } => w!(dst, r!(a).wrapping_mul(r!(b))),
                Op::DivInt { dst, a, b } | Op::RemInt { dst, a, b } => {
                    let (x, y) = (r!(a) as i64, r!(b) as i64);
                    if y == 0 {
                        throw!("integer divide by zero".into());
                    }
                    let v = if matches!(op, Op::DivInt { .. }) {
                        x.wrapping_div(y)
                    } else {
                        x.wrapping_rem(y)
                    };
                    w!(dst, v as u64)
                }
                Op::DivUint { dst, a, b } | Op::RemUint { dst, a, b } => {
                    let (x, y) = (r!(a), r!(b));
                    if y == 0 {
                        throw!("integer divide by zero".into());
                    }
                    w!(
                        dst,
                        if matches!(op, Op::DivUint { .. }) {
                            x / y
                        } else {
                            x % y
                        }
                    )
                }
                Op::AndInt { dst, a, b } => w!(dst, r!(a) & r!(b)),
                Op::OrInt { dst, a, b } => w!(dst, r!(a) | r!(b)),
                Op::XorInt { dst, a, b } => w!(dst, r!(a) ^ r!(b)),
                Op::AndNotInt { dst, a, b } => w!(dst, r!(a) & !r!(b)),
                Op::Shl { dst, a, b } => {
                    let n = r!(b);
                    w!(dst, if n >= 64 { 0 } else { r!(a) << n })
                }
                Op::ShrInt { dst, a, b } => {
                    let n = r!(b).min(63);
                    w!(dst, ((r!(a) as i64) >> n) as u64)
                }
                Op::ShrUint { dst, a, b } => {
                    let n = r!(b);
                    w!(dst, if n >= 64 { 0 } else { r!(a) >> n })
                }
                Op::CheckShift { count } => {
                    if (r!(count) as i64) < 0 {
                        throw!("negative shift amount".into());
                    }
                }
                Op::NegInt { dst, a } => w!(dst, (r!(a) as i64).wrapping_neg() as u64),
                Op::ComplInt { dst, a } => w!(dst, !r!(a)),
                Op::AddIntImm { dst, a, imm } => w!(dst, r!(a).wrapping_add(imm as i64 as u64)),
                Op::Wrap { dst, bits, signed } => {
                    let v = r!(dst);
                    let shift = 64 - bits as u32;
                    w!(
                        dst,
                        if signed {
                            (((v << shift) as i64) >> shift) as u64
                        } else {
                            (v << shift) >> shift
                        }
                    )
                }
                Op::AddFloat { dst, a, b } => w!(dst, (f!(a) + f!(b)).to_bits()),
                Op::SubFloat { dst, a, b } => w!(dst, (f!(a) - f!(b)).to_bits()),
                Op::MulFloat { dst, a, b } => w!(dst, (f!(a) * f!(b)).to_bits()),
                Op::DivFloat { dst, a, b } => w!(dst, (f!(a) / f!(b)).to_bits()),
                Op::NegFloat { dst, a } => w!(dst, (-f!(a)).to_bits()),
                Op::RoundF32 { dst } => w!(dst, ((f!(dst) as f32) as f64).to_bits()),
                Op::IntToFloat { dst, a } => w!(dst, ((r!(a) as i64) as f64).to_bits()),
                Op::UintToFloat { dst, a } => w!(dst, (r!(a) as f64).to_bits()),
                Op::IntToFloat32 { dst, a } => w!(dst, (((r!(a) as i64) as f32) as f64).to_bits()),
                Op::UintToFloat32 { dst, a } => w!(dst, ((r!(a) as f32) as f64).to_bits()),
                // Go leaves out-of-range conversions implementation-defined;
                // these match amd64 (0x8000000000000000 for NaN and overflow).
                Op::FloatToInt { dst, a } => {
                    let x = f!(a);
                    w!(
                        dst,
                        if x.is_nan()
                            || x >= 9.223372036854775807e18
                            || x < -9.223372036854775808e18
                        {
                            1u64 << 63
                        } else {
                            x as i64 as u64
                        }
                    )
                }
                Op::FloatToUint { dst, a } => {
                    let x = f!(a);
                    w!(
                        dst,
                        if x < 9.223372036854775807e18 {
                            x as i64 as u64
                        } else {
                            (x - 9.223372036854775808e18) as i64 as u64 ^ (1 << 63)
                        }
                    )
                }
                Op::EqInt { dst, a, b } => w!(dst, (r!(a) == r!(b)) as u64),
                Op::NeInt { dst, a, b } => w!(dst, (r!(a) != r!(b)) as u64),
                Op::LtInt { dst, a, b } => w!(dst, ((r!(a) as i64) < (r!(b) as i64)) as u64),
                Op::LeInt { dst, a, b } => w!(dst, ((r!(a) as i64) <= (r!(b) as i64)) as u64),
                Op::LtUint { dst, a, b } => w!(dst, (r!(a) < r!(b)) as u64),
                Op::LeUint { dst, a, b } => w!(dst, (r!(a) <= r!(b)) as u64),
                Op::EqFloat { dst, a, b } => w!(dst, (f!(a) == f!(b)) as u64),
                Op::NeFloat { dst, a, b } => w!(dst, (f!(a) != f!(b)) as u64),
                Op::LtFloat { dst, a, b } => w!(dst, (f!(a) < f!(b)) as u64),
                Op::LeFloat { dst, a, b } => w!(dst, (f!(a) <= f!(b)) as u64),
                Op::EqStr { dst, a, b } => {
                    let eq = (r!(a) == r!(b) && r!(a + 1) == r!(b + 1))
                        || heap.str_bytes(r!(a), r!(a + 1)) == heap.str_bytes(r!(b), r!(b + 1));
                    w!(dst, eq as u64)
                }
                Op::LtStr { dst, a, b } => {
                    let lt = heap.str_bytes(r!(a), r!(a + 1)) < heap.str_bytes(r!(b), r!(b + 1));
                    w!(dst, lt as u64)
                }
                Op::Not { dst, a } => w!(dst, (r!(a) == 0) as u64),
                Op::Jump { to } => pc = to as usize,
                Op::JumpIf { cond, to } => {
                    if r!(cond) != 0 {
                        pc = to as usize
                    }
                }
                Op::JumpIfNot { cond, to } => {
                    if r!(cond) == 0 {
                        pc = to as usize
                    }
                }
                Op::JumpIfNotCmpImm { a, cmp, imm, to } => {
                    let (x, y) = (r!(a) as i64, imm as i64);
                    let holds = match cmp {
                        CmpImm::Lt => x < y,
                        CmpImm::Le => x <= y,
                        CmpImm::Gt => x > y,
                        CmpImm::Ge => x >= y,
                        CmpImm::Eq => x == y,
                        CmpImm::Ne => x != y,
                    };
                    if !holds {
                        pc = to as usize
                    }
                }
                Op::JumpIfNotLtInt { a, b, to } => {
                    if (r!(a) as i64) >= (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::JumpIfNotLeInt { a, b, to } => {
                    if (r!(a) as i64) > (r!(b) as i64) {
                        pc = to as usize
                    }
                }
                Op::JumpIfNotEqInt { a, b, to } => {
                    if r!(a) != r!(b) {
                        pc = to as usize
                    }
                }
                Op::JumpIfNotNeInt { a, b, to } => {
                    if r!(a) == r!(b) {
                        pc = to as usize
                    }
                }
                // A back edge polls for preemption (sysmon's request).
                Op::Loop { to } => {
                    pc = to as usize;
                    if preempt.load(Relaxed) && floor == 0 {
                        preempt.store(false, Relaxed);
                        yield_now!();
                    }
                }
                Op::Call { func: callee, base } => {
                    frame.pc = pc as u32;
                    let new_base = frame.base + base as usize;
                    let target = &prog.funcs[callee as usize];
                    self.frames.push(frame);
                    self.ensure_stack(new_base, target.frame_size as usize)?;
                    enter!(callee, target, new_base);
                }
                Op::CallClosure { f, base } => {
                    let closure = r!(f);
                    let Some(callee) = heap.load(closure, 8) else {
                        nil_deref!();
                    };
                    let callee = callee as FuncId;
                    w!(base, closure);
                    frame.pc = pc as u32;
                    let new_base = frame.base + base as usize;
                    let target = &prog.funcs[callee as usize];
                    self.frames.push(frame);
                    self.ensure_stack(new_base, target.frame_size as usize)?;
                    enter!(callee, target, new_base);
                }
                Op::CallIface { recv, method, base } => {
                    let (tword, payload) = (r!(recv), r!(recv + 1));
                    let name = &prog.method_names[method as usize];
                    let Some(m) = tword
                        .checked_sub(1)
                        .and_then(|t| prog.types.get(t as usize))
                        .and_then(|t| t.method(name))
                    else {
                        nil_deref!();
                    };
                    let callee = m.func;
                    let recv_slots = m.load.unwrap_or(1) as usize;
                    if m.load.is_some_and(|n| n > 0) && payload == 0 {
                        nil_deref!();
                    }
                    frame.pc = pc as u32;
                    let new_base = frame.base + base as usize;
                    let target = &prog.funcs[callee as usize];
                    // The caller put the arguments after a one-slot receiver
                    // (from base + 2); a receiver of another width moves them.
                    let arg_slots = (target.params as usize).saturating_sub(1 + recv_slots);
                    self.frames.push(frame);
                    self.ensure_stack(new_base, target.frame_size as usize + 2)?;
                    if recv_slots != 1 {
                        let from = new_base + 2;
                        self.stack
                            .copy_within(from..from + arg_slots, new_base + 1 + recv_slots);
                    }
                    // The receiver goes where the callee's first parameter is.
                    match m.load {
                        None => self.stack[new_base + 1] = payload,
                        Some(n) => {
                            for k in 0..n as usize {
                                self.stack[new_base + 1 + k] =
                                    heap.load(payload + 8 * k as u64, 8).unwrap_or(0);
                            }
                        }
                    }
                    enter!(callee, target, new_base);
                }
                Op::Return { src, count } => {
                    for i in 0..count {
                        w!(i, r!(src + i));
                    }
                    if self.frames.len() <= floor || frame.flags & BOUNDARY != 0 {
                        return Ok(Step::Done);
                    }
                    match self.frames.pop() {
                        None => return Ok(Step::Done),
                        Some(caller) if caller.pc == UNWINDING => {
                            // A deferred call run by a panic returned.
                            self.frames.push(caller);
                            if self.panics.last().is_some_and(|p| p.recovered) {
                                self.panics.pop();
                                let c = self.frames.last_mut().unwrap();
                                c.pc = prog.funcs[c.func as usize].recover_pc;
                            } else {
                                self.unwind(prog, heap)?;
                            }
                            resume!();
                        }
                        Some(caller) => {
                            frame = caller;
                            func = &prog.funcs[frame.func as usize];
                            code = &func.code;
                            pc = frame.pc as usize;
                            regs = self.stack[frame.base..].as_mut_ptr();
                            avail = self.stack.len() - frame.base;
                        }
                    }
                }
                Op::Print { src, kind } => {
                    let v = r!(src);
                    match kind {
                        PrintKind::Int => self
                            .out
                            .extend_from_slice((v as i64).to_string().as_bytes()),
                        PrintKind::Uint => self.out.extend_from_slice(v.to_string().as_bytes()),
                        PrintKind::Float => self
                            .out
                            .extend_from_slice(format::float(f64::from_bits(v), 64).as_bytes()),
                        PrintKind::Float32 => self
                            .out
                            .extend_from_slice(format::float(f64::from_bits(v), 32).as_bytes()),
                        PrintKind::Bool => {
                            self.out
                                .extend_from_slice(if v != 0 { b"true" } else { b"false" })
                        }
                        PrintKind::String => {
                            let s = heap.str_bytes(v, r!(src + 1));
                            self.out.extend_from_slice(s)
                        }
                    }
                }
                Op::PrintFmt { src, kind, spec } => {
                    let v = r!(src);
                    let spec = &prog.specs[spec as usize];
                    let text = match kind {
                        PrintKind::Int => format::format_int(spec, v as i64 as i128),
                        PrintKind::Uint => format::format_int(spec, v as i128),
                        PrintKind::Float => format::format_float(spec, f64::from_bits(v), 64),
                        PrintKind::Float32 => format::format_float(spec, f64::from_bits(v), 32),
                        PrintKind::Bool => format::format_bool(spec, v != 0),
                        PrintKind::String => {
                            format::format_str(spec, heap.str_bytes(v, r!(src + 1)))
                        }
                    };
                    self.out
                        .extend_from_slice(text.unwrap_or_default().as_bytes());
                }
                Op::PrintSpace => self.out.push(b' '),
                Op::PrintNewline => self.out.push(b'\n'),
                Op::PrintFlush { stderr } => self.flush(stderr),
                Op::PanicStr { msg } => {
                    let text =
                        String::from_utf8_lossy(heap.str_bytes(r!(msg), r!(msg + 1))).into_owned();
                    let value = self.box_string(prog, heap, r!(msg), r!(msg + 1));
                    throw_value!(value, text);
                }

                // ---- memory
                Op::Alloc { dst, layout } => {
                    gc_point!();
                    w!(dst, heap.alloc_words(layout, 1));
                }
                Op::Load { dst, addr, off } => {
                    let a = r!(addr).wrapping_add(off as u64);
                    match heap.load(a, 8) {
                        Some(v) => w!(dst, v),
                        None => w!(dst, torn_or_nil!(a)),
                    }
                }
                Op::Store { src, addr, off } => {
                    let a = r!(addr).wrapping_add(off as u64);
                    if !heap.store(a, 8, r!(src)) {
                        torn_or_nil!(a);
                    }
                }

                // ---- strings
                Op::Concat { dst, a, b } => {
                    let (la, lb) = (r!(a + 1), r!(b + 1));
                    if la == 0 {
                        w!(dst, r!(b));
                        w!(dst + 1, lb);
                    } else if lb == 0 {
                        w!(dst, r!(a));
                        w!(dst + 1, la);
                    } else {
                        gc_point!();
                        let mut v = Vec::with_capacity((la + lb) as usize);
                        v.extend_from_slice(heap.str_bytes(r!(a), la));
                        v.extend_from_slice(heap.str_bytes(r!(b), lb));
                        w!(dst, heap.alloc_str(v));
                        w!(dst + 1, la + lb);
                    }
                }
                Op::StrIndex { dst, s, i } => {
                    let (len, i) = (r!(s + 1), r!(i));
                    if i >= len {
                        throw!(index_message(i, len));
                    }
                    w!(dst, heap.load(r!(s) + i, 1).unwrap_or(0));
                }
                Op::StrSlice { dst, s, lo, hi } => {
                    let (len, l, h) = (r!(s + 1), r!(lo), r!(hi));
                    if let Some(m) = slice_check(l, h, None, len, true) {
                        throw!(m);
                    }
                    let n = h - l;
                    w!(dst, if n == 0 { 0 } else { r!(s) + l });
                    w!(dst + 1, n);
                }
                Op::StrNext { dst, s, i } => {
                    let bytes = heap.str_bytes(r!(s), r!(s + 1));
                    let (rune, width) = decode_rune(&bytes[r!(i) as usize..]);
                    w!(dst, rune as u64);
                    w!(dst + 1, width as u64);
                }
                Op::Convert { dst, a, kind } => {
                    gc_point!();
                    match kind {
                        Conversion::BytesToStr => {
                            let v: Vec<u8> = heap
                                .read_elems(r!(a), 8, get!(a as usize + 1) as usize)
                                .into_iter()
                                .map(|b| b as u8)
                                .collect();
                            let n = v.len() as u64;
                            w!(dst, heap.alloc_str(v));
                            put!(dst as usize + 1, n);
                        }
                        Conversion::RunesToStr => {
                            let mut v = Vec::new();
                            for r in heap.read_elems(r!(a), 8, get!(a as usize + 1) as usize) {
                                encode_rune(r as i64, &mut v);
                            }
                            let n = v.len() as u64;
                            w!(dst, heap.alloc_str(v));
                            put!(dst as usize + 1, n);
                        }
                        Conversion::RuneToStr => {
                            let mut v = Vec::new();
                            encode_rune(r!(a) as i64, &mut v);
                            let n = v.len() as u64;
                            w!(dst, heap.alloc_str(v));
                            put!(dst as usize + 1, n);
                        }
                        Conversion::StrToBytes => {
                            let bytes = heap.str_bytes(r!(a), get!(a as usize + 1)).to_vec();
                            let s = self.new_word_slice(heap, bytes.iter().map(|&b| b as u64));
                            w!(dst, s[0]);
                            put!(dst as usize + 1, s[1]);
                            put!(dst as usize + 2, s[2]);
                        }
                        Conversion::StrToRunes => {
                            let bytes = heap.str_bytes(r!(a), get!(a as usize + 1)).to_vec();
                            let mut runes = Vec::new();
                            let mut k = 0;
                            while k < bytes.len() {
                                let (r, n) = decode_rune(&bytes[k..]);
                                runes.push(r as i64 as u64);
                                k += n;
                            }
                            let s = self.new_word_slice(heap, runes.into_iter());
                            w!(dst, s[0]);
                            put!(dst as usize + 1, s[1]);
                            put!(dst as usize + 2, s[2]);
                        }
                    }
                }

                // ---- slices
                Op::MakeSlice {
                    dst,
                    len,
                    cap,
                    elem,
                } => {
                    let (l, c) = (r!(len) as i64, r!(cap) as i64);
                    if l < 0 {
                        throw!("makeslice: len out of range".into());
                    }
                    if c < l {
                        throw!("makeslice: cap out of range".into());
                    }
                    let e = &prog.elems[elem as usize];
                    if (c as u128) * (e.go_size.max(1) as u128) > growslice::MAX_ALLOC as u128 {
                        throw!(if l as u128 * (e.go_size.max(1) as u128)
                            > growslice::MAX_ALLOC as u128
                        {
                            "makeslice: len out of range".into()
                        } else {
                            "makeslice: cap out of range".into()
                        });
                    }
                    gc_point!();
                    let a = heap.alloc_words(e.layout, c as usize);
                    w!(dst, a);
                    w!(dst + 1, l as u64);
                    w!(dst + 2, c as u64);
                }
                Op::IndexAddr { dst, s, i, size } => {
                    let (len, i) = (r!(s + 1), r!(i));
                    if i >= len {
                        throw!(index_message(i, len));
                    }
                    w!(dst, r!(s).wrapping_add(i.wrapping_mul(size as u64)));
                }
                Op::IndexLoad { dst, s, i } => {
                    let (len, i) = (r!(s + 1), r!(i));
                    if i >= len {
                        throw!(index_message(i, len));
                    }
                    let a = r!(s).wrapping_add(i * 8);
                    match heap.load(a, 8) {
                        Some(v) => w!(dst, v),
                        None => w!(dst, torn_or_nil!(a)),
                    }
                }
                Op::IndexStore { src, s, i } => {
                    let (len, i) = (r!(s + 1), r!(i));
                    if i >= len {
                        throw!(index_message(i, len));
                    }
                    let a = r!(s).wrapping_add(i * 8);
                    if !heap.store(a, 8, r!(src)) {
                        torn_or_nil!(a);
                    }
                }
                Op::SliceExpr {
                    dst,
                    s,
                    bounds,
                    size,
                    three,
                    array,
                } => {
                    let (ptr, len, cap) = (r!(s), r!(s + 1), r!(s + 2));
                    let (l, h, m) = (r!(bounds), r!(bounds + 1), r!(bounds + 2));
                    let _ = len;
                    if let Some(msg) = slice_check(l, h, three.then_some(m), cap, array) {
                        throw!(msg);
                    }
                    let m = if three { m } else { cap };
                    // A slice at the very end keeps pointing into its array
                    // (Go avoids pointing past it; nothing here can tell).
                    w!(
                        dst,
                        if m - l == 0 && ptr == 0 {
                            0
                        } else {
                            ptr + l * size as u64
                        }
                    );
                    w!(dst + 1, h - l);
                    w!(dst + 2, m - l);
                }
                Op::SliceToArray { dst, s, len } => {
                    let have = r!(s + 1);
                    if have < len as u64 {
                        throw!(format!(
                            "cannot convert slice with length {have} to array or pointer to array with length {len}"
                        ));
                    }
                    w!(dst, r!(s));
                }
                Op::Append {
                    dst,
                    s,
                    vals,
                    n,
                    elem,
                    stack_buf,
                } => {
                    let e = &prog.elems[elem as usize];
                    let words = e.words as usize;
                    let (ptr, len, cap) = (r!(s), r!(s + 1), r!(s + 2));
                    let added = if words == 0 { 0 } else { n as usize / words };
                    let grown = if stack_buf && len == 0 && cap == 0 {
                        self.grow_stack_buffer(prog, heap, mcx, elem, added, frame)
                    } else {
                        self.grow(prog, heap, mcx, elem, ptr, len, cap, added, frame)
                    };
                    let (ptr, cap) = match grown {
                        Ok(pc2) => pc2,
                        Err(m) => throw!(m),
                    };
                    for k in 0..n as usize {
                        let at = ptr + (len * words as u64 + k as u64) * 8;
                        heap.store(at, 8, get!(vals as usize + k));
                    }
                    w!(dst, ptr);
                    w!(dst + 1, len + added as u64);
                    w!(dst + 2, cap);
                }
                Op::AppendSlice {
                    dst,
                    s,
                    t,
                    elem,
                    from_str,
                } => {
                    let e = &prog.elems[elem as usize];
                    let words = e.words as u64;
                    let (ptr, len, cap) = (r!(s), r!(s + 1), r!(s + 2));
                    let (tptr, tlen) = (r!(t), r!(t + 1));
                    let src: Vec<u64> = if from_str {
                        heap.str_bytes(tptr, tlen)
                            .iter()
                            .map(|&b| b as u64)
                            .collect()
                    } else {
                        heap.read_elems(tptr, 8, (tlen * words) as usize)
                    };
                    let (ptr, cap) =
                        match self.grow(prog, heap, mcx, elem, ptr, len, cap, tlen as usize, frame)
                        {
                            Ok(pc2) => pc2,
                            Err(m) => throw!(m),
                        };
                    for (k, v) in src.into_iter().enumerate() {
                        heap.store(ptr + (len * words + k as u64) * 8, 8, v);
                    }
                    w!(dst, ptr);
                    w!(dst + 1, len + tlen);
                    w!(dst + 2, cap);
                }
                Op::Copy {
                    dst,
                    a,
                    b,
                    size,
                    from_str,
                } => {
                    let n = r!(a + 1).min(r!(b + 1));
                    if from_str {
                        let bytes = heap.str_bytes(r!(b), n).to_vec();
                        for (k, v) in bytes.into_iter().enumerate() {
                            heap.store(r!(a) + 8 * k as u64, 8, v as u64);
                        }
                    } else if n > 0 {
                        heap.move_elems(r!(a), r!(b), 8, (n * size as u64 / 8) as usize);
                    }
                    w!(dst, n);
                }

                // ---- maps
                Op::MakeMap { dst, map } => {
                    gc_point!();
                    let info = &prog.maps[map as usize];
                    let m = GoMap::new(
                        info.key_words as usize,
                        info.value_words as usize,
                        info.key_layout,
                        info.value_layout,
                    );
                    w!(dst, heap.alloc_map(m));
                }
                Op::MapLoad {
                    dst,
                    m,
                    key,
                    map,
                    ok,
                } => {
                    let regs = Regs { ptr: regs, avail };
                    if let Err(f) = map_load(prog, heap, regs, dst, m, key, map, ok) {
                        fault!(f);
                    }
                }
                Op::MapStore { m, key, val, map } => {
                    let regs = Regs { ptr: regs, avail };
                    if let Err(f) = self.map_store(prog, heap, mcx, regs, frame, m, key, val, map) {
                        fault!(f);
                    }
                }
                Op::MapDelete { m, key, map } => {
                    let regs = Regs { ptr: regs, avail };
                    if let Err(f) = map_delete(prog, heap, regs, m, key, map) {
                        fault!(f);
                    }
                }
                Op::MapClear { m } => match heap.map_mut(r!(m)) {
                    Ok(Some(mut mp)) => mp.clear(),
                    Ok(None) => {}
                    Err(race) => fault!(Fault::Fatal(race)),
                },
                Op::SliceClear { s, words } => {
                    let (p, n) = (r!(s), r!(s + 1) * words as u64);
                    for k in 0..n {
                        heap.store(p + 8 * k, 8, 0);
                    }
                }
                Op::MapLen { dst, m } => w!(dst, heap.map(r!(m)).map_or(0, |mp| mp.len() as u64)),
                Op::MapIter { dst, m } => {
                    gc_point!();
                    let snapshot = match heap.map_read(r!(m), CONCURRENT_MAP_ITERATION_WRITE) {
                        Ok(mp) => mp.map(|mp| mp.snapshot()).unwrap_or_default(),
                        Err(race) => fault!(Fault::Fatal(race)),
                    };
                    let it = heap.alloc_words(SCALAR, snapshot.len() + 1);
                    heap.store(it, 8, r!(m));
                    for (k, s) in snapshot.iter().enumerate() {
                        heap.store(it + 8 * (k as u64 + 1), 8, *s as u64);
                    }
                    w!(dst, it);
                    w!(dst + 1, snapshot.len() as u64);
                }
                Op::MapNext { it, dst, map, to } => {
                    let info = &prog.maps[map as usize];
                    let (kw, vw) = (info.key_words as usize, info.value_words as usize);
                    let iter = r!(it);
                    let mptr = heap.load(iter, 8).unwrap_or(0);
                    let mut left = r!(it + 1);
                    let mut entry = None;
                    while left > 0 {
                        let slot = heap.load(iter + 8 * left, 8).unwrap_or(0) as u32;
                        left -= 1;
                        let mp = match heap.map_read(mptr, CONCURRENT_MAP_ITERATION_WRITE) {
                            Ok(mp) => mp,
                            Err(race) => fault!(Fault::Fatal(race)),
                        };
                        if let Some(mp) = mp.filter(|mp| mp.is_live(slot)) {
                            entry = Some((mp, slot));
                            break;
                        }
                    }
                    w!(it + 1, left);
                    match entry {
                        Some((mp, slot)) => {
                            // Key words, then value words, copied from the map.
                            let words = mp.key(slot).iter().chain(mp.value(slot));
                            for (k, &x) in words.enumerate().take(kw + vw) {
                                put!(dst as usize + k, x);
                            }
                        }
                        None => pc = to as usize,
                    }
                }

                // ---- closures, natives, interfaces
                Op::MakeClosure {
                    dst,
                    func: f,
                    caps,
                    n,
                    layout,
                } => {
                    gc_point!();
                    let c = heap.alloc_words(layout, 1);
                    heap.store(c, 8, f as u64);
                    for k in 0..n {
                        heap.store(c + 8 * (k as u64 + 1), 8, r!(caps + k));
                    }
                    w!(dst, c);
                }
                Op::CallNative { native, base, args } => {
                    gc_point!();
                    // The arguments straight from the registers, the results
                    // into a buffer kept across calls: no allocation per call.
                    let arg_regs = Regs { ptr: regs, avail };
                    let argv = arg_regs.slice(base, args as usize);
                    let mut out = std::mem::take(&mut self.native_out);
                    out.clear();
                    let (_, f) = &prog.natives[native as usize];
                    let wk = prog.well_known;
                    let new_error = |h: &Heap, msg: &[u8]| new_error_value(&wk, h, msg);
                    let mut ctx = natives::Ctx {
                        heap,
                        str_layout: wk.str_layout,
                        new_error: &new_error,
                        eof: wk.eof,
                        well_known: wk,
                    };
                    match f(&mut ctx, argv, &mut out) {
                        Ok(()) => {
                            for (k, &v) in out.iter().enumerate() {
                                put!(base as usize + k, v);
                            }
                            self.native_out = out;
                        }
                        Err(fail) => {
                            self.native_out = out;
                            native_failed!(fail)
                        }
                    }
                }
                Op::ToIface { dst, src, ty } => {
                    let t = &prog.types[ty as usize];
                    let payload = if t.width == 1 {
                        r!(src)
                    } else if t.width == 0 {
                        0
                    } else {
                        gc_point!();
                        let b = heap.alloc_words(t.layout, 1);
                        for k in 0..t.width as u64 {
                            heap.store(b + 8 * k, 8, get!(src as u64 + k));
                        }
                        b
                    };
                    w!(dst, ty as u64 + 1);
                    w!(dst + 1, payload);
                }
                Op::Assert {
                    dst,
                    src,
                    ty,
                    from,
                    ok,
                } => {
                    let t = &prog.types[ty as usize];
                    let (tw, payload) = (r!(src), r!(src + 1));
                    let matches = tw == ty as u64 + 1;
                    if !matches && !ok {
                        let msg = self.assert_message(prog, from, tw, ty);
                        let value = self.runtime_panic_value(prog, heap, &msg);
                        throw_value!(value, msg);
                    }
                    let w = t.width as usize;
                    if matches {
                        if w == 1 {
                            put!(dst as usize, payload);
                        } else {
                            for k in 0..w {
                                put!(
                                    dst as usize + k,
                                    heap.load(payload + 8 * k as u64, 8).unwrap_or(0)
                                );
                            }
                        }
                    } else {
                        for k in 0..w {
                            put!(dst as usize + k, 0);
                        }
                    }
                    if ok {
                        put!(dst as usize + w, matches as u64);
                    }
                }
                Op::AssertIface {
                    dst,
                    src,
                    ty,
                    from,
                    ok,
                } => {
                    let (tw, payload) = (r!(src), r!(src + 1));
                    let implements = tw != 0 && self.implements(prog, tw - 1, ty);
                    if !implements && !ok {
                        let msg = self.assert_iface_message(prog, from, tw, ty);
                        let value = self.runtime_panic_value(prog, heap, &msg);
                        throw_value!(value, msg);
                    }
                    if implements {
                        w!(dst, tw);
                        put!(dst as usize + 1, payload);
                    } else {
                        w!(dst, 0);
                        put!(dst as usize + 1, 0);
                    }
                    if ok {
                        put!(dst as usize + 2, implements as u64);
                    }
                }
                Op::HasType { dst, src, ty } => {
                    let tw = r!(src);
                    let t = &prog.types[ty as usize];
                    let yes = if t.kind == Kind::Interface {
                        tw != 0 && self.implements(prog, tw - 1, ty)
                    } else {
                        tw == ty as u64 + 1
                    };
                    w!(dst, yes as u64);
                }
                Op::EqIface { dst, a, b } => {
                    match iface_equal(prog, heap, [r!(a), r!(a + 1)], [r!(b), r!(b + 1)]) {
                        Ok(eq) => w!(dst, eq as u64),
                        Err(name) => throw!(format!("comparing uncomparable type {name}")),
                    }
                }

                // ---- panics and defers
                Op::Panic { val } => {
                    let value = [r!(val), r!(val + 1)];
                    frame.pc = pc as u32;
                    self.frames.push(frame);
                    // Go 1.21+: panic(nil) panics with a *runtime.PanicNilError.
                    let (value, message) = if value[0] == 0 {
                        let (mut v, m) =
                            self.new_runtime_error(prog, heap, "panic called with nil argument");
                        v[0] = prog.well_known.panic_nil as u64 + 1;
                        (v, m)
                    } else {
                        match self.panic_text(prog, heap, mcx, value) {
                            Ok(m) => (value, m),
                            Err(stop) => return Err(stop),
                        }
                    };
                    self.start_panic(prog, value, message);
                    self.unwind(prog, heap)?;
                    resume!();
                }
                Op::Recover { dst } => {
                    let active = frame.flags & DEFERRED_IN_PANIC != 0
                        && self
                            .panics
                            .last()
                            .is_some_and(|p| !p.recovered && !p.goexit);
                    if active {
                        let p = self.panics.last_mut().unwrap();
                        p.recovered = true;
                        w!(dst, p.value[0]);
                        w!(dst + 1, p.value[1]);
                    } else {
                        w!(dst, 0);
                        w!(dst + 1, 0);
                    }
                }
                Op::Defer { f, args, n } => {
                    let closure = r!(f);
                    let argv = (0..n).map(|k| r!(args + k)).collect();
                    self.defers.push(Deferred {
                        depth: self.frames.len(),
                        closure,
                        args: argv,
                    });
                }
                Op::Go { f, args, n } => {
                    let closure = r!(f);
                    let arg_regs = Regs { ptr: regs, avail };
                    let argv = arg_regs.slice(args, n as usize);
                    let created = Creation {
                        func: frame.func,
                        pc: pc as u32 - 1,
                        parent: self.id,
                    };
                    if mcx.sched().go(prog, heap, closure, argv, created).is_none() {
                        return Err(Stop::Fatal {
                            lines: vec!["fatal error: go of nil func value".into()],
                        });
                    }
                }
                Op::MakeChan { dst, size, elem } => {
                    gc_point!();
                    let n = r!(size) as i64;
                    if n < 0 || n > 1 << 40 {
                        throw!("makechan: size out of range".into());
                    }
                    let e = &prog.elems[elem as usize];
                    let ch = Chan::new(e.words as usize, e.layout, n as usize);
                    w!(dst, mcx.sched().chans.make(heap, ch));
                }
                Op::Send { ch, src } => {
                    let r = Regs { ptr: regs, avail };
                    match self.send(heap, mcx, r, ch, src) {
                        Ok(None) => {}
                        Ok(Some((reason, pending))) => park!(reason, pending),
                        Err(msg) => fault!(Fault::Plain(msg.into())),
                    }
                }
                Op::Recv { dst, ch, ok } => {
                    let r = Regs { ptr: regs, avail };
                    match self.recv(heap, mcx, r, dst, ch, ok, frame.base) {
                        Ok(None) => {}
                        Ok(Some((reason, pending))) => park!(reason, pending),
                        Err(msg) => fault!(Fault::Plain(msg.into())),
                    }
                }
                Op::Close { ch } => {
                    if let Err(msg) = chanops::close(&mut mcx.sched(), heap, r!(ch)) {
                        fault!(Fault::Plain(msg.into()));
                    }
                }
                Op::ChanLen { dst, ch, cap } => {
                    let n = mcx.sched().chans.peek(heap, r!(ch)).map_or(0, |c| {
                        if cap {
                            c.go_cap()
                        } else {
                            c.len()
                        }
                    });
                    w!(dst, n as u64);
                }
                Op::Select { table, dst } => {
                    let r = Regs { ptr: regs, avail };
                    match self.select(prog, heap, mcx, r, table, dst, frame.base) {
                        Ok(None) => {}
                        Ok(Some((reason, pending))) => park!(reason, pending),
                        Err(msg) => fault!(Fault::Plain(msg.into())),
                    }
                }
                Op::CallRuntime { native, base, args } => {
                    gc_point!();
                    let r = Regs { ptr: regs, avail };
                    let at = (frame.func, pc as u32 - 1);
                    match self.call_runtime(prog, heap, mcx, r, native, base, args, at) {
                        Ok((flow, arg0)) => match flow {
                            Flow::Continue => {}
                            Flow::Park(reason) => {
                                let pending = if reason == "sync.Cond.Wait" {
                                    Pending::CondRelock(arg0)
                                } else {
                                    Pending::None
                                };
                                park!(reason, pending)
                            }
                            Flow::Yield => {
                                if floor == 0 {
                                    yield_now!();
                                }
                            }
                            Flow::Goexit => {
                                frame.pc = pc as u32;
                                self.frames.push(frame);
                                self.start_goexit();
                                self.unwind(prog, heap)?;
                                resume!();
                            }
                            Flow::Collect => {
                                self.collect(prog, mcx, frame, true);
                            }
                            Flow::Fatal(msg) => {
                                self.flush(false);
                                return Err(Stop::Fatal {
                                    lines: vec![format!("fatal error: {msg}")],
                                });
                            }
                        },
                        Err(fail) => native_failed!(fail),
                    }
                }
                Op::RunDefers => {
                    let depth = self.frames.len();
                    if self.defers.last().is_some_and(|d| d.depth == depth) {
                        let d = self.defers.pop().unwrap();
                        // Come back here for the next one.
                        frame.pc = pc as u32 - 1;
                        self.frames.push(frame);
                        let base = frame.base + func.frame_size as usize;
                        self.push_closure_frame(prog, heap, d.closure, base, &d.args, 0)?;
                        resume!();
                    }
                }

                // ---- fmt
                Op::Fmt {
                    op: fop,
                    base,
                    n,
                    spread,
                } => {
                    gc_point!();
                    let args: Vec<[u64; 2]> = if spread {
                        let (p, l) = (r!(base), r!(base + 1));
                        (0..l)
                            .map(|k| {
                                [
                                    heap.load(p + 16 * k, 8).unwrap_or(0),
                                    heap.load(p + 16 * k + 8, 8).unwrap_or(0),
                                ]
                            })
                            .collect()
                    } else {
                        (0..n as usize)
                            .map(|k| [get!(base as usize + 2 * k), get!(base as usize + 2 * k + 1)])
                            .collect()
                    };
                    frame.pc = pc as u32;
                    self.frames.push(frame);
                    let result = self.fmt(prog, heap, mcx, fop, &args);
                    resume!();
                    let text = match result {
                        Ok(t) => t,
                        Err(stop) => return Err(stop),
                    };
                    match fop {
                        FmtOp::Print | FmtOp::Println | FmtOp::Printf => {
                            let n = text.len() as u64;
                            self.out.extend_from_slice(&text);
                            self.flush(false);
                            put!(base as usize, n);
                            put!(base as usize + 1, 0);
                            put!(base as usize + 2, 0);
                        }
                        FmtOp::EPrint | FmtOp::EPrintln | FmtOp::EPrintf => {
                            let n = text.len() as u64;
                            self.out.extend_from_slice(&text);
                            self.flush(true);
                            put!(base as usize, n);
                            put!(base as usize + 1, 0);
                            put!(base as usize + 2, 0);
                        }
                        FmtOp::Sprint | FmtOp::Sprintln | FmtOp::Sprintf => {
                            let n = text.len() as u64;
                            put!(base as usize, heap.alloc_str(text));
                            put!(base as usize + 1, n);
                        }
                        FmtOp::Errorf => {
                            let mut wrapped = std::mem::take(&mut self.wrapped);
                            // As Go's Errorf: what the %w operands are decides.
                            let is_error = |v: &[u64; 2]| {
                                v[0].checked_sub(1).is_some_and(|t| {
                                    prog.types[t as usize].string_method("Error").is_some()
                                })
                            };
                            let wk = &prog.well_known;
                            let e = match wrapped.as_slice() {
                                [] => new_error_value(wk, heap, &text),
                                // One %w: a *fmt.wrapError (its error nil when
                                // the operand is not one).
                                [(_, v)] => {
                                    let inner = if is_error(v) { *v } else { [0, 0] };
                                    wrap_error_value(wk, heap, &text, inner)
                                }
                                // Several: a *fmt.wrapErrors of the operands
                                // that are errors, each argument once.
                                _ => {
                                    wrapped.sort_by_key(|(i, _)| *i);
                                    wrapped.dedup_by_key(|(i, _)| *i);
                                    let errs: Vec<[u64; 2]> =
                                        wrapped.iter().map(|(_, v)| *v).filter(is_error).collect();
                                    wrap_errors_value(wk, heap, &text, &errs)
                                }
                            };
                            put!(base as usize, e[0]);
                            put!(base as usize + 1, e[1]);
                        }
                    }
                }
            }
        }
    }
}

/// The current frame's registers, for handlers kept out of the loop: from
/// the frame's base to the end of the stack, every access checked.
#[derive(Clone, Copy)]
struct Regs {
    ptr: *mut u64,
    avail: usize,
}

impl Regs {
    #[inline]
    fn get(self, i: impl Into<usize>) -> u64 {
        let i = i.into();
        assert!(i < self.avail, "register outside the stack");
        // SAFETY: i < avail = stack.len() - frame base, checked above.
        unsafe { *self.ptr.add(i) }
    }

    #[inline]
    fn set(self, i: impl Into<usize>, v: u64) {
        let i = i.into();
        assert!(i < self.avail, "register outside the stack");
        // SAFETY: i < avail = stack.len() - frame base, checked above.
        unsafe { *self.ptr.add(i) = v }
    }

    /// Registers `i..i + n`. The stack must not be written through any
    /// other path while the slice is in use.
    #[inline]
    fn slice(&self, i: impl Into<usize>, n: usize) -> &[u64] {
        let i = i.into();
        assert!(i + n <= self.avail, "register outside the stack");
        // SAFETY: i + n <= avail = stack.len() - frame base, checked
        // above; `ptr` points at the frame base of the live stack.
        unsafe { std::slice::from_raw_parts(self.ptr.add(i), n) }
    }
}

/// A Go panic raised by a handler kept out of the loop.
enum Fault {
    /// A run-time error whose message is `runtime error: ` and this.
    Runtime(String),
    /// Go's `fatal error: ` and this (no deferred call runs).
    Fatal(&'static str),
    /// A `runtime.Error` with exactly this message.
    Plain(String),
}

impl From<String> for Fault {
    fn from(text: String) -> Fault {
        Fault::Runtime(text)
    }
}

/// The key in `slots` hashed with `mp`'s seed: (hash, whether it holds a
/// NaN); or, with no map, only checked for an unhashable value (Go checks
/// even a nil map's key).
#[inline]
fn key_hash(
    prog: &Program,
    heap: &Heap,
    parts: &[KeyPart],
    slots: &[u64],
    mp: Option<&GoMap>,
) -> Result<(u64, bool), Fault> {
    let mut h = match mp {
        Some(mp) => mp.hasher(),
        None if parts.contains(&KeyPart::Iface) => {
            foldhash::fast::FixedState::default().build_hasher()
        }
        None => return Ok((0, false)),
    };
    let nan = hash_key(prog, heap, parts, slots, &mut h)?;
    Ok((h.finish(), nan))
}

/// The slot of the key in `slots` in `mp`, if there.
#[inline]
fn map_find(
    prog: &Program,
    heap: &Heap,
    parts: &[KeyPart],
    mp: &GoMap,
    hash: u64,
    slots: &[u64],
) -> Option<u32> {
    if let [KeyPart::Word] = parts {
        // The common case, without the general comparison's loop.
        let w = slots[0];
        return mp.find(hash, |k| k[0] == w);
    }
    if parts.iter().all(|p| *p == KeyPart::Word) {
        return mp.find(hash, |k| k == slots);
    }
    mp.find(hash, |k| keys_equal(prog, heap, parts, slots, k))
}

/// `dst = m[key]`, with the `ok` flag after the value if asked for.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn map_load(
    prog: &Program,
    heap: &Heap,
    regs: Regs,
    dst: u16,
    m: u16,
    key: u16,
    map: u32,
    ok: bool,
) -> Result<(), Fault> {
    let info = &prog.maps[map as usize];
    let vw = info.value_words as usize;
    let k = regs.slice(key, info.key_words as usize);
    let mp = heap
        .map_read(regs.get(m), CONCURRENT_MAP_READ_WRITE)
        .map_err(Fault::Fatal)?;
    let (hash, nan) = key_hash(prog, heap, &info.key, k, mp.as_deref())?;
    let found = match &mp {
        Some(mp) if !nan => map_find(prog, heap, &info.key, mp, hash, k).map(|s| mp.value(s)),
        _ => None,
    };
    match found {
        Some(v) => (0..vw).for_each(|i| regs.set(dst as usize + i, v[i])),
        None => (0..vw).for_each(|i| regs.set(dst as usize + i, 0)),
    }
    if ok {
        regs.set(dst as usize + vw, found.is_some() as u64);
    }
    Ok(())
}

/// `delete(m, key)`.
#[inline(never)]
fn map_delete(
    prog: &Program,
    heap: &Heap,
    regs: Regs,
    m: u16,
    key: u16,
    map: u32,
) -> Result<(), Fault> {
    let info = &prog.maps[map as usize];
    let k = regs.slice(key, info.key_words as usize);
    let addr = regs.get(m);
    let mp = heap.map_mut(addr).map_err(Fault::Fatal)?;
    let (hash, nan) = key_hash(prog, heap, &info.key, k, mp.as_deref())?;
    if let Some(mut mp) = mp {
        if let Some(s) = map_find(prog, heap, &info.key, &mp, hash, k).filter(|_| !nan) {
            mp.remove(s);
        }
    }
    Ok(())
}

/// Zeroes `s`: a short run (most frames' registers) with inline stores
/// rather than a call to memset, which costs a call's worth per Go call.
#[inline(always)]
fn zero(s: &mut [u64]) {
    macro_rules! by_length {
        ($($n:literal)*) => {
            match s.len() {
                $($n => *<&mut [u64; $n]>::try_from(s).unwrap() = [0; $n],)*
                _ => s.fill(0),
            }
        };
    }
    by_length!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
}

/// Go's message for an index `i` out of range of `len`.
fn index_message(i: u64, len: u64) -> String {
    if (i as i64) < 0 {
        format!("index out of range [{}]", i as i64)
    } else {
        format!("index out of range [{i}] with length {len}")
    }
}

/// Checks `[lo:hi]` or `[lo:hi:max]` against `cap` (a string's or array's
/// length when `is_len`); returns Go's message when out of range.
fn slice_check(lo: u64, hi: u64, max: Option<u64>, cap: u64, is_len: bool) -> Option<String> {
    let what = if is_len { "length" } else { "capacity" };
    let neg = |v: u64| (v as i64) < 0;
    match max {
        None => {
            if neg(hi) {
                return Some(format!("slice bounds out of range [:{}]", hi as i64));
            }
            if hi > cap {
                return Some(format!(
                    "slice bounds out of range [:{hi}] with {what} {cap}"
                ));
            }
            if neg(lo) {
                return Some(format!("slice bounds out of range [{}:]", lo as i64));
            }
            if lo > hi {
                return Some(format!("slice bounds out of range [{lo}:{hi}]"));
            }
        }
        Some(m) => {
            if neg(m) {
                return Some(format!("slice bounds out of range [::{}]", m as i64));
            }
            if m > cap {
                return Some(format!(
                    "slice bounds out of range [::{m}] with {what} {cap}"
                ));
            }
            if neg(hi) {
                return Some(format!("slice bounds out of range [:{}:]", hi as i64));
            }
            if hi > m {
                return Some(format!("slice bounds out of range [:{hi}:{m}]"));
            }
            if neg(lo) {
                return Some(format!("slice bounds out of range [{}::]", lo as i64));
            }
            if lo > hi {
                return Some(format!("slice bounds out of range [{lo}:{hi}:]"));
            }
        }
    }
    None
}

/// Decodes one rune as Go does: invalid UTF-8 gives U+FFFD, width 1.
pub fn decode_rune(b: &[u8]) -> (char, usize) {
    if b.is_empty() {
        return ('\u{FFFD}', 0);
    }
    let width = match b[0] {
        0x00..=0x7f => return (b[0] as char, 1),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return ('\u{FFFD}', 1),
    };
    match b.get(..width).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next().unwrap(), width),
        None => ('\u{FFFD}', 1),
    }
}

/// Appends rune `r` as UTF-8 (invalid code points as U+FFFD).
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// A `*fmt.wrapError`: `Error()` is `msg`, `Unwrap()` is `inner`.
pub fn wrap_error_value(
    wk: &crate::program::WellKnown,
    heap: &Heap,
    msg: &[u8],
    inner: [u64; 2],
) -> [u64; 2] {
    let s = heap.alloc_str(msg.to_vec());
    let obj = heap.alloc_words(wk.wrap_layout, 1);
    for (k, w) in [s, msg.len() as u64, inner[0], inner[1]]
        .into_iter()
        .enumerate()
    {
        heap.store(obj + 8 * k as u64, 8, w);
    }
    [wk.wrap_error as u64 + 1, obj]
}

/// A `*fmt.wrapErrors`: `msg`, and the errors several `%w` wrapped.
pub fn wrap_errors_value(
    wk: &crate::program::WellKnown,
    heap: &Heap,
    msg: &[u8],
    errs: &[[u64; 2]],
) -> [u64; 2] {
    let s = heap.alloc_str(msg.to_vec());
    let arr = heap.alloc_words(wk.err_slice_layout, errs.len());
    for (k, e) in errs.iter().enumerate() {
        heap.store(arr + 16 * k as u64, 8, e[0]);
        heap.store(arr + 16 * k as u64 + 8, 8, e[1]);
    }
    let n = errs.len() as u64;
    let obj = heap.alloc_words(wk.wrap_errors_layout, 1);
    for (k, w) in [s, msg.len() as u64, arr, n, n].into_iter().enumerate() {
        heap.store(obj + 8 * k as u64, 8, w);
    }
    [wk.wrap_errors as u64 + 1, obj]
}

/// An error value whose `Error()` is `msg` (a `*errors.errorString`).
pub fn new_error_value(wk: &crate::program::WellKnown, heap: &Heap, msg: &[u8]) -> [u64; 2] {
    let s = heap.alloc_str(msg.to_vec());
    let obj = heap.alloc_words(wk.str_layout, 1);
    heap.store(obj, 8, s);
    heap.store(obj + 8, 8, msg.len() as u64);
    [wk.error_string as u64 + 1, obj]
}

/// Interface equality, as Go's `==` on interface values: same dynamic type
/// and equal values; `Err(type name)` for an uncomparable dynamic type.
pub fn iface_equal(prog: &Program, heap: &Heap, a: [u64; 2], b: [u64; 2]) -> Result<bool, String> {
    if a[0] != b[0] {
        return Ok(false);
    }
    if a[0] == 0 {
        return Ok(true);
    }
    let ty = (a[0] - 1) as u32;
    let t = &prog.types[ty as usize];
    if !t.comparable {
        return Err(t.name.clone());
    }
    let load = |p: [u64; 2]| -> Vec<u64> {
        if t.width == 1 {
            vec![p[1]]
        } else {
            heap.read_elems(p[1], 8, t.width as usize)
        }
    };
    values_equal(prog, heap, ty, &load(a), &load(b))
}

/// `==` on two values of type `ty` given as slots.
pub fn values_equal(
    prog: &Program,
    heap: &Heap,
    ty: u32,
    a: &[u64],
    b: &[u64],
) -> Result<bool, String> {
    let t = &prog.types[ty as usize];
    Ok(match t.kind {
        Kind::Float32 | Kind::Float64 => f64::from_bits(a[0]) == f64::from_bits(b[0]),
        Kind::String => heap.str_bytes(a[0], a[1]) == heap.str_bytes(b[0], b[1]),
        Kind::Interface => iface_equal(prog, heap, [a[0], a[1]], [b[0], b[1]])?,
        Kind::Struct => {
            for f in &t.fields {
                let w = prog.types[f.ty as usize].width as usize;
                let o = f.offset as usize;
                if !values_equal(prog, heap, f.ty, &a[o..o + w], &b[o..o + w])? {
                    return Ok(false);
                }
            }
            true
        }
        Kind::Array => {
            let e = t.elem.unwrap();
            let w = prog.types[e as usize].width as usize;
            for k in 0..t.len as usize {
                if !values_equal(
                    prog,
                    heap,
                    e,
                    &a[k * w..(k + 1) * w],
                    &b[k * w..(k + 1) * w],
                )? {
                    return Ok(false);
                }
            }
            true
        }
        Kind::Slice | Kind::Map | Kind::Func => return Err(t.name.clone()),
        _ => a[0] == b[0],
    })
}

impl Goroutine {
    /// `ch <- v` (out of the loop, as the other channel operations): `Ok(None)`
    /// when done, `Ok(Some(..))` to park, `Err` for Go's panic.
    #[inline(never)]
    fn send(
        &mut self,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        regs: Regs,
        ch: u16,
        src: u16,
    ) -> Result<Option<(&'static str, Pending)>, &'static str> {
        let c = regs.get(ch);
        let mut s = m.sched();
        let width = s.chans.peek(heap, c).map_or(0, |x| x.width);
        // Straight from the registers: the channel copies what it keeps.
        let vals = regs.slice(src, width);
        match chanops::send(&mut s, heap, c, vals, self.slot, self.park_gen) {
            Outcome::Done { .. } => Ok(None),
            Outcome::Park(reason) => {
                m.park_holding(s);
                Ok(Some((reason, Pending::Send)))
            }
            Outcome::Panic(msg) => Err(msg),
        }
    }

    /// `<-ch` into `dst` (with `ok`, the flag after the value).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn recv(
        &mut self,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        regs: Regs,
        dst: u16,
        ch: u16,
        ok: bool,
        frame_base: usize,
    ) -> Result<Option<(&'static str, Pending)>, &'static str> {
        let mut s = m.sched();
        match chanops::recv(&mut s, heap, regs.get(ch), self.slot, self.park_gen) {
            Outcome::Done { vals, ok: flag } => {
                for (k, &v) in vals.iter().enumerate() {
                    regs.set(dst as usize + k, v);
                }
                if ok {
                    regs.set(dst as usize + vals.len(), flag as u64);
                }
                Ok(None)
            }
            Outcome::Park(reason) => {
                m.park_holding(s);
                let dst = frame_base + dst as usize;
                Ok(Some((reason, Pending::Recv { dst, ok })))
            }
            Outcome::Panic(msg) => Err(msg),
        }
    }

    /// `select` (out of the loop: a big, rare instruction). `Ok(None)`
    /// when a case ran (or the default), `Ok(Some(..))` to park.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn select(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        regs: Regs,
        table: u32,
        dst: u16,
        frame_base: usize,
    ) -> Result<Option<(&'static str, Pending)>, &'static str> {
        let t = &prog.selects[table as usize];
        let mut cases = Vec::with_capacity(t.cases.len());
        let mut s = m.sched();
        for c in &t.cases {
            let chan = regs.get(c.ch);
            let send = if c.send {
                let width = s.chans.peek(heap, chan).map_or(0, |x| x.width);
                Some(regs.slice(c.val, width).to_vec())
            } else {
                None
            };
            cases.push(chanops::Case { chan, send });
        }
        let mut waiting = std::mem::take(&mut self.waiting_on);
        waiting.clear();
        let picked = chanops::select(
            &mut s,
            heap,
            &cases,
            t.has_default,
            self.slot,
            self.park_gen,
            &mut waiting,
        );
        self.waiting_on = waiting;
        match picked {
            Selected::Now { index, vals, ok } => {
                regs.set(dst, index as u64);
                let c = t.cases[index];
                if !c.send {
                    for (k, &v) in vals.iter().enumerate() {
                        regs.set(c.val as usize + k, v);
                    }
                    regs.set(c.val as usize + vals.len(), ok as u64);
                }
                Ok(None)
            }
            Selected::Default => {
                regs.set(dst, t.cases.len() as u64);
                Ok(None)
            }
            Selected::Park(reason) => {
                let recv_dst = t
                    .cases
                    .iter()
                    .map(|c| (!c.send).then_some(frame_base + c.val as usize))
                    .collect();
                let pending = Pending::Select {
                    index: frame_base + dst as usize,
                    recv_dst,
                };
                m.park_holding(s);
                Ok(Some((reason, pending)))
            }
            Selected::Panic(msg) => Err(msg),
        }
    }

    /// A runtime native's call (out of the loop): its results into the
    /// registers from `base`, a goroutine it asked for started (created at
    /// `at`, the instruction); its `Flow` and first argument.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn call_runtime(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        regs: Regs,
        native: u32,
        base: u16,
        args: u16,
        at: (FuncId, u32),
    ) -> Result<(Flow, u64), natives::Fail> {
        // The arguments straight from the registers (no native touches the
        // calling goroutine's stack: it is out of the scheduler's table).
        let argv = regs.slice(base, args as usize);
        let arg0 = argv.first().copied().unwrap_or(0);
        let mut out = std::mem::take(&mut self.native_out);
        out.clear();
        let (_, f) = &prog.runtime_natives[native as usize];
        let mut sg = m.sched();
        let mut c = RtCtx::new(heap, &mut sg, prog, self.slot, self.park_gen);
        let result = f(&mut c, argv, &mut out);
        let spawn = c.spawn.take();
        let flow = match result {
            Ok(flow) => flow,
            Err(fail) => {
                self.native_out = out;
                return Err(fail);
            }
        };
        for (k, &v) in out.iter().enumerate() {
            regs.set(base as usize + k, v);
        }
        self.native_out = out;
        if let Some((closure, args, wg)) = spawn {
            let created = Creation {
                func: at.0,
                pc: at.1,
                parent: self.id,
            };
            if let Some(g) = sg.go(prog, heap, closure, &args, created) {
                g.wg_done = wg;
            }
        }
        if let Flow::Park(_) = flow {
            m.park_holding(sg);
        }
        Ok((flow, arg0))
    }

    /// `runtime.Goexit`: unwinding like a panic that recover cannot stop.
    fn start_goexit(&mut self) {
        self.panics.push(PanicRec {
            value: [0, 0],
            recovered: false,
            message: String::new(),
            trace: Vec::new(),
            goexit: true,
        });
    }

    /// `m[key] = val`; `top` is the current frame (for the GC).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn map_store(
        &mut self,
        prog: &Program,
        heap: &Heap,
        mcx: &mut MCtx<'_, '_>,
        regs: Regs,
        top: Frame,
        m: u16,
        key: u16,
        val: u16,
        map: u32,
    ) -> Result<(), Fault> {
        let info = &prog.maps[map as usize];
        let k = regs.slice(key, info.key_words as usize);
        let addr = regs.get(m);
        let mp = heap.map_mut(addr).map_err(Fault::Fatal)?;
        let (hash, nan) = key_hash(prog, heap, &info.key, k, mp.as_deref())?;
        let Some(mut mp) = mp else {
            return Err(Fault::Plain("assignment to entry in nil map".into()));
        };
        let find = |mp: &GoMap| {
            if nan {
                None
            } else {
                map_find(prog, heap, &info.key, mp, hash, k)
            }
        };
        let slot = match find(&mp) {
            Some(s) => s,
            None => {
                // A new entry may grow the map: a GC safe point (without
                // the map's lock; the key is looked for again after).
                if heap.should_collect() || self.stress_gc() {
                    drop(mp);
                    {
                        let force = self.stress_gc();
                        self.collect(prog, mcx, top, force);
                    }
                    mp = heap
                        .map_mut(addr)
                        .map_err(Fault::Fatal)?
                        .expect("the map is still there");
                }
                match find(&mp) {
                    Some(s) => s,
                    None => {
                        let hash = if nan { mp.nan_hash() } else { hash };
                        mp.insert_new(hash, k)
                    }
                }
            }
        };
        let v = mp.value_mut(slot);
        for (i, x) in v.iter_mut().enumerate() {
            *x = regs.get(val as usize + i);
        }
        Ok(())
    }

    /// Grows a slice for `added` more elements if needed: the new
    /// (address, capacity).
    #[allow(clippy::too_many_arguments)]
    fn grow(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        elem: u32,
        ptr: u64,
        len: u64,
        cap: u64,
        added: usize,
        top: Frame,
    ) -> Result<(u64, u64), String> {
        if len + added as u64 <= cap {
            return Ok((ptr, cap));
        }
        let e = &prog.elems[elem as usize];
        let new_cap = growslice::checked_grow_cap(
            len as usize,
            cap as usize,
            added,
            e.go_size as usize,
            e.has_pointers,
        )
        .ok_or_else(|| "growslice: len out of range".to_string())?;
        if heap.should_collect() || self.stress_gc() {
            {
                let force = self.stress_gc();
                self.collect(prog, m, top, force);
            }
        }
        let words = e.words as u64;
        let fresh = heap.alloc_words(e.layout, new_cap);
        if len > 0 {
            heap.move_elems(fresh, ptr, 8, (len * words) as usize);
        }
        Ok((fresh, new_cap as u64))
    }

    /// The first growth of an empty, non-escaping slice: into what Go
    /// would make a 32-byte stack buffer (when the elements fit).
    #[allow(clippy::too_many_arguments)]
    fn grow_stack_buffer(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        elem: u32,
        added: usize,
        top: Frame,
    ) -> Result<(u64, u64), String> {
        let e = &prog.elems[elem as usize];
        let mut used = false;
        let cap = growslice::grow_cap_stack_buffer(
            0,
            0,
            added,
            e.go_size as usize,
            e.has_pointers,
            &mut used,
        );
        if !used {
            return self.grow(prog, heap, m, elem, 0, 0, 0, added, top);
        }
        if heap.should_collect() || self.stress_gc() {
            {
                let force = self.stress_gc();
                self.collect(prog, m, top, force);
            }
        }
        Ok((heap.alloc_words(e.layout, cap), cap as u64))
    }

    fn new_word_slice(&mut self, heap: &Heap, items: impl Iterator<Item = u64>) -> [u64; 3] {
        let v: Vec<u64> = items.collect();
        let a = heap.alloc_words(SCALAR, v.len());
        for (k, x) in v.iter().enumerate() {
            heap.store(a + 8 * k as u64, 8, *x);
        }
        [a, v.len() as u64, v.len() as u64]
    }

    fn implements(&self, prog: &Program, ty: u64, iface: u32) -> bool {
        crate::rtype::implements(&prog.types, ty as u32, iface)
    }

    fn assert_message(&self, prog: &Program, from: u32, tw: u64, ty: u32) -> String {
        let from = &prog.types[from as usize].name;
        let want = &prog.types[ty as usize].name;
        if tw == 0 {
            return format!("interface conversion: {from} is nil, not {want}");
        }
        let got = &prog.types[tw as usize - 1].name;
        if got == want {
            format!(
                "interface conversion: {from} is {got}, not {want} (types from different scopes)"
            )
        } else {
            format!("interface conversion: {from} is {got}, not {want}")
        }
    }

    fn assert_iface_message(&self, prog: &Program, from: u32, tw: u64, ty: u32) -> String {
        let want = &prog.types[ty as usize];
        if tw == 0 {
            let from = &prog.types[from as usize].name;
            return format!("interface conversion: interface is nil, not {}", want.name)
                .replace("interface is nil", &format!("{from} is nil"))
                .replace(&format!("{from} is nil"), "interface is nil");
        }
        let got = &prog.types[tw as usize - 1];
        let missing = want
            .methods
            .iter()
            .find(|m| got.method(&m.name).is_none())
            .map(|m| m.name.clone())
            .unwrap_or_default();
        format!(
            "interface conversion: {} is not {}: missing method {missing}",
            got.name, want.name
        )
    }

    /// A run-time panic: a `runtime.Error` whose `Error()` is
    /// `runtime error: text`, and that message.
    fn new_runtime_error(&mut self, prog: &Program, heap: &Heap, text: &str) -> ([u64; 2], String) {
        let message = format!("runtime error: {text}");
        (self.runtime_panic_value(prog, heap, &message), message)
    }

    /// A `runtime.Error` value with exactly `message` (Go's type assertion
    /// and nil-map errors carry no `runtime error:` prefix).
    fn runtime_panic_value(&mut self, prog: &Program, heap: &Heap, message: &str) -> [u64; 2] {
        let s = heap.alloc_str(message.as_bytes().to_vec());
        let obj = heap.alloc_words(prog.well_known.str_layout, 1);
        heap.store(obj, 8, s);
        heap.store(obj + 8, 8, message.len() as u64);
        [prog.well_known.runtime_error as u64 + 1, obj]
    }

    /// A string panic value (natives' `panic("...")`).
    fn box_string_lit(&mut self, prog: &Program, heap: &Heap, text: &str) -> [u64; 2] {
        let s = heap.alloc_str(text.as_bytes().to_vec());
        self.box_string(prog, heap, s, text.len() as u64)
    }

    fn box_string(&mut self, prog: &Program, heap: &Heap, addr: u64, len: u64) -> [u64; 2] {
        let obj = heap.alloc_words(prog.well_known.str_layout, 1);
        heap.store(obj, 8, addr);
        heap.store(obj + 8, 8, len);
        [prog.well_known.string as u64 + 1, obj]
    }

    /// Calls a `String()`/`Error()` method (or any func taking one
    /// receiver word and returning a string) from Rust: a nested loop.
    fn call_method(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        func: FuncId,
        recv: &[u64],
    ) -> Result<[u64; 2], Stop> {
        let base = match self.frames.last() {
            Some(f) => f.base + prog.funcs[f.func as usize].frame_size as usize + 8,
            None => 0,
        };
        let f = &prog.funcs[func as usize];
        self.ensure_stack(base, f.frame_size as usize + recv.len() + 1)?;
        let n = (f.frame_size as usize).max(recv.len() + 1);
        self.stack[base..base + n].fill(0);
        self.stack[base + 1..base + 1 + recv.len()].copy_from_slice(recv);
        let floor = self.frames.len();
        self.frames.push(Frame {
            func,
            pc: 0,
            base,
            flags: BOUNDARY,
        });
        self.exec_until(prog, heap, m, floor)?;
        Ok([self.stack[base], self.stack[base + 1]])
    }

    fn fmt(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        op: FmtOp,
        args: &[[u64; 2]],
    ) -> Result<Vec<u8>, Stop> {
        let mut env = FmtEnv {
            g: self,
            prog,
            heap,
            m,
        };
        use crate::fmtvalue as fv;
        match op {
            FmtOp::Print | FmtOp::Sprint | FmtOp::EPrint => fv::sprint(&mut env, args),
            FmtOp::Println | FmtOp::Sprintln | FmtOp::EPrintln => fv::sprintln(&mut env, args),
            FmtOp::Printf | FmtOp::Sprintf | FmtOp::Errorf | FmtOp::EPrintf => {
                let Some((first, rest)) = args.split_first() else {
                    return Ok(Vec::new());
                };
                let format = interface_string(prog, env.heap, *first);
                if op == FmtOp::Errorf {
                    // The errors %w names are kept for the value Errorf makes.
                    let (text, idx) = fv::errorf(&mut env, &format, rest)?;
                    env.g.wrapped = idx
                        .iter()
                        .filter_map(|&i| Some((i, *rest.get(i)?)))
                        .collect();
                    return Ok(text);
                }
                fv::sprintf(&mut env, &format, rest)
            }
        }
    }

    fn panic_text(
        &mut self,
        prog: &Program,
        heap: &Heap,
        m: &mut MCtx<'_, '_>,
        v: [u64; 2],
    ) -> Result<String, Stop> {
        let mut env = FmtEnv {
            g: self,
            prog,
            heap,
            m,
        };
        let t = crate::fmtvalue::panic_text(&mut env, v)?;
        Ok(String::from_utf8_lossy(&t).into_owned())
    }
}

/// The string held by an interface value of a string type.
fn interface_string(prog: &Program, heap: &Heap, v: [u64; 2]) -> Vec<u8> {
    let _ = prog;
    let a = heap.load(v[1], 8).unwrap_or(0);
    let l = heap.load(v[1] + 8, 8).unwrap_or(0);
    heap.str_bytes(a, l).to_vec()
}

/// What fmt's value printer sees of the VM.
struct FmtEnv<'a, 's, 'e> {
    g: &'a mut Goroutine,
    prog: &'a Program,
    heap: &'a Heap,
    m: &'a mut MCtx<'s, 'e>,
}

impl crate::fmtvalue::Env for FmtEnv<'_, '_, '_> {
    fn heap(&self) -> &Heap {
        self.heap
    }

    fn types(&self) -> &[crate::rtype::RType] {
        &self.prog.types
    }

    fn call_string_method(
        &mut self,
        _ty: crate::rtype::TypeIdx,
        m: &crate::rtype::Method,
        payload: u64,
    ) -> Result<Vec<u8>, Stop> {
        let recv: Vec<u64> = match m.load {
            None => vec![payload],
            Some(n) if n > 0 && payload == 0 => {
                // A value method through a nil pointer: Go's nil dereference.
                return Err(Stop::Panic {
                    message: "runtime error: invalid memory address or nil pointer dereference"
                        .into(),
                    trace: vec![],
                    goroutine: self.g.id,
                });
            }
            Some(n) => self.heap.read_elems(payload, 8, n as usize),
        };
        let [a, l] = self
            .g
            .call_method(self.prog, self.heap, self.m, m.func, &recv)?;
        Ok(self.heap.str_bytes(a, l).to_vec())
    }

    fn box_value(&mut self, ty: crate::rtype::TypeIdx, slots: &[u64]) -> u64 {
        let t = &self.prog.types[ty as usize];
        if t.width == 1 {
            return slots[0];
        }
        let b: Addr = self.heap.alloc_words(t.layout, 1);
        for (k, v) in slots.iter().enumerate() {
            self.heap.store(b + 8 * k as u64, 8, *v);
        }
        b
    }
}
