//! What package errors (runtime/go/errors.go) needs of Go's reflectlite:
//! whether a value's type is comparable, and errors.As's checks of its
//! target and its store into it. They need the runtime type descriptors,
//! so they are called like the scheduler's natives (`Op::CallRuntime`).

use crate::natives::Fail;
use crate::rtype::{implements, Kind};
use crate::sched::natives::{Flow, RtCtx, RtFn};

/// `comparable(target error) bool`: Is compares with `==` only then.
fn comparable(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let yes = match a[0].checked_sub(1) {
        None => true,
        Some(t) => c.prog.types[t as usize].comparable,
    };
    out.push(yes as u64);
    Ok(Flow::Continue)
}

/// The type `target` (an `any` holding a pointer) points to, after Go's
/// checks of As's target.
fn target_elem(c: &RtCtx, tw: u64, payload: u64) -> Result<u32, Fail> {
    let t = &c.prog.types[(tw - 1) as usize];
    let elem = match (t.kind, t.elem) {
        (Kind::Pointer, Some(e)) if payload != 0 => e,
        _ => {
            return Err(Fail::Panic(
                "errors: target must be a non-nil pointer".into(),
            ))
        }
    };
    let e = &c.prog.types[elem as usize];
    if e.kind != Kind::Interface && e.method("Error").is_none() {
        return Err(Fail::Panic(
            "errors: *target must be interface or implement error".into(),
        ));
    }
    Ok(elem)
}

fn check_target(c: &mut RtCtx, a: &[u64], _: &mut Vec<u64>) -> Result<Flow, Fail> {
    target_elem(c, a[0], a[1])?;
    Ok(Flow::Continue)
}

/// `assignTo(err error, target any) bool`: when `*target`'s type can hold
/// err (err's type, or an interface err implements), stores it there.
fn assign_to(c: &mut RtCtx, a: &[u64], out: &mut Vec<u64>) -> Result<Flow, Fail> {
    let ([etw, ep], [ttw, tp]) = ([a[0], a[1]], [a[2], a[3]]);
    let elem = target_elem(c, ttw, tp)?;
    let Some(et) = etw.checked_sub(1) else {
        out.push(0);
        return Ok(Flow::Continue);
    };
    let target = &c.prog.types[elem as usize];
    let words: Vec<u64> = if target.kind == Kind::Interface {
        if !implements(&c.prog.types, et as u32, elem) {
            out.push(0);
            return Ok(Flow::Continue);
        }
        vec![etw, ep]
    } else if et as u32 == elem {
        // The value itself: in the payload when one slot wide, else in
        // the heap copy the payload points to.
        match target.width {
            1 => vec![ep],
            w => c.heap.read_elems(ep, 8, w as usize),
        }
    } else {
        out.push(0);
        return Ok(Flow::Continue);
    };
    for (k, w) in words.into_iter().enumerate() {
        c.heap.store(tp + 8 * k as u64, 8, w);
    }
    out.push(1);
    Ok(Flow::Continue)
}

pub static NATIVES: &[(&str, RtFn)] = &[
    ("errors.comparable", comparable),
    ("errors.checkTarget", check_target),
    ("errors.assignTo", assign_to),
];
