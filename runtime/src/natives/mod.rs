//! Standard-library functions written in Rust ("natives"), called by
//! `Op::CallNative` with their arguments' slots and pushing their results'
//! slots (the value model is in `rtype.rs`).
//!
//! Functions whose Go version calls back into Go code (`sort.Slice`'s less,
//! fmt calling `String()`) are not natives: they live in the interpreter,
//! which can run Go code (see docs/architecture.md §Callbacks).

use crate::heap::{Addr, Heap, LayoutId};

pub mod atomic;
pub mod bufio;
pub mod builtin_pkgs;
pub mod errors;
pub mod log;
pub mod math;
pub mod osfile;
pub mod reflectlite;
pub mod strconv;
pub mod strings;
pub mod time;
pub mod unicode;
pub mod utf8util;

/// What a native can touch: the heap, and the layouts and types of values
/// it builds.
pub struct Ctx<'a> {
    pub heap: &'a Heap,
    /// The layout of a string (`[addr, len]`, reference at 0).
    pub str_layout: LayoutId,
    /// Makes an error value (interface slots) from its message.
    pub new_error: &'a dyn Fn(&Heap, &[u8]) -> [u64; 2],
    /// `io.EOF` (compared by identity, so natives return this one).
    pub eof: [u64; 2],
    /// The runtime's own types (`*fs.PathError`...).
    pub well_known: crate::program::WellKnown,
}

/// How a native fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fail {
    /// A Go panic with this message (`runtime error: ...` or a value's text).
    Panic(String),
    /// `os.Exit(code)`.
    Exit(i32),
    /// The input it needs has not arrived: the goroutine waits for it
    /// (`sched::iopoll`) and the native runs again.
    WouldBlock,
}

pub type NativeFn = fn(&mut Ctx, &[u64], &mut Vec<u64>) -> Result<(), Fail>;

impl Ctx<'_> {
    /// The bytes of the string in slots `(addr, len)`.
    pub fn str(&self, addr: u64, len: u64) -> Vec<u8> {
        self.heap.str_bytes(addr, len).to_vec()
    }

    /// Pushes a new string's two slots.
    pub fn push_str(&mut self, out: &mut Vec<u64>, bytes: Vec<u8>) {
        let len = bytes.len() as u64;
        out.push(self.heap.alloc_str(bytes));
        out.push(len);
    }

    /// Pushes the three slots of a new `[]string`.
    pub fn push_str_slice(&mut self, out: &mut Vec<u64>, items: Vec<Vec<u8>>) {
        let n = items.len();
        let arr: Addr = self.heap.alloc_words(self.str_layout, n);
        for (i, s) in items.into_iter().enumerate() {
            let len = s.len() as u64;
            let a = self.heap.alloc_str(s);
            self.heap.store(arr + 16 * i as u64, 8, a);
            self.heap.store(arr + 16 * i as u64 + 8, 8, len);
        }
        out.extend([arr, n as u64, n as u64]);
    }

    /// The strings of a `[]string` in slots `(addr, len, cap)`.
    pub fn str_slice(&self, addr: u64, len: u64) -> Vec<Vec<u8>> {
        (0..len)
            .map(|i| {
                let a = self.heap.load(addr + 16 * i, 8).unwrap_or(0);
                let l = self.heap.load(addr + 16 * i + 8, 8).unwrap_or(0);
                self.str(a, l)
            })
            .collect()
    }

    /// The words of a slice of one-slot elements (`[]int`, `[]byte`...).
    pub fn words(&self, addr: u64, len: u64) -> Vec<u64> {
        self.heap.read_elems(addr, 8, len as usize)
    }

    /// Pushes the three slots of a new slice of one-slot scalars.
    pub fn push_words(&mut self, out: &mut Vec<u64>, items: &[u64]) {
        let arr = self.heap.alloc_words(crate::heap::SCALAR, items.len());
        for (i, &w) in items.iter().enumerate() {
            self.heap.store(arr + 8 * i as u64, 8, w);
        }
        out.extend([arr, items.len() as u64, items.len() as u64]);
    }

    /// Pushes an error value: nil for `None`.
    pub fn push_error(&mut self, out: &mut Vec<u64>, msg: Option<&[u8]>) {
        match msg {
            None => out.extend([0, 0]),
            Some(m) => {
                let e = (self.new_error)(self.heap, m);
                out.extend(e);
            }
        }
    }
}

/// The native implementing Go function `name` (`strings.Contains`).
pub fn lookup(name: &str) -> Option<NativeFn> {
    if let Some(&(_, f)) = builtin_pkgs::NATIVES
        .iter()
        .chain(log::NATIVES)
        .chain(osfile::NATIVES)
        .chain(bufio::NATIVES)
        .find(|(n, _)| *n == name)
    {
        return Some(f);
    }
    let (pkg, _) = name.split_once('.')?;
    let table: &[(&str, NativeFn)] = match pkg {
        "strings" => strings::NATIVES,
        "strconv" => strconv::NATIVES,
        "math" => math::NATIVES,
        "unicode" | "unicode/utf8" => unicode::NATIVES,
        "time" => time::NATIVES,
        "sync/atomic" => atomic::NATIVES,
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}
