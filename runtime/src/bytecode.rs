//! The instruction set: register-based and typed. Operands are indexes of
//! 8-byte slots in the current frame; the compiler picks the instruction
//! for each operand type (`AddInt`, `AddFloat`, ...), so the interpreter
//! never tests a value's type.
//!
//! Integers of every size live sign- or zero-extended in a 64-bit slot;
//! after arithmetic on a narrower type the compiler emits `Wrap` to restore
//! Go's wraparound. float32 values are stored as f64 and rounded with
//! `RoundF32` after every operation, which gives Go's float32 results.

pub type Reg = u16;
pub type FuncId = u32;

/// The comparison of `JumpIfNotCmpImm` (signed integers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpImm {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

/// How a value is printed by `print`/`println` and the formatting natives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintKind {
    Int,
    Uint,
    Float,
    Float32,
    Bool,
    String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    // ---- moves and constants
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadInt {
        dst: Reg,
        value: i64,
    },
    LoadFloat {
        dst: Reg,
        value: f64,
    },
    /// A static string (an immortal heap object), by its address.
    LoadStr {
        dst: Reg,
        index: u32,
    },
    /// Package-level variables (shared words, accessed atomically).
    LoadGlobal {
        dst: Reg,
        index: u32,
    },
    StoreGlobal {
        src: Reg,
        index: u32,
    },

    // ---- integers (64-bit; see Wrap)
    AddInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed division: panics on zero; MinInt / -1 wraps as in Go.
    DivInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    OrInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    XorInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNotInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Shifts take an unsigned count; counts of 64 or more saturate as Go
    /// specifies (0, or all sign bits for an arithmetic right shift). A
    /// negative signed count panics (checked by `CheckShift`).
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShrInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShrUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    CheckShift {
        count: Reg,
    },
    NegInt {
        dst: Reg,
        a: Reg,
    },
    /// `^x`
    ComplInt {
        dst: Reg,
        a: Reg,
    },
    AddIntImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    /// Truncates to `bits` and sign- (`signed`) or zero-extends back.
    Wrap {
        dst: Reg,
        bits: u8,
        signed: bool,
    },

    // ---- floats
    AddFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegFloat {
        dst: Reg,
        a: Reg,
    },
    RoundF32 {
        dst: Reg,
    },

    // ---- conversions
    IntToFloat {
        dst: Reg,
        a: Reg,
    },
    UintToFloat {
        dst: Reg,
        a: Reg,
    },
    /// To float32 in one rounding (via f64 would round twice).
    IntToFloat32 {
        dst: Reg,
        a: Reg,
    },
    UintToFloat32 {
        dst: Reg,
        a: Reg,
    },
    FloatToInt {
        dst: Reg,
        a: Reg,
    },
    FloatToUint {
        dst: Reg,
        a: Reg,
    },

    // ---- comparisons (result: bool 0/1)
    EqInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeInt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeUint {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeFloat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Not {
        dst: Reg,
        a: Reg,
    },

    // ---- control flow (targets are instruction indexes)
    Jump {
        to: u32,
    },
    JumpIf {
        cond: Reg,
        to: u32,
    },
    JumpIfNot {
        cond: Reg,
        to: u32,
    },
    /// Fused compare-and-branch for signed integers (loop and `if`
    /// conditions): jump unless `a < b` (`a <= b`, `a == b`, `a != b`).
    JumpIfNotLtInt {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JumpIfNotLeInt {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JumpIfNotEqInt {
        a: Reg,
        b: Reg,
        to: u32,
    },
    JumpIfNotNeInt {
        a: Reg,
        b: Reg,
        to: u32,
    },
    /// The same against a small constant: jump unless `a <op> imm`.
    JumpIfNotCmpImm {
        a: Reg,
        cmp: CmpImm,
        imm: i32,
        to: u32,
    },
    /// A loop's back edge: a GC-safe point that also polls preemption.
    Loop {
        to: u32,
    },
    /// Calls `func`; its arguments are the caller's registers from `base`,
    /// which become the callee's first registers; results come back there.
    Call {
        func: FuncId,
        base: Reg,
    },
    /// Copies `count` registers from `src` to the frame's first registers
    /// (where the caller reads results) and returns.
    Return {
        src: Reg,
        count: u16,
    },

    // ---- printing (the built-ins print/println, and fmt's natives)
    Print {
        src: Reg,
        kind: PrintKind,
    },
    /// Prints `src` under Printf directive `spec` (an index into
    /// `Program::specs`); the compiler has checked the verb suits the kind.
    PrintFmt {
        src: Reg,
        kind: PrintKind,
        spec: u32,
    },
    PrintSpace,
    PrintNewline,
    /// Flushes what `Print` gathered to stdout (fmt) or stderr (println).
    PrintFlush {
        stderr: bool,
    },

    /// `panic(msg)` with a static string value.
    PanicStr {
        msg: Reg,
    },
}

/// A compiled function.
#[derive(Debug, Clone, Default)]
pub struct Function {
    /// Go's name as tracebacks print it: `main.fib`.
    pub name: String,
    pub code: Vec<Op>,
    /// Registers the frame needs (parameters first).
    pub frame_size: u16,
    pub params: u16,
    pub results: u16,
    /// For each instruction, its source line (for tracebacks).
    pub lines: Vec<u32>,
    pub file: String,
}

impl Op {
    /// Every register the instruction reads or writes (for the verifier).
    fn registers(&self) -> Vec<Reg> {
        use Op::*;
        match *self {
            Move { dst, src } => vec![dst, src],
            LoadInt { dst, .. }
            | LoadFloat { dst, .. }
            | LoadStr { dst, .. }
            | RoundF32 { dst }
            | Wrap { dst, .. } => {
                vec![dst]
            }
            LoadGlobal { dst, .. } => vec![dst],
            StoreGlobal { src, .. } => vec![src],
            AddInt { dst, a, b }
            | SubInt { dst, a, b }
            | MulInt { dst, a, b }
            | DivInt { dst, a, b }
            | RemInt { dst, a, b }
            | DivUint { dst, a, b }
            | RemUint { dst, a, b }
            | AndInt { dst, a, b }
            | OrInt { dst, a, b }
            | XorInt { dst, a, b }
            | AndNotInt { dst, a, b }
            | Shl { dst, a, b }
            | ShrInt { dst, a, b }
            | ShrUint { dst, a, b }
            | AddFloat { dst, a, b }
            | SubFloat { dst, a, b }
            | MulFloat { dst, a, b }
            | DivFloat { dst, a, b }
            | EqInt { dst, a, b }
            | NeInt { dst, a, b }
            | LtInt { dst, a, b }
            | LeInt { dst, a, b }
            | LtUint { dst, a, b }
            | LeUint { dst, a, b }
            | EqFloat { dst, a, b }
            | NeFloat { dst, a, b }
            | LtFloat { dst, a, b }
            | LeFloat { dst, a, b }
            | EqStr { dst, a, b }
            | LtStr { dst, a, b } => vec![dst, a, b],
            NegInt { dst, a }
            | ComplInt { dst, a }
            | AddIntImm { dst, a, .. }
            | NegFloat { dst, a }
            | IntToFloat { dst, a }
            | UintToFloat { dst, a }
            | IntToFloat32 { dst, a }
            | UintToFloat32 { dst, a }
            | FloatToInt { dst, a }
            | FloatToUint { dst, a }
            | Not { dst, a } => vec![dst, a],
            CheckShift { count } => vec![count],
            JumpIf { cond, .. } | JumpIfNot { cond, .. } => vec![cond],
            JumpIfNotCmpImm { a, .. } => vec![a],
            JumpIfNotLtInt { a, b, .. }
            | JumpIfNotLeInt { a, b, .. }
            | JumpIfNotEqInt { a, b, .. }
            | JumpIfNotNeInt { a, b, .. } => vec![a, b],
            Call { base, .. } => vec![base],
            Print { src, .. } | PrintFmt { src, .. } => vec![src],
            PanicStr { msg } => vec![msg],
            Jump { .. }
            | Loop { .. }
            | Return { .. }
            | PrintSpace
            | PrintNewline
            | PrintFlush { .. } => vec![],
        }
    }

    fn jump_target(&self) -> Option<u32> {
        match *self {
            Op::Jump { to }
            | Op::Loop { to }
            | Op::JumpIf { to, .. }
            | Op::JumpIfNot { to, .. }
            | Op::JumpIfNotLtInt { to, .. }
            | Op::JumpIfNotLeInt { to, .. }
            | Op::JumpIfNotEqInt { to, .. }
            | Op::JumpIfNotNeInt { to, .. }
            | Op::JumpIfNotCmpImm { to, .. } => Some(to),
            _ => None,
        }
    }
}

impl Function {
    /// Checks every register operand against the frame size, every jump
    /// target against the code and every callee against the function
    /// table, so that the interpreter may index registers unchecked.
    pub fn verify(&self, funcs: &[Function], globals: usize) -> Result<(), String> {
        let n = self.frame_size as usize;
        let err = |m: String| Err(format!("{}: {m}", self.name));
        if self.lines.len() != self.code.len() {
            return err("line table length differs from the code".into());
        }
        if self.params > self.frame_size || self.results > self.frame_size {
            return err("parameters or results exceed the frame".into());
        }
        if !matches!(
            self.code.last(),
            Some(Op::Return { .. }) | Some(Op::PanicStr { .. })
        ) {
            return err("code does not end in a return".into());
        }
        for op in &self.code {
            if let Some(r) = op.registers().into_iter().find(|&r| r as usize >= n) {
                return err(format!("register {r} outside a frame of {n} in {op:?}"));
            }
            if let Some(t) = op.jump_target().filter(|&t| t as usize >= self.code.len()) {
                return err(format!("jump to {t} past the end"));
            }
            match *op {
                Op::LoadGlobal { index, .. } | Op::StoreGlobal { index, .. }
                    if index as usize >= globals =>
                {
                    return err(format!("global {index} out of {globals}"));
                }
                Op::Call { func, base } => {
                    let Some(callee) = funcs.get(func as usize) else {
                        return err(format!("call of unknown function {func}"));
                    };
                    // The callee's parameters and results sit in our frame from `base`.
                    let window = callee.params.max(callee.results) as usize;
                    if base as usize + window > n {
                        return err(format!(
                            "call window of {} at {base} exceeds the frame",
                            callee.name
                        ));
                    }
                }
                Op::Return { src, count } => {
                    if count as usize != self.results as usize || src as usize + count as usize > n
                    {
                        return err("return of the wrong registers".into());
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A function's code, one instruction a line with its source line, for
/// `minigo disasm`.
pub fn disassemble(f: &Function) -> String {
    let mut s = format!(
        "func {} (params {}, results {}, frame {} registers)\n",
        f.name, f.params, f.results, f.frame_size
    );
    for (i, op) in f.code.iter().enumerate() {
        let line = f.lines.get(i).copied().unwrap_or(0);
        s.push_str(&format!("  {i:>4}  line {line:<5} {op:?}\n"));
    }
    s
}
