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

/// Conversions that build new strings or slices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    BytesToStr,
    StrToBytes,
    RunesToStr,
    StrToRunes,
    /// `string(r)` for an integer `r` (invalid code points give U+FFFD).
    RuneToStr,
}

/// The fmt functions `Op::Fmt` implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FmtOp {
    Print,
    Println,
    /// The format string is the first operand.
    Printf,
    Sprint,
    Sprintln,
    Sprintf,
    Errorf,
    /// To stderr (`fmt.Fprint*(os.Stderr, ...)`).
    EPrint,
    EPrintln,
    EPrintf,
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

    // ---- multi-slot values
    /// Copies `n` registers (a struct, string, slice or interface value).
    MoveN {
        dst: Reg,
        src: Reg,
        n: u16,
    },
    /// Zeroes `n` registers (a zero value).
    Zero {
        dst: Reg,
        n: u16,
    },

    // ---- memory (addresses are heap addresses; 0 is nil)
    /// A new zeroed object of `layout`, for `new(T)`, `&T{}` and variables
    /// that live on the heap (address taken, or captured by a closure).
    Alloc {
        dst: Reg,
        layout: u32,
    },
    /// Reads the word at `addr + off` (nil: Go's nil dereference panic).
    Load {
        dst: Reg,
        addr: Reg,
        off: u32,
    },
    Store {
        src: Reg,
        addr: Reg,
        off: u32,
    },

    // ---- strings: (address, length)
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `s[i]` (a byte), bounds-checked.
    StrIndex {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `s[lo:hi]`, bounds-checked.
    StrSlice {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
    },
    /// Decodes the rune at byte `i` of `s`: `dst` = rune, `dst+1` = width
    /// (for `range` over a string).
    StrNext {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    Convert {
        dst: Reg,
        a: Reg,
        kind: Conversion,
    },

    // ---- slices: (address of element 0, length, capacity)
    MakeSlice {
        dst: Reg,
        len: Reg,
        cap: Reg,
        elem: u32,
    },
    /// The address of element `i` of the slice (or array view) at `s`,
    /// after the bounds check against its length.
    IndexAddr {
        dst: Reg,
        s: Reg,
        i: Reg,
        size: u32,
    },
    /// `s[i]` for one-slot elements, bounds-checked.
    IndexLoad {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `s[i] = src` for one-slot elements, bounds-checked.
    IndexStore {
        src: Reg,
        s: Reg,
        i: Reg,
    },
    /// `s[lo:hi:max]` of a slice (`s` = ptr, len, cap); `lo`, `hi`, `max`
    /// are consecutive registers; `three` says whether max was given.
    SliceExpr {
        dst: Reg,
        s: Reg,
        bounds: Reg,
        size: u32,
        three: bool,
        /// Slicing an array: Go's messages say "length", not "capacity".
        array: bool,
    },
    /// `(*[len]T)(s)`: the slice's address after checking its length
    /// (Go's panic when shorter; nil stays nil).
    SliceToArray {
        dst: Reg,
        s: Reg,
        len: u32,
    },
    /// `append(s, v...)`: `n` elements in registers from `vals`.
    Append {
        dst: Reg,
        s: Reg,
        vals: Reg,
        n: u16,
        elem: u32,
        /// The slice does not escape: Go 1.25 backs its first growth from
        /// empty with a 32-byte stack buffer (`growslice::grow_cap_stack_buffer`).
        stack_buf: bool,
    },
    /// `append(s, t...)` where `t` is a slice (or a string, for `[]byte`).
    AppendSlice {
        dst: Reg,
        s: Reg,
        t: Reg,
        elem: u32,
        from_str: bool,
    },
    /// `copy(a, b)`: elements of `size` bytes (`b` may be a string).
    Copy {
        dst: Reg,
        a: Reg,
        b: Reg,
        size: u32,
        from_str: bool,
    },

    // ---- maps (one slot: the map object's address)
    MakeMap {
        dst: Reg,
        map: u32,
    },
    /// `m[key]`: the value (zero if absent) at `dst`; with `ok`, the
    /// comma-ok flag after it.
    MapLoad {
        dst: Reg,
        m: Reg,
        key: Reg,
        map: u32,
        ok: bool,
    },
    MapStore {
        m: Reg,
        key: Reg,
        val: Reg,
        map: u32,
    },
    MapDelete {
        m: Reg,
        key: Reg,
        map: u32,
    },
    MapLen {
        dst: Reg,
        m: Reg,
    },
    /// `clear(m)`: every entry removed (NaN keys too).
    MapClear {
        m: Reg,
    },
    /// `clear(s)`: the slice's `len * words` slots zeroed.
    SliceClear {
        s: Reg,
        words: u32,
    },
    /// Starts a range over `m`: `dst` = iterator, `dst+1` = position.
    MapIter {
        dst: Reg,
        m: Reg,
    },
    /// The next entry of iterator `it`: key then value slots at `dst`, or
    /// a jump to `to` when done.
    MapNext {
        it: Reg,
        dst: Reg,
        map: u32,
        to: u32,
    },

    // ---- functions as values, interfaces, natives
    /// A closure: an object holding `func` and `n` captured words (the
    /// addresses of captured variables) from registers at `caps`.
    MakeClosure {
        dst: Reg,
        func: FuncId,
        caps: Reg,
        n: u16,
        /// The closure object's layout: word 0 the function, then references.
        layout: u32,
    },
    /// Calls the func value in `f` (nil panics); the closure lands in the
    /// callee's register 0, arguments from `base + 1`.
    CallClosure {
        f: Reg,
        base: Reg,
    },
    /// Calls a native (`Program::natives`): argument slots from `base`,
    /// `args` of them; results written from `base`.
    CallNative {
        native: u32,
        base: Reg,
        args: u16,
    },
    /// Calls method `method` (an index into `Program::method_names`) on the
    /// interface value at `recv`; arguments from `base + 1` (the receiver
    /// is put at `base + 1` by the call).
    CallIface {
        recv: Reg,
        method: u32,
        base: Reg,
    },
    /// Boxes the value at `src` (of type `ty`) into an interface.
    ToIface {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// `x.(T)` for a concrete `T`: the value (and with `ok` the flag) at
    /// `dst`; without `ok` a mismatch panics as Go does.
    Assert {
        dst: Reg,
        src: Reg,
        ty: u32,
        /// The operand's static interface type (for the panic message).
        from: u32,
        ok: bool,
    },
    /// `x.(I)` for an interface type `I`.
    AssertIface {
        dst: Reg,
        src: Reg,
        ty: u32,
        from: u32,
        ok: bool,
    },
    /// Whether the interface at `src` holds type `ty` (an interface type:
    /// implements it); for type switches.
    HasType {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// Interface equality (panics on uncomparable dynamic types).
    EqIface {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- panics and defers
    /// `panic(v)` with the interface value at `val`.
    Panic {
        val: Reg,
    },
    /// `recover()`: the interface value at `dst`.
    Recover {
        dst: Reg,
    },
    /// `defer f(args)`: `f` a func value, its `n` argument slots from `args`.
    Defer {
        f: Reg,
        args: Reg,
        n: u16,
    },
    /// Runs the frame's deferred calls (before every return of a function
    /// that defers).
    RunDefers,

    // ---- goroutines and channels
    /// `go f(args)`: a new goroutine calls the func value in `f` with `n`
    /// argument slots from `args` (evaluated here, as Go does).
    Go {
        f: Reg,
        args: Reg,
        n: u16,
    },
    /// `make(chan T, size)`; `elem` describes T (`Program::elems`).
    MakeChan {
        dst: Reg,
        size: Reg,
        elem: u32,
    },
    /// `ch <- v`: the element's slots from `src`.
    Send {
        ch: Reg,
        src: Reg,
    },
    /// `<-ch`: the element's slots at `dst`, and with `ok` the flag after
    /// them.
    Recv {
        dst: Reg,
        ch: Reg,
        ok: bool,
    },
    Close {
        ch: Reg,
    },
    /// `len(ch)`, or `cap(ch)` with `cap`.
    ChanLen {
        dst: Reg,
        ch: Reg,
        cap: bool,
    },
    /// A select statement (`Program::selects[table]`): the index of the
    /// case that ran at `dst` (the number of cases for the default).
    Select {
        table: u32,
        dst: Reg,
    },
    /// Calls a native that needs the scheduler (`Program::runtime_natives`;
    /// it may park the goroutine): as `CallNative`.
    CallRuntime {
        native: u32,
        base: Reg,
        args: u16,
    },

    // ---- fmt
    /// fmt's printing functions over `n` interface values from `base`
    /// (with `spread`, one `[]any` slice instead); results from `base`.
    Fmt {
        op: FmtOp,
        base: Reg,
        n: u16,
        spread: bool,
    },
}

/// One case of a select statement: the channel's register, and the
/// value to send (`send`) or where the received value goes (its `ok`
/// flag after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SelectCase {
    pub ch: Reg,
    pub val: Reg,
    pub send: bool,
}

/// A select statement's cases, in source order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelectTable {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
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
    /// Where a frame continues after a deferred call recovered its panic:
    /// code that runs the remaining deferred calls and returns the
    /// (named) results. 0 for functions that defer nothing.
    pub recover_pc: u32,
    /// The stack map: the registers that may hold a reference (a word the
    /// GC must follow) at some point of the function, in increasing order.
    /// The GC scans only these slots of the function's frames (see
    /// docs/architecture.md §The heap and the GC).
    pub refs: Vec<Reg>,
}

/// The first and last registers of two runs of `n` (for the verifier).
fn span2(a: Reg, b: Reg, n: u16) -> Vec<Reg> {
    let last = n.max(1) - 1;
    vec![a, a.saturating_add(last), b, b.saturating_add(last)]
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
            // Multi-slot operands: first and last register (the interpreter
            // accesses widths that come from the program's tables through
            // checked frame slices).
            MoveN { dst, src, n } => span2(dst, src, n),
            Zero { dst, n } => span2(dst, dst, n),
            Alloc { dst, .. } | MapLen { dst, .. } | MakeMap { dst, .. } => vec![dst],
            Load { dst, addr, .. } => vec![dst, addr],
            Store { src, addr, .. } => vec![src, addr],
            Concat { dst, a, b } => vec![dst, dst + 1, a, a + 1, b, b + 1],
            StrIndex { dst, s, i } => vec![dst, s, s + 1, i],
            StrSlice { dst, s, lo, hi } => vec![dst, dst + 1, s, s + 1, lo, hi],
            StrNext { dst, s, i } => vec![dst, dst + 1, s, s + 1, i],
            Convert { dst, a, .. } => vec![dst, dst + 1, a, a + 1],
            MakeSlice { dst, len, cap, .. } => vec![dst, dst + 2, len, cap],
            IndexAddr { dst, s, i, .. } => vec![dst, s, s + 1, i],
            IndexLoad { dst, s, i } => vec![dst, s, s + 1, i],
            IndexStore { src, s, i } => vec![src, s, s + 1, i],
            SliceToArray { dst, s, .. } => vec![dst, s, s + 1],
            SliceExpr { dst, s, bounds, .. } => vec![dst, dst + 2, s, s + 2, bounds, bounds + 2],
            Append { dst, s, vals, .. } => vec![dst, dst + 2, s, s + 2, vals],
            AppendSlice { dst, s, t, .. } => vec![dst, dst + 2, s, s + 2, t, t + 1],
            Copy { dst, a, b, .. } => vec![dst, a, a + 1, b, b + 1],
            MapLoad { dst, m, key, .. } => vec![dst, m, key],
            MapStore { m, key, val, .. } => vec![m, key, val],
            MapDelete { m, key, .. } => vec![m, key],
            MapIter { dst, m } => vec![dst, dst + 1, m],
            MapClear { m } => vec![m],
            SliceClear { s, .. } => vec![s, s + 1],
            MapNext { it, dst, .. } => vec![it, it + 1, dst],
            MakeClosure { dst, caps, n, .. } => {
                let mut v = vec![dst];
                if n > 0 {
                    v.extend([caps, caps + n - 1]);
                }
                v
            }
            CallClosure { f, base } => vec![f, base],
            CallNative { base, args, .. } => span2(base, base, args.max(1)),
            CallIface { recv, base, .. } => vec![recv, recv + 1, base, base + 1],
            ToIface { dst, src, .. } => vec![dst, dst + 1, src],
            Assert { dst, src, .. } | AssertIface { dst, src, .. } => vec![dst, src, src + 1],
            HasType { dst, src, .. } => vec![dst, src, src + 1],
            EqIface { dst, a, b } => vec![dst, a, a + 1, b, b + 1],
            Panic { val } => vec![val, val + 1],
            Recover { dst } => vec![dst, dst + 1],
            Defer { f, args, n } => {
                let mut v = vec![f];
                if n > 0 {
                    v.extend([args, args + n - 1]);
                }
                v
            }
            Fmt {
                base, n, spread, ..
            } => span2(base, base, if spread { 3 } else { (2 * n).max(2) }),
            RunDefers => vec![],
            Go { f, args, n } => {
                let mut v = vec![f];
                if n > 0 {
                    v.extend([args, args + n - 1]);
                }
                v
            }
            MakeChan { dst, size, .. } => vec![dst, size],
            Send { ch, src } => vec![ch, src],
            Recv { dst, ch, .. } => vec![dst, ch],
            Close { ch } => vec![ch],
            ChanLen { dst, ch, .. } => vec![dst, ch],
            Select { dst, .. } => vec![dst],
            CallRuntime { base, args, .. } => span2(base, base, args.max(1)),
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
            Op::MapNext { to, .. } => Some(to),
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
            Some(Op::Return { .. }) | Some(Op::PanicStr { .. }) | Some(Op::Panic { .. })
        ) {
            return err("code does not end in a return".into());
        }
        if self.refs.windows(2).any(|w| w[0] >= w[1]) {
            return err("stack map not in increasing order".into());
        }
        if let Some(&r) = self.refs.last().filter(|&&r| r as usize >= n) {
            return err(format!(
                "stack map names register {r} outside a frame of {n}"
            ));
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
    s.push_str(&format!("  refs: {}\n", slot_ranges(&f.refs)));
    for (i, op) in f.code.iter().enumerate() {
        let line = f.lines.get(i).copied().unwrap_or(0);
        s.push_str(&format!("  {i:>4}  line {line:<5} {op:?}\n"));
    }
    s
}

/// Registers as runs: `0 2-4 7`, or `none`.
fn slot_ranges(regs: &[Reg]) -> String {
    let mut runs: Vec<(Reg, Reg)> = Vec::new();
    for &r in regs {
        match runs.last_mut() {
            Some((_, hi)) if *hi + 1 == r => *hi = r,
            _ => runs.push((r, r)),
        }
    }
    if runs.is_empty() {
        return "none".into();
    }
    runs.iter()
        .map(|&(lo, hi)| {
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}-{hi}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Function {
    /// A stack map naming every register of a frame of `frame_size`
    /// (for hand-written functions: conservative, always right).
    pub fn all_refs(frame_size: u16) -> Vec<Reg> {
        (0..frame_size).collect()
    }
}

#[cfg(test)]
mod tests {
    /// The interpreter loop copies one instruction per step: keep them small.
    #[test]
    fn instructions_are_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Op>(), 16);
    }

    #[test]
    fn stack_map_must_fit_the_frame() {
        use super::{Function, Op};
        let mut f = Function {
            name: "f".into(),
            code: vec![Op::Return { src: 0, count: 0 }],
            frame_size: 3,
            lines: vec![0],
            refs: vec![0, 2],
            ..Function::default()
        };
        assert_eq!(f.verify(&[], 0), Ok(()));
        f.refs = vec![0, 3];
        assert!(f.verify(&[], 0).unwrap_err().contains("outside a frame"));
        f.refs = vec![2, 1];
        assert!(f.verify(&[], 0).unwrap_err().contains("increasing"));
        assert_eq!(super::slot_ranges(&[0, 2, 3, 4, 7]), "0 2-4 7");
    }
}
