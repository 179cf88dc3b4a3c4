//! Loaded code and the tables its instructions refer to: functions (called
//! by index, so a REPL can add or replace one between inputs), string
//! literals, package-level variables, runtime types, slice element and map
//! descriptions, natives, method names, Printf directives.

use crate::bytecode::Function;
use crate::format;
use crate::heap::{Heap, LayoutId};
use crate::natives::NativeFn;
use crate::rtype::{RType, TypeIdx};
use std::sync::atomic::AtomicU64;

/// A slice element type, as `make`, `append` and `copy` need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElemInfo {
    pub layout: LayoutId,
    /// Slots per element.
    pub words: u32,
    /// The element's size in Go (`unsafe.Sizeof`), for `append`'s growth.
    pub go_size: u64,
    pub has_pointers: bool,
}

/// How a map key's slots are compared, part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPart {
    /// One slot compared bitwise (integers, bools, pointers, channels).
    Word,
    /// One float slot (`-0 == +0`, NaN unequal to itself).
    Float,
    /// Two slots: a string.
    Str,
    /// Two slots: an interface (by dynamic type and value).
    Iface,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapInfo {
    pub key: Vec<KeyPart>,
    pub key_words: u32,
    pub value_words: u32,
    pub key_layout: LayoutId,
    pub value_layout: LayoutId,
    /// The map type (for `%v` and panics).
    pub ty: TypeIdx,
}

/// Types the runtime itself creates values of.
#[derive(Debug, Clone, Copy, Default)]
pub struct WellKnown {
    /// `runtime.Error` values: run-time panics that `recover` returns.
    pub runtime_error: TypeIdx,
    /// `*errors.errorString`: errors made by natives and `errors.New`.
    pub error_string: TypeIdx,
    /// `*runtime.PanicNilError`, what `panic(nil)` panics with.
    pub panic_nil: TypeIdx,
    /// `string`, for `panic("...")` values made by the runtime.
    pub string: TypeIdx,
    /// `*fmt.wrapError` (what `fmt.Errorf` with one `%w` makes) and the
    /// layout of its object: message, then the wrapped error.
    pub wrap_error: TypeIdx,
    pub wrap_layout: LayoutId,
    /// `*fmt.wrapErrors` (several `%w`): message, then a `[]error`; the
    /// layout of its object and of the slice's elements.
    pub wrap_errors: TypeIdx,
    pub wrap_errors_layout: LayoutId,
    pub err_slice_layout: LayoutId,
    /// `os.ErrNotExist`, made once; `*fs.PathError` (laid out as
    /// `*fmt.wrapError`: message, then the wrapped reason).
    pub not_exist: [u64; 2],
    /// What a missing file's `*fs.PathError` wraps (Go's syscall.ENOENT).
    pub enoent: [u64; 2],
    pub path_error: TypeIdx,
    /// `io.EOF`: an error value made once (compared by identity).
    pub eof: [u64; 2],
    /// The layout of a string's two slots.
    pub str_layout: LayoutId,
}

#[derive(Default)]
pub struct Program {
    pub funcs: Vec<Function>,
    /// String literals: (address, length), pinned in the heap.
    pub strings: Vec<[u64; 2]>,
    /// Package-level variables, one word per slot: shared by every
    /// goroutine, so read and written with (relaxed) atomics.
    pub globals: Vec<AtomicU64>,
    pub specs: Vec<format::Spec>,
    pub types: Vec<RType>,
    pub elems: Vec<ElemInfo>,
    pub maps: Vec<MapInfo>,
    pub natives: Vec<(String, NativeFn)>,
    /// Natives that need the scheduler (`Op::CallRuntime`).
    pub runtime_natives: Vec<(String, crate::sched::natives::RtFn)>,
    pub selects: Vec<crate::bytecode::SelectTable>,
    pub method_names: Vec<String>,
    pub well_known: WellKnown,
}

impl Program {
    /// Adds a string literal (pinned in `heap`); returns its index.
    pub fn add_string(&mut self, heap: &Heap, bytes: &[u8]) -> u32 {
        let addr = heap.pinned_str(bytes);
        self.strings.push([addr, bytes.len() as u64]);
        self.strings.len() as u32 - 1
    }

    /// Verifies every function (see `Function::verify`).
    pub fn verify(&self) -> Result<(), String> {
        self.funcs
            .iter()
            .try_for_each(|f| f.verify(&self.funcs, self.globals.len()))
    }

    /// Adds `n` package-level slots, all zero, after those there are
    /// (a live program gains variables between runs).
    pub fn add_globals(&mut self, n: usize) {
        self.globals.extend((0..n).map(|_| AtomicU64::new(0)));
    }

    pub fn method_index(&mut self, name: &str) -> u32 {
        match self.method_names.iter().position(|m| m == name) {
            Some(i) => i as u32,
            None => {
                self.method_names.push(name.to_string());
                self.method_names.len() as u32 - 1
            }
        }
    }
}
