//! Map keys as Go compares them, straight from their slots: a hash that
//! agrees with Go's `==` on the key, and that `==` itself (see gomap.rs).
//! A key is a run of parts (`KeyPart`): words compared bitwise, floats
//! (`-0.0 == +0.0`, NaN unequal to everything), strings by their bytes,
//! interfaces by dynamic type and value.

use crate::heap::Heap;
use crate::interp::iface_equal;
use crate::program::{KeyPart, Program};
use crate::rtype::Kind;
use std::hash::Hasher;

/// Feeds the key in `slots` to `h`. `Ok(true)` when the key holds a NaN
/// (so it equals no key); `Err` with Go's message (after `runtime error: `)
/// when it holds an interface whose dynamic type is not comparable.
pub fn hash_key(
    prog: &Program,
    heap: &Heap,
    parts: &[KeyPart],
    slots: &[u64],
    h: &mut impl Hasher,
) -> Result<bool, String> {
    let mut nan = false;
    let mut i = 0;
    for p in parts {
        match p {
            KeyPart::Word => {
                h.write_u64(slots[i]);
                i += 1;
            }
            KeyPart::Float => {
                nan |= hash_float(slots[i], h);
                i += 1;
            }
            KeyPart::Str => {
                h.write(heap.str_bytes(slots[i], slots[i + 1]));
                i += 2;
            }
            KeyPart::Iface => {
                nan |= hash_iface(prog, heap, [slots[i], slots[i + 1]], h)?;
                i += 2;
            }
        }
    }
    Ok(nan)
}

/// Go's `==` on two keys of the same map, given as slots.
pub fn keys_equal(prog: &Program, heap: &Heap, parts: &[KeyPart], a: &[u64], b: &[u64]) -> bool {
    let mut i = 0;
    for p in parts {
        let eq = match p {
            KeyPart::Word => a[i] == b[i],
            KeyPart::Float => f64::from_bits(a[i]) == f64::from_bits(b[i]),
            KeyPart::Str => {
                (a[i] == b[i] && a[i + 1] == b[i + 1])
                    || heap.str_bytes(a[i], a[i + 1]) == heap.str_bytes(b[i], b[i + 1])
            }
            // Both keys were hashed, so neither holds an uncomparable value.
            KeyPart::Iface => {
                iface_equal(prog, heap, [a[i], a[i + 1]], [b[i], b[i + 1]]).unwrap_or(false)
            }
        };
        if !eq {
            return false;
        }
        i += if matches!(p, KeyPart::Word | KeyPart::Float) {
            1
        } else {
            2
        };
    }
    true
}

/// Hashes a float so that `-0.0` and `+0.0` agree; true for a NaN.
fn hash_float(bits: u64, h: &mut impl Hasher) -> bool {
    let f = f64::from_bits(bits);
    h.write_u64(if f == 0.0 { 0 } else { bits });
    f.is_nan()
}

fn hash_iface(
    prog: &Program,
    heap: &Heap,
    v: [u64; 2],
    h: &mut impl Hasher,
) -> Result<bool, String> {
    h.write_u64(v[0]);
    if v[0] == 0 {
        return Ok(false);
    }
    let ty = (v[0] - 1) as u32;
    let t = &prog.types[ty as usize];
    if !t.comparable {
        return Err(format!("hash of unhashable type {}", t.name));
    }
    if t.width == 1 {
        hash_value(prog, heap, ty, &[v[1]], h)
    } else {
        hash_value(
            prog,
            heap,
            ty,
            &heap.read_elems(v[1], 8, t.width as usize),
            h,
        )
    }
}

/// Hashes a value of type `ty` given as slots (an interface's payload).
fn hash_value(
    prog: &Program,
    heap: &Heap,
    ty: u32,
    s: &[u64],
    h: &mut impl Hasher,
) -> Result<bool, String> {
    let t = &prog.types[ty as usize];
    Ok(match t.kind {
        Kind::Float32 | Kind::Float64 => hash_float(s[0], h),
        Kind::String => {
            h.write(heap.str_bytes(s[0], s[1]));
            false
        }
        Kind::Interface => hash_iface(prog, heap, [s[0], s[1]], h)?,
        Kind::Struct => {
            let mut nan = false;
            for f in &t.fields {
                let w = prog.types[f.ty as usize].width as usize;
                let o = f.offset as usize;
                nan |= hash_value(prog, heap, f.ty, &s[o..o + w], h)?;
            }
            nan
        }
        Kind::Array => {
            let e = t.elem.unwrap();
            let w = prog.types[e as usize].width as usize;
            let mut nan = false;
            for k in 0..t.len as usize {
                nan |= hash_value(prog, heap, e, &s[k * w..(k + 1) * w], h)?;
            }
            nan
        }
        Kind::Slice | Kind::Map | Kind::Func => {
            return Err(format!("hash of unhashable type {}", t.name))
        }
        _ => {
            h.write_u64(s[0]);
            false
        }
    })
}
