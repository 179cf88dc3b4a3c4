//! Natives of package strings, following Go's sources (Go 1.27.3) for
//! every observable detail: invalid UTF-8 decodes as U+FFFD of width 1 (and
//! a mapping such as `ToUpper` writes it back as U+FFFD), `Fields` splits
//! at Unicode white space, `EqualFold` uses simple folding, a nil result
//! stays nil (`SplitN(s, sep, 0)`).
//!
//! Results that are substrings of an argument share its bytes, as in Go:
//! a string's address may point inside a string object (heap.rs).
//!
//! Not here: the functions taking a func (`Map`, `IndexFunc`, `TrimFunc`,
//! `FieldsFunc`...), which call back into Go code, and the `Builder` type
//! (`builtin_pkgs.rs`).
//!
//! `*Reader` and `*Replacer` values are handles (never heap addresses: the
//! types are opaque): `READER_BASE` + index into `READERS`, and index + 1
//! into `REPLACERS`.

use super::unicode;
use super::utf8util::{self as utf8, Args, Rune};
use super::{Ctx, Fail, NativeFn};
use std::sync::Mutex;

/// A string argument: its slots and its bytes.
struct Str {
    addr: u64,
    bytes: Vec<u8>,
}

impl Str {
    fn arg(ctx: &Ctx, a: &mut Args) -> Str {
        let [addr, len] = [a.word(), a.word()];
        Str {
            addr,
            bytes: ctx.str(addr, len),
        }
    }

    /// The slots of `self[start..end]`, sharing the bytes.
    fn sub(&self, start: usize, end: usize) -> [u64; 2] {
        if start == end {
            [0, 0]
        } else {
            [self.addr + start as u64, (end - start) as u64]
        }
    }

    fn len(&self) -> usize {
        self.bytes.len()
    }
}

/// Pushes a `[]string` of substrings of `s`.
fn push_subs(ctx: &mut Ctx, out: &mut Vec<u64>, s: &Str, ranges: &[(usize, usize)]) {
    let arr = ctx.heap.alloc_words(ctx.str_layout, ranges.len());
    for (i, &(start, end)) in ranges.iter().enumerate() {
        let [a, n] = s.sub(start, end);
        ctx.heap.store(arr + 16 * i as u64, 8, a);
        ctx.heap.store(arr + 16 * i as u64 + 8, 8, n);
    }
    out.extend([arr, ranges.len() as u64, ranges.len() as u64]);
}

// ---------------------------------------------------------------- searching

/// The first index of `needle` in `hay` (Go's `Index`).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        i += hay[i..=last_start].iter().position(|&b| b == first)?;
        if hay[i + 1..i + needle.len()] == *rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index of `needle` in `hay` (Go's `LastIndex`).
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

/// Go's `IndexRune`: U+FFFD also finds invalid bytes; an invalid rune is
/// never found.
fn index_rune(s: &[u8], r: Rune) -> Option<usize> {
    match r {
        0..=0x7F => s.iter().position(|&b| b == r as u8),
        utf8::RUNE_ERROR => utf8::runes(s)
            .find(|&(_, c, _)| c == utf8::RUNE_ERROR)
            .map(|(i, _, _)| i),
        _ if !utf8::valid_rune(r) => None,
        _ => find(s, &utf8::encoded(r)),
    }
}

fn contains_rune(s: &[u8], r: Rune) -> bool {
    index_rune(s, r).is_some()
}

/// Go's `IndexAny`.
fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if let [c] = chars {
        // One byte: itself, or U+FFFD for a lone non-ASCII byte.
        let r = if *c < utf8::RUNE_SELF {
            *c as Rune
        } else {
            utf8::RUNE_ERROR
        };
        return index_rune(s, r);
    }
    utf8::runes(s)
        .find(|&(_, r, _)| contains_rune(chars, r))
        .map(|(i, _, _)| i)
}

/// Runes of `s` from the end, as `DecodeLastRuneInString` reads them: each
/// with its start.
fn runes_rev(s: &[u8]) -> impl Iterator<Item = (usize, Rune)> + '_ {
    let mut end = s.len();
    std::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        let (r, n) = utf8::decode_last(&s[..end]);
        end -= n;
        Some((end, r))
    })
}

/// Go's `LastIndexAny`.
fn last_index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if let [c] = s {
        let r = if *c < utf8::RUNE_SELF {
            *c as Rune
        } else {
            utf8::RUNE_ERROR
        };
        return contains_rune(chars, r).then_some(0);
    }
    if let [c] = chars {
        let rc = if *c < utf8::RUNE_SELF {
            *c as Rune
        } else {
            utf8::RUNE_ERROR
        };
        return runes_rev(s).find(|&(_, r)| r == rc).map(|(i, _)| i);
    }
    runes_rev(s)
        .find(|&(_, r)| contains_rune(chars, r))
        .map(|(i, _)| i)
}

/// Go's `Count`.
fn count(s: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return utf8::rune_count(s) + 1;
    }
    let (mut n, mut rest) = (0, s);
    while let Some(i) = find(rest, sub) {
        n += 1;
        rest = &rest[i + sub.len()..];
    }
    n
}

// ---------------------------------------------------------------- splitting

/// Go's `genSplit`: the ranges of the parts, or `None` for a nil result.
fn split(s: &[u8], sep: &[u8], keep_sep: bool, n: i64) -> Option<Vec<(usize, usize)>> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        // explode: one part per rune (per invalid byte), the last taking
        // the rest.
        let runes: Vec<(usize, Rune, usize)> = utf8::runes(s).collect();
        let n = if n < 0 || n as usize > runes.len() {
            runes.len()
        } else {
            n as usize
        };
        let mut parts: Vec<(usize, usize)> =
            runes[..n].iter().map(|&(i, _, w)| (i, i + w)).collect();
        if let Some(last) = parts.last_mut() {
            last.1 = s.len();
        }
        return Some(parts);
    }
    let n = if n < 0 { count(s, sep) + 1 } else { n as usize }.min(s.len() + 1);
    let mut parts = vec![];
    let mut start = 0;
    while parts.len() + 1 < n {
        let Some(m) = find(&s[start..], sep) else {
            break;
        };
        let end = start + m + if keep_sep { sep.len() } else { 0 };
        parts.push((start, end));
        start += m + sep.len();
    }
    parts.push((start, s.len()));
    Some(parts)
}

/// Go's `Fields`: the ranges of the runs of non-space runes.
fn fields(s: &[u8]) -> Vec<(usize, usize)> {
    let mut parts = vec![];
    let mut start = None;
    for (i, r, _) in utf8::runes(s) {
        match (unicode::is_space(r), start) {
            (true, Some(st)) => {
                parts.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        parts.push((st, s.len()));
    }
    parts
}

// ---------------------------------------------------------------- mapping

/// Go's `Map` with a rune mapping: every rune mapped and re-encoded (an
/// invalid byte becomes U+FFFD, as in Go, where any change rewrites all).
fn map_runes(s: &[u8], mut f: impl FnMut(Rune) -> Rune) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in utf8::runes(s) {
        utf8::encode(&mut out, f(r));
    }
    out
}

/// Go's `isSeparator` (of `Title`).
fn is_separator(r: Rune) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if unicode::is_letter(r) || unicode::is_digit(r) {
        return false;
    }
    unicode::is_space(r)
}

fn title(s: &[u8]) -> Vec<u8> {
    let mut prev = ' ' as Rune;
    map_runes(s, |r| {
        let sep = is_separator(prev);
        prev = r;
        if sep {
            unicode::to_title(r)
        } else {
            r
        }
    })
}

/// Go's `ToValidUTF8`: each run of invalid bytes replaced once.
fn to_valid_utf8(s: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    for (i, r, n) in utf8::runes(s) {
        if r == utf8::RUNE_ERROR && n == 1 {
            if !invalid {
                out.extend_from_slice(replacement);
            }
            invalid = true;
        } else {
            out.extend_from_slice(&s[i..i + n]);
            invalid = false;
        }
    }
    out
}

/// Go's `EqualFold`.
fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let fold_eq = |a: Rune, b: Rune| {
        if a == b {
            return true;
        }
        let (sr, tr) = if a < b { (a, b) } else { (b, a) };
        if tr < 0x80 {
            return (b'A' as Rune..=b'Z' as Rune).contains(&sr) && tr == sr + 32;
        }
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        r == tr
    };
    let mut ti = utf8::runes(t);
    for (_, sr, _) in utf8::runes(s) {
        match ti.next() {
            Some((_, tr, _)) if fold_eq(sr, tr) => {}
            _ => return false,
        }
    }
    ti.next().is_none()
}

/// Trims the leading runes that `cut` accepts: the start left.
fn trim_left_at(s: &[u8], cut: impl Fn(Rune) -> bool) -> usize {
    utf8::runes(s)
        .find(|&(_, r, _)| !cut(r))
        .map_or(s.len(), |(i, _, _)| i)
}

/// Trims the trailing runes (read from the end) that `cut` accepts: the
/// end left.
fn trim_right_at(s: &[u8], cut: impl Fn(Rune) -> bool) -> usize {
    let mut end = s.len();
    while end > 0 {
        let (r, n) = utf8::decode_last(&s[..end]);
        if !cut(r) {
            break;
        }
        end -= n;
    }
    end
}

/// Go's `Repeat`.
fn repeat(s: &[u8], count: i64) -> Result<Vec<u8>, Fail> {
    if count < 0 {
        return Err(Fail::Panic("strings: negative Repeat count".into()));
    }
    let n = (s.len() as u64)
        .checked_mul(count as u64)
        .filter(|&n| n <= i64::MAX as u64);
    let Some(n) = n else {
        return Err(Fail::Panic("strings: Repeat output length overflow".into()));
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(n as usize).is_err() {
        return Err(Fail::Panic("runtime: out of memory".into()));
    }
    for _ in 0..count {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// Go's `Replace`.
fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<Vec<u8>> {
    if old == new || n == 0 {
        return None;
    }
    let m = count(s, old);
    if m == 0 {
        return None;
    }
    let n = if n < 0 || (m as i64) < n {
        m
    } else {
        n as usize
    };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    if !old.is_empty() {
        for _ in 0..n {
            let j = start + find(&s[start..], old).unwrap();
            out.extend_from_slice(&s[start..j]);
            out.extend_from_slice(new);
            start = j + old.len();
        }
    } else {
        out.extend_from_slice(new);
        for _ in 1..n {
            let (_, w) = utf8::decode(&s[start..]);
            out.extend_from_slice(&s[start..start + w]);
            out.extend_from_slice(new);
            start += w;
        }
    }
    out.extend_from_slice(&s[start..]);
    Some(out)
}

// ---------------------------------------------------------------- natives

/// A native of two string arguments.
fn two(ctx: &Ctx, args: &[u64]) -> (Str, Str) {
    let mut a = Args::new(args);
    let s = Str::arg(ctx, &mut a);
    (s, Str::arg(ctx, &mut a))
}

fn push_index(out: &mut Vec<u64>, i: Option<usize>) -> Result<(), Fail> {
    out.push(i.map_or(-1, |i| i as i64) as u64);
    Ok(())
}

fn push_bool(out: &mut Vec<u64>, b: bool) -> Result<(), Fail> {
    out.push(b as u64);
    Ok(())
}

fn push_new(ctx: &mut Ctx, out: &mut Vec<u64>, s: Vec<u8>) -> Result<(), Fail> {
    ctx.push_str(out, s);
    Ok(())
}

/// Pushes `s[start..end]`.
fn push_sub(out: &mut Vec<u64>, s: &Str, start: usize, end: usize) -> Result<(), Fail> {
    out.extend(s.sub(start, end));
    Ok(())
}

/// A native mapping a string's runes.
fn mapped(
    ctx: &mut Ctx,
    args: &[u64],
    out: &mut Vec<u64>,
    f: fn(Rune) -> Rune,
) -> Result<(), Fail> {
    let s = Str::arg(ctx, &mut Args::new(args));
    push_new(ctx, out, map_runes(&s.bytes, f))
}

/// A native of `Split`'s family.
fn n_split(
    ctx: &mut Ctx,
    args: &[u64],
    out: &mut Vec<u64>,
    keep_sep: bool,
    with_n: bool,
) -> Result<(), Fail> {
    let mut a = Args::new(args);
    let s = Str::arg(ctx, &mut a);
    let sep = Str::arg(ctx, &mut a);
    let n = if with_n { a.int() } else { -1 };
    match split(&s.bytes, &sep.bytes, keep_sep, n) {
        None => out.extend([0, 0, 0]),
        Some(parts) => push_subs(ctx, out, &s, &parts),
    }
    Ok(())
}

/// A native of `Trim`'s family (`left`, `right`: which ends).
fn n_trim(
    ctx: &mut Ctx,
    args: &[u64],
    out: &mut Vec<u64>,
    left: bool,
    right: bool,
) -> Result<(), Fail> {
    let (s, cutset) = two(ctx, args);
    let cut = |r| contains_rune(&cutset.bytes, r);
    // As Go: the right end first.
    let end = if right {
        trim_right_at(&s.bytes, cut)
    } else {
        s.len()
    };
    let start = if left {
        trim_left_at(&s.bytes[..end], cut)
    } else {
        0
    };
    push_sub(out, &s, start, end)
}

fn n_cut(ctx: &mut Ctx, args: &[u64], out: &mut Vec<u64>, last: bool) -> Result<(), Fail> {
    let (s, sep) = two(ctx, args);
    let at = if last {
        rfind(&s.bytes, &sep.bytes)
    } else {
        find(&s.bytes, &sep.bytes)
    };
    match at {
        Some(i) => {
            out.extend(s.sub(0, i));
            out.extend(s.sub(i + sep.len(), s.len()));
        }
        None => {
            out.extend(s.sub(0, s.len()));
            out.extend([0, 0]);
        }
    }
    push_bool(out, at.is_some())
}

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("strings.Clone", |c, a, o| {
        let s = Str::arg(c, &mut Args::new(a));
        push_new(c, o, s.bytes)
    }),
    ("strings.Compare", |c, a, o| {
        let (s, t) = two(c, a);
        o.push(s.bytes.cmp(&t.bytes) as i64 as u64);
        Ok(())
    }),
    ("strings.Contains", |c, a, o| {
        let (s, t) = two(c, a);
        push_bool(o, find(&s.bytes, &t.bytes).is_some())
    }),
    ("strings.ContainsAny", |c, a, o| {
        let (s, t) = two(c, a);
        push_bool(o, index_any(&s.bytes, &t.bytes).is_some())
    }),
    ("strings.ContainsRune", |c, a, o| {
        let mut a = Args::new(a);
        let s = Str::arg(c, &mut a);
        push_bool(o, contains_rune(&s.bytes, a.rune()))
    }),
    ("strings.Count", |c, a, o| {
        let (s, t) = two(c, a);
        o.push(count(&s.bytes, &t.bytes) as u64);
        Ok(())
    }),
    ("strings.Cut", |c, a, o| n_cut(c, a, o, false)),
    ("strings.CutLast", |c, a, o| n_cut(c, a, o, true)),
    ("strings.CutPrefix", |c, a, o| {
        let (s, p) = two(c, a);
        let found = s.bytes.starts_with(&p.bytes);
        push_sub(o, &s, if found { p.len() } else { 0 }, s.len())?;
        push_bool(o, found)
    }),
    ("strings.CutSuffix", |c, a, o| {
        let (s, p) = two(c, a);
        let found = s.bytes.ends_with(&p.bytes);
        push_sub(o, &s, 0, s.len() - if found { p.len() } else { 0 })?;
        push_bool(o, found)
    }),
    ("strings.EqualFold", |c, a, o| {
        let (s, t) = two(c, a);
        push_bool(o, equal_fold(&s.bytes, &t.bytes))
    }),
    ("strings.Fields", |c, a, o| {
        let s = Str::arg(c, &mut Args::new(a));
        push_subs(c, o, &s, &fields(&s.bytes));
        Ok(())
    }),
    ("strings.HasPrefix", |c, a, o| {
        let (s, p) = two(c, a);
        push_bool(o, s.bytes.starts_with(&p.bytes))
    }),
    ("strings.HasSuffix", |c, a, o| {
        let (s, p) = two(c, a);
        push_bool(o, s.bytes.ends_with(&p.bytes))
    }),
    ("strings.Index", |c, a, o| {
        let (s, t) = two(c, a);
        push_index(o, find(&s.bytes, &t.bytes))
    }),
    ("strings.IndexAny", |c, a, o| {
        let (s, t) = two(c, a);
        push_index(o, index_any(&s.bytes, &t.bytes))
    }),
    ("strings.IndexByte", |c, a, o| {
        let mut a = Args::new(a);
        let s = Str::arg(c, &mut a);
        let b = a.word() as u8;
        push_index(o, s.bytes.iter().position(|&x| x == b))
    }),
    ("strings.IndexRune", |c, a, o| {
        let mut a = Args::new(a);
        let s = Str::arg(c, &mut a);
        push_index(o, index_rune(&s.bytes, a.rune()))
    }),
    ("strings.Join", |c, a, o| {
        let mut a = Args::new(a);
        let elems = a.strs(c);
        let sep = Str::arg(c, &mut a);
        push_new(c, o, elems.join(&sep.bytes[..]))
    }),
    ("strings.LastIndex", |c, a, o| {
        let (s, t) = two(c, a);
        push_index(o, rfind(&s.bytes, &t.bytes))
    }),
    ("strings.LastIndexAny", |c, a, o| {
        let (s, t) = two(c, a);
        push_index(o, last_index_any(&s.bytes, &t.bytes))
    }),
    ("strings.LastIndexByte", |c, a, o| {
        let mut a = Args::new(a);
        let s = Str::arg(c, &mut a);
        let b = a.word() as u8;
        push_index(o, s.bytes.iter().rposition(|&x| x == b))
    }),
    ("strings.Repeat", |c, a, o| {
        let mut a = Args::new(a);
        let s = Str::arg(c, &mut a);
        let r = repeat(&s.bytes, a.int())?;
        push_new(c, o, r)
    }),
    ("strings.Replace", |c, a, o| {
        let mut a = Args::new(a);
        let (s, old, new) = (
            Str::arg(c, &mut a),
            Str::arg(c, &mut a),
            Str::arg(c, &mut a),
        );
        match replace(&s.bytes, &old.bytes, &new.bytes, a.int()) {
            Some(r) => push_new(c, o, r),
            None => push_sub(o, &s, 0, s.len()),
        }
    }),
    ("strings.ReplaceAll", |c, a, o| {
        let mut a = Args::new(a);
        let (s, old, new) = (
            Str::arg(c, &mut a),
            Str::arg(c, &mut a),
            Str::arg(c, &mut a),
        );
        match replace(&s.bytes, &old.bytes, &new.bytes, -1) {
            Some(r) => push_new(c, o, r),
            None => push_sub(o, &s, 0, s.len()),
        }
    }),
    ("strings.Split", |c, a, o| n_split(c, a, o, false, false)),
    ("strings.SplitAfter", |c, a, o| {
        n_split(c, a, o, true, false)
    }),
    ("strings.SplitAfterN", |c, a, o| {
        n_split(c, a, o, true, true)
    }),
    ("strings.SplitN", |c, a, o| n_split(c, a, o, false, true)),
    ("strings.Title", |c, a, o| {
        let s = Str::arg(c, &mut Args::new(a));
        push_new(c, o, title(&s.bytes))
    }),
    ("strings.ToLower", |c, a, o| {
        mapped(c, a, o, unicode::to_lower)
    }),
    ("strings.ToTitle", |c, a, o| {
        mapped(c, a, o, unicode::to_title)
    }),
    ("strings.ToUpper", |c, a, o| {
        mapped(c, a, o, unicode::to_upper)
    }),
    ("strings.ToValidUTF8", |c, a, o| {
        let (s, r) = two(c, a);
        push_new(c, o, to_valid_utf8(&s.bytes, &r.bytes))
    }),
    ("strings.Trim", |c, a, o| n_trim(c, a, o, true, true)),
    ("strings.TrimLeft", |c, a, o| n_trim(c, a, o, true, false)),
    ("strings.TrimPrefix", |c, a, o| {
        let (s, p) = two(c, a);
        push_sub(
            o,
            &s,
            if s.bytes.starts_with(&p.bytes) {
                p.len()
            } else {
                0
            },
            s.len(),
        )
    }),
    ("strings.TrimRight", |c, a, o| n_trim(c, a, o, false, true)),
    ("strings.TrimSpace", |c, a, o| {
        let s = Str::arg(c, &mut Args::new(a));
        let start = trim_left_at(&s.bytes, unicode::is_space);
        let end = start + trim_right_at(&s.bytes[start..], unicode::is_space);
        push_sub(o, &s, start, end)
    }),
    ("strings.TrimSuffix", |c, a, o| {
        let (s, p) = two(c, a);
        push_sub(
            o,
            &s,
            0,
            s.len()
                - if s.bytes.ends_with(&p.bytes) {
                    p.len()
                } else {
                    0
                },
        )
    }),
    ("strings.NewReader", reader_new),
    ("strings.(*Reader).Len", reader_len),
    ("strings.(*Reader).Size", reader_size),
    ("strings.(*Reader).Read", reader_read),
    ("strings.(*Reader).ReadAt", reader_read_at),
    ("strings.(*Reader).ReadByte", reader_read_byte),
    ("strings.(*Reader).UnreadByte", reader_unread_byte),
    ("strings.(*Reader).ReadRune", reader_read_rune),
    ("strings.(*Reader).UnreadRune", reader_unread_rune),
    ("strings.(*Reader).Seek", reader_seek),
    ("strings.(*Reader).Reset", reader_reset),
    ("strings.(*Reader).WriteTo", reader_write_to),
    ("strings.NewReplacer", replacer_new),
    ("strings.(*Replacer).Replace", replacer_replace),
    ("strings.(*Replacer).WriteString", replacer_write_string),
];

// ------------------------------------------------------------ strings.Reader

/// Go's `strings.Reader`: the string, the read offset, and where the last
/// `ReadRune` started (-1 when the last operation was not one).
struct Reader {
    s: Vec<u8>,
    i: i64,
    prev_rune: i64,
}

static READERS: Mutex<Vec<Reader>> = Mutex::new(Vec::new());
/// The first `*strings.Reader` handle (apart from `*os.File`'s 1 to 3 and
/// bufio's handles, so an `io.Reader` holding one is recognized).
pub const READER_BASE: u64 = 1 << 20;

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn nil_deref() -> Fail {
    Fail::Panic("runtime error: invalid memory address or nil pointer dereference".into())
}

/// Whether `h` (an `io.Reader`'s payload) is a `*strings.Reader`.
pub fn is_reader(h: u64) -> bool {
    h >= READER_BASE && ((h - READER_BASE) as usize) < lock(&READERS).len()
}

/// The unread bytes of the `*strings.Reader` `h`.
pub fn reader_rest(h: u64) -> Option<Vec<u8>> {
    with_reader(h, |r| {
        let i = (r.i.max(0) as usize).min(r.s.len());
        r.s[i..].to_vec()
    })
    .ok()
}

fn with_reader<R>(h: u64, f: impl FnOnce(&mut Reader) -> R) -> Result<R, Fail> {
    let mut rs = lock(&READERS);
    match rs.get_mut(h.wrapping_sub(READER_BASE) as usize) {
        Some(r) if h >= READER_BASE => Ok(f(r)),
        _ => Err(nil_deref()),
    }
}

fn reader_new(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut rs = lock(&READERS);
    rs.push(Reader {
        s: ctx.str(a[0], a[1]),
        i: 0,
        prev_rune: -1,
    });
    out.push(READER_BASE + rs.len() as u64 - 1);
    Ok(())
}

fn reader_len(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let n = with_reader(a[0], |r| (r.s.len() as i64 - r.i).max(0))?;
    out.push(n as u64);
    Ok(())
}

fn reader_size(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(with_reader(a[0], |r| r.s.len() as u64)?);
    Ok(())
}

/// Copies `src` into the `[]byte` at slots `b` as `copy` does: the count.
fn copy_out(ctx: &Ctx, b: &[u64], src: &[u8]) -> usize {
    let n = (b[1] as usize).min(src.len());
    for (k, &x) in src[..n].iter().enumerate() {
        utf8::store_byte(ctx, b[0], k, x);
    }
    n
}

fn reader_read(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let rest = with_reader(a[0], |r| {
        if r.i >= r.s.len() as i64 {
            return None;
        }
        r.prev_rune = -1;
        let n = (a[2] as usize).min(r.s.len() - r.i as usize);
        let start = r.i as usize;
        r.i += n as i64;
        Some(r.s[start..start + n].to_vec())
    })?;
    match rest {
        None => {
            out.push(0);
            out.extend(ctx.eof);
        }
        Some(bytes) => {
            out.push(copy_out(ctx, &a[1..4], &bytes) as u64);
            out.extend([0, 0]);
        }
    }
    Ok(())
}

fn reader_read_at(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let off = a[4] as i64;
    let s = with_reader(a[0], |r| r.s.clone())?;
    if off < 0 {
        out.push(0);
        ctx.push_error(out, Some(b"strings.Reader.ReadAt: negative offset"));
        return Ok(());
    }
    if off >= s.len() as i64 {
        out.push(0);
        out.extend(ctx.eof);
        return Ok(());
    }
    let n = copy_out(ctx, &a[1..4], &s[off as usize..]);
    out.push(n as u64);
    if n < a[2] as usize {
        out.extend(ctx.eof);
    } else {
        out.extend([0, 0]);
    }
    Ok(())
}

fn reader_read_byte(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let b = with_reader(a[0], |r| {
        r.prev_rune = -1;
        let b = r.s.get(r.i.max(0) as usize).copied()?;
        r.i += 1;
        Some(b)
    })?;
    match b {
        Some(b) => out.extend([b as u64, 0, 0]),
        None => {
            out.push(0);
            out.extend(ctx.eof);
        }
    }
    Ok(())
}

fn reader_unread_byte(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let ok = with_reader(a[0], |r| {
        if r.i <= 0 {
            return false;
        }
        r.prev_rune = -1;
        r.i -= 1;
        true
    })?;
    let err: Option<&[u8]> = (!ok).then_some(b"strings.Reader.UnreadByte: at beginning of string");
    ctx.push_error(out, err);
    Ok(())
}

fn reader_read_rune(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let got = with_reader(a[0], |r| {
        if r.i >= r.s.len() as i64 {
            r.prev_rune = -1;
            return None;
        }
        r.prev_rune = r.i;
        let (c, n) = utf8::decode(&r.s[r.i as usize..]);
        r.i += n as i64;
        Some((c, n))
    })?;
    match got {
        Some((c, n)) => out.extend([c as i64 as u64, n as u64, 0, 0]),
        None => {
            out.extend([0, 0]);
            out.extend(ctx.eof);
        }
    }
    Ok(())
}

fn reader_unread_rune(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let err = with_reader(a[0], |r| {
        if r.i <= 0 {
            return Some(&b"strings.Reader.UnreadRune: at beginning of string"[..]);
        }
        if r.prev_rune < 0 {
            return Some(&b"strings.Reader.UnreadRune: previous operation was not ReadRune"[..]);
        }
        r.i = r.prev_rune;
        r.prev_rune = -1;
        None
    })?;
    ctx.push_error(out, err);
    Ok(())
}

fn reader_seek(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let (offset, whence) = (a[1] as i64, a[2] as i64);
    let res = with_reader(a[0], |r| {
        r.prev_rune = -1;
        let abs = match whence {
            0 => offset,
            1 => r.i.wrapping_add(offset),
            2 => (r.s.len() as i64).wrapping_add(offset),
            _ => return Err(&b"strings.Reader.Seek: invalid whence"[..]),
        };
        if abs < 0 {
            return Err(&b"strings.Reader.Seek: negative position"[..]);
        }
        r.i = abs;
        Ok(abs)
    })?;
    match res {
        Ok(abs) => out.extend([abs as u64, 0, 0]),
        Err(msg) => {
            out.push(0);
            ctx.push_error(out, Some(msg));
        }
    }
    Ok(())
}

fn reader_reset(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let s = ctx.str(a[1], a[2]);
    with_reader(a[0], |r| {
        *r = Reader {
            s,
            i: 0,
            prev_rune: -1,
        }
    })
}

fn reader_write_to(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let rest = with_reader(a[0], |r| {
        r.prev_rune = -1;
        if r.i >= r.s.len() as i64 {
            return Vec::new();
        }
        r.s[r.i as usize..].to_vec()
    })?;
    if !rest.is_empty() {
        super::bufio::write_to([a[1], a[2]], &rest, "strings.Reader.WriteTo")?;
        with_reader(a[0], |r| r.i += rest.len() as i64)?;
    }
    out.extend([rest.len() as u64, 0, 0]);
    Ok(())
}

// ---------------------------------------------------------- strings.Replacer

/// A Replacer's old, new pairs, in argument order.
static REPLACERS: Mutex<Vec<Vec<(Vec<u8>, Vec<u8>)>>> = Mutex::new(Vec::new());

fn replacer_new(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let oldnew = ctx.str_slice(a[0], a[1]);
    if oldnew.len() % 2 == 1 {
        return Err(Fail::Panic(
            "strings.NewReplacer: odd argument count".into(),
        ));
    }
    let mut it = oldnew.into_iter();
    let mut pairs = Vec::new();
    while let (Some(o), Some(n)) = (it.next(), it.next()) {
        pairs.push((o, n));
    }
    let mut rs = lock(&REPLACERS);
    rs.push(pairs);
    out.push(rs.len() as u64);
    Ok(())
}

fn replacer_pairs(h: u64) -> Result<Vec<(Vec<u8>, Vec<u8>)>, Fail> {
    if h == 0 {
        return Err(nil_deref());
    }
    // A zero Replacer (`&strings.Replacer{}`, a heap address) replaces
    // nothing, as Go's does.
    Ok(lock(&REPLACERS)
        .get((h - 1) as usize)
        .cloned()
        .unwrap_or_default())
}

/// Go's replacement algorithm (all of its replacers agree with its generic
/// one): at each byte offset, the old string of the earliest pair that
/// matches there wins (the empty one matches everywhere, but not twice at
/// one offset); without a match the byte is copied. The pieces, as Go
/// writes them.
fn replace_pairs(pairs: &[(Vec<u8>, Vec<u8>)], s: &[u8]) -> Vec<Vec<u8>> {
    let mut pieces = Vec::new();
    let (mut i, mut last) = (0, 0);
    let mut prev_match_empty = false;
    while i <= s.len() {
        let found = pairs
            .iter()
            .find(|(o, _)| !(prev_match_empty && o.is_empty()) && s[i..].starts_with(o));
        prev_match_empty = found.is_some_and(|(o, _)| o.is_empty());
        match found {
            Some((o, n)) => {
                if last < i {
                    pieces.push(s[last..i].to_vec());
                }
                pieces.push(n.clone());
                i += o.len();
                last = i;
            }
            None => i += 1,
        }
    }
    if last != s.len() {
        pieces.push(s[last..].to_vec());
    }
    pieces
}

fn replacer_replace(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let pairs = replacer_pairs(a[0])?;
    let s = ctx.str(a[1], a[2]);
    push_new(ctx, out, replace_pairs(&pairs, &s).concat())
}

fn replacer_write_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let pairs = replacer_pairs(a[0])?;
    let s = ctx.str(a[3], a[4]);
    let w = [a[1], a[2]];
    let mut n = 0;
    for p in replace_pairs(&pairs, &s) {
        if !p.is_empty() {
            super::bufio::write_to(w, &p, "strings.Replacer.WriteString")?;
            n += p.len();
        }
    }
    out.extend([n as u64, 0, 0]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::natives::utf8util::harness::{Harness, A::*};

    /// Generated by /tmp/natives-check/strings_cases.go under go-oracle.
    #[test]
    fn natives_like_go() {
        let mut t = Harness::new();
        cases(&mut t);
        t.finish();
    }

    #[rustfmt::skip]
    fn cases(t: &mut Harness) {
        t.c("strings.ToUpper", &[S(b"")], "s", r##""""##);
        t.c("strings.ToLower", &[S(b"")], "s", r##""""##);
        t.c("strings.ToTitle", &[S(b"")], "s", r##""""##);
        t.c("strings.Title", &[S(b"")], "s", r##""""##);
        t.c("strings.Fields", &[S(b"")], "S", r##"[]"##);
        t.c("strings.TrimSpace", &[S(b"")], "s", r##""""##);
        t.c("strings.ToValidUTF8", &[S(b""), S(b"?")], "s", r##""""##);
        t.c("strings.ToValidUTF8", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.Clone", &[S(b"")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b"")], "S", r##"[]"##);
        t.c("strings.Index", &[S(b""), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b""), S(b"")], "i", r##"0"##);
        t.c("strings.Count", &[S(b""), S(b"")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b""), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"")], "ssb", r##""" "" true"##);
        t.c("strings.CutLast", &[S(b""), S(b"")], "ssb", r##""" "" true"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b""), S(b"<>")], "s", r##""<>""##);
        t.c("strings.Split", &[S(b""), S(b"a")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"a")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"a")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"a")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"a")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b"a")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b"a"), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b",")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b",")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b",")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b",")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b",")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b",")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b","), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b"ab")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"ab")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"ab")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b"ab")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b"ab"), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b" ")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b" ")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b" ")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b" ")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b" ")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b" ")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b" "), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b"\xff")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"\xff")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"\xff")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b"\xff")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b"\xff"), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b"\xc3\xa9")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"\xc3\xa9")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"\xc3\xa9")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"\xc3\xa9")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"\xc3\xa9")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b"\xc3\xa9")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b"\xc3\xa9"), S(b"<>")], "s", r##""""##);
        t.c("strings.Split", &[S(b""), S(b"\xef\xbf\xbd")], "S", r##"[""]"##);
        t.c("strings.Index", &[S(b""), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b""), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b""), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b""), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b""), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b""), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b""), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b""), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.Cut", &[S(b""), S(b"\xef\xbf\xbd")], "ssb", r##""" "" false"##);
        t.c("strings.CutLast", &[S(b""), S(b"\xef\xbf\xbd")], "ssb", r##""" "" false"##);
        t.c("strings.ReplaceAll", &[S(b""), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""""##);
        t.c("strings.ToUpper", &[S(b"a")], "s", r##""A""##);
        t.c("strings.ToLower", &[S(b"a")], "s", r##""a""##);
        t.c("strings.ToTitle", &[S(b"a")], "s", r##""A""##);
        t.c("strings.Title", &[S(b"a")], "s", r##""A""##);
        t.c("strings.Fields", &[S(b"a")], "S", r##"["a"]"##);
        t.c("strings.TrimSpace", &[S(b"a")], "s", r##""a""##);
        t.c("strings.ToValidUTF8", &[S(b"a"), S(b"?")], "s", r##""a""##);
        t.c("strings.ToValidUTF8", &[S(b"a"), S(b"")], "s", r##""a""##);
        t.c("strings.Clone", &[S(b"a")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b"")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"")], "i", r##"1"##);
        t.c("strings.Count", &[S(b"a"), S(b"")], "i", r##"2"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b"")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b"")], "ssb", r##""" "a" true"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"")], "ssb", r##""a" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b""), S(b"<>")], "s", r##""<>a<>""##);
        t.c("strings.Split", &[S(b"a"), S(b"a")], "S", r##"["",""]"##);
        t.c("strings.Index", &[S(b"a"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"a")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"a"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"a")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"a"), S(b"a")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"a")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"a")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"a"), S(b"a")], "ssb", r##""" "" true"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"a")], "ssb", r##""" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b"a"), S(b"<>")], "s", r##""<>""##);
        t.c("strings.Split", &[S(b"a"), S(b",")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b",")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b",")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b",")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b",")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b",")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b","), S(b"<>")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b"ab")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"ab")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"a"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"ab")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"a"), S(b"ab")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"ab")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b"ab"), S(b"<>")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b" ")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b" ")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b" ")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b" ")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b" ")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b" ")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b" "), S(b"<>")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b"\xff")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b"\xff")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"\xff")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"\xff")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b"\xff")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"\xff")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b"\xff"), S(b"<>")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b"\xc3\xa9")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b"\xc3\xa9")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"\xc3\xa9")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"\xc3\xa9")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b"\xc3\xa9")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"\xc3\xa9")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""a""##);
        t.c("strings.Split", &[S(b"a"), S(b"\xef\xbf\xbd")], "S", r##"["a"]"##);
        t.c("strings.Index", &[S(b"a"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a"), S(b"\xef\xbf\xbd")], "s", r##""a""##);
        t.c("strings.TrimLeft", &[S(b"a"), S(b"\xef\xbf\xbd")], "s", r##""a""##);
        t.c("strings.TrimRight", &[S(b"a"), S(b"\xef\xbf\xbd")], "s", r##""a""##);
        t.c("strings.Cut", &[S(b"a"), S(b"\xef\xbf\xbd")], "ssb", r##""a" "" false"##);
        t.c("strings.CutLast", &[S(b"a"), S(b"\xef\xbf\xbd")], "ssb", r##""a" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""a""##);
        t.c("strings.ToUpper", &[S(b"abc")], "s", r##""ABC""##);
        t.c("strings.ToLower", &[S(b"abc")], "s", r##""abc""##);
        t.c("strings.ToTitle", &[S(b"abc")], "s", r##""ABC""##);
        t.c("strings.Title", &[S(b"abc")], "s", r##""Abc""##);
        t.c("strings.Fields", &[S(b"abc")], "S", r##"["abc"]"##);
        t.c("strings.TrimSpace", &[S(b"abc")], "s", r##""abc""##);
        t.c("strings.ToValidUTF8", &[S(b"abc"), S(b"?")], "s", r##""abc""##);
        t.c("strings.ToValidUTF8", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.Clone", &[S(b"abc")], "s", r##""abc""##);
        t.c("strings.Split", &[S(b"abc"), S(b"")], "S", r##"["a","b","c"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"abc"), S(b"")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"")], "ssb", r##""" "abc" true"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"")], "ssb", r##""abc" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b""), S(b"<>")], "s", r##""<>a<>b<>c<>""##);
        t.c("strings.Split", &[S(b"abc"), S(b"a")], "S", r##"["","bc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"a")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"abc"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"a")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"a")], "s", r##""bc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"a")], "s", r##""bc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"a")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"a")], "ssb", r##""" "bc" true"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"a")], "ssb", r##""" "bc" true"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b"a"), S(b"<>")], "s", r##""<>bc""##);
        t.c("strings.Split", &[S(b"abc"), S(b",")], "S", r##"["abc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abc"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b",")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b",")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b",")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b",")], "ssb", r##""abc" "" false"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b",")], "ssb", r##""abc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b","), S(b"<>")], "s", r##""abc""##);
        t.c("strings.Split", &[S(b"abc"), S(b"ab")], "S", r##"["","c"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"ab")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"abc"), S(b"ab")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"ab")], "i", r##"1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"ab")], "s", r##""c""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"ab")], "s", r##""c""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"ab")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"ab")], "ssb", r##""" "c" true"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"ab")], "ssb", r##""" "c" true"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b"ab"), S(b"<>")], "s", r##""<>c""##);
        t.c("strings.Split", &[S(b"abc"), S(b" ")], "S", r##"["abc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abc"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b" ")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b" ")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b" ")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b" ")], "ssb", r##""abc" "" false"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b" ")], "ssb", r##""abc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b" "), S(b"<>")], "s", r##""abc""##);
        t.c("strings.Split", &[S(b"abc"), S(b"\xff")], "S", r##"["abc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abc"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"\xff")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"\xff")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"\xff")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"\xff")], "ssb", r##""abc" "" false"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"\xff")], "ssb", r##""abc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b"\xff"), S(b"<>")], "s", r##""abc""##);
        t.c("strings.Split", &[S(b"abc"), S(b"\xc3\xa9")], "S", r##"["abc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abc"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"\xc3\xa9")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"\xc3\xa9")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"\xc3\xa9")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"\xc3\xa9")], "ssb", r##""abc" "" false"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"\xc3\xa9")], "ssb", r##""abc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""abc""##);
        t.c("strings.Split", &[S(b"abc"), S(b"\xef\xbf\xbd")], "S", r##"["abc"]"##);
        t.c("strings.Index", &[S(b"abc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abc"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abc"), S(b"\xef\xbf\xbd")], "s", r##""abc""##);
        t.c("strings.TrimLeft", &[S(b"abc"), S(b"\xef\xbf\xbd")], "s", r##""abc""##);
        t.c("strings.TrimRight", &[S(b"abc"), S(b"\xef\xbf\xbd")], "s", r##""abc""##);
        t.c("strings.Cut", &[S(b"abc"), S(b"\xef\xbf\xbd")], "ssb", r##""abc" "" false"##);
        t.c("strings.CutLast", &[S(b"abc"), S(b"\xef\xbf\xbd")], "ssb", r##""abc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abc"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""abc""##);
        t.c("strings.ToUpper", &[S(b"hello world")], "s", r##""HELLO WORLD""##);
        t.c("strings.ToLower", &[S(b"hello world")], "s", r##""hello world""##);
        t.c("strings.ToTitle", &[S(b"hello world")], "s", r##""HELLO WORLD""##);
        t.c("strings.Title", &[S(b"hello world")], "s", r##""Hello World""##);
        t.c("strings.Fields", &[S(b"hello world")], "S", r##"["hello","world"]"##);
        t.c("strings.TrimSpace", &[S(b"hello world")], "s", r##""hello world""##);
        t.c("strings.ToValidUTF8", &[S(b"hello world"), S(b"?")], "s", r##""hello world""##);
        t.c("strings.ToValidUTF8", &[S(b"hello world"), S(b"")], "s", r##""hello world""##);
        t.c("strings.Clone", &[S(b"hello world")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"")], "S", r##"["h","e","l","l","o"," ","w","o","r","l","d"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"")], "i", r##"11"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"")], "i", r##"12"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"")], "ssb", r##""" "hello world" true"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"")], "ssb", r##""hello world" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b""), S(b"<>")], "s", r##""<>h<>e<>l<>l<>o<> <>w<>o<>r<>l<>d<>""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"a")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"a")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"a")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"a")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"a")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"a")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b"a"), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b",")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b",")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b",")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b",")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b",")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b",")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b","), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"ab")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"ab")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"ab")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"ab")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"ab")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"ab")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b"ab"), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b" ")], "S", r##"["hello","world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b" ")], "i", r##"5"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b" ")], "i", r##"5"##);
        t.c("strings.Count", &[S(b"hello world"), S(b" ")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b" ")], "i", r##"5"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b" ")], "i", r##"5"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b" ")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b" ")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b" ")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b" ")], "ssb", r##""hello" "world" true"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b" ")], "ssb", r##""hello" "world" true"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b" "), S(b"<>")], "s", r##""hello<>world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"\xff")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"\xff")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"\xff")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"\xff")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"\xff")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"\xff")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b"\xff"), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"\xc3\xa9")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"\xc3\xa9")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"\xc3\xa9")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"\xc3\xa9")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"\xc3\xa9")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"\xc3\xa9")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.Split", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "S", r##"["hello world"]"##);
        t.c("strings.Index", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "s", r##""hello world""##);
        t.c("strings.TrimLeft", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "s", r##""hello world""##);
        t.c("strings.TrimRight", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "s", r##""hello world""##);
        t.c("strings.Cut", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "ssb", r##""hello world" "" false"##);
        t.c("strings.CutLast", &[S(b"hello world"), S(b"\xef\xbf\xbd")], "ssb", r##""hello world" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"hello world"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""hello world""##);
        t.c("strings.ToUpper", &[S(b"  spaced  out  ")], "s", r##""  SPACED  OUT  ""##);
        t.c("strings.ToLower", &[S(b"  spaced  out  ")], "s", r##""  spaced  out  ""##);
        t.c("strings.ToTitle", &[S(b"  spaced  out  ")], "s", r##""  SPACED  OUT  ""##);
        t.c("strings.Title", &[S(b"  spaced  out  ")], "s", r##""  Spaced  Out  ""##);
        t.c("strings.Fields", &[S(b"  spaced  out  ")], "S", r##"["spaced","out"]"##);
        t.c("strings.TrimSpace", &[S(b"  spaced  out  ")], "s", r##""spaced  out""##);
        t.c("strings.ToValidUTF8", &[S(b"  spaced  out  "), S(b"?")], "s", r##""  spaced  out  ""##);
        t.c("strings.ToValidUTF8", &[S(b"  spaced  out  "), S(b"")], "s", r##""  spaced  out  ""##);
        t.c("strings.Clone", &[S(b"  spaced  out  ")], "s", r##""  spaced  out  ""##);
        t.c("strings.ToUpper", &[S(b"a,b,c")], "s", r##""A,B,C""##);
        t.c("strings.ToLower", &[S(b"a,b,c")], "s", r##""a,b,c""##);
        t.c("strings.ToTitle", &[S(b"a,b,c")], "s", r##""A,B,C""##);
        t.c("strings.Title", &[S(b"a,b,c")], "s", r##""A,B,C""##);
        t.c("strings.Fields", &[S(b"a,b,c")], "S", r##"["a,b,c"]"##);
        t.c("strings.TrimSpace", &[S(b"a,b,c")], "s", r##""a,b,c""##);
        t.c("strings.ToValidUTF8", &[S(b"a,b,c"), S(b"?")], "s", r##""a,b,c""##);
        t.c("strings.ToValidUTF8", &[S(b"a,b,c"), S(b"")], "s", r##""a,b,c""##);
        t.c("strings.Clone", &[S(b"a,b,c")], "s", r##""a,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"")], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"")], "i", r##"5"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"")], "i", r##"6"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"")], "ssb", r##""" "a,b,c" true"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"")], "ssb", r##""a,b,c" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b""), S(b"<>")], "s", r##""<>a<>,<>b<>,<>c<>""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"a")], "S", r##"["",",b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"a")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"a")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"a")], "s", r##"",b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"a")], "s", r##"",b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"a")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"a")], "ssb", r##""" ",b,c" true"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"a")], "ssb", r##""" ",b,c" true"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b"a"), S(b"<>")], "s", r##""<>,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b",")], "S", r##"["a","b","c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b",")], "i", r##"1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b",")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b",")], "i", r##"2"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b",")], "i", r##"1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b",")], "i", r##"3"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b",")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b",")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b",")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b",")], "ssb", r##""a" "b,c" true"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b",")], "ssb", r##""a,b" "c" true"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b","), S(b"<>")], "s", r##""a<>b<>c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"ab")], "S", r##"["a,b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"ab")], "i", r##"2"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"ab")], "s", r##"",b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"ab")], "s", r##"",b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"ab")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"ab")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"ab")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b"ab"), S(b"<>")], "s", r##""a,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b" ")], "S", r##"["a,b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b" ")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b" ")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b" ")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b" ")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b" ")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b" "), S(b"<>")], "s", r##""a,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"\xff")], "S", r##"["a,b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"\xff")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"\xff")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"\xff")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"\xff")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"\xff")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b"\xff"), S(b"<>")], "s", r##""a,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"\xc3\xa9")], "S", r##"["a,b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"\xc3\xa9")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"\xc3\xa9")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"\xc3\xa9")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"\xc3\xa9")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"\xc3\xa9")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""a,b,c""##);
        t.c("strings.Split", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "S", r##"["a,b,c"]"##);
        t.c("strings.Index", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "s", r##""a,b,c""##);
        t.c("strings.TrimLeft", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "s", r##""a,b,c""##);
        t.c("strings.TrimRight", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "s", r##""a,b,c""##);
        t.c("strings.Cut", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.CutLast", &[S(b"a,b,c"), S(b"\xef\xbf\xbd")], "ssb", r##""a,b,c" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a,b,c"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""a,b,c""##);
        t.c("strings.ToUpper", &[S(b",a,,b,")], "s", r##"",A,,B,""##);
        t.c("strings.ToLower", &[S(b",a,,b,")], "s", r##"",a,,b,""##);
        t.c("strings.ToTitle", &[S(b",a,,b,")], "s", r##"",A,,B,""##);
        t.c("strings.Title", &[S(b",a,,b,")], "s", r##"",A,,B,""##);
        t.c("strings.Fields", &[S(b",a,,b,")], "S", r##"[",a,,b,"]"##);
        t.c("strings.TrimSpace", &[S(b",a,,b,")], "s", r##"",a,,b,""##);
        t.c("strings.ToValidUTF8", &[S(b",a,,b,"), S(b"?")], "s", r##"",a,,b,""##);
        t.c("strings.ToValidUTF8", &[S(b",a,,b,"), S(b"")], "s", r##"",a,,b,""##);
        t.c("strings.Clone", &[S(b",a,,b,")], "s", r##"",a,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"")], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"")], "i", r##"6"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"")], "i", r##"7"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"")], "ssb", r##""" ",a,,b," true"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"")], "ssb", r##"",a,,b," "" true"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b""), S(b"<>")], "s", r##""<>,<>a<>,<>,<>b<>,<>""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"a")], "S", r##"[",",",,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"a")], "i", r##"1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"a")], "i", r##"1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"a")], "i", r##"1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"a")], "i", r##"1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"a")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"a")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"a")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"a")], "ssb", r##""," ",,b," true"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"a")], "ssb", r##""," ",,b," true"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b"a"), S(b"<>")], "s", r##"",<>,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b",")], "S", r##"["","a","","b",""]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b",")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b",")], "i", r##"5"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b",")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b",")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b",")], "i", r##"5"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b",")], "s", r##""a,,b""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b",")], "s", r##""a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b",")], "s", r##"",a,,b""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b",")], "ssb", r##""" "a,,b," true"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b",")], "ssb", r##"",a,,b" "" true"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b","), S(b"<>")], "s", r##""<>a<><>b<>""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"ab")], "S", r##"[",a,,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"ab")], "i", r##"1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"ab")], "i", r##"4"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"ab")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"ab")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"ab")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"ab")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"ab")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b"ab"), S(b"<>")], "s", r##"",a,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b" ")], "S", r##"[",a,,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b" ")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b" ")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b" ")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b" ")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b" ")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b" "), S(b"<>")], "s", r##"",a,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"\xff")], "S", r##"[",a,,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"\xff")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"\xff")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"\xff")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"\xff")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"\xff")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b"\xff"), S(b"<>")], "s", r##"",a,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"\xc3\xa9")], "S", r##"[",a,,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"\xc3\xa9")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"\xc3\xa9")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"\xc3\xa9")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"\xc3\xa9")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"\xc3\xa9")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b"\xc3\xa9"), S(b"<>")], "s", r##"",a,,b,""##);
        t.c("strings.Split", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "S", r##"[",a,,b,"]"##);
        t.c("strings.Index", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "s", r##"",a,,b,""##);
        t.c("strings.TrimLeft", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "s", r##"",a,,b,""##);
        t.c("strings.TrimRight", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "s", r##"",a,,b,""##);
        t.c("strings.Cut", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.CutLast", &[S(b",a,,b,"), S(b"\xef\xbf\xbd")], "ssb", r##"",a,,b," "" false"##);
        t.c("strings.ReplaceAll", &[S(b",a,,b,"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##"",a,,b,""##);
        t.c("strings.ToUpper", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""HÉLLO WÖRLD""##);
        t.c("strings.ToLower", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""héllo wörld""##);
        t.c("strings.ToTitle", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""HÉLLO WÖRLD""##);
        t.c("strings.Title", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""Héllo Wörld""##);
        t.c("strings.Fields", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "S", r##"["héllo","wörld"]"##);
        t.c("strings.TrimSpace", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""héllo wörld""##);
        t.c("strings.ToValidUTF8", &[S(b"h\xc3\xa9llo w\xc3\xb6rld"), S(b"?")], "s", r##""héllo wörld""##);
        t.c("strings.ToValidUTF8", &[S(b"h\xc3\xa9llo w\xc3\xb6rld"), S(b"")], "s", r##""héllo wörld""##);
        t.c("strings.Clone", &[S(b"h\xc3\xa9llo w\xc3\xb6rld")], "s", r##""héllo wörld""##);
        t.c("strings.ToUpper", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.ToLower", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.ToTitle", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.Title", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.Fields", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "S", r##"["日本語"]"##);
        t.c("strings.TrimSpace", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.ToValidUTF8", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"?")], "s", r##""日本語""##);
        t.c("strings.ToValidUTF8", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "s", r##""日本語""##);
        t.c("strings.Clone", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "S", r##"["日","本","語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "i", r##"9"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "ssb", r##""" "日本語" true"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"")], "ssb", r##""日本語" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b""), S(b"<>")], "s", r##""<>日<>本<>語<>""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"a"), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b",")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b","), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"ab"), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" ")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b" "), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xff"), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.Split", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "S", r##"["日本語"]"##);
        t.c("strings.Index", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "s", r##""日本語""##);
        t.c("strings.TrimLeft", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "s", r##""日本語""##);
        t.c("strings.TrimRight", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "s", r##""日本語""##);
        t.c("strings.Cut", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "ssb", r##""日本語" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd")], "ssb", r##""日本語" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""日本語""##);
        t.c("strings.ToUpper", &[S(b"\xff")], "s", r##""�""##);
        t.c("strings.ToLower", &[S(b"\xff")], "s", r##""�""##);
        t.c("strings.ToTitle", &[S(b"\xff")], "s", r##""�""##);
        t.c("strings.Title", &[S(b"\xff")], "s", r##""�""##);
        t.c("strings.Fields", &[S(b"\xff")], "S", r##"["\xff"]"##);
        t.c("strings.TrimSpace", &[S(b"\xff")], "s", r##""\xff""##);
        t.c("strings.ToValidUTF8", &[S(b"\xff"), S(b"?")], "s", r##""?""##);
        t.c("strings.ToValidUTF8", &[S(b"\xff"), S(b"")], "s", r##""""##);
        t.c("strings.Clone", &[S(b"\xff")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"")], "i", r##"1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"")], "i", r##"2"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"")], "ssb", r##""" "\xff" true"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"")], "ssb", r##""\xff" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b""), S(b"<>")], "s", r##""<>\xff<>""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"a")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"a")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"a")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"a")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"a")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"a")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b"a"), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b",")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b",")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b",")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b",")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b",")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b",")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b","), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"ab")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"ab")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"ab")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"ab")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"ab")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"ab")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b"ab"), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b" ")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b" ")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b" ")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b" ")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b" ")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b" ")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b" "), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"\xff")], "S", r##"["",""]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"\xff")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"\xff")], "ssb", r##""" "" true"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"\xff")], "ssb", r##""" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b"\xff"), S(b"<>")], "s", r##""<>""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"\xc3\xa9")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"\xc3\xa9")], "s", r##""\xff""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"\xc3\xa9")], "s", r##""\xff""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"\xc3\xa9")], "s", r##""\xff""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"\xc3\xa9")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"\xc3\xa9")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.Split", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "S", r##"["\xff"]"##);
        t.c("strings.Index", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "ssb", r##""\xff" "" false"##);
        t.c("strings.CutLast", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "ssb", r##""\xff" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xff"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""\xff""##);
        t.c("strings.ToUpper", &[S(b"a\xffb\xfe\xfdc")], "s", r##""A�B��C""##);
        t.c("strings.ToLower", &[S(b"a\xffb\xfe\xfdc")], "s", r##""a�b��c""##);
        t.c("strings.ToTitle", &[S(b"a\xffb\xfe\xfdc")], "s", r##""A�B��C""##);
        t.c("strings.Title", &[S(b"a\xffb\xfe\xfdc")], "s", r##""A�b��c""##);
        t.c("strings.Fields", &[S(b"a\xffb\xfe\xfdc")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.TrimSpace", &[S(b"a\xffb\xfe\xfdc")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.ToValidUTF8", &[S(b"a\xffb\xfe\xfdc"), S(b"?")], "s", r##""a?b?c""##);
        t.c("strings.ToValidUTF8", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "s", r##""abc""##);
        t.c("strings.Clone", &[S(b"a\xffb\xfe\xfdc")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "S", r##"["a","\xff","b","\xfe","\xfd","c"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "i", r##"6"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "i", r##"7"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "ssb", r##""" "a\xffb\xfe\xfdc" true"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"")], "ssb", r##""a\xffb\xfe\xfdc" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b""), S(b"<>")], "s", r##""<>a<>\xff<>b<>\xfe<>\xfd<>c<>""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "S", r##"["","\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "s", r##""\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "s", r##""\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "ssb", r##""" "\xffb\xfe\xfdc" true"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"a")], "ssb", r##""" "\xffb\xfe\xfdc" true"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b"a"), S(b"<>")], "s", r##""<>\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b",")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b","), S(b"<>")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "i", r##"2"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "s", r##""\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "s", r##""\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"ab")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b"ab"), S(b"<>")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b" ")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b" "), S(b"<>")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "S", r##"["a","b\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "i", r##"4"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "ssb", r##""a" "b\xfe\xfdc" true"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff")], "ssb", r##""a" "b\xfe\xfdc" true"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b"\xff"), S(b"<>")], "s", r##""a<>b\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Split", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "S", r##"["a\xffb\xfe\xfdc"]"##);
        t.c("strings.Index", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "i", r##"1"##);
        t.c("strings.LastIndexAny", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "i", r##"4"##);
        t.c("strings.Trim", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimLeft", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.TrimRight", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.Cut", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.CutLast", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd")], "ssb", r##""a\xffb\xfe\xfdc" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"a\xffb\xfe\xfdc"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""a\xffb\xfe\xfdc""##);
        t.c("strings.ToUpper", &[S(b"\xe2\x82")], "s", r##""��""##);
        t.c("strings.ToLower", &[S(b"\xe2\x82")], "s", r##""��""##);
        t.c("strings.ToTitle", &[S(b"\xe2\x82")], "s", r##""��""##);
        t.c("strings.Title", &[S(b"\xe2\x82")], "s", r##""��""##);
        t.c("strings.Fields", &[S(b"\xe2\x82")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.TrimSpace", &[S(b"\xe2\x82")], "s", r##""\xe2\x82""##);
        t.c("strings.ToValidUTF8", &[S(b"\xe2\x82"), S(b"?")], "s", r##""?""##);
        t.c("strings.ToValidUTF8", &[S(b"\xe2\x82"), S(b"")], "s", r##""""##);
        t.c("strings.Clone", &[S(b"\xe2\x82")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"")], "S", r##"["\xe2","\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"")], "i", r##"2"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"")], "i", r##"3"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"")], "ssb", r##""" "\xe2\x82" true"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"")], "ssb", r##""\xe2\x82" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b""), S(b"<>")], "s", r##""<>\xe2<>\x82<>""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"a")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"a")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"a")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"a")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"a")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"a")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b"a"), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b",")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b",")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b",")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b",")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b",")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b",")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b","), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"ab")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"ab")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"ab")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"ab")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"ab")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"ab")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b"ab"), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b" ")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b" ")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b" ")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b" ")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b" ")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b" ")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b" "), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"\xff")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"\xff")], "i", r##"1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"\xff")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"\xff")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"\xff")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b"\xff"), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "s", r##""\xe2\x82""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "s", r##""\xe2\x82""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"\xc3\xa9")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.Split", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "S", r##"["\xe2\x82"]"##);
        t.c("strings.Index", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "i", r##"1"##);
        t.c("strings.Trim", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.CutLast", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd")], "ssb", r##""\xe2\x82" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xe2\x82"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""\xe2\x82""##);
        t.c("strings.ToUpper", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.ToLower", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.ToTitle", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.Title", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.Fields", &[S(b"\xef\xbf\xbd")], "S", r##"["�"]"##);
        t.c("strings.TrimSpace", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.ToValidUTF8", &[S(b"\xef\xbf\xbd"), S(b"?")], "s", r##""�""##);
        t.c("strings.ToValidUTF8", &[S(b"\xef\xbf\xbd"), S(b"")], "s", r##""�""##);
        t.c("strings.Clone", &[S(b"\xef\xbf\xbd")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"")], "i", r##"2"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"")], "ssb", r##""" "�" true"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"")], "ssb", r##""�" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b""), S(b"<>")], "s", r##""<>�<>""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"a")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"a")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"a")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"a")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"a")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"a")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b"a"), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b",")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b",")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b",")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b",")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b",")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b",")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b","), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"ab")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"ab")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"ab")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"ab")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"ab")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"ab")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b"ab"), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b" ")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b" ")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b" ")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b" ")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b" ")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b" ")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b" "), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"\xff")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b"\xff"), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "S", r##"["�"]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "s", r##""�""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "s", r##""�""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "s", r##""�""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "ssb", r##""�" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9")], "ssb", r##""�" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""�""##);
        t.c("strings.Split", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "S", r##"["",""]"##);
        t.c("strings.Index", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.Count", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.Trim", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "ssb", r##""" "" true"##);
        t.c("strings.CutLast", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd")], "ssb", r##""" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xbf\xbd"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""<>""##);
        t.c("strings.ToUpper", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǄUNGLA Ǆ""##);
        t.c("strings.ToLower", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǆungla ǆ""##);
        t.c("strings.ToTitle", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǅUNGLA ǅ""##);
        t.c("strings.Title", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǅungla ǅ""##);
        t.c("strings.Fields", &[S(b"\xc7\x85ungla \xc7\x86")], "S", r##"["ǅungla","ǆ"]"##);
        t.c("strings.TrimSpace", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǅungla ǆ""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"?")], "s", r##""ǅungla ǆ""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Clone", &[S(b"\xc7\x85ungla \xc7\x86")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "S", r##"["ǅ","u","n","g","l","a"," ","ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "i", r##"10"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "i", r##"9"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "ssb", r##""" "ǅungla ǆ" true"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"")], "ssb", r##""ǅungla ǆ" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b""), S(b"<>")], "s", r##""<>ǅ<>u<>n<>g<>l<>a<> <>ǆ<>""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "S", r##"["ǅungl"," ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "i", r##"6"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "i", r##"6"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "i", r##"6"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "i", r##"6"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "ssb", r##""ǅungl" " ǆ" true"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a")], "ssb", r##""ǅungl" " ǆ" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"a"), S(b"<>")], "s", r##""ǅungl<> ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "S", r##"["ǅungla ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b",")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b","), S(b"<>")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "S", r##"["ǅungla ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "i", r##"6"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "i", r##"6"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"ab"), S(b"<>")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "S", r##"["ǅungla","ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "i", r##"7"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "i", r##"7"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "i", r##"7"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "i", r##"7"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "ssb", r##""ǅungla" "ǆ" true"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" ")], "ssb", r##""ǅungla" "ǆ" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b" "), S(b"<>")], "s", r##""ǅungla<>ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "S", r##"["ǅungla ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xff"), S(b"<>")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "S", r##"["ǅungla ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Split", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "S", r##"["ǅungla ǆ"]"##);
        t.c("strings.Index", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimLeft", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "s", r##""ǅungla ǆ""##);
        t.c("strings.TrimRight", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "s", r##""ǅungla ǆ""##);
        t.c("strings.Cut", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd")], "ssb", r##""ǅungla ǆ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc7\x85ungla \xc7\x86"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""ǅungla ǆ""##);
        t.c("strings.ToUpper", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß STRAßE""##);
        t.c("strings.ToLower", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß straße""##);
        t.c("strings.ToTitle", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß STRAßE""##);
        t.c("strings.Title", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß Straße""##);
        t.c("strings.Fields", &[S(b"\xc3\x9f stra\xc3\x9fe")], "S", r##"["ß","straße"]"##);
        t.c("strings.TrimSpace", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß straße""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"?")], "s", r##""ß straße""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "s", r##""ß straße""##);
        t.c("strings.Clone", &[S(b"\xc3\x9f stra\xc3\x9fe")], "s", r##""ß straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "S", r##"["ß"," ","s","t","r","a","ß","e"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "i", r##"10"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "i", r##"9"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "ssb", r##""" "ß straße" true"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"")], "ssb", r##""ß straße" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b""), S(b"<>")], "s", r##""<>ß<> <>s<>t<>r<>a<>ß<>e<>""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "S", r##"["ß str","ße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "i", r##"6"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "i", r##"6"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "i", r##"6"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "i", r##"6"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "ssb", r##""ß str" "ße" true"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a")], "ssb", r##""ß str" "ße" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"a"), S(b"<>")], "s", r##""ß str<>ße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "S", r##"["ß straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b",")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b","), S(b"<>")], "s", r##""ß straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "S", r##"["ß straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "i", r##"6"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "i", r##"6"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"ab"), S(b"<>")], "s", r##""ß straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "S", r##"["ß","straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "i", r##"2"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "i", r##"2"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "i", r##"2"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "i", r##"2"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "ssb", r##""ß" "straße" true"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" ")], "ssb", r##""ß" "straße" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b" "), S(b"<>")], "s", r##""ß<>straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "S", r##"["ß straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xff"), S(b"<>")], "s", r##""ß straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "S", r##"["ß straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""ß straße""##);
        t.c("strings.Split", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "S", r##"["ß straße"]"##);
        t.c("strings.Index", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "s", r##""ß straße""##);
        t.c("strings.TrimLeft", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "s", r##""ß straße""##);
        t.c("strings.TrimRight", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "s", r##""ß straße""##);
        t.c("strings.Cut", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.CutLast", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd")], "ssb", r##""ß straße" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xc3\x9f stra\xc3\x9fe"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""ß straße""##);
        t.c("strings.ToUpper", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""İSTANBUL II""##);
        t.c("strings.ToLower", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""istanbul ıi""##);
        t.c("strings.ToTitle", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""İSTANBUL II""##);
        t.c("strings.Title", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""İstanbul Ii""##);
        t.c("strings.Fields", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "S", r##"["İstanbul","ıi"]"##);
        t.c("strings.TrimSpace", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""İstanbul ıi""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc4\xb0stanbul \xc4\xb1i"), S(b"?")], "s", r##""İstanbul ıi""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc4\xb0stanbul \xc4\xb1i"), S(b"")], "s", r##""İstanbul ıi""##);
        t.c("strings.Clone", &[S(b"\xc4\xb0stanbul \xc4\xb1i")], "s", r##""İstanbul ıi""##);
        t.c("strings.ToUpper", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ LIGATURE""##);
        t.c("strings.ToLower", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ ligature""##);
        t.c("strings.ToTitle", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ LIGATURE""##);
        t.c("strings.Title", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ Ligature""##);
        t.c("strings.Fields", &[S(b"\xef\xac\x83 ligature")], "S", r##"["ﬃ","ligature"]"##);
        t.c("strings.TrimSpace", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ ligature""##);
        t.c("strings.ToValidUTF8", &[S(b"\xef\xac\x83 ligature"), S(b"?")], "s", r##""ﬃ ligature""##);
        t.c("strings.ToValidUTF8", &[S(b"\xef\xac\x83 ligature"), S(b"")], "s", r##""ﬃ ligature""##);
        t.c("strings.Clone", &[S(b"\xef\xac\x83 ligature")], "s", r##""ﬃ ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"")], "S", r##"["ﬃ"," ","l","i","g","a","t","u","r","e"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"")], "i", r##"12"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"")], "i", r##"11"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"")], "ssb", r##""" "ﬃ ligature" true"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"")], "ssb", r##""ﬃ ligature" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b""), S(b"<>")], "s", r##""<>ﬃ<> <>l<>i<>g<>a<>t<>u<>r<>e<>""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "S", r##"["ﬃ lig","ture"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "i", r##"7"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "i", r##"7"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "i", r##"7"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "i", r##"7"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "ssb", r##""ﬃ lig" "ture" true"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"a")], "ssb", r##""ﬃ lig" "ture" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b"a"), S(b"<>")], "s", r##""ﬃ lig<>ture""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b",")], "S", r##"["ﬃ ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b",")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b",")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b",")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b",")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b",")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b","), S(b"<>")], "s", r##""ﬃ ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "S", r##"["ﬃ ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "i", r##"7"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "i", r##"7"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"ab")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b"ab"), S(b"<>")], "s", r##""ﬃ ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "S", r##"["ﬃ","ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "i", r##"3"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "i", r##"3"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "i", r##"3"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "ssb", r##""ﬃ" "ligature" true"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b" ")], "ssb", r##""ﬃ" "ligature" true"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b" "), S(b"<>")], "s", r##""ﬃ<>ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "S", r##"["ﬃ ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"\xff")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b"\xff"), S(b"<>")], "s", r##""ﬃ ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "S", r##"["ﬃ ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""ﬃ ligature""##);
        t.c("strings.Split", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "S", r##"["ﬃ ligature"]"##);
        t.c("strings.Index", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimLeft", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "s", r##""ﬃ ligature""##);
        t.c("strings.TrimRight", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "s", r##""ﬃ ligature""##);
        t.c("strings.Cut", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.CutLast", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd")], "ssb", r##""ﬃ ligature" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\xef\xac\x83 ligature"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""ﬃ ligature""##);
        t.c("strings.ToUpper", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""ΣΊΣΥΦΟΣ ΣΑΣ""##);
        t.c("strings.ToLower", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""σίσυφος σασ""##);
        t.c("strings.ToTitle", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""ΣΊΣΥΦΟΣ ΣΑΣ""##);
        t.c("strings.Title", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""Σίσυφος ΣΑΣ""##);
        t.c("strings.Fields", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "S", r##"["Σίσυφος","ΣΑΣ"]"##);
        t.c("strings.TrimSpace", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""Σίσυφος ΣΑΣ""##);
        t.c("strings.ToValidUTF8", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3"), S(b"?")], "s", r##""Σίσυφος ΣΑΣ""##);
        t.c("strings.ToValidUTF8", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3"), S(b"")], "s", r##""Σίσυφος ΣΑΣ""##);
        t.c("strings.Clone", &[S(b"\xce\xa3\xce\xaf\xcf\x83\xcf\x85\xcf\x86\xce\xbf\xcf\x82 \xce\xa3\xce\x91\xce\xa3")], "s", r##""Σίσυφος ΣΑΣ""##);
        t.c("strings.ToUpper", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""\u00a0NBSP\u0085NEL\u2028""##);
        t.c("strings.ToLower", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""\u00a0nbsp\u0085nel\u2028""##);
        t.c("strings.ToTitle", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""\u00a0NBSP\u0085NEL\u2028""##);
        t.c("strings.Title", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""\u00a0Nbsp\u0085Nel\u2028""##);
        t.c("strings.Fields", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "S", r##"["nbsp","nel"]"##);
        t.c("strings.TrimSpace", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""nbsp\u0085nel""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8"), S(b"?")], "s", r##""\u00a0nbsp\u0085nel\u2028""##);
        t.c("strings.ToValidUTF8", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8"), S(b"")], "s", r##""\u00a0nbsp\u0085nel\u2028""##);
        t.c("strings.Clone", &[S(b"\xc2\xa0nbsp\xc2\x85nel\xe2\x80\xa8")], "s", r##""\u00a0nbsp\u0085nel\u2028""##);
        t.c("strings.ToUpper", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""\t\n\v\f\r X \u3000Y\u3000""##);
        t.c("strings.ToLower", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""\t\n\v\f\r x \u3000y\u3000""##);
        t.c("strings.ToTitle", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""\t\n\v\f\r X \u3000Y\u3000""##);
        t.c("strings.Title", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""\t\n\v\f\r X \u3000Y\u3000""##);
        t.c("strings.Fields", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "S", r##"["x","y"]"##);
        t.c("strings.TrimSpace", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""x \u3000y""##);
        t.c("strings.ToValidUTF8", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80"), S(b"?")], "s", r##""\t\n\v\f\r x \u3000y\u3000""##);
        t.c("strings.ToValidUTF8", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80"), S(b"")], "s", r##""\t\n\v\f\r x \u3000y\u3000""##);
        t.c("strings.Clone", &[S(b"\x09\x0a\x0b\x0c\x0d x \xe3\x80\x80y\xe3\x80\x80")], "s", r##""\t\n\v\f\r x \u3000y\u3000""##);
        t.c("strings.ToUpper", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""KK SS""##);
        t.c("strings.ToLower", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""kk sſ""##);
        t.c("strings.ToTitle", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""KK SS""##);
        t.c("strings.Title", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""KK Sſ""##);
        t.c("strings.Fields", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "S", r##"["kK","sſ"]"##);
        t.c("strings.TrimSpace", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""kK sſ""##);
        t.c("strings.ToValidUTF8", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"?")], "s", r##""kK sſ""##);
        t.c("strings.ToValidUTF8", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "s", r##""kK sſ""##);
        t.c("strings.Clone", &[S(b"k\xe2\x84\xaa s\xc5\xbf")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "S", r##"["k","K"," ","s","ſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "i", r##"8"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "i", r##"6"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "ssb", r##""" "kK sſ" true"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"")], "ssb", r##""kK sſ" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b""), S(b"<>")], "s", r##""<>k<>K<> <>s<>ſ<>""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"a"), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b",")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b","), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"ab"), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "S", r##"["kK","sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "i", r##"4"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "i", r##"4"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "i", r##"1"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "i", r##"4"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "i", r##"4"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "ssb", r##""kK" "sſ" true"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" ")], "ssb", r##""kK" "sſ" true"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b" "), S(b"<>")], "s", r##""kK<>sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xff"), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.Split", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "S", r##"["kK sſ"]"##);
        t.c("strings.Index", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "s", r##""kK sſ""##);
        t.c("strings.TrimLeft", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "s", r##""kK sſ""##);
        t.c("strings.TrimRight", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "s", r##""kK sſ""##);
        t.c("strings.Cut", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.CutLast", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd")], "ssb", r##""kK sſ" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"k\xe2\x84\xaa s\xc5\xbf"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""kK sſ""##);
        t.c("strings.ToUpper", &[S(b"aaaa")], "s", r##""AAAA""##);
        t.c("strings.ToLower", &[S(b"aaaa")], "s", r##""aaaa""##);
        t.c("strings.ToTitle", &[S(b"aaaa")], "s", r##""AAAA""##);
        t.c("strings.Title", &[S(b"aaaa")], "s", r##""Aaaa""##);
        t.c("strings.Fields", &[S(b"aaaa")], "S", r##"["aaaa"]"##);
        t.c("strings.TrimSpace", &[S(b"aaaa")], "s", r##""aaaa""##);
        t.c("strings.ToValidUTF8", &[S(b"aaaa"), S(b"?")], "s", r##""aaaa""##);
        t.c("strings.ToValidUTF8", &[S(b"aaaa"), S(b"")], "s", r##""aaaa""##);
        t.c("strings.Clone", &[S(b"aaaa")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"")], "S", r##"["a","a","a","a"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"")], "i", r##"4"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"")], "i", r##"5"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"")], "ssb", r##""" "aaaa" true"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"")], "ssb", r##""aaaa" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b""), S(b"<>")], "s", r##""<>a<>a<>a<>a<>""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"a")], "S", r##"["","","","",""]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"a")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"a")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"a")], "i", r##"3"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"a")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"a")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"a")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"a")], "ssb", r##""" "aaa" true"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"a")], "ssb", r##""aaa" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b"a"), S(b"<>")], "s", r##""<><><><>""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b",")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b",")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b",")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b",")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b",")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b",")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b","), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"ab")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"ab")], "i", r##"3"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"ab")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"ab")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"ab")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b"ab"), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b" ")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b" ")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b" ")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b" ")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b" ")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b" ")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b" "), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"\xff")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"\xff")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"\xff")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"\xff")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"\xff")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"\xff")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b"\xff"), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"\xc3\xa9")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"\xc3\xa9")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"\xc3\xa9")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"\xc3\xa9")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"\xc3\xa9")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"\xc3\xa9")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.Split", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "S", r##"["aaaa"]"##);
        t.c("strings.Index", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "s", r##""aaaa""##);
        t.c("strings.TrimLeft", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "s", r##""aaaa""##);
        t.c("strings.TrimRight", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "s", r##""aaaa""##);
        t.c("strings.Cut", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.CutLast", &[S(b"aaaa"), S(b"\xef\xbf\xbd")], "ssb", r##""aaaa" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"aaaa"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""aaaa""##);
        t.c("strings.ToUpper", &[S(b"abababab")], "s", r##""ABABABAB""##);
        t.c("strings.ToLower", &[S(b"abababab")], "s", r##""abababab""##);
        t.c("strings.ToTitle", &[S(b"abababab")], "s", r##""ABABABAB""##);
        t.c("strings.Title", &[S(b"abababab")], "s", r##""Abababab""##);
        t.c("strings.Fields", &[S(b"abababab")], "S", r##"["abababab"]"##);
        t.c("strings.TrimSpace", &[S(b"abababab")], "s", r##""abababab""##);
        t.c("strings.ToValidUTF8", &[S(b"abababab"), S(b"?")], "s", r##""abababab""##);
        t.c("strings.ToValidUTF8", &[S(b"abababab"), S(b"")], "s", r##""abababab""##);
        t.c("strings.Clone", &[S(b"abababab")], "s", r##""abababab""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"")], "S", r##"["a","b","a","b","a","b","a","b"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"")], "i", r##"8"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"")], "i", r##"9"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"")], "ssb", r##""" "abababab" true"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"")], "ssb", r##""abababab" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b""), S(b"<>")], "s", r##""<>a<>b<>a<>b<>a<>b<>a<>b<>""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"a")], "S", r##"["","b","b","b","b"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"a")], "i", r##"6"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"a")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"a")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"a")], "i", r##"6"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"a")], "s", r##""bababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"a")], "s", r##""bababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"a")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"a")], "ssb", r##""" "bababab" true"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"a")], "ssb", r##""ababab" "b" true"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b"a"), S(b"<>")], "s", r##""<>b<>b<>b<>b""##);
        t.c("strings.Split", &[S(b"abababab"), S(b",")], "S", r##"["abababab"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abababab"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b",")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b",")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b",")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b",")], "ssb", r##""abababab" "" false"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b",")], "ssb", r##""abababab" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b","), S(b"<>")], "s", r##""abababab""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"ab")], "S", r##"["","","","",""]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"ab")], "i", r##"6"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"ab")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"ab")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"ab")], "i", r##"7"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"ab")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"ab")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"ab")], "ssb", r##""" "ababab" true"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"ab")], "ssb", r##""ababab" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b"ab"), S(b"<>")], "s", r##""<><><><>""##);
        t.c("strings.Split", &[S(b"abababab"), S(b" ")], "S", r##"["abababab"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abababab"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b" ")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b" ")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b" ")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b" ")], "ssb", r##""abababab" "" false"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b" ")], "ssb", r##""abababab" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b" "), S(b"<>")], "s", r##""abababab""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"\xff")], "S", r##"["abababab"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"\xff")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"\xff")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"\xff")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"\xff")], "ssb", r##""abababab" "" false"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"\xff")], "ssb", r##""abababab" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b"\xff"), S(b"<>")], "s", r##""abababab""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"\xc3\xa9")], "S", r##"["abababab"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"\xc3\xa9")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"\xc3\xa9")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"\xc3\xa9")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"\xc3\xa9")], "ssb", r##""abababab" "" false"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"\xc3\xa9")], "ssb", r##""abababab" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""abababab""##);
        t.c("strings.Split", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "S", r##"["abababab"]"##);
        t.c("strings.Index", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "s", r##""abababab""##);
        t.c("strings.TrimLeft", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "s", r##""abababab""##);
        t.c("strings.TrimRight", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "s", r##""abababab""##);
        t.c("strings.Cut", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "ssb", r##""abababab" "" false"##);
        t.c("strings.CutLast", &[S(b"abababab"), S(b"\xef\xbf\xbd")], "ssb", r##""abababab" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"abababab"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""abababab""##);
        t.c("strings.ToUpper", &[S(b"mixed_Case-word 3rd")], "s", r##""MIXED_CASE-WORD 3RD""##);
        t.c("strings.ToLower", &[S(b"mixed_Case-word 3rd")], "s", r##""mixed_case-word 3rd""##);
        t.c("strings.ToTitle", &[S(b"mixed_Case-word 3rd")], "s", r##""MIXED_CASE-WORD 3RD""##);
        t.c("strings.Title", &[S(b"mixed_Case-word 3rd")], "s", r##""Mixed_Case-Word 3rd""##);
        t.c("strings.Fields", &[S(b"mixed_Case-word 3rd")], "S", r##"["mixed_Case-word","3rd"]"##);
        t.c("strings.TrimSpace", &[S(b"mixed_Case-word 3rd")], "s", r##""mixed_Case-word 3rd""##);
        t.c("strings.ToValidUTF8", &[S(b"mixed_Case-word 3rd"), S(b"?")], "s", r##""mixed_Case-word 3rd""##);
        t.c("strings.ToValidUTF8", &[S(b"mixed_Case-word 3rd"), S(b"")], "s", r##""mixed_Case-word 3rd""##);
        t.c("strings.Clone", &[S(b"mixed_Case-word 3rd")], "s", r##""mixed_Case-word 3rd""##);
        t.c("strings.ToUpper", &[S(b"\x80\x80\x80")], "s", r##""���""##);
        t.c("strings.ToLower", &[S(b"\x80\x80\x80")], "s", r##""���""##);
        t.c("strings.ToTitle", &[S(b"\x80\x80\x80")], "s", r##""���""##);
        t.c("strings.Title", &[S(b"\x80\x80\x80")], "s", r##""���""##);
        t.c("strings.Fields", &[S(b"\x80\x80\x80")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.TrimSpace", &[S(b"\x80\x80\x80")], "s", r##""\x80\x80\x80""##);
        t.c("strings.ToValidUTF8", &[S(b"\x80\x80\x80"), S(b"?")], "s", r##""?""##);
        t.c("strings.ToValidUTF8", &[S(b"\x80\x80\x80"), S(b"")], "s", r##""""##);
        t.c("strings.Clone", &[S(b"\x80\x80\x80")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"")], "S", r##"["\x80","\x80","\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"")], "i", r##"0"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"")], "i", r##"3"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"")], "i", r##"4"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"")], "ssb", r##""" "\x80\x80\x80" true"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"")], "ssb", r##""\x80\x80\x80" "" true"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b""), S(b"<>")], "s", r##""<>\x80<>\x80<>\x80<>""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"a")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"a")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"a")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"a")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"a")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"a")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"a")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"a")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"a")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b"a"), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b",")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b",")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b",")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b",")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b",")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b",")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b",")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b",")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b",")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b",")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b","), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"ab")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"ab")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"ab")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"ab")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"ab")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"ab")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"ab")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"ab")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b"ab"), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b" ")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b" ")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b" ")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b" ")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b" ")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b" ")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b" ")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b" ")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b" ")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b" "), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"\xff")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"\xff")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"\xff")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"\xff")], "i", r##"2"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"\xff")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"\xff")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"\xff")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"\xff")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b"\xff"), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "s", r##""\x80\x80\x80""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b"\xc3\xa9"), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.Split", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "S", r##"["\x80\x80\x80"]"##);
        t.c("strings.Index", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.LastIndex", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "i", r##"-1"##);
        t.c("strings.Count", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.IndexAny", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "i", r##"2"##);
        t.c("strings.Trim", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimLeft", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.TrimRight", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "s", r##""""##);
        t.c("strings.Cut", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.CutLast", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd")], "ssb", r##""\x80\x80\x80" "" false"##);
        t.c("strings.ReplaceAll", &[S(b"\x80\x80\x80"), S(b"\xef\xbf\xbd"), S(b"<>")], "s", r##""\x80\x80\x80""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(-2)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(-2)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(-2)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(-2)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(-2)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(-2)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(-2)], "S", r##"["a","b","c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(-2)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(-2)], "S", r##"["a,","b,","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(-2)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(-2)], "s", r##""a--b--c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(-2)], "s", r##""-a-,-b-,-c-""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(-2)], "S", r##"["","a","","b",""]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(-2)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(-2)], "S", r##"[",","a,",",","b,",""]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(-2)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(-2)], "s", r##""--a----b--""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(-2)], "s", r##""-,-a-,-,-b-,-""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(-2)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(-2)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(-2)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(-2)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(-2)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(-2)], "s", r##""-h-é-l-l-o-""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(-2)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(-2)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(-2)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(-2)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(-2)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(-2)], "s", r##""-a-\xff-b-""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(-1)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(-1)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(-1)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(-1)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(-1)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(-1)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(-1)], "S", r##"["a","b","c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(-1)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(-1)], "S", r##"["a,","b,","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(-1)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(-1)], "s", r##""a--b--c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(-1)], "s", r##""-a-,-b-,-c-""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(-1)], "S", r##"["","a","","b",""]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(-1)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(-1)], "S", r##"[",","a,",",","b,",""]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(-1)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(-1)], "s", r##""--a----b--""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(-1)], "s", r##""-,-a-,-,-b-,-""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(-1)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(-1)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(-1)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(-1)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(-1)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(-1)], "s", r##""-h-é-l-l-o-""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(-1)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(-1)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(-1)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(-1)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(-1)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(-1)], "s", r##""-a-\xff-b-""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(0)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(0)], "s", r##""""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(0)], "s", r##""a,b,c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(0)], "s", r##""a,b,c""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(0)], "s", r##"",a,,b,""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(0)], "s", r##"",a,,b,""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(0)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(0)], "s", r##""héllo""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(0)], "S", r##"nil"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(0)], "S", r##"nil"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(0)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(0)], "s", r##""a\xffb""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(1)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(1)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(1)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(1)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(1)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(1)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(1)], "S", r##"["a,b,c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(1)], "S", r##"["a,b,c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(1)], "S", r##"["a,b,c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(1)], "S", r##"["a,b,c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(1)], "s", r##""a--b,c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(1)], "s", r##""-a,b,c""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(1)], "S", r##"[",a,,b,"]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(1)], "S", r##"[",a,,b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(1)], "S", r##"[",a,,b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(1)], "S", r##"[",a,,b,"]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(1)], "s", r##""--a,,b,""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(1)], "s", r##""-,a,,b,""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(1)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(1)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(1)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(1)], "S", r##"["héllo"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(1)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(1)], "s", r##""-héllo""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(1)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(1)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(1)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(1)], "S", r##"["a\xffb"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(1)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(1)], "s", r##""-a\xffb""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(2)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(2)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(2)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(2)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(2)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(2)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(2)], "S", r##"["a","b,c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(2)], "S", r##"["a",",b,c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(2)], "S", r##"["a,","b,c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(2)], "S", r##"["a",",b,c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(2)], "s", r##""a--b--c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(2)], "s", r##""-a-,b,c""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(2)], "S", r##"["","a,,b,"]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(2)], "S", r##"[",","a,,b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(2)], "S", r##"[",","a,,b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(2)], "S", r##"[",","a,,b,"]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(2)], "s", r##""--a--,b,""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(2)], "s", r##""-,-a,,b,""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(2)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(2)], "S", r##"["h","éllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(2)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(2)], "S", r##"["h","éllo"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(2)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(2)], "s", r##""-h-éllo""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(2)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(2)], "S", r##"["a","\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(2)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(2)], "S", r##"["a","\xffb"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(2)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(2)], "s", r##""-a-\xffb""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(3)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(3)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(3)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(3)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(3)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(3)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(3)], "S", r##"["a","b","c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(3)], "S", r##"["a",",","b,c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(3)], "S", r##"["a,","b,","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(3)], "S", r##"["a",",","b,c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(3)], "s", r##""a--b--c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(3)], "s", r##""-a-,-b,c""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(3)], "S", r##"["","a",",b,"]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(3)], "S", r##"[",","a",",,b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(3)], "S", r##"[",","a,",",b,"]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(3)], "S", r##"[",","a",",,b,"]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(3)], "s", r##""--a----b,""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(3)], "s", r##""-,-a-,,b,""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(3)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(3)], "S", r##"["h","é","llo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(3)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(3)], "S", r##"["h","é","llo"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(3)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(3)], "s", r##""-h-é-llo""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(3)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(3)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(3)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(3)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(3)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(3)], "s", r##""-a-\xff-b""##);
        t.c("strings.SplitN", &[S(b""), S(b","), I(10)], "S", r##"[""]"##);
        t.c("strings.SplitN", &[S(b""), S(b""), I(10)], "S", r##"[]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b","), I(10)], "S", r##"[""]"##);
        t.c("strings.SplitAfterN", &[S(b""), S(b""), I(10)], "S", r##"[]"##);
        t.c("strings.Replace", &[S(b""), S(b","), S(b"--"), I(10)], "s", r##""""##);
        t.c("strings.Replace", &[S(b""), S(b""), S(b"-"), I(10)], "s", r##""-""##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b","), I(10)], "S", r##"["a","b","c"]"##);
        t.c("strings.SplitN", &[S(b"a,b,c"), S(b""), I(10)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b","), I(10)], "S", r##"["a,","b,","c"]"##);
        t.c("strings.SplitAfterN", &[S(b"a,b,c"), S(b""), I(10)], "S", r##"["a",",","b",",","c"]"##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b","), S(b"--"), I(10)], "s", r##""a--b--c""##);
        t.c("strings.Replace", &[S(b"a,b,c"), S(b""), S(b"-"), I(10)], "s", r##""-a-,-b-,-c-""##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b","), I(10)], "S", r##"["","a","","b",""]"##);
        t.c("strings.SplitN", &[S(b",a,,b,"), S(b""), I(10)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b","), I(10)], "S", r##"[",","a,",",","b,",""]"##);
        t.c("strings.SplitAfterN", &[S(b",a,,b,"), S(b""), I(10)], "S", r##"[",","a",",",",","b",","]"##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b","), S(b"--"), I(10)], "s", r##""--a----b--""##);
        t.c("strings.Replace", &[S(b",a,,b,"), S(b""), S(b"-"), I(10)], "s", r##""-,-a-,-,-b-,-""##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b","), I(10)], "S", r##"["héllo"]"##);
        t.c("strings.SplitN", &[S(b"h\xc3\xa9llo"), S(b""), I(10)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b","), I(10)], "S", r##"["héllo"]"##);
        t.c("strings.SplitAfterN", &[S(b"h\xc3\xa9llo"), S(b""), I(10)], "S", r##"["h","é","l","l","o"]"##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b","), S(b"--"), I(10)], "s", r##""héllo""##);
        t.c("strings.Replace", &[S(b"h\xc3\xa9llo"), S(b""), S(b"-"), I(10)], "s", r##""-h-é-l-l-o-""##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b","), I(10)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitN", &[S(b"a\xffb"), S(b""), I(10)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b","), I(10)], "S", r##"["a\xffb"]"##);
        t.c("strings.SplitAfterN", &[S(b"a\xffb"), S(b""), I(10)], "S", r##"["a","\xff","b"]"##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b","), S(b"--"), I(10)], "s", r##""a\xffb""##);
        t.c("strings.Replace", &[S(b"a\xffb"), S(b""), S(b"-"), I(10)], "s", r##""-a-\xff-b-""##);
        t.c("strings.SplitAfter", &[S(b"a,b,c,"), S(b",")], "S", r##"["a,","b,","c,",""]"##);
        t.c("strings.SplitAfter", &[S(b"abc"), S(b"")], "S", r##"["a","b","c"]"##);
        t.c("strings.SplitAfter", &[S(b""), S(b",")], "S", r##"[""]"##);
        t.c("strings.Replace", &[S(b"aaa"), S(b"a"), S(b"a"), I(-1)], "s", r##""aaa""##);
        t.c("strings.Replace", &[S(b"aaa"), S(b"aa"), S(b"b"), I(-1)], "s", r##""ba""##);
        t.c("strings.HasPrefix", &[S(b""), S(b"")], "b", r##"true"##);
        t.c("strings.HasSuffix", &[S(b""), S(b"")], "b", r##"true"##);
        t.c("strings.TrimPrefix", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.TrimSuffix", &[S(b""), S(b"")], "s", r##""""##);
        t.c("strings.CutPrefix", &[S(b""), S(b"")], "sb", r##""" true"##);
        t.c("strings.CutSuffix", &[S(b""), S(b"")], "sb", r##""" true"##);
        t.c("strings.Compare", &[S(b""), S(b"")], "i", r##"0"##);
        t.c("strings.Compare", &[S(b""), S(b"")], "i", r##"0"##);
        t.c("strings.Contains", &[S(b""), S(b"")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b""), S(b"")], "b", r##"false"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"")], "b", r##"true"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"")], "b", r##"true"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"")], "s", r##""abc""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"")], "sb", r##""abc" true"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"")], "sb", r##""abc" true"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"")], "i", r##"1"##);
        t.c("strings.Compare", &[S(b""), S(b"abc")], "i", r##"-1"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"")], "b", r##"false"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"a")], "b", r##"true"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"a")], "b", r##"false"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"a")], "s", r##""bc""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"a")], "s", r##""abc""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"a")], "sb", r##""bc" true"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"a")], "sb", r##""abc" false"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"a")], "i", r##"1"##);
        t.c("strings.Compare", &[S(b"a"), S(b"abc")], "i", r##"-1"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"a")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"a")], "b", r##"true"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"abc")], "b", r##"true"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"abc")], "b", r##"true"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"abc")], "s", r##""""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"abc")], "s", r##""""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"abc")], "sb", r##""" true"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"abc")], "sb", r##""" true"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"abc")], "i", r##"0"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"abc")], "i", r##"0"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"abc")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"abc")], "b", r##"true"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"abcd")], "b", r##"false"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"abcd")], "b", r##"false"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"abcd")], "s", r##""abc""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"abcd")], "s", r##""abc""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"abcd")], "sb", r##""abc" false"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"abcd")], "sb", r##""abc" false"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"abcd")], "i", r##"-1"##);
        t.c("strings.Compare", &[S(b"abcd"), S(b"abc")], "i", r##"1"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"abcd")], "b", r##"false"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"abcd")], "b", r##"true"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"c")], "b", r##"false"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"c")], "b", r##"true"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"c")], "s", r##""abc""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"c")], "s", r##""ab""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"c")], "sb", r##""abc" false"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"c")], "sb", r##""ab" true"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"c")], "i", r##"-1"##);
        t.c("strings.Compare", &[S(b"c"), S(b"abc")], "i", r##"1"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"c")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"c")], "b", r##"true"##);
        t.c("strings.HasPrefix", &[S(b"abc"), S(b"bc")], "b", r##"false"##);
        t.c("strings.HasSuffix", &[S(b"abc"), S(b"bc")], "b", r##"true"##);
        t.c("strings.TrimPrefix", &[S(b"abc"), S(b"bc")], "s", r##""abc""##);
        t.c("strings.TrimSuffix", &[S(b"abc"), S(b"bc")], "s", r##""a""##);
        t.c("strings.CutPrefix", &[S(b"abc"), S(b"bc")], "sb", r##""abc" false"##);
        t.c("strings.CutSuffix", &[S(b"abc"), S(b"bc")], "sb", r##""a" true"##);
        t.c("strings.Compare", &[S(b"abc"), S(b"bc")], "i", r##"-1"##);
        t.c("strings.Compare", &[S(b"bc"), S(b"abc")], "i", r##"1"##);
        t.c("strings.Contains", &[S(b"abc"), S(b"bc")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"abc"), S(b"bc")], "b", r##"true"##);
        t.c("strings.HasPrefix", &[S(b""), S(b"a")], "b", r##"false"##);
        t.c("strings.HasSuffix", &[S(b""), S(b"a")], "b", r##"false"##);
        t.c("strings.TrimPrefix", &[S(b""), S(b"a")], "s", r##""""##);
        t.c("strings.TrimSuffix", &[S(b""), S(b"a")], "s", r##""""##);
        t.c("strings.CutPrefix", &[S(b""), S(b"a")], "sb", r##""" false"##);
        t.c("strings.CutSuffix", &[S(b""), S(b"a")], "sb", r##""" false"##);
        t.c("strings.Compare", &[S(b""), S(b"a")], "i", r##"-1"##);
        t.c("strings.Compare", &[S(b"a"), S(b"")], "i", r##"1"##);
        t.c("strings.Contains", &[S(b""), S(b"a")], "b", r##"false"##);
        t.c("strings.ContainsAny", &[S(b""), S(b"a")], "b", r##"false"##);
        t.c("strings.HasPrefix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "b", r##"true"##);
        t.c("strings.HasSuffix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "b", r##"false"##);
        t.c("strings.TrimPrefix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "s", r##""llo""##);
        t.c("strings.TrimSuffix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "s", r##""héllo""##);
        t.c("strings.CutPrefix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "sb", r##""llo" true"##);
        t.c("strings.CutSuffix", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "sb", r##""héllo" false"##);
        t.c("strings.Compare", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "i", r##"1"##);
        t.c("strings.Compare", &[S(b"h\xc3\xa9"), S(b"h\xc3\xa9llo")], "i", r##"-1"##);
        t.c("strings.Contains", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "b", r##"true"##);
        t.c("strings.ContainsAny", &[S(b"h\xc3\xa9llo"), S(b"h\xc3\xa9")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"Go"), S(b"GO")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"go"), S(b"gO")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xcf\x83"), S(b"\xce\xa3")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xcf\x82"), S(b"\xce\xa3")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xcf\x82"), S(b"\xcf\x83")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"k"), S(b"\xe2\x84\xaa")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"K"), S(b"\xe2\x84\xaa")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc3\x9f"), S(b"\xe1\xba\x9e")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc3\x9f"), S(b"ss")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"\xc7\x86"), S(b"\xc7\x85")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc7\x86"), S(b"\xc7\x84")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc4\xb0"), S(b"i")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"\xc4\xb1"), S(b"I")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"\xff"), S(b"\xfe")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xff"), S(b"\xef\xbf\xbd")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"a\xff"), S(b"A\xff")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"abc"), S(b"ab")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"ab"), S(b"abc")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b""), S(b"")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc2\xb5"), S(b"\xce\x9c")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc2\xb5"), S(b"\xce\xbc")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc3\x85"), S(b"\xe2\x84\xab")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"\xc3\xa5"), S(b"\xe2\x84\xab")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"1"), S(b"1")], "b", r##"true"##);
        t.c("strings.EqualFold", &[S(b"@"), S(b"`")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"["), S(b"{")], "b", r##"false"##);
        t.c("strings.EqualFold", &[S(b"r\xc3\xa9sum\xc3\xa9"), S(b"R\xc3\x89SUM\xc3\x89")], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b""), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(97)], "i", r##"0"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(97)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(97)], "i", r##"0"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(97)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(97)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(97)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(233)], "i", r##"1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(233)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(233)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(233)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(65533)], "i", r##"1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(65533)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(65533)], "i", r##"1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(65533)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(65533)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(65533)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(-1)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(-1)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(55296)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(55296)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(1114112)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(1114112)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(0)], "i", r##"0"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(0)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(0)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(0)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(26085)], "i", r##"0"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(26085)], "b", r##"true"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(26085)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(26085)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b""), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b""), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"abc"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"abc"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"h\xc3\xa9llo"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"h\xc3\xa9llo"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"a\xffb"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"a\xffb"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"x\xef\xbf\xbd"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"x\xef\xbf\xbd"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\xe6\x97\xa5\xe6\x9c\xac"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\x00"), I(128512)], "i", r##"-1"##);
        t.c("strings.ContainsRune", &[S(b"\x00"), I(128512)], "b", r##"false"##);
        t.c("strings.IndexRune", &[S(b"\xf0\x9f\x98\x80!"), I(128512)], "i", r##"0"##);
        t.c("strings.ContainsRune", &[S(b"\xf0\x9f\x98\x80!"), I(128512)], "b", r##"true"##);
        t.c("strings.IndexByte", &[S(b""), U(97)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b""), U(97)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"hello"), U(97)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"hello"), U(97)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"h\xc3\xa9llo"), U(97)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"h\xc3\xa9llo"), U(97)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"a\xffb\xff"), U(97)], "i", r##"0"##);
        t.c("strings.LastIndexByte", &[S(b"a\xffb\xff"), U(97)], "i", r##"0"##);
        t.c("strings.IndexByte", &[S(b""), U(108)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b""), U(108)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"hello"), U(108)], "i", r##"2"##);
        t.c("strings.LastIndexByte", &[S(b"hello"), U(108)], "i", r##"3"##);
        t.c("strings.IndexByte", &[S(b"h\xc3\xa9llo"), U(108)], "i", r##"3"##);
        t.c("strings.LastIndexByte", &[S(b"h\xc3\xa9llo"), U(108)], "i", r##"4"##);
        t.c("strings.IndexByte", &[S(b"a\xffb\xff"), U(108)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"a\xffb\xff"), U(108)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b""), U(255)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b""), U(255)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"hello"), U(255)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"hello"), U(255)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"h\xc3\xa9llo"), U(255)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"h\xc3\xa9llo"), U(255)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"a\xffb\xff"), U(255)], "i", r##"1"##);
        t.c("strings.LastIndexByte", &[S(b"a\xffb\xff"), U(255)], "i", r##"3"##);
        t.c("strings.IndexByte", &[S(b""), U(195)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b""), U(195)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"hello"), U(195)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"hello"), U(195)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"h\xc3\xa9llo"), U(195)], "i", r##"1"##);
        t.c("strings.LastIndexByte", &[S(b"h\xc3\xa9llo"), U(195)], "i", r##"1"##);
        t.c("strings.IndexByte", &[S(b"a\xffb\xff"), U(195)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"a\xffb\xff"), U(195)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b""), U(0)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b""), U(0)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"hello"), U(0)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"hello"), U(0)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"h\xc3\xa9llo"), U(0)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"h\xc3\xa9llo"), U(0)], "i", r##"-1"##);
        t.c("strings.IndexByte", &[S(b"a\xffb\xff"), U(0)], "i", r##"-1"##);
        t.c("strings.LastIndexByte", &[S(b"a\xffb\xff"), U(0)], "i", r##"-1"##);
        t.c("strings.Repeat", &[S(b"ab"), I(-1)], "s", r##"panic: strings: negative Repeat count"##);
        t.c("strings.Repeat", &[S(b""), I(-1)], "s", r##"panic: strings: negative Repeat count"##);
        t.c("strings.Repeat", &[S(b"-"), I(-1)], "s", r##"panic: strings: negative Repeat count"##);
        t.c("strings.Repeat", &[S(b"ab"), I(0)], "s", r##""""##);
        t.c("strings.Repeat", &[S(b""), I(0)], "s", r##""""##);
        t.c("strings.Repeat", &[S(b"-"), I(0)], "s", r##""""##);
        t.c("strings.Repeat", &[S(b"ab"), I(1)], "s", r##""ab""##);
        t.c("strings.Repeat", &[S(b""), I(1)], "s", r##""""##);
        t.c("strings.Repeat", &[S(b"-"), I(1)], "s", r##""-""##);
        t.c("strings.Repeat", &[S(b"ab"), I(3)], "s", r##""ababab""##);
        t.c("strings.Repeat", &[S(b""), I(3)], "s", r##""""##);
        t.c("strings.Repeat", &[S(b"-"), I(3)], "s", r##""---""##);
        t.c("strings.Repeat", &[S(b"ab"), I(4611686018427387904)], "s", r##"panic: strings: Repeat output length overflow"##);
        t.c("strings.Repeat", &[S(b""), I(9223372036854775807)], "s", r##""""##);
        t.c("strings.Join", &[SS(&[]), S(b", ")], "s", r##""""##);
        t.c("strings.Join", &[SS(&[]), S(b"")], "s", r##""""##);
        t.c("strings.Join", &[SS(&[]), S(b", ")], "s", r##""""##);
        t.c("strings.Join", &[SS(&[]), S(b"")], "s", r##""""##);
        t.c("strings.Join", &[SS(&[b"a"]), S(b", ")], "s", r##""a""##);
        t.c("strings.Join", &[SS(&[b"a"]), S(b"")], "s", r##""a""##);
        t.c("strings.Join", &[SS(&[b"a", b"b"]), S(b", ")], "s", r##""a, b""##);
        t.c("strings.Join", &[SS(&[b"a", b"b"]), S(b"")], "s", r##""ab""##);
        t.c("strings.Join", &[SS(&[b"", b""]), S(b", ")], "s", r##"", ""##);
        t.c("strings.Join", &[SS(&[b"", b""]), S(b"")], "s", r##""""##);
        t.c("strings.Join", &[SS(&[b"x", b"", b"y", b"\xff"]), S(b", ")], "s", r##""x, , y, \xff""##);
        t.c("strings.Join", &[SS(&[b"x", b"", b"y", b"\xff"]), S(b"")], "s", r##""xy\xff""##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"\xfe")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"\xff"), S(b"\xc3\xa9\xfe")], "i", r##"0"##);
        t.c("strings.LastIndexAny", &[S(b"a\xe2\x82"), S(b"\xff")], "i", r##"2"##);
        t.c("strings.LastIndexAny", &[S(b"a\xe2\x82"), S(b"\xef\xbf\xbdz")], "i", r##"2"##);
        t.c("strings.IndexAny", &[S(b"a\xe2\x82\xacb"), S(b"\xac")], "i", r##"-1"##);
        t.c("strings.Trim", &[S(b"\xe3\xe3\x80\x80"), S(b"\xe3\x80\x80\xff")], "s", r##""""##);
        t.c("strings.Trim", &[S(b"\xe3\x80\x80\xe3"), S(b"\xe3\x80\x80\xff")], "s", r##""""##);
        t.c("strings.TrimSpace", &[S(b"\xe3\xe3\x80\x80\xe3\x80")], "s", r##""\xe3\u3000\xe3\x80""##);
        t.c("strings.TrimSpace", &[S(b" \xc2\x85 x \xc2\xa0 ")], "s", r##""x""##);
    }
}
