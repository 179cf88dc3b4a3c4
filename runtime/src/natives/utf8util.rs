//! Helpers the natives share: UTF-8 decoding and encoding exactly as Go's
//! `unicode/utf8` does it (Go strings are arbitrary bytes: an invalid byte
//! decodes as U+FFFD of width 1), reading arguments (`Args`), the `[]byte`
//! value model, and the test harness that calls natives by name through a
//! real `Ctx`.

use super::{Ctx, Fail};

/// A rune: Go's `int32`, which may hold any value, valid or not.
pub type Rune = i32;

pub const RUNE_ERROR: Rune = 0xFFFD;
pub const RUNE_SELF: u8 = 0x80;
pub const MAX_RUNE: Rune = 0x10FFFF;
pub const UTF_MAX: usize = 4;

/// The length of the sequence that a leading byte announces (1 for ASCII
/// and for bytes that cannot start a sequence), and the accepted range of
/// the second byte (Go's `first` and `acceptRanges` tables).
fn lead(b: u8) -> (usize, u8, u8) {
    match b {
        0x00..=0x7F => (1, 0, 0),
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => (1, 0, 0),
    }
}

fn is_cont(b: u8) -> bool {
    (0x80..=0xBF).contains(&b)
}

/// Go's `utf8.DecodeRune`: the first rune of `s` and its width;
/// `(RUNE_ERROR, 1)` for an invalid sequence, `(RUNE_ERROR, 0)` when empty.
pub fn decode(s: &[u8]) -> (Rune, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < RUNE_SELF {
        return (b0 as Rune, 1);
    }
    let (size, lo, hi) = lead(b0);
    if size == 1 || s.len() < size || !(lo..=hi).contains(&s[1]) {
        return (RUNE_ERROR, 1);
    }
    if size > 2 && !is_cont(s[2]) || size > 3 && !is_cont(s[3]) {
        return (RUNE_ERROR, 1);
    }
    let mut r = (b0 as Rune) & (0x7F >> size);
    for &b in &s[1..size] {
        r = r << 6 | (b & 0x3F) as Rune;
    }
    (r, size)
}

/// Go's `utf8.DecodeLastRune`.
pub fn decode_last(s: &[u8]) -> (Rune, usize) {
    let end = s.len();
    let Some(&last) = s.last() else {
        return (RUNE_ERROR, 0);
    };
    if last < RUNE_SELF {
        return (last as Rune, 1);
    }
    let lim = end.saturating_sub(UTF_MAX);
    let mut start = end - 1;
    while start > lim {
        start -= 1;
        if rune_start(s[start]) {
            break;
        }
    }
    let (r, size) = decode(&s[start..]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `utf8.RuneStart`.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Go's `utf8.FullRune`.
pub fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else {
        return false;
    };
    let (size, lo, hi) = lead(b0);
    let n = s.len();
    n >= size || n > 1 && !(lo..=hi).contains(&s[1]) || n > 2 && !is_cont(s[2])
}

/// Go's `utf8.RuneLen`: -1 for a rune that cannot be encoded.
pub fn rune_len(r: Rune) -> i64 {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// Go's `utf8.ValidRune`.
pub fn valid_rune(r: Rune) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Go's `utf8.AppendRune`: an invalid rune is written as U+FFFD.
pub fn encode(out: &mut Vec<u8>, r: Rune) {
    let r = if valid_rune(r) {
        r as u32
    } else {
        RUNE_ERROR as u32
    };
    match r {
        0..=0x7F => out.push(r as u8),
        0x80..=0x7FF => out.extend([0xC0 | (r >> 6) as u8, 0x80 | (r & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend([
            0xE0 | (r >> 12) as u8,
            0x80 | (r >> 6 & 0x3F) as u8,
            0x80 | (r & 0x3F) as u8,
        ]),
        _ => out.extend([
            0xF0 | (r >> 18) as u8,
            0x80 | (r >> 12 & 0x3F) as u8,
            0x80 | (r >> 6 & 0x3F) as u8,
            0x80 | (r & 0x3F) as u8,
        ]),
    }
}

/// The UTF-8 encoding of `r` (U+FFFD's for an invalid rune), as Go's
/// `string(r)` makes it.
pub fn encoded(r: Rune) -> Vec<u8> {
    let mut v = Vec::with_capacity(4);
    encode(&mut v, r);
    v
}

/// The runes of `s` with their byte offsets and widths, as Go's
/// `for i, r := range s` sees them.
pub fn runes(s: &[u8]) -> impl Iterator<Item = (usize, Rune, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, n) = decode(&s[i..]);
        let at = i;
        i += n;
        Some((at, r, n))
    })
}

/// Go's `utf8.Valid`.
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

/// Go's `utf8.RuneCount`.
pub fn rune_count(s: &[u8]) -> usize {
    runes(s).count()
}

/// Go's panic for `s[i]` out of range.
pub fn index_panic(i: usize, len: usize) -> Fail {
    Fail::Panic(format!(
        "runtime error: index out of range [{i}] with length {len}"
    ))
}

/// Reads a native's arguments in parameter order.
pub struct Args<'a> {
    slots: &'a [u64],
}

impl<'a> Args<'a> {
    pub fn new(slots: &'a [u64]) -> Args<'a> {
        Args { slots }
    }

    fn take<const N: usize>(&mut self) -> [u64; N] {
        let (head, rest) = self.slots.split_at(N);
        self.slots = rest;
        head.try_into().unwrap()
    }

    pub fn word(&mut self) -> u64 {
        self.take::<1>()[0]
    }

    /// Any signed integer (sign-extended to 64 bits).
    pub fn int(&mut self) -> i64 {
        self.word() as i64
    }

    pub fn rune(&mut self) -> Rune {
        self.word() as Rune
    }

    pub fn float(&mut self) -> f64 {
        f64::from_bits(self.word())
    }

    pub fn bool(&mut self) -> bool {
        self.word() != 0
    }

    pub fn str(&mut self, ctx: &Ctx) -> Vec<u8> {
        let [a, n] = self.take();
        ctx.str(a, n)
    }

    pub fn strs(&mut self, ctx: &Ctx) -> Vec<Vec<u8>> {
        let [a, n, _] = self.take();
        ctx.str_slice(a, n)
    }

    /// A slice's `(addr, len, cap)`.
    pub fn slice(&mut self) -> [u64; 3] {
        self.take()
    }

    pub fn bytes(&mut self, ctx: &Ctx) -> Vec<u8> {
        let [a, n, _] = self.take();
        byte_slice(ctx, a, n)
    }
}

// The `[]byte` value model: (address, len, cap), one word per element.
// Every native reads and builds byte slices through these helpers, so a
// change of representation is made here only.

/// The bytes of the `[]byte` in slots `(addr, len, cap)`.
pub fn byte_slice(ctx: &Ctx, addr: u64, len: u64) -> Vec<u8> {
    ctx.words(addr, len).into_iter().map(|w| w as u8).collect()
}

/// Pushes the three slots of a new `[]byte`.
pub fn push_byte_slice(ctx: &mut Ctx, out: &mut Vec<u64>, bytes: &[u8]) {
    let words: Vec<u64> = bytes.iter().map(|&b| b as u64).collect();
    ctx.push_words(out, &words);
}

/// Stores byte `i` of the `[]byte` whose data is at `addr`.
pub fn store_byte(ctx: &Ctx, addr: u64, i: usize, b: u8) {
    ctx.heap.store(addr + 8 * i as u64, 8, b as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sequence over interesting bytes decodes as Go's decoder does:
    /// a valid UTF-8 prefix (std's validity agrees with Go's: no
    /// surrogates, no overlongs, nothing past U+10FFFF) is one rune, any
    /// other leading non-ASCII byte is U+FFFD of width 1.
    #[test]
    fn decode_like_go() {
        let bytes = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF,
        ];
        for &a in &bytes {
            for &b in &bytes {
                for &c in &bytes {
                    for &d in &[0x80u8, 0xBF, 0x41] {
                        let s = [a, b, c, d];
                        let want = (1..=4)
                            .find_map(|k| {
                                let t = std::str::from_utf8(&s[..k]).ok()?;
                                Some((t.chars().next().unwrap() as Rune, k))
                            })
                            .unwrap_or((RUNE_ERROR, 1));
                        assert_eq!(decode(&s), want, "{s:x?}");
                        assert!(full_rune(&s));
                    }
                }
            }
        }
        assert_eq!(decode(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_last(b""), (RUNE_ERROR, 0));
    }
}

#[cfg(test)]
pub mod harness {
    //! Calls natives by name with Rust-level arguments and renders their
    //! results as the Go programs in /tmp/natives-check print them (strings
    //! `%q`-quoted, floats as `%v`, errors as `E"msg"` or `nil`), so that
    //! expected values are go-oracle's output pasted verbatim.

    use super::super::{lookup, Ctx, Fail};
    use crate::heap::{Heap, Layout, LayoutId, Object};

    /// An argument.
    #[derive(Debug, Clone, Copy)]
    pub enum A {
        /// string
        S(&'static [u8]),
        /// any signed integer (a rune, an int...)
        I(i64),
        /// any unsigned integer (a byte, a uint64...)
        U(u64),
        /// float64, or a float32's value
        F(f64),
        /// bool
        B(bool),
        /// []string
        SS(&'static [&'static [u8]]),
        /// []byte
        BY(&'static [u8]),
    }

    pub struct Harness {
        heap: Heap,
        str_layout: LayoutId,
        failures: Vec<String>,
        cases: usize,
    }

    fn new_error(h: &Heap, msg: &[u8]) -> [u64; 2] {
        [1, h.alloc_str(msg.to_vec())]
    }

    impl Default for Harness {
        fn default() -> Harness {
            Harness::new()
        }
    }

    impl Harness {
        pub fn new() -> Harness {
            let heap = Heap::new();
            let str_layout = heap.layout(Layout {
                words: 2,
                refs: vec![0],
            });
            Harness {
                heap,
                str_layout,
                failures: vec![],
                cases: 0,
            }
        }

        /// Runs `native` on `args` with `f`, giving the result slots.
        pub fn with_ctx<R>(&mut self, f: impl FnOnce(&mut Ctx) -> R) -> R {
            let mut ctx = Ctx {
                heap: &mut self.heap,
                str_layout: self.str_layout,
                new_error: &new_error,
                eof: [0, 0],
                well_known: crate::program::WellKnown::default(),
            };
            f(&mut ctx)
        }

        /// The slots of `args`.
        pub fn slots(&mut self, args: &[A]) -> Vec<u64> {
            let mut slots = vec![];
            self.with_ctx(|ctx| {
                for a in args {
                    match *a {
                        A::S(s) => ctx.push_str(&mut slots, s.to_vec()),
                        A::I(i) => slots.push(i as u64),
                        A::U(u) => slots.push(u),
                        A::F(f) => slots.push(f.to_bits()),
                        A::B(b) => slots.push(b as u64),
                        A::SS(v) => {
                            ctx.push_str_slice(&mut slots, v.iter().map(|s| s.to_vec()).collect())
                        }
                        A::BY(b) => super::push_byte_slice(ctx, &mut slots, b),
                    }
                }
            });
            slots
        }

        /// Calls native `name`: its result slots, or its panic message.
        pub fn call(&mut self, name: &str, args: &[A]) -> Result<Vec<u64>, String> {
            let f = lookup(name).unwrap_or_else(|| panic!("no native {name}"));
            let slots = self.slots(args);
            let mut out = vec![];
            match self.with_ctx(|ctx| f(ctx, &slots, &mut out)) {
                Ok(()) => Ok(out),
                Err(Fail::Panic(m)) => Err(m),
                Err(other) => Err(format!("{other:?}")),
            }
        }

        pub fn str(&self, addr: u64, len: u64) -> Vec<u8> {
            self.heap.str_bytes(addr, len).to_vec()
        }

        /// Renders result slots by `spec`, one letter a result: `s` string,
        /// `i` signed, `u` unsigned, `f` float64, `g` float32, `b` bool,
        /// `e` error, `S` []string, `B` []byte.
        pub fn render(&mut self, spec: &str, slots: &[u64]) -> String {
            let q = |s: &[u8]| {
                String::from_utf8(crate::natives::strconv::quote(s, false, false)).unwrap()
            };
            let mut parts = vec![];
            let mut i = 0;
            for k in spec.chars() {
                let w = slots[i];
                let (text, n) = match k {
                    's' => (q(&self.str(w, slots[i + 1])), 2),
                    'i' => ((w as i64).to_string(), 1),
                    'u' => (w.to_string(), 1),
                    'f' => (
                        crate::natives::strconv::format_shortest(f64::from_bits(w), 64),
                        1,
                    ),
                    'g' => (
                        crate::natives::strconv::format_shortest(f64::from_bits(w), 32),
                        1,
                    ),
                    'b' => (
                        match w {
                            0 => "false".to_string(),
                            1 => "true".to_string(),
                            _ => format!("bad bool {w}"),
                        },
                        1,
                    ),
                    'e' => (
                        match w {
                            0 => "nil".to_string(),
                            _ => {
                                let p = slots[i + 1];
                                let msg = match self.heap.object(p) {
                                    Some(Object::Str(b)) => b.to_vec(),
                                    _ => vec![],
                                };
                                format!("E{}", q(&msg))
                            }
                        },
                        2,
                    ),
                    'S' | 'B' if w == 0 => ("nil".to_string(), 3),
                    'S' => {
                        let ctx_strs: Vec<String> = (0..slots[i + 1])
                            .map(|j| {
                                let a = self.heap.load(w + 16 * j, 8).unwrap_or(0);
                                let l = self.heap.load(w + 16 * j + 8, 8).unwrap_or(0);
                                q(&self.str(a, l))
                            })
                            .collect();
                        (format!("[{}]", ctx_strs.join(",")), 3)
                    }
                    'B' => {
                        let len = slots[i + 1];
                        let b = self.with_ctx(|ctx| super::byte_slice(ctx, w, len));
                        (format!("b{}", q(&b)), 3)
                    }
                    _ => panic!("bad spec {spec}"),
                };
                parts.push(text);
                i += n;
            }
            assert_eq!(
                i,
                slots.len(),
                "spec {spec} does not cover the {} result slots",
                slots.len()
            );
            parts.join(" ")
        }

        /// One case: calls `name` and compares the rendered results (or
        /// `panic: msg`) with `want`. Failures are collected for `finish`.
        pub fn c(&mut self, name: &str, args: &[A], spec: &str, want: &str) {
            self.cases += 1;
            let got = match self.call(name, args) {
                Ok(out) => self.render(spec, &out),
                Err(m) => format!("panic: {m}"),
            };
            if got != want {
                self.failures
                    .push(format!("{name}{args:?}\n   got: {got}\n  want: {want}"));
            }
        }

        /// Panics listing every failed case.
        pub fn finish(self) {
            assert!(
                self.failures.is_empty(),
                "{} of {} cases failed:\n{}",
                self.failures.len(),
                self.cases,
                self.failures.join("\n")
            );
        }
    }
}
