//! Package sync/atomic's natives (runtime/src/natives/atomic.rs), called
//! through `natives::lookup` as the interpreter's `Op::CallNative` calls
//! them, against a `Heap`.
//!
//! `transcript_matches_go` replays a Go program operation by operation and
//! compares its output with the real Go toolchain's, pasted below as
//! `GO_OUTPUT` (from `/work/shared/tools/go-oracle atomics.go`, the
//! program being `ATOMICS_GO`).

use runtime::heap::{Heap, Layout, LayoutId, SCALAR};
use runtime::natives::atomic::{self as na, Iface, NIL_DEREF};
use runtime::natives::{lookup, Ctx, Fail};
use std::fmt::Write as _;

/// The Go program whose output is `GO_OUTPUT`.
#[allow(dead_code)]
const ATOMICS_GO: &str = r#"package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panic %v\n", label, r)
		}
	}()
	f()
}

func main() {
	// 32-bit wraparound.
	i32 := int32(math.MaxInt32)
	fmt.Println("AddInt32 max+1", atomic.AddInt32(&i32, 1), i32)
	fmt.Println("AddInt32 min-1", atomic.AddInt32(&i32, -1), i32)
	fmt.Println("AddInt32 +min", atomic.AddInt32(&i32, math.MinInt32), i32)
	u32 := uint32(math.MaxUint32)
	fmt.Println("AddUint32 max+2", atomic.AddUint32(&u32, 2), u32)
	fmt.Println("AddUint32 -2", atomic.AddUint32(&u32, ^uint32(1)), u32)
	i64 := int64(math.MaxInt64)
	fmt.Println("AddInt64 max+1", atomic.AddInt64(&i64, 1), i64)
	u64 := uint64(0)
	fmt.Println("AddUint64 0-1", atomic.AddUint64(&u64, ^uint64(0)), u64)
	up := uintptr(10)
	fmt.Println("AddUintptr 10-11", atomic.AddUintptr(&up, ^uintptr(10)), up)

	// And/Or return the old value.
	i32 = 12
	fmt.Println("AndInt32 12&10", atomic.AndInt32(&i32, 10), i32)
	fmt.Println("OrInt32 8|1", atomic.OrInt32(&i32, 1), i32)
	i32 = -1
	fmt.Println("AndInt32 -1&15", atomic.AndInt32(&i32, 15), i32)
	fmt.Println("OrInt32 15|-16", atomic.OrInt32(&i32, -16), i32)
	u32 = 0xF0F0F0F0
	fmt.Println("OrUint32", atomic.OrUint32(&u32, 0x0F0F0F0F), u32)
	fmt.Println("AndUint32", atomic.AndUint32(&u32, 0x80000001), u32)
	i64 = -256
	fmt.Println("AndInt64", atomic.AndInt64(&i64, 0x1FF), i64)
	fmt.Println("OrInt64", atomic.OrInt64(&i64, math.MinInt64), i64)
	u64 = 1 << 63
	fmt.Println("OrUint64", atomic.OrUint64(&u64, 1), u64)
	fmt.Println("AndUint64", atomic.AndUint64(&u64, 3), u64)
	up = 6
	fmt.Println("AndUintptr", atomic.AndUintptr(&up, 3), up)
	fmt.Println("OrUintptr", atomic.OrUintptr(&up, 8), up)

	// Compare-and-swap, swap, load, store.
	i32 = -5
	fmt.Println("CASInt32 hit", atomic.CompareAndSwapInt32(&i32, -5, 7), i32)
	fmt.Println("CASInt32 miss", atomic.CompareAndSwapInt32(&i32, -5, 9), i32)
	u32 = math.MaxUint32
	fmt.Println("CASUint32 hit", atomic.CompareAndSwapUint32(&u32, math.MaxUint32, 1), u32)
	fmt.Println("CASUint32 miss", atomic.CompareAndSwapUint32(&u32, 2, 3), u32)
	i64 = math.MinInt64
	fmt.Println("CASInt64 hit", atomic.CompareAndSwapInt64(&i64, math.MinInt64, -1), i64)
	fmt.Println("CASInt64 miss", atomic.CompareAndSwapInt64(&i64, 0, 1), i64)
	u64 = 5
	fmt.Println("CASUint64 miss", atomic.CompareAndSwapUint64(&u64, 6, 1), u64)
	up = 5
	fmt.Println("CASUintptr hit", atomic.CompareAndSwapUintptr(&up, 5, 0), up)
	fmt.Println("SwapInt32", atomic.SwapInt32(&i32, math.MinInt32), i32)
	fmt.Println("SwapUint32", atomic.SwapUint32(&u32, math.MaxUint32), u32)
	fmt.Println("SwapInt64", atomic.SwapInt64(&i64, 42), i64)
	fmt.Println("SwapUint64", atomic.SwapUint64(&u64, math.MaxUint64), u64)
	fmt.Println("SwapUintptr", atomic.SwapUintptr(&up, 77), up)
	atomic.StoreInt32(&i32, -9)
	atomic.StoreUint32(&u32, 9)
	atomic.StoreInt64(&i64, -10)
	atomic.StoreUint64(&u64, 10)
	atomic.StoreUintptr(&up, 11)
	fmt.Println("Load", atomic.LoadInt32(&i32), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	// Typed atomics.
	var ti32 atomic.Int32
	ti32.Store(math.MaxInt32)
	fmt.Println("Int32", ti32.Add(1), ti32.And(-2), ti32.Or(3), ti32.Swap(-7), ti32.CompareAndSwap(-7, 8), ti32.CompareAndSwap(-7, 9), ti32.Load())
	var tu32 atomic.Uint32
	fmt.Println("Uint32", tu32.Add(math.MaxUint32), tu32.And(0xFF00), tu32.Or(1), tu32.Swap(3), tu32.CompareAndSwap(3, 4), tu32.CompareAndSwap(3, 5), tu32.Load())
	var ti64 atomic.Int64
	ti64.Store(math.MinInt64)
	fmt.Println("Int64", ti64.Add(-1), ti64.And(0xF0), ti64.Or(-1), ti64.Swap(6), ti64.CompareAndSwap(6, 7), ti64.CompareAndSwap(6, 8), ti64.Load())
	var tu64 atomic.Uint64
	fmt.Println("Uint64", tu64.Add(math.MaxUint64), tu64.And(0xF), tu64.Or(0x30), tu64.Swap(2), tu64.CompareAndSwap(2, 1), tu64.CompareAndSwap(2, 0), tu64.Load())
	var tup atomic.Uintptr
	fmt.Println("Uintptr", tup.Add(5), tup.And(4), tup.Or(3), tup.Swap(9), tup.CompareAndSwap(9, 1), tup.CompareAndSwap(9, 2), tup.Load())
	var tb atomic.Bool
	fmt.Println("Bool", tb.Load(), tb.Swap(true), tb.CompareAndSwap(false, true), tb.CompareAndSwap(true, false), tb.Load())
	tb.Store(true)
	fmt.Println("Bool store", tb.Load())

	// Value.
	var v atomic.Value
	fmt.Println("Value zero", v.Load())
	fmt.Println("Value CAS empty old!=nil", v.CompareAndSwap(1, 2), v.Load())
	try("Value Store nil", func() { v.Store(nil) })
	try("Value Swap nil", func() { v.Swap(nil) })
	try("Value CAS new nil", func() { v.CompareAndSwap(1, nil) })
	try("Value CAS old/new types", func() { v.CompareAndSwap(1, "a") })
	fmt.Println("Value CAS empty nil->1", v.CompareAndSwap(nil, 1), v.Load())
	v.Store(2)
	fmt.Println("Value Store 2", v.Load())
	fmt.Println("Value Swap 3", v.Swap(3), v.Load())
	fmt.Println("Value CAS 3->4", v.CompareAndSwap(3, 4), v.Load())
	fmt.Println("Value CAS 3->5", v.CompareAndSwap(3, 5), v.Load())
	fmt.Println("Value CAS nil->5", v.CompareAndSwap(nil, 5), v.Load())
	try("Value Store string", func() { v.Store("s") })
	try("Value Swap string", func() { v.Swap("s") })
	try("Value CAS nil->string", func() { v.CompareAndSwap(nil, "s") })
	var ve atomic.Value
	fmt.Println("Value Swap empty", ve.Swap(7), ve.Load())

	// nil pointers.
	try("AddInt32 nil", func() { atomic.AddInt32(nil, 1) })
	try("Int64.Load nil", func() { var p *atomic.Int64; p.Load() })
	try("Value.Load nil", func() { var p *atomic.Value; p.Load() })
}
"#;

/// go-oracle's stdout for `ATOMICS_GO` (Go 1.27.3, exit 0, no stderr).
const GO_OUTPUT: &str = "\
AddInt32 max+1 -2147483648 -2147483648
AddInt32 min-1 2147483647 2147483647
AddInt32 +min -1 -1
AddUint32 max+2 1 1
AddUint32 -2 4294967295 4294967295
AddInt64 max+1 -9223372036854775808 -9223372036854775808
AddUint64 0-1 18446744073709551615 18446744073709551615
AddUintptr 10-11 18446744073709551615 18446744073709551615
AndInt32 12&10 12 8
OrInt32 8|1 8 9
AndInt32 -1&15 -1 15
OrInt32 15|-16 15 -1
OrUint32 4042322160 4294967295
AndUint32 4294967295 2147483649
AndInt64 -256 256
OrInt64 256 -9223372036854775552
OrUint64 9223372036854775808 9223372036854775809
AndUint64 9223372036854775809 1
AndUintptr 6 2
OrUintptr 2 10
CASInt32 hit true 7
CASInt32 miss false 7
CASUint32 hit true 1
CASUint32 miss false 1
CASInt64 hit true -1
CASInt64 miss false -1
CASUint64 miss false 5
CASUintptr hit true 0
SwapInt32 7 -2147483648
SwapUint32 1 4294967295
SwapInt64 -1 42
SwapUint64 5 18446744073709551615
SwapUintptr 0 77
Load -9 9 -10 10 11
Int32 -2147483648 -2147483648 -2147483648 -2147483645 true false 8
Uint32 4294967295 4294967295 65280 65281 true false 4
Int64 9223372036854775807 9223372036854775807 240 -1 true false 7
Uint64 18446744073709551615 18446744073709551615 15 63 true false 1
Uintptr 5 5 4 7 true false 1
Bool false false false true false
Bool store true
Value zero <nil>
Value CAS empty old!=nil false <nil>
Value Store nil panic sync/atomic: store of nil value into Value
Value Swap nil panic sync/atomic: swap of nil value into Value
Value CAS new nil panic sync/atomic: compare and swap of nil value into Value
Value CAS old/new types panic sync/atomic: compare and swap of inconsistently typed values
Value CAS empty nil->1 true 1
Value Store 2 2
Value Swap 3 2 3
Value CAS 3->4 true 4
Value CAS 3->5 false 4
Value CAS nil->5 false 4
Value Store string panic sync/atomic: store of inconsistently typed value into Value
Value Swap string panic sync/atomic: swap of inconsistently typed value into Value
Value CAS nil->string panic sync/atomic: compare and swap of inconsistently typed value into Value
Value Swap empty <nil> 7
AddInt32 nil panic runtime error: invalid memory address or nil pointer dereference
Int64.Load nil panic runtime error: invalid memory address or nil pointer dereference
Value.Load nil panic runtime error: invalid memory address or nil pointer dereference
";

/// Type words (type index + 1) standing for `int` and `string` in the
/// interface values given to atomic.Value.
const INT: u64 = 3;
const STRING: u64 = 7;

const MAX_I32: u64 = i32::MAX as i64 as u64;
const MIN_I32: u64 = i32::MIN as i64 as u64;
const MAX_U32: u64 = u32::MAX as u64;

struct Env {
    heap: Heap,
    str_layout: LayoutId,
    /// An interface's layout (payload at 1 a reference), for Values.
    iface_layout: LayoutId,
}

impl Env {
    fn new() -> Env {
        let heap = Heap::new();
        let str_layout = heap.layout(Layout {
            words: 2,
            refs: vec![0],
        });
        let iface_layout = heap.layout(Layout {
            words: 2,
            refs: vec![1],
        });
        Env {
            heap,
            str_layout,
            iface_layout,
        }
    }

    /// Calls native `name` as `Op::CallNative` does.
    fn call(&mut self, name: &str, args: &[u64]) -> Result<Vec<u64>, Fail> {
        let f = lookup(name).unwrap_or_else(|| panic!("no native {name}"));
        let new_error = |_: &Heap, m: &[u8]| -> [u64; 2] {
            panic!("sync/atomic made an error: {}", String::from_utf8_lossy(m))
        };
        let mut ctx = Ctx {
            heap: &mut self.heap,
            str_layout: self.str_layout,
            new_error: &new_error,
            eof: [0, 0],
            well_known: runtime::program::WellKnown::default(),
        };
        let mut out = Vec::new();
        f(&mut ctx, args, &mut out)?;
        Ok(out)
    }

    /// A call returning one slot.
    fn one(&mut self, name: &str, args: &[u64]) -> u64 {
        let r = self.call(name, args).unwrap();
        assert_eq!(r.len(), 1, "{name}");
        r[0]
    }

    /// A call returning nothing.
    fn none(&mut self, name: &str, args: &[u64]) {
        assert_eq!(self.call(name, args).unwrap(), [] as [u64; 0], "{name}");
    }

    /// A new heap word holding `v` (a Go variable whose address is taken).
    fn var(&mut self, v: u64) -> u64 {
        let a = self.heap.alloc_words(SCALAR, 1);
        assert!(self.heap.store(a, 8, v));
        a
    }

    fn get(&self, a: u64) -> u64 {
        self.heap.load(a, 8).unwrap()
    }

    fn set(&self, a: u64, v: u64) {
        assert!(self.heap.store(a, 8, v));
    }

    /// A zero atomic.Value.
    fn value(&mut self) -> u64 {
        self.heap.alloc_words(self.iface_layout, 1)
    }

    /// An interface holding a string (payload: a boxed string header).
    fn string_iface(&mut self, s: &str) -> Iface {
        let box_ = self.heap.alloc_words(self.str_layout, 1);
        let data = self.heap.alloc_str(s.as_bytes().to_vec());
        self.heap.store(box_, 8, data);
        self.heap.store(box_ + 8, 8, s.len() as u64);
        [STRING, box_]
    }
}

fn i(v: u64) -> String {
    (v as i64).to_string()
}

fn b(v: u64) -> &'static str {
    match v {
        0 => "false",
        1 => "true",
        _ => panic!("bool word {v}"),
    }
}

/// An interface holding an int, as fmt prints it.
fn show(v: &[u64]) -> String {
    match v {
        [0, 0] => "<nil>".into(),
        [INT, x] => i(*x),
        _ => panic!("unexpected interface {v:?}"),
    }
}

/// `try(label, f)`: a panic's message, as the Go program's `try` prints it.
fn try_line(out: &mut String, label: &str, r: Result<Vec<u64>, Fail>) {
    match r {
        Err(Fail::Panic(m)) => writeln!(out, "{label} panic {m}").unwrap(),
        other => panic!("{label}: expected a panic, got {other:?}"),
    }
}

#[test]
fn transcript_matches_go() {
    let mut e = Env::new();
    let mut o = String::new();
    macro_rules! line {
        ($($arg:tt)*) => { writeln!(o, $($arg)*).unwrap() };
    }
    let a = "sync/atomic.";
    let n = |s: &str| format!("{a}{s}");

    // 32-bit wraparound.
    let i32p = e.var(MAX_I32);
    let r = e.one(&n("AddInt32"), &[i32p, 1]);
    line!("AddInt32 max+1 {} {}", i(r), i(e.get(i32p)));
    let r = e.one(&n("AddInt32"), &[i32p, -1i64 as u64]);
    line!("AddInt32 min-1 {} {}", i(r), i(e.get(i32p)));
    let r = e.one(&n("AddInt32"), &[i32p, MIN_I32]);
    line!("AddInt32 +min {} {}", i(r), i(e.get(i32p)));
    let u32p = e.var(MAX_U32);
    let r = e.one(&n("AddUint32"), &[u32p, 2]);
    line!("AddUint32 max+2 {} {}", r, e.get(u32p));
    let r = e.one(&n("AddUint32"), &[u32p, !1u32 as u64]);
    line!("AddUint32 -2 {} {}", r, e.get(u32p));
    let i64p = e.var(i64::MAX as u64);
    let r = e.one(&n("AddInt64"), &[i64p, 1]);
    line!("AddInt64 max+1 {} {}", i(r), i(e.get(i64p)));
    let u64p = e.var(0);
    let r = e.one(&n("AddUint64"), &[u64p, !0]);
    line!("AddUint64 0-1 {} {}", r, e.get(u64p));
    let upp = e.var(10);
    let r = e.one(&n("AddUintptr"), &[upp, !10]);
    line!("AddUintptr 10-11 {} {}", r, e.get(upp));

    // And/Or return the old value.
    e.set(i32p, 12);
    let r = e.one(&n("AndInt32"), &[i32p, 10]);
    line!("AndInt32 12&10 {} {}", i(r), i(e.get(i32p)));
    let r = e.one(&n("OrInt32"), &[i32p, 1]);
    line!("OrInt32 8|1 {} {}", i(r), i(e.get(i32p)));
    e.set(i32p, -1i64 as u64);
    let r = e.one(&n("AndInt32"), &[i32p, 15]);
    line!("AndInt32 -1&15 {} {}", i(r), i(e.get(i32p)));
    let r = e.one(&n("OrInt32"), &[i32p, -16i64 as u64]);
    line!("OrInt32 15|-16 {} {}", i(r), i(e.get(i32p)));
    e.set(u32p, 0xF0F0F0F0);
    let r = e.one(&n("OrUint32"), &[u32p, 0x0F0F0F0F]);
    line!("OrUint32 {} {}", r, e.get(u32p));
    let r = e.one(&n("AndUint32"), &[u32p, 0x80000001]);
    line!("AndUint32 {} {}", r, e.get(u32p));
    e.set(i64p, -256i64 as u64);
    let r = e.one(&n("AndInt64"), &[i64p, 0x1FF]);
    line!("AndInt64 {} {}", i(r), i(e.get(i64p)));
    let r = e.one(&n("OrInt64"), &[i64p, i64::MIN as u64]);
    line!("OrInt64 {} {}", i(r), i(e.get(i64p)));
    e.set(u64p, 1 << 63);
    let r = e.one(&n("OrUint64"), &[u64p, 1]);
    line!("OrUint64 {} {}", r, e.get(u64p));
    let r = e.one(&n("AndUint64"), &[u64p, 3]);
    line!("AndUint64 {} {}", r, e.get(u64p));
    e.set(upp, 6);
    let r = e.one(&n("AndUintptr"), &[upp, 3]);
    line!("AndUintptr {} {}", r, e.get(upp));
    let r = e.one(&n("OrUintptr"), &[upp, 8]);
    line!("OrUintptr {} {}", r, e.get(upp));

    // Compare-and-swap, swap, load, store.
    let m5 = -5i64 as u64;
    e.set(i32p, m5);
    let r = e.one(&n("CompareAndSwapInt32"), &[i32p, m5, 7]);
    line!("CASInt32 hit {} {}", b(r), i(e.get(i32p)));
    let r = e.one(&n("CompareAndSwapInt32"), &[i32p, m5, 9]);
    line!("CASInt32 miss {} {}", b(r), i(e.get(i32p)));
    e.set(u32p, MAX_U32);
    let r = e.one(&n("CompareAndSwapUint32"), &[u32p, MAX_U32, 1]);
    line!("CASUint32 hit {} {}", b(r), e.get(u32p));
    let r = e.one(&n("CompareAndSwapUint32"), &[u32p, 2, 3]);
    line!("CASUint32 miss {} {}", b(r), e.get(u32p));
    e.set(i64p, i64::MIN as u64);
    let r = e.one(&n("CompareAndSwapInt64"), &[i64p, i64::MIN as u64, !0]);
    line!("CASInt64 hit {} {}", b(r), i(e.get(i64p)));
    let r = e.one(&n("CompareAndSwapInt64"), &[i64p, 0, 1]);
    line!("CASInt64 miss {} {}", b(r), i(e.get(i64p)));
    e.set(u64p, 5);
    let r = e.one(&n("CompareAndSwapUint64"), &[u64p, 6, 1]);
    line!("CASUint64 miss {} {}", b(r), e.get(u64p));
    e.set(upp, 5);
    let r = e.one(&n("CompareAndSwapUintptr"), &[upp, 5, 0]);
    line!("CASUintptr hit {} {}", b(r), e.get(upp));
    let r = e.one(&n("SwapInt32"), &[i32p, MIN_I32]);
    line!("SwapInt32 {} {}", i(r), i(e.get(i32p)));
    let r = e.one(&n("SwapUint32"), &[u32p, MAX_U32]);
    line!("SwapUint32 {} {}", r, e.get(u32p));
    let r = e.one(&n("SwapInt64"), &[i64p, 42]);
    line!("SwapInt64 {} {}", i(r), i(e.get(i64p)));
    let r = e.one(&n("SwapUint64"), &[u64p, u64::MAX]);
    line!("SwapUint64 {} {}", r, e.get(u64p));
    let r = e.one(&n("SwapUintptr"), &[upp, 77]);
    line!("SwapUintptr {} {}", r, e.get(upp));
    e.none(&n("StoreInt32"), &[i32p, -9i64 as u64]);
    e.none(&n("StoreUint32"), &[u32p, 9]);
    e.none(&n("StoreInt64"), &[i64p, -10i64 as u64]);
    e.none(&n("StoreUint64"), &[u64p, 10]);
    e.none(&n("StoreUintptr"), &[upp, 11]);
    let loads = [
        i(e.one(&n("LoadInt32"), &[i32p])),
        e.one(&n("LoadUint32"), &[u32p]).to_string(),
        i(e.one(&n("LoadInt64"), &[i64p])),
        e.one(&n("LoadUint64"), &[u64p]).to_string(),
        e.one(&n("LoadUintptr"), &[upp]).to_string(),
    ];
    line!("Load {}", loads.join(" "));

    // Typed atomics: receiver = the address of their one word.
    let typed = |e: &mut Env, t: &str, init: Option<u64>, ops: [u64; 7], signed: bool| {
        let x = e.var(0);
        let m = |op: &str| format!("sync/atomic.(*{t}).{op}");
        if let Some(v) = init {
            e.none(&m("Store"), &[x, v]);
        }
        let num = |v: u64| if signed { i(v) } else { v.to_string() };
        let [add, and, or, swap, cas_old, cas_new, cas_new2] = ops;
        let results = [
            num(e.one(&m("Add"), &[x, add])),
            num(e.one(&m("And"), &[x, and])),
            num(e.one(&m("Or"), &[x, or])),
            num(e.one(&m("Swap"), &[x, swap])),
            b(e.one(&m("CompareAndSwap"), &[x, cas_old, cas_new])).into(),
            b(e.one(&m("CompareAndSwap"), &[x, cas_old, cas_new2])).into(),
            num(e.one(&m("Load"), &[x])),
        ];
        format!("{t} {}", results.join(" "))
    };
    let neg = |v: i64| v as u64;
    let s = typed(
        &mut e,
        "Int32",
        Some(MAX_I32),
        [1, neg(-2), 3, neg(-7), neg(-7), 8, 9],
        true,
    );
    line!("{s}");
    let s = typed(
        &mut e,
        "Uint32",
        None,
        [MAX_U32, 0xFF00, 1, 3, 3, 4, 5],
        false,
    );
    line!("{s}");
    let s = typed(
        &mut e,
        "Int64",
        Some(i64::MIN as u64),
        [neg(-1), 0xF0, neg(-1), 6, 6, 7, 8],
        true,
    );
    line!("{s}");
    let s = typed(
        &mut e,
        "Uint64",
        None,
        [u64::MAX, 0xF, 0x30, 2, 2, 1, 0],
        false,
    );
    line!("{s}");
    let s = typed(&mut e, "Uintptr", None, [5, 4, 3, 9, 9, 1, 2], false);
    line!("{s}");
    let tb = e.var(0);
    let bm = |op: &str| format!("sync/atomic.(*Bool).{op}");
    let results = [
        b(e.one(&bm("Load"), &[tb])),
        b(e.one(&bm("Swap"), &[tb, 1])),
        b(e.one(&bm("CompareAndSwap"), &[tb, 0, 1])),
        b(e.one(&bm("CompareAndSwap"), &[tb, 1, 0])),
        b(e.one(&bm("Load"), &[tb])),
    ];
    line!("Bool {}", results.join(" "));
    e.none(&bm("Store"), &[tb, 1]);
    line!("Bool store {}", b(e.one(&bm("Load"), &[tb])));

    // Value.
    let vm = |op: &str| format!("sync/atomic.(*Value).{op}");
    let v = e.value();
    let load = |e: &mut Env, v: u64| show(&e.call(&vm("Load"), &[v]).unwrap());
    line!("Value zero {}", load(&mut e, v));
    let r = e.one(&vm("CompareAndSwap"), &[v, INT, 1, INT, 2]);
    line!("Value CAS empty old!=nil {} {}", b(r), load(&mut e, v));
    let r = e.call(&vm("Store"), &[v, 0, 0]);
    try_line(&mut o, "Value Store nil", r);
    let r = e.call(&vm("Swap"), &[v, 0, 0]);
    try_line(&mut o, "Value Swap nil", r);
    let r = e.call(&vm("CompareAndSwap"), &[v, INT, 1, 0, 0]);
    try_line(&mut o, "Value CAS new nil", r);
    let sa = e.string_iface("a");
    let r = e.call(&vm("CompareAndSwap"), &[v, INT, 1, sa[0], sa[1]]);
    try_line(&mut o, "Value CAS old/new types", r);
    let r = e.one(&vm("CompareAndSwap"), &[v, 0, 0, INT, 1]);
    line!("Value CAS empty nil->1 {} {}", b(r), load(&mut e, v));
    e.none(&vm("Store"), &[v, INT, 2]);
    line!("Value Store 2 {}", load(&mut e, v));
    let r = e.call(&vm("Swap"), &[v, INT, 3]).unwrap();
    line!("Value Swap 3 {} {}", show(&r), load(&mut e, v));
    let r = e.one(&vm("CompareAndSwap"), &[v, INT, 3, INT, 4]);
    line!("Value CAS 3->4 {} {}", b(r), load(&mut e, v));
    let r = e.one(&vm("CompareAndSwap"), &[v, INT, 3, INT, 5]);
    line!("Value CAS 3->5 {} {}", b(r), load(&mut e, v));
    let r = e.one(&vm("CompareAndSwap"), &[v, 0, 0, INT, 5]);
    line!("Value CAS nil->5 {} {}", b(r), load(&mut e, v));
    let ss = e.string_iface("s");
    let r = e.call(&vm("Store"), &[v, ss[0], ss[1]]);
    try_line(&mut o, "Value Store string", r);
    let r = e.call(&vm("Swap"), &[v, ss[0], ss[1]]);
    try_line(&mut o, "Value Swap string", r);
    let r = e.call(&vm("CompareAndSwap"), &[v, 0, 0, ss[0], ss[1]]);
    try_line(&mut o, "Value CAS nil->string", r);
    let ve = e.value();
    let r = e.call(&vm("Swap"), &[ve, INT, 7]).unwrap();
    line!("Value Swap empty {} {}", show(&r), load(&mut e, ve));

    // nil pointers.
    let r = e.call(&n("AddInt32"), &[0, 1]);
    try_line(&mut o, "AddInt32 nil", r);
    let r = e.call("sync/atomic.(*Int64).Load", &[0]);
    try_line(&mut o, "Int64.Load nil", r);
    let r = e.call(&vm("Load"), &[0]);
    try_line(&mut o, "Value.Load nil", r);

    for (k, (got, want)) in o.lines().zip(GO_OUTPUT.lines()).enumerate() {
        assert_eq!(got, want, "line {}", k + 1);
    }
    assert_eq!(o, GO_OUTPUT);
}

/// Every function and method sync_atomic.go declares has a native.
#[test]
fn every_declared_name_has_a_native() {
    let decl = include_str!("../../compiler/stdlib/sync_atomic.go");
    let mut names = Vec::new();
    for l in decl.lines() {
        let Some(rest) = l.strip_prefix("func ") else {
            continue;
        };
        let name = if let Some(m) = rest.strip_prefix('(') {
            // "(x *Int32) Add(delta int32) ..."
            let (recv, after) = m.split_once(") ").unwrap();
            let ty = recv.split_once(" *").unwrap().1;
            // Pointer[T]'s methods are named without the type parameter.
            let ty = ty.split('[').next().unwrap();
            let method = after.split_once('(').unwrap().0;
            format!("sync/atomic.(*{ty}).{method}")
        } else {
            format!("sync/atomic.{}", rest.split_once('(').unwrap().0)
        };
        names.push(name);
    }
    assert_eq!(names.len(), 35 + 5 * 7 + 4 + 4 + 4, "{names:?}");
    let missing: Vec<_> = names.iter().filter(|n| lookup(n).is_none()).collect();
    assert!(missing.is_empty(), "no native for {missing:?}");
    assert_eq!(na::NATIVES.len(), names.len());
}

/// The words themselves keep the interpreter's convention: int32
/// sign-extended, uint32 zero-extended, even when the operand slots are not.
#[test]
fn words_stay_canonical() {
    let mut e = Env::new();
    let p = e.var(MAX_I32);
    e.one("sync/atomic.AddInt32", &[p, 1]);
    assert_eq!(e.get(p), 0xFFFF_FFFF_8000_0000);
    e.one("sync/atomic.AddInt32", &[p, MIN_I32]);
    assert_eq!(e.get(p), 0);
    // A delta of 2^32 + 1 is 1 as an int32.
    e.one("sync/atomic.AddInt32", &[p, (1 << 32) + 1]);
    assert_eq!(e.get(p), 1);
    e.none("sync/atomic.StoreInt32", &[p, 0x0000_0000_FFFF_FFFF]);
    assert_eq!(e.get(p), u64::MAX);
    e.one("sync/atomic.AndInt32", &[p, 0x7FFF_FFFF]);
    assert_eq!(e.get(p), 0x7FFF_FFFF);
    e.one("sync/atomic.OrInt32", &[p, 0x8000_0000]);
    assert_eq!(e.get(p), u64::MAX);

    let q = e.var(MAX_U32);
    e.one("sync/atomic.AddUint32", &[q, 1]);
    assert_eq!(e.get(q), 0);
    e.one("sync/atomic.AddUint32", &[q, u64::MAX]);
    assert_eq!(e.get(q), MAX_U32);
    e.one("sync/atomic.SwapUint32", &[q, u64::MAX]);
    assert_eq!(e.get(q), MAX_U32);
    // CAS compares the int32 values, not the operand slots' high bits.
    let r = e.one("sync/atomic.CompareAndSwapInt32", &[p, MAX_U32, 5]);
    assert_eq!((r, e.get(p)), (1, 5));

    let t = e.var(0);
    e.none("sync/atomic.(*Bool).Store", &[t, 1]);
    assert_eq!(e.get(t), 1);
}

#[test]
fn every_native_reports_a_nil_receiver() {
    let mut e = Env::new();
    for &(name, _) in na::NATIVES {
        // Non-nil operands: a nil Value operand panics before the receiver
        // is dereferenced, as in Go.
        let args = [0, INT, 1, INT, 1];
        assert_eq!(
            e.call(name, &args),
            Err(Fail::Panic(NIL_DEREF.into())),
            "{name}"
        );
    }
    // An address that is not a word (a string's bytes) is treated alike.
    let s = e.heap.alloc_str(b"abcdefgh".to_vec());
    assert_eq!(
        e.call("sync/atomic.LoadInt64", &[s]),
        Err(Fail::Panic(NIL_DEREF.into()))
    );
}

/// Value's payload may be a boxed value (a string): Swap hands back the
/// old box. CompareAndSwap's registered native compares payload words
/// (identity; see `natives::atomic::identical`), the core function takes
/// Go's `==` from the interpreter.
#[test]
fn value_with_boxed_payloads() {
    let mut e = Env::new();
    let v = e.value();
    let a = e.string_iface("a");
    let a2 = e.string_iface("a");
    let bb = e.string_iface("b");
    e.none("sync/atomic.(*Value).Store", &[v, a[0], a[1]]);
    assert_eq!(e.call("sync/atomic.(*Value).Load", &[v]).unwrap(), a);
    let old = e
        .call("sync/atomic.(*Value).Swap", &[v, a2[0], a2[1]])
        .unwrap();
    assert_eq!(old, a);
    // Identity: `a` is no longer the stored box.
    let r = e.one(
        "sync/atomic.(*Value).CompareAndSwap",
        &[v, a[0], a[1], bb[0], bb[1]],
    );
    assert_eq!(r, 0);
    // With Go's == on strings the same CompareAndSwap succeeds.
    let mut string_eq = |h: &Heap, x: Iface, y: Iface| -> Result<bool, String> {
        if x[0] != y[0] {
            return Ok(false);
        }
        let s = |p: u64| {
            let (d, n) = (h.load(p, 8).unwrap(), h.load(p + 8, 8).unwrap());
            h.str_bytes(d, n).to_vec()
        };
        Ok(s(x[1]) == s(y[1]))
    };
    assert_eq!(
        na::value_compare_and_swap(&e.heap, v, a, bb, &mut string_eq),
        Ok(true)
    );
    assert_eq!(na::value_load(&e.heap, v), Ok(bb));
    // An uncomparable dynamic type panics as Go's comparison does.
    let mut uncomparable = |_: &Heap, _: Iface, _: Iface| Err("[]int".to_string());
    assert_eq!(
        na::value_compare_and_swap(&e.heap, v, bb, a, &mut uncomparable),
        Err(Fail::Panic(
            "runtime error: comparing uncomparable type []int".into()
        ))
    );
}

#[test]
fn heap_is_shared_across_threads() {
    fn is_sync<T: Sync>() {}
    is_sync::<Heap>();
}

/// Several threads add to one word through the natives' core (a `Ctx`
/// holds the heap by `&mut`, so the `NativeFn`s themselves cannot be
/// called from several threads at once; they are thin wrappers of these).
#[test]
fn concurrent_adds_and_cas_loops() {
    let mut e = Env::new();
    let c64 = e.var(0);
    let c32 = e.var(MAX_I32 - 1000);
    let cas = e.var(0);
    let flag = e.var(0);
    const THREADS: u64 = 8;
    const N: u64 = 20_000;
    let heap = &e.heap;
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(move || {
                for _ in 0..N {
                    na::add(heap, c64, na::W64, 1).unwrap();
                    na::add(heap, c32, na::I32, 1).unwrap();
                    // A CAS loop: load, increment, retry on interference.
                    loop {
                        let cur = na::load(heap, cas, na::W64).unwrap();
                        if na::compare_and_swap(heap, cas, na::W64, cur, cur + 1).unwrap() {
                            break;
                        }
                    }
                    na::or(heap, flag, na::U32, 1).unwrap();
                }
            });
        }
    });
    assert_eq!(e.get(c64), THREADS * N);
    let want32 = (i32::MAX - 1000).wrapping_add((THREADS * N) as i32);
    assert_eq!(e.get(c32), want32 as i64 as u64);
    assert_eq!(e.get(cas), THREADS * N);
    assert_eq!(e.get(flag), 1);
    // And once more through the native, sequentially.
    assert_eq!(e.one("sync/atomic.AddInt64", &[c64, 1]), THREADS * N + 1);
}

/// Racing first stores into an empty Value, and readers: a reader sees
/// nil or one of the stored values, never a type word without its payload.
#[test]
fn concurrent_value_stores_and_loads() {
    let mut e = Env::new();
    let v = e.value();
    let counter = e.value();
    let heap = &e.heap;
    std::thread::scope(|s| {
        for t in 0..4u64 {
            s.spawn(move || {
                for k in 0..5_000u64 {
                    na::value_store(heap, v, [INT, 1 + t * 10_000 + k]).unwrap();
                }
            });
            s.spawn(move || {
                for _ in 0..5_000 {
                    let [typ, data] = na::value_load(heap, v).unwrap();
                    assert!(
                        (typ, data) == (0, 0) || (typ == INT && (1..40_000).contains(&data)),
                        "torn Value: {typ} {data}"
                    );
                }
            });
            // A counter in a Value, incremented by CAS (ints: identity is ==).
            s.spawn(move || {
                for _ in 0..2_000 {
                    loop {
                        let cur = na::value_load(heap, counter).unwrap();
                        let next = if cur[0] == 0 { 1 } else { cur[1] + 1 };
                        let swapped = na::value_compare_and_swap(
                            heap,
                            counter,
                            cur,
                            [INT, next],
                            &mut na::identical,
                        )
                        .unwrap();
                        if swapped {
                            break;
                        }
                    }
                }
            });
        }
    });
    let [typ, data] = na::value_load(&e.heap, v).unwrap();
    assert_eq!(typ, INT);
    assert!((1..40_000).contains(&data));
    assert_eq!(na::value_load(&e.heap, counter), Ok([INT, 8_000]));
}
