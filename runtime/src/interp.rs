//! The interpreter loop. It is not recursive: a Go call pushes a frame on
//! the goroutine's own slot stack (`Goroutine`), so the Rust stack stays
//! flat whatever the program does, and a goroutine could be resumed by any
//! thread.

use crate::bytecode::{CmpImm, FuncId, Function, Op, PrintKind};
use crate::format;
use std::io::Write;

/// Go's default maximum stack size (runtime/debug.SetMaxStack).
pub const DEFAULT_MAX_STACK: usize = 1_000_000_000;
/// A new goroutine's stack, as in Go: 2 KB.
pub const INITIAL_STACK: usize = 2048;
const SLOT: usize = 8;
/// Bytes a frame's bookkeeping costs, counted against the stack limit.
const FRAME_OVERHEAD: usize = 32;

/// An immortal string (a literal): what a string slot points to until the
/// heap and its GC exist for dynamic strings.
pub struct StrObj {
    pub bytes: Box<[u8]>,
}

/// Loaded code: the function table (called by index, so a function can be
/// replaced between REPL inputs) and the static strings.
#[derive(Default)]
pub struct Program {
    pub funcs: Vec<Function>,
    strings: Vec<Box<StrObj>>,
    /// Package-level variables: words every goroutine may share, so they
    /// are read and written with (relaxed) atomics.
    globals: Vec<std::sync::atomic::AtomicU64>,
    /// Printf directives, for `PrintFmt`.
    pub specs: Vec<format::Spec>,
}

impl Program {
    /// Adds a static string; returns its index for `LoadStr`.
    pub fn add_string(&mut self, bytes: &[u8]) -> u32 {
        self.strings.push(Box::new(StrObj {
            bytes: bytes.into(),
        }));
        self.strings.len() as u32 - 1
    }

    /// The slot value of static string `index`: the object's address.
    fn string_slot(&self, index: u32) -> u64 {
        &*self.strings[index as usize] as *const StrObj as u64
    }

    /// Verifies every function (see `Function::verify`).
    pub fn verify(&self) -> Result<(), String> {
        self.funcs
            .iter()
            .try_for_each(|f| f.verify(&self.funcs, self.globals.len()))
    }

    /// Makes room for `n` package-level variables, all zero.
    pub fn set_globals(&mut self, n: usize) {
        self.globals = (0..n)
            .map(|_| std::sync::atomic::AtomicU64::new(0))
            .collect();
    }
}

/// The bytes of the string a slot refers to.
///
/// SAFETY of the dereference: string slots are only ever written by
/// `LoadStr` (the address of a `StrObj` the `Program` owns in a `Box`, so it
/// does not move) or copied from other string slots; the program outlives
/// every goroutine that runs it.
fn string_bytes(slot: u64) -> &'static [u8] {
    // SAFETY: see the function's comment; the address came from a live Box.
    unsafe { &(*(slot as *const StrObj)).bytes }
}

#[derive(Debug, Clone, Copy)]
struct Frame {
    func: FuncId,
    /// The next instruction to run when this frame is resumed.
    pc: u32,
    /// Index of the frame's register 0 in the goroutine's stack.
    base: usize,
}

/// How a goroutine stopped, when not by returning normally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// A Go panic that nothing recovered: Go's message after `panic: `, and
    /// the traceback (innermost first) as (function, file, line).
    Panic {
        message: String,
        trace: Vec<(String, String, u32)>,
    },
    /// A fatal error: the lines Go prints (`runtime: ...`, `fatal error: ...`).
    Fatal { lines: Vec<String> },
}

/// A goroutine's execution state: its slot stack and its frames.
pub struct Goroutine {
    pub id: u64,
    stack: Vec<u64>,
    frames: Vec<Frame>,
    max_stack: usize,
    /// Stress switch: move the stack at (nearly) every call's stack check.
    move_every_call: bool,
    /// Calls since the stack last moved (for the stress switch).
    calls: u64,
    out: Vec<u8>,
}

impl Goroutine {
    /// A goroutine about to run `entry` (which takes no arguments).
    pub fn new(id: u64, entry: FuncId, max_stack: usize) -> Goroutine {
        let mut stack = Vec::with_capacity(INITIAL_STACK / SLOT);
        stack.resize(INITIAL_STACK / SLOT, 0);
        Goroutine {
            id,
            stack,
            frames: vec![Frame {
                func: entry,
                pc: 0,
                base: 0,
            }],
            max_stack,
            move_every_call: std::env::var_os("MINIGO_STRESS_STACK").is_some_and(|v| v != "0"),
            calls: 0,
            out: Vec::new(),
        }
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

    /// Makes room for a frame of `size` registers at `base`: the stack
    /// doubles by copying, up to the limit (then Go's fatal error).
    fn ensure_stack(&mut self, base: usize, size: usize) -> Result<(), Stop> {
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

    fn traceback(&self, prog: &Program) -> Vec<(String, String, u32)> {
        self.frames
            .iter()
            .rev()
            .map(|f| {
                let func = &prog.funcs[f.func as usize];
                let pc = (f.pc as usize)
                    .saturating_sub(1)
                    .min(func.lines.len().saturating_sub(1));
                (
                    func.name.clone(),
                    func.file.clone(),
                    func.lines.get(pc).copied().unwrap_or(0),
                )
            })
            .collect()
    }

    /// Runs the goroutine to completion, or until it panics or dies.
    pub fn run(&mut self, prog: &Program) -> Result<(), Stop> {
        let entry = &prog.funcs[self.frames[0].func as usize];
        self.ensure_stack(0, entry.frame_size as usize)?;
        let result = self.exec(prog);
        // A print interrupted by a panic prints nothing, as in Go.
        self.out.clear();
        result
    }

    fn flush(&mut self, stderr: bool) -> std::io::Result<()> {
        if self.out.is_empty() {
            return Ok(());
        }
        let r = if stderr {
            std::io::stderr().write_all(&self.out)
        } else {
            std::io::stdout().write_all(&self.out)
        };
        self.out.clear();
        r
    }

    /// A panic at the current frame (already holding the pc past the
    /// faulting instruction).
    fn panic(&mut self, prog: &Program, frame: Frame, message: String) -> Stop {
        self.frames.push(frame);
        Stop::Panic {
            message,
            trace: self.traceback(prog),
        }
    }

    fn exec(&mut self, prog: &Program) -> Result<(), Stop> {
        let mut frame = self.frames.pop().expect("a goroutine has a frame");
        let mut func = &prog.funcs[frame.func as usize];
        let mut code: &[Op] = &func.code;
        let mut pc = frame.pc as usize;
        let mut regs: *mut u64 = self.stack[frame.base..].as_mut_ptr();
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
        loop {
            // verify() ensures the code ends in Return or PanicStr and every
            // jump target is in range, so the bounds check never fails.
            let op = code[pc];
            pc += 1;
            match op {
                Op::Move { dst, src } => w!(dst, r!(src)),
                Op::LoadInt { dst, value } => w!(dst, value as u64),
                Op::LoadFloat { dst, value } => w!(dst, value.to_bits()),
                Op::LoadStr { dst, index } => w!(dst, prog.string_slot(index)),
                // verify() checked the index against the globals.
                Op::LoadGlobal { dst, index } => {
                    w!(
                        dst,
                        prog.globals[index as usize].load(std::sync::atomic::Ordering::Relaxed)
                    )
                }
                Op::StoreGlobal { src, index } => prog.globals[index as usize]
                    .store(r!(src), std::sync::atomic::Ordering::Relaxed),
                Op::AddInt { dst, a, b } => w!(dst, r!(a).wrapping_add(r!(b))),
                Op::SubInt { dst, a, b } => w!(dst, r!(a).wrapping_sub(r!(b))),
                Op::MulInt { dst, a, b } => w!(dst, r!(a).wrapping_mul(r!(b))),
                Op::DivInt { dst, a, b } | Op::RemInt { dst, a, b } => {
                    let (x, y) = (r!(a) as i64, r!(b) as i64);
                    if y == 0 {
                        frame.pc = pc as u32;
                        return Err(self.panic(
                            prog,
                            frame,
                            "runtime error: integer divide by zero".into(),
                        ));
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
                        frame.pc = pc as u32;
                        return Err(self.panic(
                            prog,
                            frame,
                            "runtime error: integer divide by zero".into(),
                        ));
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
                        frame.pc = pc as u32;
                        return Err(self.panic(
                            prog,
                            frame,
                            "runtime error: negative shift amount".into(),
                        ));
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
                    w!(dst, (string_bytes(r!(a)) == string_bytes(r!(b))) as u64)
                }
                Op::LtStr { dst, a, b } => {
                    w!(dst, (string_bytes(r!(a)) < string_bytes(r!(b))) as u64)
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
                // The preemption poll will go here (stackguard check).
                Op::Loop { to } => pc = to as usize,
                Op::Call { func: callee, base } => {
                    frame.pc = pc as u32;
                    let new_base = frame.base + base as usize;
                    let target = &prog.funcs[callee as usize];
                    self.frames.push(frame);
                    if let Err(stop) = self.ensure_stack(new_base, target.frame_size as usize) {
                        return Err(stop);
                    }
                    frame = Frame {
                        func: callee,
                        pc: 0,
                        base: new_base,
                    };
                    func = target;
                    code = &func.code;
                    pc = 0;
                    // Fresh registers past the arguments are zero, as Go's
                    // zero values (and the GC's pointer maps) expect.
                    self.stack
                        [new_base + func.params as usize..new_base + func.frame_size as usize]
                        .fill(0);
                    regs = self.stack[new_base..].as_mut_ptr();
                }
                Op::Return { src, count } => {
                    for i in 0..count {
                        w!(i, r!(src + i));
                    }
                    match self.frames.pop() {
                        None => return Ok(()),
                        Some(caller) => {
                            frame = caller;
                            func = &prog.funcs[frame.func as usize];
                            code = &func.code;
                            pc = frame.pc as usize;
                            regs = self.stack[frame.base..].as_mut_ptr();
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
                        PrintKind::String => self.out.extend_from_slice(string_bytes(v)),
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
                        PrintKind::String => format::format_str(spec, string_bytes(v)),
                    };
                    self.out
                        .extend_from_slice(text.unwrap_or_default().as_bytes());
                }
                Op::PrintSpace => self.out.push(b' '),
                Op::PrintNewline => self.out.push(b'\n'),
                Op::PrintFlush { stderr } => {
                    // A closed stdout is not the program's concern.
                    let _ = self.flush(stderr);
                }
                Op::PanicStr { msg } => {
                    frame.pc = pc as u32;
                    let text = String::from_utf8_lossy(string_bytes(r!(msg))).into_owned();
                    return Err(self.panic(prog, frame, text));
                }
            }
        }
    }
}
