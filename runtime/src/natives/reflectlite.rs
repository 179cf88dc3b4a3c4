//! What Go's internal/reflectlite gives package sort: the length of a
//! slice held in an `any`, and swapping two of its elements. They need
//! the runtime type descriptors, so they are called like the scheduler's
//! natives (`Op::CallRuntime`). runtime/go/sort.go declares them as
//! bodyless methods of its empty type `reflectlite` (minigo cannot yet call
//! a bodyless function of a Go-written package by its bare name); the
//! empty receiver takes no slot:
//!
//! - `length(x any) (n int, kind int)`: `x`'s length as reflectlite's
//!   `Value.Len` gives it (slices, arrays, strings, maps, channels; -1 for
//!   other kinds and for nil), and its `reflect.Kind` number (0 for nil),
//!   from which sort.go builds Go's `reflect: call of M on K Value`.
//! - `swap(x any, i, j int)`: swaps elements `i` and `j` of the slice `x`,
//!   as the function `reflectlite.Swapper(x)` returns does.
//!
//! An `any` is two slots: type index + 1 (0 for nil) and the payload, for
//! a slice the address of a heap copy of its three slots (rtype.rs).

use crate::natives::Fail;
use crate::rtype::Kind;
use crate::sched::natives::{Flow, RtCtx, RtFn};

pub static NATIVES: &[(&str, RtFn)] = &[
    ("sort.reflectlite.length", reflect_len),
    ("sort.reflectlite.swap", reflect_swap),
];

/// Go's `reflect.Kind` number of a kind (Complex64/128 have no minigo
/// kind).
fn kind_number(k: Kind) -> u64 {
    match k {
        Kind::Bool => 1,
        Kind::Int => 2,
        Kind::Int8 => 3,
        Kind::Int16 => 4,
        Kind::Int32 => 5,
        Kind::Int64 => 6,
        Kind::Uint => 7,
        Kind::Uint8 => 8,
        Kind::Uint16 => 9,
        Kind::Uint32 => 10,
        Kind::Uint64 => 11,
        Kind::Uintptr => 12,
        Kind::Float32 => 13,
        Kind::Float64 => 14,
        Kind::Array => 17,
        Kind::Chan => 18,
        Kind::Func => 19,
        Kind::Interface => 20,
        Kind::Map => 21,
        Kind::Pointer => 22,
        Kind::Slice => 23,
        Kind::String => 24,
        Kind::Struct => 25,
        Kind::UnsafePointer => 26,
    }
}

fn word(c: &RtCtx, addr: u64) -> u64 {
    c.heap.load(addr, 8).unwrap_or(0)
}

fn reflect_len(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let (t, p) = (a[0], a[1]);
    let Some(ty) = t.checked_sub(1).and_then(|i| c.prog.types.get(i as usize)) else {
        out.extend([-1i64 as u64, 0]);
        return Ok(Flow::Continue);
    };
    let n = match ty.kind {
        // Slices and strings are boxed: the length is their second slot.
        Kind::Slice | Kind::String => word(c, p + 8) as i64,
        Kind::Array => ty.len as i64,
        Kind::Map => c.heap.map(p).map_or(0, |m| m.len() as i64),
        Kind::Chan => c
            .sched
            .chans
            .peek(c.heap, p)
            .map_or(0, |ch| ch.len() as i64),
        _ => -1,
    };
    out.extend([n as u64, kind_number(ty.kind)]);
    Ok(Flow::Continue)
}

fn reflect_swap(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    let (t, p, i, j) = (a[0], a[1], a[2], a[3]);
    let ty = t
        .checked_sub(1)
        .and_then(|t| c.prog.types.get(t as usize))
        .filter(|ty| ty.kind == Kind::Slice)
        .ok_or_else(|| Fail::Panic("reflect: call of Swapper on non-slice Value".into()))?;
    let width = ty.elem.map_or(0, |e| c.prog.types[e as usize].width as u64);
    let (base, len) = (word(c, p), word(c, p + 8));
    if i >= len || j >= len {
        return Err(Fail::Panic("reflect: slice index out of range".into()));
    }
    if i == j {
        return Ok(Flow::Continue);
    }
    let (x, y) = (base + i * 8 * width, base + j * 8 * width);
    for k in 0..width {
        let (u, v) = (word(c, x + 8 * k), word(c, y + 8 * k));
        c.heap.store(x + 8 * k, 8, v);
        c.heap.store(y + 8 * k, 8, u);
    }
    Ok(Flow::Continue)
}
