//! Natives of packages errors, os and sort, and of strings.Builder (whose
//! value is a `[]byte`: three slots, address, length, capacity).

use super::{Ctx, Fail, NativeFn};
use crate::growslice;
use crate::heap::SCALAR;
use std::sync::OnceLock;

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// Sets what `os.Args` returns (the program's name, then its arguments).
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("errors.New", errors_new),
    ("os.Exit", os_exit),
    ("os.Args", os_args),
    ("os.Getenv", os_getenv),
    ("sort.Ints", sort_ints),
    ("sort.Float64s", sort_float64s),
    ("sort.Strings", sort_strings),
    ("sort.IntsAreSorted", ints_are_sorted),
    ("sort.StringsAreSorted", strings_are_sorted),
    ("sort.SearchInts", search_ints),
    ("strings.(*Builder).WriteString", builder_write_string),
    ("strings.(*Builder).WriteByte", builder_write_byte),
    ("strings.(*Builder).WriteRune", builder_write_rune),
    ("strings.(*Builder).Write", builder_write),
    ("strings.(*Builder).String", builder_string),
    ("strings.(*Builder).Len", builder_len),
    ("strings.(*Builder).Cap", builder_cap),
    ("strings.(*Builder).Reset", builder_reset),
    ("strings.(*Builder).Grow", builder_grow),
];

fn errors_new(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let msg = ctx.str(a[0], a[1]);
    ctx.push_error(out, Some(&msg));
    Ok(())
}

fn os_exit(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    Err(Fail::Exit(a[0] as i64 as i32))
}

fn os_args(ctx: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let args = ARGS.get().cloned().unwrap_or_default();
    ctx.push_str_slice(out, args.into_iter().map(String::into_bytes).collect());
    Ok(())
}

/// os.Getenv: the variable's bytes (Unix variables need not be UTF-8).
fn os_getenv(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let key = ctx.str(a[0], a[1]);
    let val = std::env::var_os(std::ffi::OsStr::from_bytes(&key))
        .map(|v| v.into_vec())
        .unwrap_or_default();
    ctx.push_str(out, val);
    Ok(())
}

fn store_words(ctx: &mut Ctx, addr: u64, words: &[u64]) {
    for (k, w) in words.iter().enumerate() {
        ctx.heap.store(addr + 8 * k as u64, 8, *w);
    }
}

fn sort_ints(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let mut v = ctx.words(a[0], a[1]);
    v.sort_by_key(|&x| x as i64);
    store_words(ctx, a[0], &v);
    Ok(())
}

/// Go's order for float64s: NaNs first, then ascending.
fn float_less(x: f64, y: f64) -> bool {
    x < y || (x.is_nan() && !y.is_nan())
}

fn sort_float64s(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let mut v: Vec<f64> = ctx
        .words(a[0], a[1])
        .into_iter()
        .map(f64::from_bits)
        .collect();
    v.sort_by(|x, y| {
        if float_less(*x, *y) {
            std::cmp::Ordering::Less
        } else if float_less(*y, *x) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let w: Vec<u64> = v.into_iter().map(f64::to_bits).collect();
    store_words(ctx, a[0], &w);
    Ok(())
}

/// The (address, length) pairs of a `[]string`.
fn str_pairs(ctx: &Ctx, addr: u64, len: u64) -> Vec<(u64, u64)> {
    let w = ctx.words(addr, 2 * len);
    w.chunks(2).map(|c| (c[0], c[1])).collect()
}

fn sort_strings(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let mut v = str_pairs(ctx, a[0], a[1]);
    v.sort_by(|x, y| {
        ctx.heap
            .str_bytes(x.0, x.1)
            .cmp(ctx.heap.str_bytes(y.0, y.1))
    });
    let w: Vec<u64> = v.into_iter().flat_map(|(p, l)| [p, l]).collect();
    store_words(ctx, a[0], &w);
    Ok(())
}

fn ints_are_sorted(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let v = ctx.words(a[0], a[1]);
    out.push(v.windows(2).all(|p| p[0] as i64 <= p[1] as i64) as u64);
    Ok(())
}

fn strings_are_sorted(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let v = str_pairs(ctx, a[0], a[1]);
    let sorted = v
        .windows(2)
        .all(|p| ctx.heap.str_bytes(p[0].0, p[0].1) <= ctx.heap.str_bytes(p[1].0, p[1].1));
    out.push(sorted as u64);
    Ok(())
}

fn search_ints(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let v = ctx.words(a[0], a[1]);
    let x = a[3] as i64;
    out.push(v.partition_point(|&e| (e as i64) < x) as u64);
    Ok(())
}

/// The builder's buffer: (address, length, capacity) at pointer `b`.
fn buffer(ctx: &Ctx, b: u64) -> Result<[u64; 3], Fail> {
    let load = |k: u64| ctx.heap.load(b + 8 * k, 8);
    match (load(0), load(1), load(2)) {
        (Some(p), Some(l), Some(c)) => Ok([p, l, c]),
        _ => Err(Fail::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

/// Appends `bytes` to the builder at `b` as `append(b.buf, bytes...)`.
fn append(ctx: &mut Ctx, b: u64, bytes: &[u8]) -> Result<(), Fail> {
    let [mut p, l, mut c] = buffer(ctx, b)?;
    let n = bytes.len() as u64;
    if l + n > c {
        let new_cap = growslice::grow_cap(l as usize, c as usize, n as usize, 1, false) as u64;
        let fresh = ctx.heap.alloc_words(SCALAR, new_cap as usize);
        ctx.heap.move_elems(fresh, p, 8, l as usize);
        p = fresh;
        c = new_cap;
    }
    if !ctx
        .heap
        .write_words(p + 8 * l, bytes.iter().map(|&b| b as u64))
    {
        for (k, &byte) in bytes.iter().enumerate() {
            ctx.heap.store(p + 8 * (l + k as u64), 8, byte as u64);
        }
    }
    store_words(ctx, b, &[p, l + n, c]);
    Ok(())
}

fn builder_write_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let s = ctx.str(a[1], a[2]);
    append(ctx, a[0], &s)?;
    out.extend([s.len() as u64, 0, 0]);
    Ok(())
}

fn builder_write(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let s: Vec<u8> = ctx.words(a[1], a[2]).into_iter().map(|b| b as u8).collect();
    append(ctx, a[0], &s)?;
    out.extend([s.len() as u64, 0, 0]);
    Ok(())
}

fn builder_write_byte(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    append(ctx, a[0], &[a[1] as u8])?;
    out.extend([0, 0]);
    Ok(())
}

fn builder_write_rune(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut v = Vec::new();
    crate::interp::encode_rune(a[1] as i64, &mut v);
    append(ctx, a[0], &v)?;
    out.extend([v.len() as u64, 0, 0]);
    Ok(())
}

fn builder_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let [p, l, _] = buffer(ctx, a[0])?;
    let bytes: Vec<u8> = ctx.words(p, l).into_iter().map(|b| b as u8).collect();
    ctx.push_str(out, bytes);
    Ok(())
}

fn builder_len(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(buffer(ctx, a[0])?[1]);
    Ok(())
}

fn builder_cap(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(buffer(ctx, a[0])?[2]);
    Ok(())
}

fn builder_reset(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    buffer(ctx, a[0])?;
    store_words(ctx, a[0], &[0, 0, 0]);
    Ok(())
}

fn builder_grow(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let n = a[1] as i64;
    if n < 0 {
        return Err(Fail::Panic("strings.Builder.Grow: negative count".into()));
    }
    let [p, l, c] = buffer(ctx, a[0])?;
    if c - l < n as u64 {
        // Go: make([]byte, len, 2*cap + n).
        let new_cap = 2 * c + n as u64;
        let fresh = ctx.heap.alloc_words(SCALAR, new_cap as usize);
        ctx.heap.move_elems(fresh, p, 8, l as usize);
        store_words(ctx, a[0], &[fresh, l, new_cap]);
    }
    Ok(())
}
