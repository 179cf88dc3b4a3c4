//! Package sync/atomic's natives: the functions on `*int32`... and the
//! methods of the typed atomics (`atomic.Int64`, `atomic.Bool`...) and of
//! `atomic.Value`. `atomic.Pointer[T]` (generic) and the `unsafe.Pointer`
//! functions are not here.
//!
//! Representation (the lowering's side of the contract):
//! - `*int32`, `*uint64`...: one slot, the address of the integer's heap
//!   word (0 = nil).
//! - `atomic.Int32`, `Uint32`, `Int64`, `Uint64`, `Uintptr`, `Bool`: a
//!   struct of width 1 whose slot holds the value, so a method's receiver
//!   is the address of that word, exactly like the `*int32` functions.
//! - `atomic.Value`: width 2, an interface value (type word: type index + 1
//!   or 0 for nil; payload, a reference slot for the GC) at the receiver's
//!   address and the next word.
//!
//! Integers keep the interpreter's convention (bytecode.rs, `Wrap`): an
//! int32 lives sign-extended in its word, a uint32 zero-extended, so 32-bit
//! arithmetic is done on the word and re-extended. Every operation is
//! sequentially consistent (`SeqCst`), as Go's atomics are.
//!
//! The operations are also exported as functions on a shared `&Heap`
//! (none of them allocates), which the natives wrap: a `Ctx` holds the heap
//! by `&mut`, so goroutines on several threads will reach these through
//! whatever shared access the multi-threaded interpreter provides.

use super::{Ctx, Fail, NativeFn};
use crate::heap::{Addr, Heap};
use std::sync::atomic::{AtomicU64, Ordering::SeqCst};

/// Go's message for a nil (or invalid) pointer dereference.
pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// How a value lives in its word (a const generic parameter of the
/// natives below).
pub type Width = u8;
/// int32: sign-extended from bit 31.
pub const I32: Width = 0;
/// uint32: zero-extended from bit 31.
pub const U32: Width = 1;
/// int64, uint64, uintptr: the whole word.
pub const W64: Width = 2;
/// bool: 0 or 1.
pub const BOOL: Width = 3;

/// `v` as the word of a value of width `w` holds it.
pub fn canon(w: Width, v: u64) -> u64 {
    match w {
        I32 => v as i32 as i64 as u64,
        U32 => v as u32 as u64,
        BOOL => (v != 0) as u64,
        _ => v,
    }
}

/// The word at `addr`; a nil or non-word address is Go's nil dereference.
fn word(heap: &Heap, addr: Addr) -> Result<&AtomicU64, Fail> {
    heap.word(addr)
        .ok_or_else(|| Fail::Panic(NIL_DEREF.to_string()))
}

/// `*addr += delta`, wrapping at the width; returns the new value.
pub fn add(heap: &Heap, addr: Addr, w: Width, delta: u64) -> Result<u64, Fail> {
    let cell = word(heap, addr)?;
    if w == W64 {
        return Ok(cell.fetch_add(delta, SeqCst).wrapping_add(delta));
    }
    // A 32-bit sum must be re-extended, which fetch_add cannot do.
    let step = |cur: u64| canon(w, cur.wrapping_add(delta));
    let old = cell
        .fetch_update(SeqCst, SeqCst, |cur| Some(step(cur)))
        .unwrap_or_else(|cur| cur);
    Ok(step(old))
}

/// `*addr &= mask`; returns the old value. The AND of two values extended
/// from the same bit is extended from it too, so the word stays canonical.
pub fn and(heap: &Heap, addr: Addr, w: Width, mask: u64) -> Result<u64, Fail> {
    Ok(canon(
        w,
        word(heap, addr)?.fetch_and(canon(w, mask), SeqCst),
    ))
}

/// `*addr |= mask`; returns the old value (canonical as for `and`).
pub fn or(heap: &Heap, addr: Addr, w: Width, mask: u64) -> Result<u64, Fail> {
    Ok(canon(w, word(heap, addr)?.fetch_or(canon(w, mask), SeqCst)))
}

pub fn load(heap: &Heap, addr: Addr, w: Width) -> Result<u64, Fail> {
    Ok(canon(w, word(heap, addr)?.load(SeqCst)))
}

pub fn store(heap: &Heap, addr: Addr, w: Width, val: u64) -> Result<(), Fail> {
    word(heap, addr)?.store(canon(w, val), SeqCst);
    Ok(())
}

/// Stores `new`; returns the old value.
pub fn swap(heap: &Heap, addr: Addr, w: Width, new: u64) -> Result<u64, Fail> {
    Ok(canon(w, word(heap, addr)?.swap(canon(w, new), SeqCst)))
}

/// Stores `new` if `*addr == old`; whether it did.
pub fn compare_and_swap(
    heap: &Heap,
    addr: Addr,
    w: Width,
    old: u64,
    new: u64,
) -> Result<bool, Fail> {
    Ok(word(heap, addr)?
        .compare_exchange(canon(w, old), canon(w, new), SeqCst, SeqCst)
        .is_ok())
}

// ---- the natives: (addr, operands...) -> result, for the functions on
// pointers and the typed atomics' methods alike.

fn add_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(add(ctx.heap, a[0], W, a[1])?);
    Ok(())
}

fn and_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(and(ctx.heap, a[0], W, a[1])?);
    Ok(())
}

fn or_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(or(ctx.heap, a[0], W, a[1])?);
    Ok(())
}

fn load_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(load(ctx.heap, a[0], W)?);
    Ok(())
}

fn store_n<const W: Width>(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    store(ctx.heap, a[0], W, a[1])
}

fn swap_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(swap(ctx.heap, a[0], W, a[1])?);
    Ok(())
}

fn cas_n<const W: Width>(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(compare_and_swap(ctx.heap, a[0], W, a[1], a[2])? as u64);
    Ok(())
}

// ---- atomic.Value
//
// Consistency of the two words follows Go's own value.go: the type word
// is written once, by the first store, and never changes afterwards (every
// later store must have the same dynamic type or panics), so only the
// payload word changes, atomically. The first store claims the type word
// by CAS 0 -> `FIRST_STORE` (a value no type index + 1 can be), writes the
// payload, then publishes the type; a `Load` that sees 0 or `FIRST_STORE`
// returns nil, and one that sees a type reads a payload written by a store
// of that type. Concurrent stores spin while `FIRST_STORE` is in the word
// (only for the duration of two word writes on another thread). A racy
// non-atomic copy of a Value (which Go forbids after first use) is the one
// way to tear it, as in Go.

/// The type word while the first store is in progress.
const FIRST_STORE: u64 = u64::MAX;

/// An interface value's two slots.
pub type Iface = [u64; 2];

fn value_words(heap: &Heap, addr: Addr) -> Result<(&AtomicU64, &AtomicU64), Fail> {
    Ok((word(heap, addr)?, word(heap, addr.wrapping_add(8))?))
}

fn wait_first_store() {
    std::hint::spin_loop();
    std::thread::yield_now();
}

/// `(*Value).Load`.
pub fn value_load(heap: &Heap, addr: Addr) -> Result<Iface, Fail> {
    let (typ, data) = value_words(heap, addr)?;
    let t = typ.load(SeqCst);
    if t == 0 || t == FIRST_STORE {
        return Ok([0, 0]);
    }
    Ok([t, data.load(SeqCst)])
}

/// Claims the type word of an empty Value and stores `val` as its first
/// value: false when another store claimed it first (retry).
fn first_store(typ: &AtomicU64, data: &AtomicU64, val: Iface) -> bool {
    if typ
        .compare_exchange(0, FIRST_STORE, SeqCst, SeqCst)
        .is_err()
    {
        return false;
    }
    data.store(val[1], SeqCst);
    typ.store(val[0], SeqCst);
    true
}

/// `(*Value).Store`.
pub fn value_store(heap: &Heap, addr: Addr, val: Iface) -> Result<(), Fail> {
    if val[0] == 0 {
        return Err(Fail::Panic(
            "sync/atomic: store of nil value into Value".into(),
        ));
    }
    let (typ, data) = value_words(heap, addr)?;
    loop {
        match typ.load(SeqCst) {
            0 => {
                if first_store(typ, data, val) {
                    return Ok(());
                }
            }
            FIRST_STORE => wait_first_store(),
            t if t != val[0] => {
                return Err(Fail::Panic(
                    "sync/atomic: store of inconsistently typed value into Value".into(),
                ))
            }
            _ => {
                data.store(val[1], SeqCst);
                return Ok(());
            }
        }
    }
}

/// `(*Value).Swap`: the previous value (nil for an empty Value).
pub fn value_swap(heap: &Heap, addr: Addr, new: Iface) -> Result<Iface, Fail> {
    if new[0] == 0 {
        return Err(Fail::Panic(
            "sync/atomic: swap of nil value into Value".into(),
        ));
    }
    let (typ, data) = value_words(heap, addr)?;
    loop {
        match typ.load(SeqCst) {
            0 => {
                if first_store(typ, data, new) {
                    return Ok([0, 0]);
                }
            }
            FIRST_STORE => wait_first_store(),
            t if t != new[0] => {
                return Err(Fail::Panic(
                    "sync/atomic: swap of inconsistently typed value into Value".into(),
                ))
            }
            t => return Ok([t, data.swap(new[1], SeqCst)]),
        }
    }
}

/// `(*Value).CompareAndSwap`, with `eq` as Go's `==` on interface values
/// (`Err(type name)` for an uncomparable dynamic type, which panics as
/// Go's comparison does). The interpreter's `interp::iface_equal` is that
/// function; the registered native, which has no type descriptors, uses
/// `identical` (see there).
pub fn value_compare_and_swap(
    heap: &Heap,
    addr: Addr,
    old: Iface,
    new: Iface,
    eq: &mut dyn FnMut(&Heap, Iface, Iface) -> Result<bool, String>,
) -> Result<bool, Fail> {
    if new[0] == 0 {
        return Err(Fail::Panic(
            "sync/atomic: compare and swap of nil value into Value".into(),
        ));
    }
    if old[0] != 0 && old[0] != new[0] {
        return Err(Fail::Panic(
            "sync/atomic: compare and swap of inconsistently typed values".into(),
        ));
    }
    let (typ, data) = value_words(heap, addr)?;
    loop {
        match typ.load(SeqCst) {
            0 => {
                if old[0] != 0 {
                    return Ok(false);
                }
                if first_store(typ, data, new) {
                    return Ok(true);
                }
            }
            FIRST_STORE => wait_first_store(),
            t if t != new[0] => {
                return Err(Fail::Panic(
                    "sync/atomic: compare and swap of inconsistently typed value into Value".into(),
                ))
            }
            t => {
                // As Go: compare the current value with `old` by `==`, then
                // swap only if the payload word is still the one compared.
                let cur = data.load(SeqCst);
                let equal = eq(heap, [t, cur], old).map_err(|name| {
                    Fail::Panic(format!("runtime error: comparing uncomparable type {name}"))
                })?;
                if !equal {
                    return Ok(false);
                }
                return Ok(data.compare_exchange(cur, new[1], SeqCst, SeqCst).is_ok());
            }
        }
    }
}

/// Interface equality without type descriptors: same type word and same
/// payload word. Exact for one-slot dynamic types other than floats
/// (integers, bools, pointers, channels, maps...); for floats it differs
/// from Go on NaN (equal here) and on 0 vs -0 (unequal here), and for
/// wider values (strings, structs), whose payload is the address of a heap
/// copy, it is identity: equal copies made by different conversions
/// compare unequal. Uncomparable types never panic here.
pub fn identical(_: &Heap, a: Iface, b: Iface) -> Result<bool, String> {
    Ok(a == b)
}

fn value_load_n(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.extend(value_load(ctx.heap, a[0])?);
    Ok(())
}

fn value_store_n(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    value_store(ctx.heap, a[0], [a[1], a[2]])
}

fn value_swap_n(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.extend(value_swap(ctx.heap, a[0], [a[1], a[2]])?);
    Ok(())
}

fn value_cas_n(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let swapped =
        value_compare_and_swap(ctx.heap, a[0], [a[1], a[2]], [a[3], a[4]], &mut identical)?;
    out.push(swapped as u64);
    Ok(())
}

/// For each integer type: the seven functions on its pointer type and the
/// seven methods of its typed atomic, which take the same slots.
macro_rules! natives {
    ($(($t:literal, $w:ident)),* ; $($extra:expr),* $(,)?) => {
        pub static NATIVES: &[(&str, NativeFn)] = &[
            $(
                (concat!("sync/atomic.Add", $t), add_n::<$w>),
                (concat!("sync/atomic.And", $t), and_n::<$w>),
                (concat!("sync/atomic.Or", $t), or_n::<$w>),
                (concat!("sync/atomic.Load", $t), load_n::<$w>),
                (concat!("sync/atomic.Store", $t), store_n::<$w>),
                (concat!("sync/atomic.Swap", $t), swap_n::<$w>),
                (concat!("sync/atomic.CompareAndSwap", $t), cas_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").Add"), add_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").And"), and_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").Or"), or_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").Load"), load_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").Store"), store_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").Swap"), swap_n::<$w>),
                (concat!("sync/atomic.(*", $t, ").CompareAndSwap"), cas_n::<$w>),
            )*
            $($extra),*
        ];
    };
}

natives!(
    ("Int32", I32),
    ("Uint32", U32),
    ("Int64", W64),
    ("Uint64", W64),
    ("Uintptr", W64);
    ("sync/atomic.(*Bool).Load", load_n::<BOOL>),
    ("sync/atomic.(*Bool).Store", store_n::<BOOL>),
    ("sync/atomic.(*Bool).Swap", swap_n::<BOOL>),
    ("sync/atomic.(*Bool).CompareAndSwap", cas_n::<BOOL>),
    // atomic.Pointer[T]: one word holding a *T, as Uintptr's.
    ("sync/atomic.(*Pointer).Load", load_n::<W64>),
    ("sync/atomic.(*Pointer).Store", store_n::<W64>),
    ("sync/atomic.(*Pointer).Swap", swap_n::<W64>),
    ("sync/atomic.(*Pointer).CompareAndSwap", cas_n::<W64>),
    ("sync/atomic.(*Value).Load", value_load_n),
    ("sync/atomic.(*Value).Store", value_store_n),
    ("sync/atomic.(*Value).Swap", value_swap_n),
    ("sync/atomic.(*Value).CompareAndSwap", value_cas_n),
);
