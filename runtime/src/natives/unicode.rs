//! Natives of packages unicode and unicode/utf8.
//!
//! The predicates and case mappings follow Go's own tables exactly: the
//! tables at the end of this file are generated from Go 1.27.3's package
//! unicode (Unicode 17.0.0) by a Go program that evaluates Go's functions
//! on every code point (Rust's `char` methods use other properties, e.g.
//! `is_alphabetic` is not category L, and full rather than simple case
//! mappings). The exhaustive test below checks them against Go's results
//! over all code points.

use super::utf8util::{self as utf8, Args, Rune, MAX_RUNE};
use super::{Ctx, Fail, NativeFn};

// Bits of a CLASSES entry: what Go's predicate of that name answers.
const LETTER: u16 = 1 << 0;
const MARK: u16 = 1 << 1;
const NUMBER: u16 = 1 << 2;
const DIGIT: u16 = 1 << 3;
const PUNCT: u16 = 1 << 4;
const SYMBOL: u16 = 1 << 5;
const SPACE: u16 = 1 << 6;
const GRAPHIC: u16 = 1 << 7;
const PRINT: u16 = 1 << 8;

fn class(r: Rune) -> u16 {
    let r = r as u32;
    match tables::CLASSES.binary_search_by(|&(lo, hi, _)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => tables::CLASSES[i].2,
        Err(_) => 0,
    }
}

/// Whether `r` is in a table of `(lo, hi, stride)` ranges, as Go's
/// `unicode.Is`.
fn in_strided(table: &[(u32, u32, u32)], r: Rune) -> bool {
    let r = r as u32;
    let i = table.partition_point(|&(_, hi, _)| hi < r);
    table
        .get(i)
        .is_some_and(|&(lo, _, stride)| lo <= r && (r - lo).is_multiple_of(stride))
}

pub fn is_letter(r: Rune) -> bool {
    class(r) & LETTER != 0
}
pub fn is_mark(r: Rune) -> bool {
    class(r) & MARK != 0
}
pub fn is_number(r: Rune) -> bool {
    class(r) & NUMBER != 0
}
pub fn is_digit(r: Rune) -> bool {
    class(r) & DIGIT != 0
}
pub fn is_punct(r: Rune) -> bool {
    class(r) & PUNCT != 0
}
pub fn is_symbol(r: Rune) -> bool {
    class(r) & SYMBOL != 0
}
pub fn is_space(r: Rune) -> bool {
    class(r) & SPACE != 0
}
pub fn is_graphic(r: Rune) -> bool {
    class(r) & GRAPHIC != 0
}
pub fn is_print(r: Rune) -> bool {
    class(r) & PRINT != 0
}
pub fn is_upper(r: Rune) -> bool {
    in_strided(tables::UPPER, r)
}
pub fn is_lower(r: Rune) -> bool {
    in_strided(tables::LOWER, r)
}
/// Only the Latin-1 control characters, as in Go.
pub fn is_control(r: Rune) -> bool {
    matches!(r, 0..=0x1F | 0x7F..=0x9F)
}

const UPPER_CASE: usize = 0;
const LOWER_CASE: usize = 1;
const TITLE_CASE: usize = 2;
/// A delta meaning "alternating upper and lower case" (Go's `UpperLower`).
const UPPER_LOWER: i32 = MAX_RUNE + 1;

/// Go's `unicode.To`, `convertCase` included; `None` when no case range
/// holds `r`.
fn to_case(case: usize, r: Rune) -> Option<Rune> {
    let ranges = tables::CASE_RANGES;
    let i = ranges.partition_point(|&(_, hi, _)| (hi as Rune) < r);
    let &(lo, _, delta) = ranges.get(i).filter(|&&(lo, _, _)| lo as Rune <= r)?;
    let d = delta[case];
    Some(if d == UPPER_LOWER {
        let lo = lo as Rune;
        lo + ((r - lo) & !1 | (case & 1) as Rune)
    } else {
        r + d
    })
}

pub fn to_upper(r: Rune) -> Rune {
    if r <= 0x7F {
        return if (b'a' as Rune..=b'z' as Rune).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(UPPER_CASE, r).unwrap_or(r)
}

pub fn to_lower(r: Rune) -> Rune {
    if r <= 0x7F {
        return if (b'A' as Rune..=b'Z' as Rune).contains(&r) {
            r + 32
        } else {
            r
        };
    }
    to_case(LOWER_CASE, r).unwrap_or(r)
}

pub fn to_title(r: Rune) -> Rune {
    if r <= 0x7F {
        return to_upper(r);
    }
    to_case(TITLE_CASE, r).unwrap_or(r)
}

/// Go's `unicode.SimpleFold`: the next rune of `r`'s case-folding orbit.
pub fn simple_fold(r: Rune) -> Rune {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = tables::FOLD_ORBIT.binary_search_by_key(&(r as u32), |&(from, _)| from) {
        return tables::FOLD_ORBIT[i].1 as Rune;
    }
    match to_case(LOWER_CASE, r) {
        Some(l) if l != r => l,
        Some(_) => to_case(UPPER_CASE, r).unwrap_or(r),
        None => r,
    }
}

fn pred(args: &[u64], out: &mut Vec<u64>, f: fn(Rune) -> bool) -> Result<(), Fail> {
    out.push(f(args[0] as Rune) as u64);
    Ok(())
}

fn map(args: &[u64], out: &mut Vec<u64>, f: fn(Rune) -> Rune) -> Result<(), Fail> {
    out.push(f(args[0] as Rune) as i64 as u64);
    Ok(())
}

fn push_rune_size(out: &mut Vec<u64>, (r, n): (Rune, usize)) -> Result<(), Fail> {
    out.extend([r as i64 as u64, n as u64]);
    Ok(())
}

/// `utf8.EncodeRune(p, r)`: writes into `p`'s array, panicking as Go's
/// bounds checks do when `p` is too short.
fn encode_rune(ctx: &mut Ctx, args: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut a = Args::new(args);
    let [addr, len, _] = a.slice();
    let enc = utf8::encoded(a.rune());
    if (len as usize) < enc.len() {
        return Err(utf8::index_panic(enc.len() - 1, len as usize));
    }
    for (i, &b) in enc.iter().enumerate() {
        utf8::store_byte(ctx, addr, i, b);
    }
    out.push(enc.len() as u64);
    Ok(())
}

fn append_rune(ctx: &mut Ctx, args: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut a = Args::new(args);
    let mut p = a.bytes(ctx);
    utf8::encode(&mut p, a.rune());
    utf8::push_byte_slice(ctx, out, &p);
    Ok(())
}

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("unicode.IsControl", |_, a, o| pred(a, o, is_control)),
    ("unicode.IsDigit", |_, a, o| pred(a, o, is_digit)),
    ("unicode.IsGraphic", |_, a, o| pred(a, o, is_graphic)),
    ("unicode.IsLetter", |_, a, o| pred(a, o, is_letter)),
    ("unicode.IsLower", |_, a, o| pred(a, o, is_lower)),
    ("unicode.IsMark", |_, a, o| pred(a, o, is_mark)),
    ("unicode.IsNumber", |_, a, o| pred(a, o, is_number)),
    ("unicode.IsPrint", |_, a, o| pred(a, o, is_print)),
    ("unicode.IsPunct", |_, a, o| pred(a, o, is_punct)),
    ("unicode.IsSpace", |_, a, o| pred(a, o, is_space)),
    ("unicode.IsSymbol", |_, a, o| pred(a, o, is_symbol)),
    ("unicode.IsUpper", |_, a, o| pred(a, o, is_upper)),
    ("unicode.ToLower", |_, a, o| map(a, o, to_lower)),
    ("unicode.ToTitle", |_, a, o| map(a, o, to_title)),
    ("unicode.ToUpper", |_, a, o| map(a, o, to_upper)),
    ("unicode/utf8.AppendRune", append_rune),
    ("unicode/utf8.DecodeLastRune", |c, a, o| {
        push_rune_size(o, utf8::decode_last(&Args::new(a).bytes(c)))
    }),
    ("unicode/utf8.DecodeLastRuneInString", |c, a, o| {
        push_rune_size(o, utf8::decode_last(&Args::new(a).str(c)))
    }),
    ("unicode/utf8.DecodeRune", |c, a, o| {
        push_rune_size(o, utf8::decode(&Args::new(a).bytes(c)))
    }),
    ("unicode/utf8.DecodeRuneInString", |c, a, o| {
        push_rune_size(o, utf8::decode(&Args::new(a).str(c)))
    }),
    ("unicode/utf8.EncodeRune", encode_rune),
    ("unicode/utf8.FullRune", |c, a, o| {
        o.push(utf8::full_rune(&Args::new(a).bytes(c)) as u64);
        Ok(())
    }),
    ("unicode/utf8.FullRuneInString", |c, a, o| {
        o.push(utf8::full_rune(&Args::new(a).str(c)) as u64);
        Ok(())
    }),
    ("unicode/utf8.RuneCount", |c, a, o| {
        o.push(utf8::rune_count(&Args::new(a).bytes(c)) as u64);
        Ok(())
    }),
    ("unicode/utf8.RuneCountInString", |c, a, o| {
        o.push(utf8::rune_count(&Args::new(a).str(c)) as u64);
        Ok(())
    }),
    ("unicode/utf8.RuneLen", |_, a, o| {
        o.push(utf8::rune_len(a[0] as Rune) as u64);
        Ok(())
    }),
    ("unicode/utf8.RuneStart", |_, a, o| {
        o.push(utf8::rune_start(a[0] as u8) as u64);
        Ok(())
    }),
    ("unicode/utf8.Valid", |c, a, o| {
        o.push(utf8::valid(&Args::new(a).bytes(c)) as u64);
        Ok(())
    }),
    ("unicode/utf8.ValidRune", |_, a, o| {
        pred(a, o, utf8::valid_rune)
    }),
    ("unicode/utf8.ValidString", |c, a, o| {
        o.push(utf8::valid(&Args::new(a).str(c)) as u64);
        Ok(())
    }),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::natives::utf8util::harness::{Harness, A::*};

    /// Go's predicates and mappings over every code point (and a few runes
    /// outside): count and sum of the runes where a predicate holds; count
    /// and weighted sum of the changes a mapping makes. Expected values
    /// printed by /tmp/natives-check/exhaustive.go under go-oracle.
    #[test]
    fn all_code_points_like_go() {
        type Sums = (i64, i64);
        fn is(f: fn(Rune) -> bool) -> Sums {
            let (mut n, mut sum) = (0, 0);
            for r in -2..=MAX_RUNE + 2 {
                if f(r) {
                    n += 1;
                    sum += r as i64;
                }
            }
            (n, sum)
        }
        fn to(f: fn(Rune) -> Rune) -> Sums {
            let (mut n, mut sum) = (0, 0);
            for r in -2..=MAX_RUNE + 2 {
                let d = (f(r) - r) as i64;
                if d != 0 {
                    n += 1;
                    sum += d * ((r & 0xFFF) + 1) as i64;
                }
            }
            (n, sum)
        }
        let cases: &[(&str, Sums, i64, i64)] = &[
            ("is_letter", is(is_letter), 145672, 16169005246),
            ("is_mark", is(is_mark), 2543, 318299529),
            ("is_number", is(is_number), 1924, 111666371),
            ("is_digit", is(is_digit), 770, 40623335),
            ("is_punct", is(is_punct), 856, 28904343),
            ("is_symbol", is(is_symbol), 8617, 630688308),
            ("is_space", is(is_space), 25, 141586),
            ("is_graphic", is(is_graphic), 159629, 17258688730),
            ("is_print", is(is_print), 159613, 17258563829),
            ("is_upper", is(is_upper), 1886, 89399941),
            ("is_lower", is(is_lower), 2283, 107102796),
            ("is_control", is(is_control), 65, 5215),
            ("to_upper", to(to_upper), 1505, -9740595544),
            ("to_lower", to(to_lower), 1488, 1208074765),
            ("to_title", to(to_title), 1459, -9772640174),
            ("simple_fold", to(simple_fold), 2994, -8548385112),
        ];
        for &(name, got, n, sum) in cases {
            assert_eq!(got, (n, sum), "{name}");
        }
    }

    /// Generated by /tmp/natives-check/unicode_cases.go under go-oracle.
    #[test]
    fn natives_like_go() {
        let mut t = Harness::new();
        cases(&mut t);
        t.finish();
    }

    #[rustfmt::skip]
    fn cases(t: &mut Harness) {
        t.c("unicode.IsLetter", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(-1)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(-1)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(-1)], "i", r##"-1"##);
        t.c("unicode.ToLower", &[I(-1)], "i", r##"-1"##);
        t.c("unicode.ToTitle", &[I(-1)], "i", r##"-1"##);
        t.c("unicode/utf8.RuneLen", &[I(-1)], "i", r##"-1"##);
        t.c("unicode/utf8.ValidRune", &[I(-1)], "b", r##"false"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(-1)], "B", r##"b"x�""##);
        t.c("unicode.IsLetter", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(0)], "b", r##"true"##);
        t.c("unicode.IsGraphic", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(0)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(0)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(0)], "i", r##"0"##);
        t.c("unicode.ToLower", &[I(0)], "i", r##"0"##);
        t.c("unicode.ToTitle", &[I(0)], "i", r##"0"##);
        t.c("unicode/utf8.RuneLen", &[I(0)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(0)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(0)], "B", r##"b"x\x00""##);
        t.c("unicode.IsLetter", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(9)], "b", r##"true"##);
        t.c("unicode.IsUpper", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(9)], "b", r##"true"##);
        t.c("unicode.IsGraphic", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(9)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(9)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(9)], "i", r##"9"##);
        t.c("unicode.ToLower", &[I(9)], "i", r##"9"##);
        t.c("unicode.ToTitle", &[I(9)], "i", r##"9"##);
        t.c("unicode/utf8.RuneLen", &[I(9)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(9)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(9)], "B", r##"b"x\t""##);
        t.c("unicode.IsLetter", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(32)], "b", r##"true"##);
        t.c("unicode.IsUpper", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(32)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(32)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(32)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(32)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(32)], "i", r##"32"##);
        t.c("unicode.ToLower", &[I(32)], "i", r##"32"##);
        t.c("unicode.ToTitle", &[I(32)], "i", r##"32"##);
        t.c("unicode/utf8.RuneLen", &[I(32)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(32)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(32)], "B", r##"b"x ""##);
        t.c("unicode.IsLetter", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(33)], "b", r##"true"##);
        t.c("unicode.IsControl", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(33)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(33)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(33)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(33)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(33)], "i", r##"33"##);
        t.c("unicode.ToLower", &[I(33)], "i", r##"33"##);
        t.c("unicode.ToTitle", &[I(33)], "i", r##"33"##);
        t.c("unicode/utf8.RuneLen", &[I(33)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(33)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(33)], "B", r##"b"x!""##);
        t.c("unicode.IsLetter", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(48)], "b", r##"true"##);
        t.c("unicode.IsNumber", &[I(48)], "b", r##"true"##);
        t.c("unicode.IsSpace", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(48)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(48)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(48)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(48)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(48)], "i", r##"48"##);
        t.c("unicode.ToLower", &[I(48)], "i", r##"48"##);
        t.c("unicode.ToTitle", &[I(48)], "i", r##"48"##);
        t.c("unicode/utf8.RuneLen", &[I(48)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(48)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(48)], "B", r##"b"x0""##);
        t.c("unicode.IsLetter", &[I(65)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(65)], "b", r##"true"##);
        t.c("unicode.IsLower", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(65)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(65)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(65)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(65)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(65)], "i", r##"65"##);
        t.c("unicode.ToLower", &[I(65)], "i", r##"97"##);
        t.c("unicode.ToTitle", &[I(65)], "i", r##"65"##);
        t.c("unicode/utf8.RuneLen", &[I(65)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(65)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(65)], "B", r##"b"xA""##);
        t.c("unicode.IsLetter", &[I(97)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(97)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(97)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(97)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(97)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(97)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(97)], "i", r##"65"##);
        t.c("unicode.ToLower", &[I(97)], "i", r##"97"##);
        t.c("unicode.ToTitle", &[I(97)], "i", r##"65"##);
        t.c("unicode/utf8.RuneLen", &[I(97)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(97)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(97)], "B", r##"b"xa""##);
        t.c("unicode.IsLetter", &[I(107)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(107)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(107)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(107)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(107)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(107)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(107)], "i", r##"75"##);
        t.c("unicode.ToLower", &[I(107)], "i", r##"107"##);
        t.c("unicode.ToTitle", &[I(107)], "i", r##"75"##);
        t.c("unicode/utf8.RuneLen", &[I(107)], "i", r##"1"##);
        t.c("unicode/utf8.ValidRune", &[I(107)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(107)], "B", r##"b"xk""##);
        t.c("unicode.IsLetter", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(133)], "b", r##"true"##);
        t.c("unicode.IsUpper", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(133)], "b", r##"true"##);
        t.c("unicode.IsGraphic", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(133)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(133)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(133)], "i", r##"133"##);
        t.c("unicode.ToLower", &[I(133)], "i", r##"133"##);
        t.c("unicode.ToTitle", &[I(133)], "i", r##"133"##);
        t.c("unicode/utf8.RuneLen", &[I(133)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(133)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(133)], "B", r##"b"x\u0085""##);
        t.c("unicode.IsLetter", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(160)], "b", r##"true"##);
        t.c("unicode.IsUpper", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(160)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(160)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(160)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(160)], "i", r##"160"##);
        t.c("unicode.ToLower", &[I(160)], "i", r##"160"##);
        t.c("unicode.ToTitle", &[I(160)], "i", r##"160"##);
        t.c("unicode/utf8.RuneLen", &[I(160)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(160)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(160)], "B", r##"b"x\u00a0""##);
        t.c("unicode.IsLetter", &[I(170)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(170)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(170)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(170)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(170)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(170)], "i", r##"170"##);
        t.c("unicode.ToLower", &[I(170)], "i", r##"170"##);
        t.c("unicode.ToTitle", &[I(170)], "i", r##"170"##);
        t.c("unicode/utf8.RuneLen", &[I(170)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(170)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(170)], "B", r##"b"xª""##);
        t.c("unicode.IsLetter", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(173)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(173)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(173)], "i", r##"173"##);
        t.c("unicode.ToLower", &[I(173)], "i", r##"173"##);
        t.c("unicode.ToTitle", &[I(173)], "i", r##"173"##);
        t.c("unicode/utf8.RuneLen", &[I(173)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(173)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(173)], "B", r##"b"x\u00ad""##);
        t.c("unicode.IsLetter", &[I(181)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(181)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(181)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(181)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(181)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(181)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(181)], "i", r##"924"##);
        t.c("unicode.ToLower", &[I(181)], "i", r##"181"##);
        t.c("unicode.ToTitle", &[I(181)], "i", r##"924"##);
        t.c("unicode/utf8.RuneLen", &[I(181)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(181)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(181)], "B", r##"b"xµ""##);
        t.c("unicode.IsLetter", &[I(223)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(223)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(223)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(223)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(223)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(223)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(223)], "i", r##"223"##);
        t.c("unicode.ToLower", &[I(223)], "i", r##"223"##);
        t.c("unicode.ToTitle", &[I(223)], "i", r##"223"##);
        t.c("unicode/utf8.RuneLen", &[I(223)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(223)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(223)], "B", r##"b"xß""##);
        t.c("unicode.IsLetter", &[I(255)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(255)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(255)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(255)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(255)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(255)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(255)], "i", r##"376"##);
        t.c("unicode.ToLower", &[I(255)], "i", r##"255"##);
        t.c("unicode.ToTitle", &[I(255)], "i", r##"376"##);
        t.c("unicode/utf8.RuneLen", &[I(255)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(255)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(255)], "B", r##"b"xÿ""##);
        t.c("unicode.IsLetter", &[I(304)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(304)], "b", r##"true"##);
        t.c("unicode.IsLower", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(304)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(304)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(304)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(304)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(304)], "i", r##"304"##);
        t.c("unicode.ToLower", &[I(304)], "i", r##"105"##);
        t.c("unicode.ToTitle", &[I(304)], "i", r##"304"##);
        t.c("unicode/utf8.RuneLen", &[I(304)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(304)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(304)], "B", r##"b"xİ""##);
        t.c("unicode.IsLetter", &[I(453)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(453)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(453)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(453)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(453)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(453)], "i", r##"452"##);
        t.c("unicode.ToLower", &[I(453)], "i", r##"454"##);
        t.c("unicode.ToTitle", &[I(453)], "i", r##"453"##);
        t.c("unicode/utf8.RuneLen", &[I(453)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(453)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(453)], "B", r##"b"xǅ""##);
        t.c("unicode.IsLetter", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(769)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(769)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(769)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(769)], "b", r##"true"##);
        t.c("unicode.ToUpper", &[I(769)], "i", r##"769"##);
        t.c("unicode.ToLower", &[I(769)], "i", r##"769"##);
        t.c("unicode.ToTitle", &[I(769)], "i", r##"769"##);
        t.c("unicode/utf8.RuneLen", &[I(769)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(769)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(769)], "B", r##"b"x́""##);
        t.c("unicode.IsLetter", &[I(962)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(962)], "b", r##"true"##);
        t.c("unicode.IsPunct", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(962)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(962)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(962)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(962)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(962)], "i", r##"931"##);
        t.c("unicode.ToLower", &[I(962)], "i", r##"962"##);
        t.c("unicode.ToTitle", &[I(962)], "i", r##"931"##);
        t.c("unicode/utf8.RuneLen", &[I(962)], "i", r##"2"##);
        t.c("unicode/utf8.ValidRune", &[I(962)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(962)], "B", r##"b"xς""##);
        t.c("unicode.IsLetter", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(8232)], "b", r##"true"##);
        t.c("unicode.IsUpper", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(8232)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(8232)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(8232)], "i", r##"8232"##);
        t.c("unicode.ToLower", &[I(8232)], "i", r##"8232"##);
        t.c("unicode.ToTitle", &[I(8232)], "i", r##"8232"##);
        t.c("unicode/utf8.RuneLen", &[I(8232)], "i", r##"3"##);
        t.c("unicode/utf8.ValidRune", &[I(8232)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(8232)], "B", r##"b"x\u2028""##);
        t.c("unicode.IsLetter", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(8544)], "b", r##"true"##);
        t.c("unicode.IsSpace", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(8544)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(8544)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(8544)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(8544)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(8544)], "i", r##"8544"##);
        t.c("unicode.ToLower", &[I(8544)], "i", r##"8560"##);
        t.c("unicode.ToTitle", &[I(8544)], "i", r##"8544"##);
        t.c("unicode/utf8.RuneLen", &[I(8544)], "i", r##"3"##);
        t.c("unicode/utf8.ValidRune", &[I(8544)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(8544)], "B", r##"b"xⅠ""##);
        t.c("unicode.IsLetter", &[I(8490)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(8490)], "b", r##"true"##);
        t.c("unicode.IsLower", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(8490)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(8490)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(8490)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(8490)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(8490)], "i", r##"8490"##);
        t.c("unicode.ToLower", &[I(8490)], "i", r##"107"##);
        t.c("unicode.ToTitle", &[I(8490)], "i", r##"8490"##);
        t.c("unicode/utf8.RuneLen", &[I(8490)], "i", r##"3"##);
        t.c("unicode/utf8.ValidRune", &[I(8490)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(8490)], "B", r##"b"xK""##);
        t.c("unicode.IsLetter", &[I(20013)], "b", r##"true"##);
        t.c("unicode.IsDigit", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(20013)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(20013)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(20013)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(20013)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(20013)], "i", r##"20013"##);
        t.c("unicode.ToLower", &[I(20013)], "i", r##"20013"##);
        t.c("unicode.ToTitle", &[I(20013)], "i", r##"20013"##);
        t.c("unicode/utf8.RuneLen", &[I(20013)], "i", r##"3"##);
        t.c("unicode/utf8.ValidRune", &[I(20013)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(20013)], "B", r##"b"x中""##);
        t.c("unicode.IsLetter", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(55296)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(55296)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(55296)], "i", r##"55296"##);
        t.c("unicode.ToLower", &[I(55296)], "i", r##"55296"##);
        t.c("unicode.ToTitle", &[I(55296)], "i", r##"55296"##);
        t.c("unicode/utf8.RuneLen", &[I(55296)], "i", r##"-1"##);
        t.c("unicode/utf8.ValidRune", &[I(55296)], "b", r##"false"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(55296)], "B", r##"b"x�""##);
        t.c("unicode.IsLetter", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(128512)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(128512)], "b", r##"true"##);
        t.c("unicode.IsPrint", &[I(128512)], "b", r##"true"##);
        t.c("unicode.IsSymbol", &[I(128512)], "b", r##"true"##);
        t.c("unicode.IsMark", &[I(128512)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(128512)], "i", r##"128512"##);
        t.c("unicode.ToLower", &[I(128512)], "i", r##"128512"##);
        t.c("unicode.ToTitle", &[I(128512)], "i", r##"128512"##);
        t.c("unicode/utf8.RuneLen", &[I(128512)], "i", r##"4"##);
        t.c("unicode/utf8.ValidRune", &[I(128512)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(128512)], "B", r##"b"x😀""##);
        t.c("unicode.IsLetter", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(1114111)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(1114111)], "i", r##"1114111"##);
        t.c("unicode.ToLower", &[I(1114111)], "i", r##"1114111"##);
        t.c("unicode.ToTitle", &[I(1114111)], "i", r##"1114111"##);
        t.c("unicode/utf8.RuneLen", &[I(1114111)], "i", r##"4"##);
        t.c("unicode/utf8.ValidRune", &[I(1114111)], "b", r##"true"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(1114111)], "B", r##"b"x\U0010ffff""##);
        t.c("unicode.IsLetter", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(1114112)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(1114112)], "i", r##"1114112"##);
        t.c("unicode.ToLower", &[I(1114112)], "i", r##"1114112"##);
        t.c("unicode.ToTitle", &[I(1114112)], "i", r##"1114112"##);
        t.c("unicode/utf8.RuneLen", &[I(1114112)], "i", r##"-1"##);
        t.c("unicode/utf8.ValidRune", &[I(1114112)], "b", r##"false"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(1114112)], "B", r##"b"x�""##);
        t.c("unicode.IsLetter", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsDigit", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsNumber", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsSpace", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsUpper", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsLower", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsPunct", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsControl", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsGraphic", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsPrint", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsSymbol", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.IsMark", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode.ToUpper", &[I(-2147483648)], "i", r##"-2147483648"##);
        t.c("unicode.ToLower", &[I(-2147483648)], "i", r##"-2147483648"##);
        t.c("unicode.ToTitle", &[I(-2147483648)], "i", r##"-2147483648"##);
        t.c("unicode/utf8.RuneLen", &[I(-2147483648)], "i", r##"-1"##);
        t.c("unicode/utf8.ValidRune", &[I(-2147483648)], "b", r##"false"##);
        t.c("unicode/utf8.AppendRune", &[BY(b"x"), I(-2147483648)], "B", r##"b"x�""##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"")], "i", r##"0"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"")], "i", r##"0"##);
        t.c("unicode/utf8.ValidString", &[S(b"")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"")], "ii", r##"65533 0"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"")], "ii", r##"65533 0"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"")], "ii", r##"65533 0"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"")], "ii", r##"65533 0"##);
        t.c("unicode/utf8.FullRune", &[BY(b"")], "b", r##"false"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"")], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"a")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"a")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"a")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"a")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"a")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"a")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"a")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"a")], "ii", r##"97 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"a")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"a")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(97)], "b", r##"true"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"h\xc3\xa9llo")], "i", r##"5"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"h\xc3\xa9llo")], "i", r##"5"##);
        t.c("unicode/utf8.ValidString", &[S(b"h\xc3\xa9llo")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"h\xc3\xa9llo")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"h\xc3\xa9llo")], "ii", r##"104 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"h\xc3\xa9llo")], "ii", r##"104 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"h\xc3\xa9llo")], "ii", r##"111 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"h\xc3\xa9llo")], "ii", r##"111 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"h\xc3\xa9llo")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"h\xc3\xa9llo")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(111)], "b", r##"true"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "i", r##"3"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "i", r##"3"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "ii", r##"26085 3"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "ii", r##"26085 3"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "ii", r##"35486 3"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "ii", r##"35486 3"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(158)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xff")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xff")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xff")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xff")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xff")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xff")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xff")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xff")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xff")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xff")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(255)], "b", r##"true"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"a\xffb")], "i", r##"3"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"a\xffb")], "i", r##"3"##);
        t.c("unicode/utf8.ValidString", &[S(b"a\xffb")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"a\xffb")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"a\xffb")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"a\xffb")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"a\xffb")], "ii", r##"98 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"a\xffb")], "ii", r##"98 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"a\xffb")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"a\xffb")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(98)], "b", r##"true"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xe2\x82")], "i", r##"2"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xe2\x82")], "i", r##"2"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xe2\x82")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xe2\x82")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xe2\x82")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xe2\x82")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xe2\x82")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xe2\x82")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xe2\x82")], "b", r##"false"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xe2\x82")], "b", r##"false"##);
        t.c("unicode/utf8.RuneStart", &[U(130)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xe2\x82\xac")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xe2\x82\xac")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xe2\x82\xac")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xe2\x82\xac")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xe2\x82\xac")], "ii", r##"8364 3"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xe2\x82\xac")], "ii", r##"8364 3"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xe2\x82\xac")], "ii", r##"8364 3"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xe2\x82\xac")], "ii", r##"8364 3"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xe2\x82\xac")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xe2\x82\xac")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(172)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xed\xa0\x80")], "i", r##"3"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xed\xa0\x80")], "i", r##"3"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xed\xa0\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xed\xa0\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xed\xa0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xed\xa0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xed\xa0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xed\xa0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xed\xa0\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xed\xa0\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xc0\x80")], "i", r##"2"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xc0\x80")], "i", r##"2"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xc0\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xc0\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xc0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xc0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xc0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xc0\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xc0\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xc0\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xf0\x9f\x98\x80")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xf0\x9f\x98\x80")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xf0\x9f\x98\x80")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xf0\x9f\x98\x80")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xf0\x9f\x98\x80")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xf0\x9f\x98\x80")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xf0\x9f\x98\x80")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xf0\x9f\x98\x80")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xf0\x9f\x98\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xf0\x9f\x98\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xf0\x9f\x98")], "i", r##"3"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xf0\x9f\x98")], "i", r##"3"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xf0\x9f\x98")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xf0\x9f\x98")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xf0\x9f\x98")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xf0\x9f\x98")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xf0\x9f\x98")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xf0\x9f\x98")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xf0\x9f\x98")], "b", r##"false"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xf0\x9f\x98")], "b", r##"false"##);
        t.c("unicode/utf8.RuneStart", &[U(152)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xf4\x90\x80\x80")], "i", r##"4"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xf4\x90\x80\x80")], "i", r##"4"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xf4\x90\x80\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xf4\x90\x80\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xf4\x90\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xf4\x90\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xf4\x90\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xf4\x90\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xf4\x90\x80\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xf4\x90\x80\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xef\xbf\xbd")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xef\xbf\xbd")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xef\xbf\xbd")], "b", r##"true"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xef\xbf\xbd")], "b", r##"true"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xef\xbf\xbd")], "ii", r##"65533 3"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xef\xbf\xbd")], "ii", r##"65533 3"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xef\xbf\xbd")], "ii", r##"65533 3"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xef\xbf\xbd")], "ii", r##"65533 3"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xef\xbf\xbd")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xef\xbf\xbd")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(189)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"abc\x80\x80\x80\x80")], "i", r##"7"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"abc\x80\x80\x80\x80")], "i", r##"7"##);
        t.c("unicode/utf8.ValidString", &[S(b"abc\x80\x80\x80\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"abc\x80\x80\x80\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"abc\x80\x80\x80\x80")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"abc\x80\x80\x80\x80")], "ii", r##"97 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"abc\x80\x80\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"abc\x80\x80\x80\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"abc\x80\x80\x80\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"abc\x80\x80\x80\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\x80")], "i", r##"1"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\x80")], "i", r##"1"##);
        t.c("unicode/utf8.ValidString", &[S(b"\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xc3\xa9\x80")], "i", r##"2"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xc3\xa9\x80")], "i", r##"2"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xc3\xa9\x80")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xc3\xa9\x80")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xc3\xa9\x80")], "ii", r##"233 2"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xc3\xa9\x80")], "ii", r##"233 2"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xc3\xa9\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xc3\xa9\x80")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xc3\xa9\x80")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xc3\xa9\x80")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(128)], "b", r##"false"##);
        t.c("unicode/utf8.RuneCountInString", &[S(b"\xf0\x9f\x98\x80\xbf")], "i", r##"2"##);
        t.c("unicode/utf8.RuneCount", &[BY(b"\xf0\x9f\x98\x80\xbf")], "i", r##"2"##);
        t.c("unicode/utf8.ValidString", &[S(b"\xf0\x9f\x98\x80\xbf")], "b", r##"false"##);
        t.c("unicode/utf8.Valid", &[BY(b"\xf0\x9f\x98\x80\xbf")], "b", r##"false"##);
        t.c("unicode/utf8.DecodeRuneInString", &[S(b"\xf0\x9f\x98\x80\xbf")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.DecodeRune", &[BY(b"\xf0\x9f\x98\x80\xbf")], "ii", r##"128512 4"##);
        t.c("unicode/utf8.DecodeLastRuneInString", &[S(b"\xf0\x9f\x98\x80\xbf")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.DecodeLastRune", &[BY(b"\xf0\x9f\x98\x80\xbf")], "ii", r##"65533 1"##);
        t.c("unicode/utf8.FullRune", &[BY(b"\xf0\x9f\x98\x80\xbf")], "b", r##"true"##);
        t.c("unicode/utf8.FullRuneInString", &[S(b"\xf0\x9f\x98\x80\xbf")], "b", r##"true"##);
        t.c("unicode/utf8.RuneStart", &[U(191)], "b", r##"false"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(97)], "i", r##"panic: runtime error: index out of range [0] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(233)], "i", r##"panic: runtime error: index out of range [1] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(8364)], "i", r##"panic: runtime error: index out of range [2] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(128512)], "i", r##"panic: runtime error: index out of range [3] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(-1)], "i", r##"panic: runtime error: index out of range [2] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b""), I(55296)], "i", r##"panic: runtime error: index out of range [2] with length 0"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(97)], "i", r##"1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(233)], "i", r##"panic: runtime error: index out of range [1] with length 1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(8364)], "i", r##"panic: runtime error: index out of range [2] with length 1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(128512)], "i", r##"panic: runtime error: index out of range [3] with length 1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(-1)], "i", r##"panic: runtime error: index out of range [2] with length 1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00"), I(55296)], "i", r##"panic: runtime error: index out of range [2] with length 1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(97)], "i", r##"1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(233)], "i", r##"2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(8364)], "i", r##"panic: runtime error: index out of range [2] with length 2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(128512)], "i", r##"panic: runtime error: index out of range [3] with length 2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(-1)], "i", r##"panic: runtime error: index out of range [2] with length 2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00"), I(55296)], "i", r##"panic: runtime error: index out of range [2] with length 2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(97)], "i", r##"1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(233)], "i", r##"2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(8364)], "i", r##"3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(128512)], "i", r##"panic: runtime error: index out of range [3] with length 3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(-1)], "i", r##"3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00"), I(55296)], "i", r##"3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(97)], "i", r##"1"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(233)], "i", r##"2"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(8364)], "i", r##"3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(128512)], "i", r##"4"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(-1)], "i", r##"3"##);
        t.c("unicode/utf8.EncodeRune", &[BY(b"\x00\x00\x00\x00"), I(55296)], "i", r##"3"##);
    }
}

/// Generated by /tmp/natives-check/gen/gen.go under go-oracle.
#[rustfmt::skip]
mod tables {
    // Generated from Go 1.27.3's package unicode (Unicode 17.0.0); see the module comment.
    pub static CLASSES: &[(u32, u32, u16)] = &[
        (0x9, 0xd, 0x40), (0x20, 0x20, 0x1c0), (0x21, 0x23, 0x190), (0x24, 0x24, 0x1a0),
        (0x25, 0x2a, 0x190), (0x2b, 0x2b, 0x1a0), (0x2c, 0x2f, 0x190), (0x30, 0x39, 0x18c),
        (0x3a, 0x3b, 0x190), (0x3c, 0x3e, 0x1a0), (0x3f, 0x40, 0x190), (0x41, 0x5a, 0x181),
        (0x5b, 0x5d, 0x190), (0x5e, 0x5e, 0x1a0), (0x5f, 0x5f, 0x190), (0x60, 0x60, 0x1a0),
        (0x61, 0x7a, 0x181), (0x7b, 0x7b, 0x190), (0x7c, 0x7c, 0x1a0), (0x7d, 0x7d, 0x190),
        (0x7e, 0x7e, 0x1a0), (0x85, 0x85, 0x40), (0xa0, 0xa0, 0xc0), (0xa1, 0xa1, 0x190),
        (0xa2, 0xa6, 0x1a0), (0xa7, 0xa7, 0x190), (0xa8, 0xa9, 0x1a0), (0xaa, 0xaa, 0x181),
        (0xab, 0xab, 0x190), (0xac, 0xac, 0x1a0), (0xae, 0xb1, 0x1a0), (0xb2, 0xb3, 0x184),
        (0xb4, 0xb4, 0x1a0), (0xb5, 0xb5, 0x181), (0xb6, 0xb7, 0x190), (0xb8, 0xb8, 0x1a0),
        (0xb9, 0xb9, 0x184), (0xba, 0xba, 0x181), (0xbb, 0xbb, 0x190), (0xbc, 0xbe, 0x184),
        (0xbf, 0xbf, 0x190), (0xc0, 0xd6, 0x181), (0xd7, 0xd7, 0x1a0), (0xd8, 0xf6, 0x181),
        (0xf7, 0xf7, 0x1a0), (0xf8, 0x2c1, 0x181), (0x2c2, 0x2c5, 0x1a0), (0x2c6, 0x2d1, 0x181),
        (0x2d2, 0x2df, 0x1a0), (0x2e0, 0x2e4, 0x181), (0x2e5, 0x2eb, 0x1a0), (0x2ec, 0x2ec, 0x181),
        (0x2ed, 0x2ed, 0x1a0), (0x2ee, 0x2ee, 0x181), (0x2ef, 0x2ff, 0x1a0), (0x300, 0x36f, 0x182),
        (0x370, 0x374, 0x181), (0x375, 0x375, 0x1a0), (0x376, 0x377, 0x181), (0x37a, 0x37d, 0x181),
        (0x37e, 0x37e, 0x190), (0x37f, 0x37f, 0x181), (0x384, 0x385, 0x1a0), (0x386, 0x386, 0x181),
        (0x387, 0x387, 0x190), (0x388, 0x38a, 0x181), (0x38c, 0x38c, 0x181), (0x38e, 0x3a1, 0x181),
        (0x3a3, 0x3f5, 0x181), (0x3f6, 0x3f6, 0x1a0), (0x3f7, 0x481, 0x181), (0x482, 0x482, 0x1a0),
        (0x483, 0x489, 0x182), (0x48a, 0x52f, 0x181), (0x531, 0x556, 0x181), (0x559, 0x559, 0x181),
        (0x55a, 0x55f, 0x190), (0x560, 0x588, 0x181), (0x589, 0x58a, 0x190), (0x58d, 0x58f, 0x1a0),
        (0x591, 0x5bd, 0x182), (0x5be, 0x5be, 0x190), (0x5bf, 0x5bf, 0x182), (0x5c0, 0x5c0, 0x190),
        (0x5c1, 0x5c2, 0x182), (0x5c3, 0x5c3, 0x190), (0x5c4, 0x5c5, 0x182), (0x5c6, 0x5c6, 0x190),
        (0x5c7, 0x5c7, 0x182), (0x5d0, 0x5ea, 0x181), (0x5ef, 0x5f2, 0x181), (0x5f3, 0x5f4, 0x190),
        (0x606, 0x608, 0x1a0), (0x609, 0x60a, 0x190), (0x60b, 0x60b, 0x1a0), (0x60c, 0x60d, 0x190),
        (0x60e, 0x60f, 0x1a0), (0x610, 0x61a, 0x182), (0x61b, 0x61b, 0x190), (0x61d, 0x61f, 0x190),
        (0x620, 0x64a, 0x181), (0x64b, 0x65f, 0x182), (0x660, 0x669, 0x18c), (0x66a, 0x66d, 0x190),
        (0x66e, 0x66f, 0x181), (0x670, 0x670, 0x182), (0x671, 0x6d3, 0x181), (0x6d4, 0x6d4, 0x190),
        (0x6d5, 0x6d5, 0x181), (0x6d6, 0x6dc, 0x182), (0x6de, 0x6de, 0x1a0), (0x6df, 0x6e4, 0x182),
        (0x6e5, 0x6e6, 0x181), (0x6e7, 0x6e8, 0x182), (0x6e9, 0x6e9, 0x1a0), (0x6ea, 0x6ed, 0x182),
        (0x6ee, 0x6ef, 0x181), (0x6f0, 0x6f9, 0x18c), (0x6fa, 0x6fc, 0x181), (0x6fd, 0x6fe, 0x1a0),
        (0x6ff, 0x6ff, 0x181), (0x700, 0x70d, 0x190), (0x710, 0x710, 0x181), (0x711, 0x711, 0x182),
        (0x712, 0x72f, 0x181), (0x730, 0x74a, 0x182), (0x74d, 0x7a5, 0x181), (0x7a6, 0x7b0, 0x182),
        (0x7b1, 0x7b1, 0x181), (0x7c0, 0x7c9, 0x18c), (0x7ca, 0x7ea, 0x181), (0x7eb, 0x7f3, 0x182),
        (0x7f4, 0x7f5, 0x181), (0x7f6, 0x7f6, 0x1a0), (0x7f7, 0x7f9, 0x190), (0x7fa, 0x7fa, 0x181),
        (0x7fd, 0x7fd, 0x182), (0x7fe, 0x7ff, 0x1a0), (0x800, 0x815, 0x181), (0x816, 0x819, 0x182),
        (0x81a, 0x81a, 0x181), (0x81b, 0x823, 0x182), (0x824, 0x824, 0x181), (0x825, 0x827, 0x182),
        (0x828, 0x828, 0x181), (0x829, 0x82d, 0x182), (0x830, 0x83e, 0x190), (0x840, 0x858, 0x181),
        (0x859, 0x85b, 0x182), (0x85e, 0x85e, 0x190), (0x860, 0x86a, 0x181), (0x870, 0x887, 0x181),
        (0x888, 0x888, 0x1a0), (0x889, 0x88f, 0x181), (0x897, 0x89f, 0x182), (0x8a0, 0x8c9, 0x181),
        (0x8ca, 0x8e1, 0x182), (0x8e3, 0x903, 0x182), (0x904, 0x939, 0x181), (0x93a, 0x93c, 0x182),
        (0x93d, 0x93d, 0x181), (0x93e, 0x94f, 0x182), (0x950, 0x950, 0x181), (0x951, 0x957, 0x182),
        (0x958, 0x961, 0x181), (0x962, 0x963, 0x182), (0x964, 0x965, 0x190), (0x966, 0x96f, 0x18c),
        (0x970, 0x970, 0x190), (0x971, 0x980, 0x181), (0x981, 0x983, 0x182), (0x985, 0x98c, 0x181),
        (0x98f, 0x990, 0x181), (0x993, 0x9a8, 0x181), (0x9aa, 0x9b0, 0x181), (0x9b2, 0x9b2, 0x181),
        (0x9b6, 0x9b9, 0x181), (0x9bc, 0x9bc, 0x182), (0x9bd, 0x9bd, 0x181), (0x9be, 0x9c4, 0x182),
        (0x9c7, 0x9c8, 0x182), (0x9cb, 0x9cd, 0x182), (0x9ce, 0x9ce, 0x181), (0x9d7, 0x9d7, 0x182),
        (0x9dc, 0x9dd, 0x181), (0x9df, 0x9e1, 0x181), (0x9e2, 0x9e3, 0x182), (0x9e6, 0x9ef, 0x18c),
        (0x9f0, 0x9f1, 0x181), (0x9f2, 0x9f3, 0x1a0), (0x9f4, 0x9f9, 0x184), (0x9fa, 0x9fb, 0x1a0),
        (0x9fc, 0x9fc, 0x181), (0x9fd, 0x9fd, 0x190), (0x9fe, 0x9fe, 0x182), (0xa01, 0xa03, 0x182),
        (0xa05, 0xa0a, 0x181), (0xa0f, 0xa10, 0x181), (0xa13, 0xa28, 0x181), (0xa2a, 0xa30, 0x181),
        (0xa32, 0xa33, 0x181), (0xa35, 0xa36, 0x181), (0xa38, 0xa39, 0x181), (0xa3c, 0xa3c, 0x182),
        (0xa3e, 0xa42, 0x182), (0xa47, 0xa48, 0x182), (0xa4b, 0xa4d, 0x182), (0xa51, 0xa51, 0x182),
        (0xa59, 0xa5c, 0x181), (0xa5e, 0xa5e, 0x181), (0xa66, 0xa6f, 0x18c), (0xa70, 0xa71, 0x182),
        (0xa72, 0xa74, 0x181), (0xa75, 0xa75, 0x182), (0xa76, 0xa76, 0x190), (0xa81, 0xa83, 0x182),
        (0xa85, 0xa8d, 0x181), (0xa8f, 0xa91, 0x181), (0xa93, 0xaa8, 0x181), (0xaaa, 0xab0, 0x181),
        (0xab2, 0xab3, 0x181), (0xab5, 0xab9, 0x181), (0xabc, 0xabc, 0x182), (0xabd, 0xabd, 0x181),
        (0xabe, 0xac5, 0x182), (0xac7, 0xac9, 0x182), (0xacb, 0xacd, 0x182), (0xad0, 0xad0, 0x181),
        (0xae0, 0xae1, 0x181), (0xae2, 0xae3, 0x182), (0xae6, 0xaef, 0x18c), (0xaf0, 0xaf0, 0x190),
        (0xaf1, 0xaf1, 0x1a0), (0xaf9, 0xaf9, 0x181), (0xafa, 0xaff, 0x182), (0xb01, 0xb03, 0x182),
        (0xb05, 0xb0c, 0x181), (0xb0f, 0xb10, 0x181), (0xb13, 0xb28, 0x181), (0xb2a, 0xb30, 0x181),
        (0xb32, 0xb33, 0x181), (0xb35, 0xb39, 0x181), (0xb3c, 0xb3c, 0x182), (0xb3d, 0xb3d, 0x181),
        (0xb3e, 0xb44, 0x182), (0xb47, 0xb48, 0x182), (0xb4b, 0xb4d, 0x182), (0xb55, 0xb57, 0x182),
        (0xb5c, 0xb5d, 0x181), (0xb5f, 0xb61, 0x181), (0xb62, 0xb63, 0x182), (0xb66, 0xb6f, 0x18c),
        (0xb70, 0xb70, 0x1a0), (0xb71, 0xb71, 0x181), (0xb72, 0xb77, 0x184), (0xb82, 0xb82, 0x182),
        (0xb83, 0xb83, 0x181), (0xb85, 0xb8a, 0x181), (0xb8e, 0xb90, 0x181), (0xb92, 0xb95, 0x181),
        (0xb99, 0xb9a, 0x181), (0xb9c, 0xb9c, 0x181), (0xb9e, 0xb9f, 0x181), (0xba3, 0xba4, 0x181),
        (0xba8, 0xbaa, 0x181), (0xbae, 0xbb9, 0x181), (0xbbe, 0xbc2, 0x182), (0xbc6, 0xbc8, 0x182),
        (0xbca, 0xbcd, 0x182), (0xbd0, 0xbd0, 0x181), (0xbd7, 0xbd7, 0x182), (0xbe6, 0xbef, 0x18c),
        (0xbf0, 0xbf2, 0x184), (0xbf3, 0xbfa, 0x1a0), (0xc00, 0xc04, 0x182), (0xc05, 0xc0c, 0x181),
        (0xc0e, 0xc10, 0x181), (0xc12, 0xc28, 0x181), (0xc2a, 0xc39, 0x181), (0xc3c, 0xc3c, 0x182),
        (0xc3d, 0xc3d, 0x181), (0xc3e, 0xc44, 0x182), (0xc46, 0xc48, 0x182), (0xc4a, 0xc4d, 0x182),
        (0xc55, 0xc56, 0x182), (0xc58, 0xc5a, 0x181), (0xc5c, 0xc5d, 0x181), (0xc60, 0xc61, 0x181),
        (0xc62, 0xc63, 0x182), (0xc66, 0xc6f, 0x18c), (0xc77, 0xc77, 0x190), (0xc78, 0xc7e, 0x184),
        (0xc7f, 0xc7f, 0x1a0), (0xc80, 0xc80, 0x181), (0xc81, 0xc83, 0x182), (0xc84, 0xc84, 0x190),
        (0xc85, 0xc8c, 0x181), (0xc8e, 0xc90, 0x181), (0xc92, 0xca8, 0x181), (0xcaa, 0xcb3, 0x181),
        (0xcb5, 0xcb9, 0x181), (0xcbc, 0xcbc, 0x182), (0xcbd, 0xcbd, 0x181), (0xcbe, 0xcc4, 0x182),
        (0xcc6, 0xcc8, 0x182), (0xcca, 0xccd, 0x182), (0xcd5, 0xcd6, 0x182), (0xcdc, 0xcde, 0x181),
        (0xce0, 0xce1, 0x181), (0xce2, 0xce3, 0x182), (0xce6, 0xcef, 0x18c), (0xcf1, 0xcf2, 0x181),
        (0xcf3, 0xcf3, 0x182), (0xd00, 0xd03, 0x182), (0xd04, 0xd0c, 0x181), (0xd0e, 0xd10, 0x181),
        (0xd12, 0xd3a, 0x181), (0xd3b, 0xd3c, 0x182), (0xd3d, 0xd3d, 0x181), (0xd3e, 0xd44, 0x182),
        (0xd46, 0xd48, 0x182), (0xd4a, 0xd4d, 0x182), (0xd4e, 0xd4e, 0x181), (0xd4f, 0xd4f, 0x1a0),
        (0xd54, 0xd56, 0x181), (0xd57, 0xd57, 0x182), (0xd58, 0xd5e, 0x184), (0xd5f, 0xd61, 0x181),
        (0xd62, 0xd63, 0x182), (0xd66, 0xd6f, 0x18c), (0xd70, 0xd78, 0x184), (0xd79, 0xd79, 0x1a0),
        (0xd7a, 0xd7f, 0x181), (0xd81, 0xd83, 0x182), (0xd85, 0xd96, 0x181), (0xd9a, 0xdb1, 0x181),
        (0xdb3, 0xdbb, 0x181), (0xdbd, 0xdbd, 0x181), (0xdc0, 0xdc6, 0x181), (0xdca, 0xdca, 0x182),
        (0xdcf, 0xdd4, 0x182), (0xdd6, 0xdd6, 0x182), (0xdd8, 0xddf, 0x182), (0xde6, 0xdef, 0x18c),
        (0xdf2, 0xdf3, 0x182), (0xdf4, 0xdf4, 0x190), (0xe01, 0xe30, 0x181), (0xe31, 0xe31, 0x182),
        (0xe32, 0xe33, 0x181), (0xe34, 0xe3a, 0x182), (0xe3f, 0xe3f, 0x1a0), (0xe40, 0xe46, 0x181),
        (0xe47, 0xe4e, 0x182), (0xe4f, 0xe4f, 0x190), (0xe50, 0xe59, 0x18c), (0xe5a, 0xe5b, 0x190),
        (0xe81, 0xe82, 0x181), (0xe84, 0xe84, 0x181), (0xe86, 0xe8a, 0x181), (0xe8c, 0xea3, 0x181),
        (0xea5, 0xea5, 0x181), (0xea7, 0xeb0, 0x181), (0xeb1, 0xeb1, 0x182), (0xeb2, 0xeb3, 0x181),
        (0xeb4, 0xebc, 0x182), (0xebd, 0xebd, 0x181), (0xec0, 0xec4, 0x181), (0xec6, 0xec6, 0x181),
        (0xec8, 0xece, 0x182), (0xed0, 0xed9, 0x18c), (0xedc, 0xedf, 0x181), (0xf00, 0xf00, 0x181),
        (0xf01, 0xf03, 0x1a0), (0xf04, 0xf12, 0x190), (0xf13, 0xf13, 0x1a0), (0xf14, 0xf14, 0x190),
        (0xf15, 0xf17, 0x1a0), (0xf18, 0xf19, 0x182), (0xf1a, 0xf1f, 0x1a0), (0xf20, 0xf29, 0x18c),
        (0xf2a, 0xf33, 0x184), (0xf34, 0xf34, 0x1a0), (0xf35, 0xf35, 0x182), (0xf36, 0xf36, 0x1a0),
        (0xf37, 0xf37, 0x182), (0xf38, 0xf38, 0x1a0), (0xf39, 0xf39, 0x182), (0xf3a, 0xf3d, 0x190),
        (0xf3e, 0xf3f, 0x182), (0xf40, 0xf47, 0x181), (0xf49, 0xf6c, 0x181), (0xf71, 0xf84, 0x182),
        (0xf85, 0xf85, 0x190), (0xf86, 0xf87, 0x182), (0xf88, 0xf8c, 0x181), (0xf8d, 0xf97, 0x182),
        (0xf99, 0xfbc, 0x182), (0xfbe, 0xfc5, 0x1a0), (0xfc6, 0xfc6, 0x182), (0xfc7, 0xfcc, 0x1a0),
        (0xfce, 0xfcf, 0x1a0), (0xfd0, 0xfd4, 0x190), (0xfd5, 0xfd8, 0x1a0), (0xfd9, 0xfda, 0x190),
        (0x1000, 0x102a, 0x181), (0x102b, 0x103e, 0x182), (0x103f, 0x103f, 0x181),
        (0x1040, 0x1049, 0x18c), (0x104a, 0x104f, 0x190), (0x1050, 0x1055, 0x181),
        (0x1056, 0x1059, 0x182), (0x105a, 0x105d, 0x181), (0x105e, 0x1060, 0x182),
        (0x1061, 0x1061, 0x181), (0x1062, 0x1064, 0x182), (0x1065, 0x1066, 0x181),
        (0x1067, 0x106d, 0x182), (0x106e, 0x1070, 0x181), (0x1071, 0x1074, 0x182),
        (0x1075, 0x1081, 0x181), (0x1082, 0x108d, 0x182), (0x108e, 0x108e, 0x181),
        (0x108f, 0x108f, 0x182), (0x1090, 0x1099, 0x18c), (0x109a, 0x109d, 0x182),
        (0x109e, 0x109f, 0x1a0), (0x10a0, 0x10c5, 0x181), (0x10c7, 0x10c7, 0x181),
        (0x10cd, 0x10cd, 0x181), (0x10d0, 0x10fa, 0x181), (0x10fb, 0x10fb, 0x190),
        (0x10fc, 0x1248, 0x181), (0x124a, 0x124d, 0x181), (0x1250, 0x1256, 0x181),
        (0x1258, 0x1258, 0x181), (0x125a, 0x125d, 0x181), (0x1260, 0x1288, 0x181),
        (0x128a, 0x128d, 0x181), (0x1290, 0x12b0, 0x181), (0x12b2, 0x12b5, 0x181),
        (0x12b8, 0x12be, 0x181), (0x12c0, 0x12c0, 0x181), (0x12c2, 0x12c5, 0x181),
        (0x12c8, 0x12d6, 0x181), (0x12d8, 0x1310, 0x181), (0x1312, 0x1315, 0x181),
        (0x1318, 0x135a, 0x181), (0x135d, 0x135f, 0x182), (0x1360, 0x1368, 0x190),
        (0x1369, 0x137c, 0x184), (0x1380, 0x138f, 0x181), (0x1390, 0x1399, 0x1a0),
        (0x13a0, 0x13f5, 0x181), (0x13f8, 0x13fd, 0x181), (0x1400, 0x1400, 0x190),
        (0x1401, 0x166c, 0x181), (0x166d, 0x166d, 0x1a0), (0x166e, 0x166e, 0x190),
        (0x166f, 0x167f, 0x181), (0x1680, 0x1680, 0xc0), (0x1681, 0x169a, 0x181),
        (0x169b, 0x169c, 0x190), (0x16a0, 0x16ea, 0x181), (0x16eb, 0x16ed, 0x190),
        (0x16ee, 0x16f0, 0x184), (0x16f1, 0x16f8, 0x181), (0x1700, 0x1711, 0x181),
        (0x1712, 0x1715, 0x182), (0x171f, 0x1731, 0x181), (0x1732, 0x1734, 0x182),
        (0x1735, 0x1736, 0x190), (0x1740, 0x1751, 0x181), (0x1752, 0x1753, 0x182),
        (0x1760, 0x176c, 0x181), (0x176e, 0x1770, 0x181), (0x1772, 0x1773, 0x182),
        (0x1780, 0x17b3, 0x181), (0x17b4, 0x17d3, 0x182), (0x17d4, 0x17d6, 0x190),
        (0x17d7, 0x17d7, 0x181), (0x17d8, 0x17da, 0x190), (0x17db, 0x17db, 0x1a0),
        (0x17dc, 0x17dc, 0x181), (0x17dd, 0x17dd, 0x182), (0x17e0, 0x17e9, 0x18c),
        (0x17f0, 0x17f9, 0x184), (0x1800, 0x180a, 0x190), (0x180b, 0x180d, 0x182),
        (0x180f, 0x180f, 0x182), (0x1810, 0x1819, 0x18c), (0x1820, 0x1878, 0x181),
        (0x1880, 0x1884, 0x181), (0x1885, 0x1886, 0x182), (0x1887, 0x18a8, 0x181),
        (0x18a9, 0x18a9, 0x182), (0x18aa, 0x18aa, 0x181), (0x18b0, 0x18f5, 0x181),
        (0x1900, 0x191e, 0x181), (0x1920, 0x192b, 0x182), (0x1930, 0x193b, 0x182),
        (0x1940, 0x1940, 0x1a0), (0x1944, 0x1945, 0x190), (0x1946, 0x194f, 0x18c),
        (0x1950, 0x196d, 0x181), (0x1970, 0x1974, 0x181), (0x1980, 0x19ab, 0x181),
        (0x19b0, 0x19c9, 0x181), (0x19d0, 0x19d9, 0x18c), (0x19da, 0x19da, 0x184),
        (0x19de, 0x19ff, 0x1a0), (0x1a00, 0x1a16, 0x181), (0x1a17, 0x1a1b, 0x182),
        (0x1a1e, 0x1a1f, 0x190), (0x1a20, 0x1a54, 0x181), (0x1a55, 0x1a5e, 0x182),
        (0x1a60, 0x1a7c, 0x182), (0x1a7f, 0x1a7f, 0x182), (0x1a80, 0x1a89, 0x18c),
        (0x1a90, 0x1a99, 0x18c), (0x1aa0, 0x1aa6, 0x190), (0x1aa7, 0x1aa7, 0x181),
        (0x1aa8, 0x1aad, 0x190), (0x1ab0, 0x1add, 0x182), (0x1ae0, 0x1aeb, 0x182),
        (0x1b00, 0x1b04, 0x182), (0x1b05, 0x1b33, 0x181), (0x1b34, 0x1b44, 0x182),
        (0x1b45, 0x1b4c, 0x181), (0x1b4e, 0x1b4f, 0x190), (0x1b50, 0x1b59, 0x18c),
        (0x1b5a, 0x1b60, 0x190), (0x1b61, 0x1b6a, 0x1a0), (0x1b6b, 0x1b73, 0x182),
        (0x1b74, 0x1b7c, 0x1a0), (0x1b7d, 0x1b7f, 0x190), (0x1b80, 0x1b82, 0x182),
        (0x1b83, 0x1ba0, 0x181), (0x1ba1, 0x1bad, 0x182), (0x1bae, 0x1baf, 0x181),
        (0x1bb0, 0x1bb9, 0x18c), (0x1bba, 0x1be5, 0x181), (0x1be6, 0x1bf3, 0x182),
        (0x1bfc, 0x1bff, 0x190), (0x1c00, 0x1c23, 0x181), (0x1c24, 0x1c37, 0x182),
        (0x1c3b, 0x1c3f, 0x190), (0x1c40, 0x1c49, 0x18c), (0x1c4d, 0x1c4f, 0x181),
        (0x1c50, 0x1c59, 0x18c), (0x1c5a, 0x1c7d, 0x181), (0x1c7e, 0x1c7f, 0x190),
        (0x1c80, 0x1c8a, 0x181), (0x1c90, 0x1cba, 0x181), (0x1cbd, 0x1cbf, 0x181),
        (0x1cc0, 0x1cc7, 0x190), (0x1cd0, 0x1cd2, 0x182), (0x1cd3, 0x1cd3, 0x190),
        (0x1cd4, 0x1ce8, 0x182), (0x1ce9, 0x1cec, 0x181), (0x1ced, 0x1ced, 0x182),
        (0x1cee, 0x1cf3, 0x181), (0x1cf4, 0x1cf4, 0x182), (0x1cf5, 0x1cf6, 0x181),
        (0x1cf7, 0x1cf9, 0x182), (0x1cfa, 0x1cfa, 0x181), (0x1d00, 0x1dbf, 0x181),
        (0x1dc0, 0x1dff, 0x182), (0x1e00, 0x1f15, 0x181), (0x1f18, 0x1f1d, 0x181),
        (0x1f20, 0x1f45, 0x181), (0x1f48, 0x1f4d, 0x181), (0x1f50, 0x1f57, 0x181),
        (0x1f59, 0x1f59, 0x181), (0x1f5b, 0x1f5b, 0x181), (0x1f5d, 0x1f5d, 0x181),
        (0x1f5f, 0x1f7d, 0x181), (0x1f80, 0x1fb4, 0x181), (0x1fb6, 0x1fbc, 0x181),
        (0x1fbd, 0x1fbd, 0x1a0), (0x1fbe, 0x1fbe, 0x181), (0x1fbf, 0x1fc1, 0x1a0),
        (0x1fc2, 0x1fc4, 0x181), (0x1fc6, 0x1fcc, 0x181), (0x1fcd, 0x1fcf, 0x1a0),
        (0x1fd0, 0x1fd3, 0x181), (0x1fd6, 0x1fdb, 0x181), (0x1fdd, 0x1fdf, 0x1a0),
        (0x1fe0, 0x1fec, 0x181), (0x1fed, 0x1fef, 0x1a0), (0x1ff2, 0x1ff4, 0x181),
        (0x1ff6, 0x1ffc, 0x181), (0x1ffd, 0x1ffe, 0x1a0), (0x2000, 0x200a, 0xc0),
        (0x2010, 0x2027, 0x190), (0x2028, 0x2029, 0x40), (0x202f, 0x202f, 0xc0),
        (0x2030, 0x2043, 0x190), (0x2044, 0x2044, 0x1a0), (0x2045, 0x2051, 0x190),
        (0x2052, 0x2052, 0x1a0), (0x2053, 0x205e, 0x190), (0x205f, 0x205f, 0xc0),
        (0x2070, 0x2070, 0x184), (0x2071, 0x2071, 0x181), (0x2074, 0x2079, 0x184),
        (0x207a, 0x207c, 0x1a0), (0x207d, 0x207e, 0x190), (0x207f, 0x207f, 0x181),
        (0x2080, 0x2089, 0x184), (0x208a, 0x208c, 0x1a0), (0x208d, 0x208e, 0x190),
        (0x2090, 0x209c, 0x181), (0x20a0, 0x20c1, 0x1a0), (0x20d0, 0x20f0, 0x182),
        (0x2100, 0x2101, 0x1a0), (0x2102, 0x2102, 0x181), (0x2103, 0x2106, 0x1a0),
        (0x2107, 0x2107, 0x181), (0x2108, 0x2109, 0x1a0), (0x210a, 0x2113, 0x181),
        (0x2114, 0x2114, 0x1a0), (0x2115, 0x2115, 0x181), (0x2116, 0x2118, 0x1a0),
        (0x2119, 0x211d, 0x181), (0x211e, 0x2123, 0x1a0), (0x2124, 0x2124, 0x181),
        (0x2125, 0x2125, 0x1a0), (0x2126, 0x2126, 0x181), (0x2127, 0x2127, 0x1a0),
        (0x2128, 0x2128, 0x181), (0x2129, 0x2129, 0x1a0), (0x212a, 0x212d, 0x181),
        (0x212e, 0x212e, 0x1a0), (0x212f, 0x2139, 0x181), (0x213a, 0x213b, 0x1a0),
        (0x213c, 0x213f, 0x181), (0x2140, 0x2144, 0x1a0), (0x2145, 0x2149, 0x181),
        (0x214a, 0x214d, 0x1a0), (0x214e, 0x214e, 0x181), (0x214f, 0x214f, 0x1a0),
        (0x2150, 0x2182, 0x184), (0x2183, 0x2184, 0x181), (0x2185, 0x2189, 0x184),
        (0x218a, 0x218b, 0x1a0), (0x2190, 0x2307, 0x1a0), (0x2308, 0x230b, 0x190),
        (0x230c, 0x2328, 0x1a0), (0x2329, 0x232a, 0x190), (0x232b, 0x2429, 0x1a0),
        (0x2440, 0x244a, 0x1a0), (0x2460, 0x249b, 0x184), (0x249c, 0x24e9, 0x1a0),
        (0x24ea, 0x24ff, 0x184), (0x2500, 0x2767, 0x1a0), (0x2768, 0x2775, 0x190),
        (0x2776, 0x2793, 0x184), (0x2794, 0x27c4, 0x1a0), (0x27c5, 0x27c6, 0x190),
        (0x27c7, 0x27e5, 0x1a0), (0x27e6, 0x27ef, 0x190), (0x27f0, 0x2982, 0x1a0),
        (0x2983, 0x2998, 0x190), (0x2999, 0x29d7, 0x1a0), (0x29d8, 0x29db, 0x190),
        (0x29dc, 0x29fb, 0x1a0), (0x29fc, 0x29fd, 0x190), (0x29fe, 0x2b73, 0x1a0),
        (0x2b76, 0x2bff, 0x1a0), (0x2c00, 0x2ce4, 0x181), (0x2ce5, 0x2cea, 0x1a0),
        (0x2ceb, 0x2cee, 0x181), (0x2cef, 0x2cf1, 0x182), (0x2cf2, 0x2cf3, 0x181),
        (0x2cf9, 0x2cfc, 0x190), (0x2cfd, 0x2cfd, 0x184), (0x2cfe, 0x2cff, 0x190),
        (0x2d00, 0x2d25, 0x181), (0x2d27, 0x2d27, 0x181), (0x2d2d, 0x2d2d, 0x181),
        (0x2d30, 0x2d67, 0x181), (0x2d6f, 0x2d6f, 0x181), (0x2d70, 0x2d70, 0x190),
        (0x2d7f, 0x2d7f, 0x182), (0x2d80, 0x2d96, 0x181), (0x2da0, 0x2da6, 0x181),
        (0x2da8, 0x2dae, 0x181), (0x2db0, 0x2db6, 0x181), (0x2db8, 0x2dbe, 0x181),
        (0x2dc0, 0x2dc6, 0x181), (0x2dc8, 0x2dce, 0x181), (0x2dd0, 0x2dd6, 0x181),
        (0x2dd8, 0x2dde, 0x181), (0x2de0, 0x2dff, 0x182), (0x2e00, 0x2e2e, 0x190),
        (0x2e2f, 0x2e2f, 0x181), (0x2e30, 0x2e4f, 0x190), (0x2e50, 0x2e51, 0x1a0),
        (0x2e52, 0x2e5d, 0x190), (0x2e80, 0x2e99, 0x1a0), (0x2e9b, 0x2ef3, 0x1a0),
        (0x2f00, 0x2fd5, 0x1a0), (0x2ff0, 0x2fff, 0x1a0), (0x3000, 0x3000, 0xc0),
        (0x3001, 0x3003, 0x190), (0x3004, 0x3004, 0x1a0), (0x3005, 0x3006, 0x181),
        (0x3007, 0x3007, 0x184), (0x3008, 0x3011, 0x190), (0x3012, 0x3013, 0x1a0),
        (0x3014, 0x301f, 0x190), (0x3020, 0x3020, 0x1a0), (0x3021, 0x3029, 0x184),
        (0x302a, 0x302f, 0x182), (0x3030, 0x3030, 0x190), (0x3031, 0x3035, 0x181),
        (0x3036, 0x3037, 0x1a0), (0x3038, 0x303a, 0x184), (0x303b, 0x303c, 0x181),
        (0x303d, 0x303d, 0x190), (0x303e, 0x303f, 0x1a0), (0x3041, 0x3096, 0x181),
        (0x3099, 0x309a, 0x182), (0x309b, 0x309c, 0x1a0), (0x309d, 0x309f, 0x181),
        (0x30a0, 0x30a0, 0x190), (0x30a1, 0x30fa, 0x181), (0x30fb, 0x30fb, 0x190),
        (0x30fc, 0x30ff, 0x181), (0x3105, 0x312f, 0x181), (0x3131, 0x318e, 0x181),
        (0x3190, 0x3191, 0x1a0), (0x3192, 0x3195, 0x184), (0x3196, 0x319f, 0x1a0),
        (0x31a0, 0x31bf, 0x181), (0x31c0, 0x31e5, 0x1a0), (0x31ef, 0x31ef, 0x1a0),
        (0x31f0, 0x31ff, 0x181), (0x3200, 0x321e, 0x1a0), (0x3220, 0x3229, 0x184),
        (0x322a, 0x3247, 0x1a0), (0x3248, 0x324f, 0x184), (0x3250, 0x3250, 0x1a0),
        (0x3251, 0x325f, 0x184), (0x3260, 0x327f, 0x1a0), (0x3280, 0x3289, 0x184),
        (0x328a, 0x32b0, 0x1a0), (0x32b1, 0x32bf, 0x184), (0x32c0, 0x33ff, 0x1a0),
        (0x3400, 0x4dbf, 0x181), (0x4dc0, 0x4dff, 0x1a0), (0x4e00, 0xa48c, 0x181),
        (0xa490, 0xa4c6, 0x1a0), (0xa4d0, 0xa4fd, 0x181), (0xa4fe, 0xa4ff, 0x190),
        (0xa500, 0xa60c, 0x181), (0xa60d, 0xa60f, 0x190), (0xa610, 0xa61f, 0x181),
        (0xa620, 0xa629, 0x18c), (0xa62a, 0xa62b, 0x181), (0xa640, 0xa66e, 0x181),
        (0xa66f, 0xa672, 0x182), (0xa673, 0xa673, 0x190), (0xa674, 0xa67d, 0x182),
        (0xa67e, 0xa67e, 0x190), (0xa67f, 0xa69d, 0x181), (0xa69e, 0xa69f, 0x182),
        (0xa6a0, 0xa6e5, 0x181), (0xa6e6, 0xa6ef, 0x184), (0xa6f0, 0xa6f1, 0x182),
        (0xa6f2, 0xa6f7, 0x190), (0xa700, 0xa716, 0x1a0), (0xa717, 0xa71f, 0x181),
        (0xa720, 0xa721, 0x1a0), (0xa722, 0xa788, 0x181), (0xa789, 0xa78a, 0x1a0),
        (0xa78b, 0xa7dc, 0x181), (0xa7f1, 0xa801, 0x181), (0xa802, 0xa802, 0x182),
        (0xa803, 0xa805, 0x181), (0xa806, 0xa806, 0x182), (0xa807, 0xa80a, 0x181),
        (0xa80b, 0xa80b, 0x182), (0xa80c, 0xa822, 0x181), (0xa823, 0xa827, 0x182),
        (0xa828, 0xa82b, 0x1a0), (0xa82c, 0xa82c, 0x182), (0xa830, 0xa835, 0x184),
        (0xa836, 0xa839, 0x1a0), (0xa840, 0xa873, 0x181), (0xa874, 0xa877, 0x190),
        (0xa880, 0xa881, 0x182), (0xa882, 0xa8b3, 0x181), (0xa8b4, 0xa8c5, 0x182),
        (0xa8ce, 0xa8cf, 0x190), (0xa8d0, 0xa8d9, 0x18c), (0xa8e0, 0xa8f1, 0x182),
        (0xa8f2, 0xa8f7, 0x181), (0xa8f8, 0xa8fa, 0x190), (0xa8fb, 0xa8fb, 0x181),
        (0xa8fc, 0xa8fc, 0x190), (0xa8fd, 0xa8fe, 0x181), (0xa8ff, 0xa8ff, 0x182),
        (0xa900, 0xa909, 0x18c), (0xa90a, 0xa925, 0x181), (0xa926, 0xa92d, 0x182),
        (0xa92e, 0xa92f, 0x190), (0xa930, 0xa946, 0x181), (0xa947, 0xa953, 0x182),
        (0xa95f, 0xa95f, 0x190), (0xa960, 0xa97c, 0x181), (0xa980, 0xa983, 0x182),
        (0xa984, 0xa9b2, 0x181), (0xa9b3, 0xa9c0, 0x182), (0xa9c1, 0xa9cd, 0x190),
        (0xa9cf, 0xa9cf, 0x181), (0xa9d0, 0xa9d9, 0x18c), (0xa9de, 0xa9df, 0x190),
        (0xa9e0, 0xa9e4, 0x181), (0xa9e5, 0xa9e5, 0x182), (0xa9e6, 0xa9ef, 0x181),
        (0xa9f0, 0xa9f9, 0x18c), (0xa9fa, 0xa9fe, 0x181), (0xaa00, 0xaa28, 0x181),
        (0xaa29, 0xaa36, 0x182), (0xaa40, 0xaa42, 0x181), (0xaa43, 0xaa43, 0x182),
        (0xaa44, 0xaa4b, 0x181), (0xaa4c, 0xaa4d, 0x182), (0xaa50, 0xaa59, 0x18c),
        (0xaa5c, 0xaa5f, 0x190), (0xaa60, 0xaa76, 0x181), (0xaa77, 0xaa79, 0x1a0),
        (0xaa7a, 0xaa7a, 0x181), (0xaa7b, 0xaa7d, 0x182), (0xaa7e, 0xaaaf, 0x181),
        (0xaab0, 0xaab0, 0x182), (0xaab1, 0xaab1, 0x181), (0xaab2, 0xaab4, 0x182),
        (0xaab5, 0xaab6, 0x181), (0xaab7, 0xaab8, 0x182), (0xaab9, 0xaabd, 0x181),
        (0xaabe, 0xaabf, 0x182), (0xaac0, 0xaac0, 0x181), (0xaac1, 0xaac1, 0x182),
        (0xaac2, 0xaac2, 0x181), (0xaadb, 0xaadd, 0x181), (0xaade, 0xaadf, 0x190),
        (0xaae0, 0xaaea, 0x181), (0xaaeb, 0xaaef, 0x182), (0xaaf0, 0xaaf1, 0x190),
        (0xaaf2, 0xaaf4, 0x181), (0xaaf5, 0xaaf6, 0x182), (0xab01, 0xab06, 0x181),
        (0xab09, 0xab0e, 0x181), (0xab11, 0xab16, 0x181), (0xab20, 0xab26, 0x181),
        (0xab28, 0xab2e, 0x181), (0xab30, 0xab5a, 0x181), (0xab5b, 0xab5b, 0x1a0),
        (0xab5c, 0xab69, 0x181), (0xab6a, 0xab6b, 0x1a0), (0xab70, 0xabe2, 0x181),
        (0xabe3, 0xabea, 0x182), (0xabeb, 0xabeb, 0x190), (0xabec, 0xabed, 0x182),
        (0xabf0, 0xabf9, 0x18c), (0xac00, 0xd7a3, 0x181), (0xd7b0, 0xd7c6, 0x181),
        (0xd7cb, 0xd7fb, 0x181), (0xf900, 0xfa6d, 0x181), (0xfa70, 0xfad9, 0x181),
        (0xfb00, 0xfb06, 0x181), (0xfb13, 0xfb17, 0x181), (0xfb1d, 0xfb1d, 0x181),
        (0xfb1e, 0xfb1e, 0x182), (0xfb1f, 0xfb28, 0x181), (0xfb29, 0xfb29, 0x1a0),
        (0xfb2a, 0xfb36, 0x181), (0xfb38, 0xfb3c, 0x181), (0xfb3e, 0xfb3e, 0x181),
        (0xfb40, 0xfb41, 0x181), (0xfb43, 0xfb44, 0x181), (0xfb46, 0xfbb1, 0x181),
        (0xfbb2, 0xfbd2, 0x1a0), (0xfbd3, 0xfd3d, 0x181), (0xfd3e, 0xfd3f, 0x190),
        (0xfd40, 0xfd4f, 0x1a0), (0xfd50, 0xfd8f, 0x181), (0xfd90, 0xfd91, 0x1a0),
        (0xfd92, 0xfdc7, 0x181), (0xfdc8, 0xfdcf, 0x1a0), (0xfdf0, 0xfdfb, 0x181),
        (0xfdfc, 0xfdff, 0x1a0), (0xfe00, 0xfe0f, 0x182), (0xfe10, 0xfe19, 0x190),
        (0xfe20, 0xfe2f, 0x182), (0xfe30, 0xfe52, 0x190), (0xfe54, 0xfe61, 0x190),
        (0xfe62, 0xfe62, 0x1a0), (0xfe63, 0xfe63, 0x190), (0xfe64, 0xfe66, 0x1a0),
        (0xfe68, 0xfe68, 0x190), (0xfe69, 0xfe69, 0x1a0), (0xfe6a, 0xfe6b, 0x190),
        (0xfe70, 0xfe74, 0x181), (0xfe76, 0xfefc, 0x181), (0xff01, 0xff03, 0x190),
        (0xff04, 0xff04, 0x1a0), (0xff05, 0xff0a, 0x190), (0xff0b, 0xff0b, 0x1a0),
        (0xff0c, 0xff0f, 0x190), (0xff10, 0xff19, 0x18c), (0xff1a, 0xff1b, 0x190),
        (0xff1c, 0xff1e, 0x1a0), (0xff1f, 0xff20, 0x190), (0xff21, 0xff3a, 0x181),
        (0xff3b, 0xff3d, 0x190), (0xff3e, 0xff3e, 0x1a0), (0xff3f, 0xff3f, 0x190),
        (0xff40, 0xff40, 0x1a0), (0xff41, 0xff5a, 0x181), (0xff5b, 0xff5b, 0x190),
        (0xff5c, 0xff5c, 0x1a0), (0xff5d, 0xff5d, 0x190), (0xff5e, 0xff5e, 0x1a0),
        (0xff5f, 0xff65, 0x190), (0xff66, 0xffbe, 0x181), (0xffc2, 0xffc7, 0x181),
        (0xffca, 0xffcf, 0x181), (0xffd2, 0xffd7, 0x181), (0xffda, 0xffdc, 0x181),
        (0xffe0, 0xffe6, 0x1a0), (0xffe8, 0xffee, 0x1a0), (0xfffc, 0xfffd, 0x1a0),
        (0x10000, 0x1000b, 0x181), (0x1000d, 0x10026, 0x181), (0x10028, 0x1003a, 0x181),
        (0x1003c, 0x1003d, 0x181), (0x1003f, 0x1004d, 0x181), (0x10050, 0x1005d, 0x181),
        (0x10080, 0x100fa, 0x181), (0x10100, 0x10102, 0x190), (0x10107, 0x10133, 0x184),
        (0x10137, 0x1013f, 0x1a0), (0x10140, 0x10178, 0x184), (0x10179, 0x10189, 0x1a0),
        (0x1018a, 0x1018b, 0x184), (0x1018c, 0x1018e, 0x1a0), (0x10190, 0x1019c, 0x1a0),
        (0x101a0, 0x101a0, 0x1a0), (0x101d0, 0x101fc, 0x1a0), (0x101fd, 0x101fd, 0x182),
        (0x10280, 0x1029c, 0x181), (0x102a0, 0x102d0, 0x181), (0x102e0, 0x102e0, 0x182),
        (0x102e1, 0x102fb, 0x184), (0x10300, 0x1031f, 0x181), (0x10320, 0x10323, 0x184),
        (0x1032d, 0x10340, 0x181), (0x10341, 0x10341, 0x184), (0x10342, 0x10349, 0x181),
        (0x1034a, 0x1034a, 0x184), (0x10350, 0x10375, 0x181), (0x10376, 0x1037a, 0x182),
        (0x10380, 0x1039d, 0x181), (0x1039f, 0x1039f, 0x190), (0x103a0, 0x103c3, 0x181),
        (0x103c8, 0x103cf, 0x181), (0x103d0, 0x103d0, 0x190), (0x103d1, 0x103d5, 0x184),
        (0x10400, 0x1049d, 0x181), (0x104a0, 0x104a9, 0x18c), (0x104b0, 0x104d3, 0x181),
        (0x104d8, 0x104fb, 0x181), (0x10500, 0x10527, 0x181), (0x10530, 0x10563, 0x181),
        (0x1056f, 0x1056f, 0x190), (0x10570, 0x1057a, 0x181), (0x1057c, 0x1058a, 0x181),
        (0x1058c, 0x10592, 0x181), (0x10594, 0x10595, 0x181), (0x10597, 0x105a1, 0x181),
        (0x105a3, 0x105b1, 0x181), (0x105b3, 0x105b9, 0x181), (0x105bb, 0x105bc, 0x181),
        (0x105c0, 0x105f3, 0x181), (0x10600, 0x10736, 0x181), (0x10740, 0x10755, 0x181),
        (0x10760, 0x10767, 0x181), (0x10780, 0x10785, 0x181), (0x10787, 0x107b0, 0x181),
        (0x107b2, 0x107ba, 0x181), (0x10800, 0x10805, 0x181), (0x10808, 0x10808, 0x181),
        (0x1080a, 0x10835, 0x181), (0x10837, 0x10838, 0x181), (0x1083c, 0x1083c, 0x181),
        (0x1083f, 0x10855, 0x181), (0x10857, 0x10857, 0x190), (0x10858, 0x1085f, 0x184),
        (0x10860, 0x10876, 0x181), (0x10877, 0x10878, 0x1a0), (0x10879, 0x1087f, 0x184),
        (0x10880, 0x1089e, 0x181), (0x108a7, 0x108af, 0x184), (0x108e0, 0x108f2, 0x181),
        (0x108f4, 0x108f5, 0x181), (0x108fb, 0x108ff, 0x184), (0x10900, 0x10915, 0x181),
        (0x10916, 0x1091b, 0x184), (0x1091f, 0x1091f, 0x190), (0x10920, 0x10939, 0x181),
        (0x1093f, 0x1093f, 0x190), (0x10940, 0x10959, 0x181), (0x10980, 0x109b7, 0x181),
        (0x109bc, 0x109bd, 0x184), (0x109be, 0x109bf, 0x181), (0x109c0, 0x109cf, 0x184),
        (0x109d2, 0x109ff, 0x184), (0x10a00, 0x10a00, 0x181), (0x10a01, 0x10a03, 0x182),
        (0x10a05, 0x10a06, 0x182), (0x10a0c, 0x10a0f, 0x182), (0x10a10, 0x10a13, 0x181),
        (0x10a15, 0x10a17, 0x181), (0x10a19, 0x10a35, 0x181), (0x10a38, 0x10a3a, 0x182),
        (0x10a3f, 0x10a3f, 0x182), (0x10a40, 0x10a48, 0x184), (0x10a50, 0x10a58, 0x190),
        (0x10a60, 0x10a7c, 0x181), (0x10a7d, 0x10a7e, 0x184), (0x10a7f, 0x10a7f, 0x190),
        (0x10a80, 0x10a9c, 0x181), (0x10a9d, 0x10a9f, 0x184), (0x10ac0, 0x10ac7, 0x181),
        (0x10ac8, 0x10ac8, 0x1a0), (0x10ac9, 0x10ae4, 0x181), (0x10ae5, 0x10ae6, 0x182),
        (0x10aeb, 0x10aef, 0x184), (0x10af0, 0x10af6, 0x190), (0x10b00, 0x10b35, 0x181),
        (0x10b39, 0x10b3f, 0x190), (0x10b40, 0x10b55, 0x181), (0x10b58, 0x10b5f, 0x184),
        (0x10b60, 0x10b72, 0x181), (0x10b78, 0x10b7f, 0x184), (0x10b80, 0x10b91, 0x181),
        (0x10b99, 0x10b9c, 0x190), (0x10ba9, 0x10baf, 0x184), (0x10c00, 0x10c48, 0x181),
        (0x10c80, 0x10cb2, 0x181), (0x10cc0, 0x10cf2, 0x181), (0x10cfa, 0x10cff, 0x184),
        (0x10d00, 0x10d23, 0x181), (0x10d24, 0x10d27, 0x182), (0x10d30, 0x10d39, 0x18c),
        (0x10d40, 0x10d49, 0x18c), (0x10d4a, 0x10d65, 0x181), (0x10d69, 0x10d6d, 0x182),
        (0x10d6e, 0x10d6e, 0x190), (0x10d6f, 0x10d85, 0x181), (0x10d8e, 0x10d8f, 0x1a0),
        (0x10e60, 0x10e7e, 0x184), (0x10e80, 0x10ea9, 0x181), (0x10eab, 0x10eac, 0x182),
        (0x10ead, 0x10ead, 0x190), (0x10eb0, 0x10eb1, 0x181), (0x10ec2, 0x10ec7, 0x181),
        (0x10ed0, 0x10ed0, 0x190), (0x10ed1, 0x10ed8, 0x1a0), (0x10efa, 0x10eff, 0x182),
        (0x10f00, 0x10f1c, 0x181), (0x10f1d, 0x10f26, 0x184), (0x10f27, 0x10f27, 0x181),
        (0x10f30, 0x10f45, 0x181), (0x10f46, 0x10f50, 0x182), (0x10f51, 0x10f54, 0x184),
        (0x10f55, 0x10f59, 0x190), (0x10f70, 0x10f81, 0x181), (0x10f82, 0x10f85, 0x182),
        (0x10f86, 0x10f89, 0x190), (0x10fb0, 0x10fc4, 0x181), (0x10fc5, 0x10fcb, 0x184),
        (0x10fe0, 0x10ff6, 0x181), (0x11000, 0x11002, 0x182), (0x11003, 0x11037, 0x181),
        (0x11038, 0x11046, 0x182), (0x11047, 0x1104d, 0x190), (0x11052, 0x11065, 0x184),
        (0x11066, 0x1106f, 0x18c), (0x11070, 0x11070, 0x182), (0x11071, 0x11072, 0x181),
        (0x11073, 0x11074, 0x182), (0x11075, 0x11075, 0x181), (0x1107f, 0x11082, 0x182),
        (0x11083, 0x110af, 0x181), (0x110b0, 0x110ba, 0x182), (0x110bb, 0x110bc, 0x190),
        (0x110be, 0x110c1, 0x190), (0x110c2, 0x110c2, 0x182), (0x110d0, 0x110e8, 0x181),
        (0x110f0, 0x110f9, 0x18c), (0x11100, 0x11102, 0x182), (0x11103, 0x11126, 0x181),
        (0x11127, 0x11134, 0x182), (0x11136, 0x1113f, 0x18c), (0x11140, 0x11143, 0x190),
        (0x11144, 0x11144, 0x181), (0x11145, 0x11146, 0x182), (0x11147, 0x11147, 0x181),
        (0x11150, 0x11172, 0x181), (0x11173, 0x11173, 0x182), (0x11174, 0x11175, 0x190),
        (0x11176, 0x11176, 0x181), (0x11180, 0x11182, 0x182), (0x11183, 0x111b2, 0x181),
        (0x111b3, 0x111c0, 0x182), (0x111c1, 0x111c4, 0x181), (0x111c5, 0x111c8, 0x190),
        (0x111c9, 0x111cc, 0x182), (0x111cd, 0x111cd, 0x190), (0x111ce, 0x111cf, 0x182),
        (0x111d0, 0x111d9, 0x18c), (0x111da, 0x111da, 0x181), (0x111db, 0x111db, 0x190),
        (0x111dc, 0x111dc, 0x181), (0x111dd, 0x111df, 0x190), (0x111e1, 0x111f4, 0x184),
        (0x11200, 0x11211, 0x181), (0x11213, 0x1122b, 0x181), (0x1122c, 0x11237, 0x182),
        (0x11238, 0x1123d, 0x190), (0x1123e, 0x1123e, 0x182), (0x1123f, 0x11240, 0x181),
        (0x11241, 0x11241, 0x182), (0x11280, 0x11286, 0x181), (0x11288, 0x11288, 0x181),
        (0x1128a, 0x1128d, 0x181), (0x1128f, 0x1129d, 0x181), (0x1129f, 0x112a8, 0x181),
        (0x112a9, 0x112a9, 0x190), (0x112b0, 0x112de, 0x181), (0x112df, 0x112ea, 0x182),
        (0x112f0, 0x112f9, 0x18c), (0x11300, 0x11303, 0x182), (0x11305, 0x1130c, 0x181),
        (0x1130f, 0x11310, 0x181), (0x11313, 0x11328, 0x181), (0x1132a, 0x11330, 0x181),
        (0x11332, 0x11333, 0x181), (0x11335, 0x11339, 0x181), (0x1133b, 0x1133c, 0x182),
        (0x1133d, 0x1133d, 0x181), (0x1133e, 0x11344, 0x182), (0x11347, 0x11348, 0x182),
        (0x1134b, 0x1134d, 0x182), (0x11350, 0x11350, 0x181), (0x11357, 0x11357, 0x182),
        (0x1135d, 0x11361, 0x181), (0x11362, 0x11363, 0x182), (0x11366, 0x1136c, 0x182),
        (0x11370, 0x11374, 0x182), (0x11380, 0x11389, 0x181), (0x1138b, 0x1138b, 0x181),
        (0x1138e, 0x1138e, 0x181), (0x11390, 0x113b5, 0x181), (0x113b7, 0x113b7, 0x181),
        (0x113b8, 0x113c0, 0x182), (0x113c2, 0x113c2, 0x182), (0x113c5, 0x113c5, 0x182),
        (0x113c7, 0x113ca, 0x182), (0x113cc, 0x113d0, 0x182), (0x113d1, 0x113d1, 0x181),
        (0x113d2, 0x113d2, 0x182), (0x113d3, 0x113d3, 0x181), (0x113d4, 0x113d5, 0x190),
        (0x113d7, 0x113d8, 0x190), (0x113e1, 0x113e2, 0x182), (0x11400, 0x11434, 0x181),
        (0x11435, 0x11446, 0x182), (0x11447, 0x1144a, 0x181), (0x1144b, 0x1144f, 0x190),
        (0x11450, 0x11459, 0x18c), (0x1145a, 0x1145b, 0x190), (0x1145d, 0x1145d, 0x190),
        (0x1145e, 0x1145e, 0x182), (0x1145f, 0x11461, 0x181), (0x11480, 0x114af, 0x181),
        (0x114b0, 0x114c3, 0x182), (0x114c4, 0x114c5, 0x181), (0x114c6, 0x114c6, 0x190),
        (0x114c7, 0x114c7, 0x181), (0x114d0, 0x114d9, 0x18c), (0x11580, 0x115ae, 0x181),
        (0x115af, 0x115b5, 0x182), (0x115b8, 0x115c0, 0x182), (0x115c1, 0x115d7, 0x190),
        (0x115d8, 0x115db, 0x181), (0x115dc, 0x115dd, 0x182), (0x11600, 0x1162f, 0x181),
        (0x11630, 0x11640, 0x182), (0x11641, 0x11643, 0x190), (0x11644, 0x11644, 0x181),
        (0x11650, 0x11659, 0x18c), (0x11660, 0x1166c, 0x190), (0x11680, 0x116aa, 0x181),
        (0x116ab, 0x116b7, 0x182), (0x116b8, 0x116b8, 0x181), (0x116b9, 0x116b9, 0x190),
        (0x116c0, 0x116c9, 0x18c), (0x116d0, 0x116e3, 0x18c), (0x11700, 0x1171a, 0x181),
        (0x1171d, 0x1172b, 0x182), (0x11730, 0x11739, 0x18c), (0x1173a, 0x1173b, 0x184),
        (0x1173c, 0x1173e, 0x190), (0x1173f, 0x1173f, 0x1a0), (0x11740, 0x11746, 0x181),
        (0x11800, 0x1182b, 0x181), (0x1182c, 0x1183a, 0x182), (0x1183b, 0x1183b, 0x190),
        (0x118a0, 0x118df, 0x181), (0x118e0, 0x118e9, 0x18c), (0x118ea, 0x118f2, 0x184),
        (0x118ff, 0x11906, 0x181), (0x11909, 0x11909, 0x181), (0x1190c, 0x11913, 0x181),
        (0x11915, 0x11916, 0x181), (0x11918, 0x1192f, 0x181), (0x11930, 0x11935, 0x182),
        (0x11937, 0x11938, 0x182), (0x1193b, 0x1193e, 0x182), (0x1193f, 0x1193f, 0x181),
        (0x11940, 0x11940, 0x182), (0x11941, 0x11941, 0x181), (0x11942, 0x11943, 0x182),
        (0x11944, 0x11946, 0x190), (0x11950, 0x11959, 0x18c), (0x119a0, 0x119a7, 0x181),
        (0x119aa, 0x119d0, 0x181), (0x119d1, 0x119d7, 0x182), (0x119da, 0x119e0, 0x182),
        (0x119e1, 0x119e1, 0x181), (0x119e2, 0x119e2, 0x190), (0x119e3, 0x119e3, 0x181),
        (0x119e4, 0x119e4, 0x182), (0x11a00, 0x11a00, 0x181), (0x11a01, 0x11a0a, 0x182),
        (0x11a0b, 0x11a32, 0x181), (0x11a33, 0x11a39, 0x182), (0x11a3a, 0x11a3a, 0x181),
        (0x11a3b, 0x11a3e, 0x182), (0x11a3f, 0x11a46, 0x190), (0x11a47, 0x11a47, 0x182),
        (0x11a50, 0x11a50, 0x181), (0x11a51, 0x11a5b, 0x182), (0x11a5c, 0x11a89, 0x181),
        (0x11a8a, 0x11a99, 0x182), (0x11a9a, 0x11a9c, 0x190), (0x11a9d, 0x11a9d, 0x181),
        (0x11a9e, 0x11aa2, 0x190), (0x11ab0, 0x11af8, 0x181), (0x11b00, 0x11b09, 0x190),
        (0x11b60, 0x11b67, 0x182), (0x11bc0, 0x11be0, 0x181), (0x11be1, 0x11be1, 0x190),
        (0x11bf0, 0x11bf9, 0x18c), (0x11c00, 0x11c08, 0x181), (0x11c0a, 0x11c2e, 0x181),
        (0x11c2f, 0x11c36, 0x182), (0x11c38, 0x11c3f, 0x182), (0x11c40, 0x11c40, 0x181),
        (0x11c41, 0x11c45, 0x190), (0x11c50, 0x11c59, 0x18c), (0x11c5a, 0x11c6c, 0x184),
        (0x11c70, 0x11c71, 0x190), (0x11c72, 0x11c8f, 0x181), (0x11c92, 0x11ca7, 0x182),
        (0x11ca9, 0x11cb6, 0x182), (0x11d00, 0x11d06, 0x181), (0x11d08, 0x11d09, 0x181),
        (0x11d0b, 0x11d30, 0x181), (0x11d31, 0x11d36, 0x182), (0x11d3a, 0x11d3a, 0x182),
        (0x11d3c, 0x11d3d, 0x182), (0x11d3f, 0x11d45, 0x182), (0x11d46, 0x11d46, 0x181),
        (0x11d47, 0x11d47, 0x182), (0x11d50, 0x11d59, 0x18c), (0x11d60, 0x11d65, 0x181),
        (0x11d67, 0x11d68, 0x181), (0x11d6a, 0x11d89, 0x181), (0x11d8a, 0x11d8e, 0x182),
        (0x11d90, 0x11d91, 0x182), (0x11d93, 0x11d97, 0x182), (0x11d98, 0x11d98, 0x181),
        (0x11da0, 0x11da9, 0x18c), (0x11db0, 0x11ddb, 0x181), (0x11de0, 0x11de9, 0x18c),
        (0x11ee0, 0x11ef2, 0x181), (0x11ef3, 0x11ef6, 0x182), (0x11ef7, 0x11ef8, 0x190),
        (0x11f00, 0x11f01, 0x182), (0x11f02, 0x11f02, 0x181), (0x11f03, 0x11f03, 0x182),
        (0x11f04, 0x11f10, 0x181), (0x11f12, 0x11f33, 0x181), (0x11f34, 0x11f3a, 0x182),
        (0x11f3e, 0x11f42, 0x182), (0x11f43, 0x11f4f, 0x190), (0x11f50, 0x11f59, 0x18c),
        (0x11f5a, 0x11f5a, 0x182), (0x11fb0, 0x11fb0, 0x181), (0x11fc0, 0x11fd4, 0x184),
        (0x11fd5, 0x11ff1, 0x1a0), (0x11fff, 0x11fff, 0x190), (0x12000, 0x12399, 0x181),
        (0x12400, 0x1246e, 0x184), (0x12470, 0x12474, 0x190), (0x12480, 0x12543, 0x181),
        (0x12f90, 0x12ff0, 0x181), (0x12ff1, 0x12ff2, 0x190), (0x13000, 0x1342f, 0x181),
        (0x13440, 0x13440, 0x182), (0x13441, 0x13446, 0x181), (0x13447, 0x13455, 0x182),
        (0x13460, 0x143fa, 0x181), (0x14400, 0x14646, 0x181), (0x16100, 0x1611d, 0x181),
        (0x1611e, 0x1612f, 0x182), (0x16130, 0x16139, 0x18c), (0x16800, 0x16a38, 0x181),
        (0x16a40, 0x16a5e, 0x181), (0x16a60, 0x16a69, 0x18c), (0x16a6e, 0x16a6f, 0x190),
        (0x16a70, 0x16abe, 0x181), (0x16ac0, 0x16ac9, 0x18c), (0x16ad0, 0x16aed, 0x181),
        (0x16af0, 0x16af4, 0x182), (0x16af5, 0x16af5, 0x190), (0x16b00, 0x16b2f, 0x181),
        (0x16b30, 0x16b36, 0x182), (0x16b37, 0x16b3b, 0x190), (0x16b3c, 0x16b3f, 0x1a0),
        (0x16b40, 0x16b43, 0x181), (0x16b44, 0x16b44, 0x190), (0x16b45, 0x16b45, 0x1a0),
        (0x16b50, 0x16b59, 0x18c), (0x16b5b, 0x16b61, 0x184), (0x16b63, 0x16b77, 0x181),
        (0x16b7d, 0x16b8f, 0x181), (0x16d40, 0x16d6c, 0x181), (0x16d6d, 0x16d6f, 0x190),
        (0x16d70, 0x16d79, 0x18c), (0x16e40, 0x16e7f, 0x181), (0x16e80, 0x16e96, 0x184),
        (0x16e97, 0x16e9a, 0x190), (0x16ea0, 0x16eb8, 0x181), (0x16ebb, 0x16ed3, 0x181),
        (0x16f00, 0x16f4a, 0x181), (0x16f4f, 0x16f4f, 0x182), (0x16f50, 0x16f50, 0x181),
        (0x16f51, 0x16f87, 0x182), (0x16f8f, 0x16f92, 0x182), (0x16f93, 0x16f9f, 0x181),
        (0x16fe0, 0x16fe1, 0x181), (0x16fe2, 0x16fe2, 0x190), (0x16fe3, 0x16fe3, 0x181),
        (0x16fe4, 0x16fe4, 0x182), (0x16ff0, 0x16ff1, 0x182), (0x16ff2, 0x16ff3, 0x181),
        (0x16ff4, 0x16ff6, 0x184), (0x17000, 0x18cd5, 0x181), (0x18cff, 0x18d1e, 0x181),
        (0x18d80, 0x18df2, 0x181), (0x1aff0, 0x1aff3, 0x181), (0x1aff5, 0x1affb, 0x181),
        (0x1affd, 0x1affe, 0x181), (0x1b000, 0x1b122, 0x181), (0x1b132, 0x1b132, 0x181),
        (0x1b150, 0x1b152, 0x181), (0x1b155, 0x1b155, 0x181), (0x1b164, 0x1b167, 0x181),
        (0x1b170, 0x1b2fb, 0x181), (0x1bc00, 0x1bc6a, 0x181), (0x1bc70, 0x1bc7c, 0x181),
        (0x1bc80, 0x1bc88, 0x181), (0x1bc90, 0x1bc99, 0x181), (0x1bc9c, 0x1bc9c, 0x1a0),
        (0x1bc9d, 0x1bc9e, 0x182), (0x1bc9f, 0x1bc9f, 0x190), (0x1cc00, 0x1ccef, 0x1a0),
        (0x1ccf0, 0x1ccf9, 0x18c), (0x1ccfa, 0x1ccfc, 0x1a0), (0x1cd00, 0x1ceb3, 0x1a0),
        (0x1ceba, 0x1ced0, 0x1a0), (0x1cee0, 0x1cef0, 0x1a0), (0x1cf00, 0x1cf2d, 0x182),
        (0x1cf30, 0x1cf46, 0x182), (0x1cf50, 0x1cfc3, 0x1a0), (0x1d000, 0x1d0f5, 0x1a0),
        (0x1d100, 0x1d126, 0x1a0), (0x1d129, 0x1d164, 0x1a0), (0x1d165, 0x1d169, 0x182),
        (0x1d16a, 0x1d16c, 0x1a0), (0x1d16d, 0x1d172, 0x182), (0x1d17b, 0x1d182, 0x182),
        (0x1d183, 0x1d184, 0x1a0), (0x1d185, 0x1d18b, 0x182), (0x1d18c, 0x1d1a9, 0x1a0),
        (0x1d1aa, 0x1d1ad, 0x182), (0x1d1ae, 0x1d1ea, 0x1a0), (0x1d200, 0x1d241, 0x1a0),
        (0x1d242, 0x1d244, 0x182), (0x1d245, 0x1d245, 0x1a0), (0x1d2c0, 0x1d2d3, 0x184),
        (0x1d2e0, 0x1d2f3, 0x184), (0x1d300, 0x1d356, 0x1a0), (0x1d360, 0x1d378, 0x184),
        (0x1d400, 0x1d454, 0x181), (0x1d456, 0x1d49c, 0x181), (0x1d49e, 0x1d49f, 0x181),
        (0x1d4a2, 0x1d4a2, 0x181), (0x1d4a5, 0x1d4a6, 0x181), (0x1d4a9, 0x1d4ac, 0x181),
        (0x1d4ae, 0x1d4b9, 0x181), (0x1d4bb, 0x1d4bb, 0x181), (0x1d4bd, 0x1d4c3, 0x181),
        (0x1d4c5, 0x1d505, 0x181), (0x1d507, 0x1d50a, 0x181), (0x1d50d, 0x1d514, 0x181),
        (0x1d516, 0x1d51c, 0x181), (0x1d51e, 0x1d539, 0x181), (0x1d53b, 0x1d53e, 0x181),
        (0x1d540, 0x1d544, 0x181), (0x1d546, 0x1d546, 0x181), (0x1d54a, 0x1d550, 0x181),
        (0x1d552, 0x1d6a5, 0x181), (0x1d6a8, 0x1d6c0, 0x181), (0x1d6c1, 0x1d6c1, 0x1a0),
        (0x1d6c2, 0x1d6da, 0x181), (0x1d6db, 0x1d6db, 0x1a0), (0x1d6dc, 0x1d6fa, 0x181),
        (0x1d6fb, 0x1d6fb, 0x1a0), (0x1d6fc, 0x1d714, 0x181), (0x1d715, 0x1d715, 0x1a0),
        (0x1d716, 0x1d734, 0x181), (0x1d735, 0x1d735, 0x1a0), (0x1d736, 0x1d74e, 0x181),
        (0x1d74f, 0x1d74f, 0x1a0), (0x1d750, 0x1d76e, 0x181), (0x1d76f, 0x1d76f, 0x1a0),
        (0x1d770, 0x1d788, 0x181), (0x1d789, 0x1d789, 0x1a0), (0x1d78a, 0x1d7a8, 0x181),
        (0x1d7a9, 0x1d7a9, 0x1a0), (0x1d7aa, 0x1d7c2, 0x181), (0x1d7c3, 0x1d7c3, 0x1a0),
        (0x1d7c4, 0x1d7cb, 0x181), (0x1d7ce, 0x1d7ff, 0x18c), (0x1d800, 0x1d9ff, 0x1a0),
        (0x1da00, 0x1da36, 0x182), (0x1da37, 0x1da3a, 0x1a0), (0x1da3b, 0x1da6c, 0x182),
        (0x1da6d, 0x1da74, 0x1a0), (0x1da75, 0x1da75, 0x182), (0x1da76, 0x1da83, 0x1a0),
        (0x1da84, 0x1da84, 0x182), (0x1da85, 0x1da86, 0x1a0), (0x1da87, 0x1da8b, 0x190),
        (0x1da9b, 0x1da9f, 0x182), (0x1daa1, 0x1daaf, 0x182), (0x1df00, 0x1df1e, 0x181),
        (0x1df25, 0x1df2a, 0x181), (0x1e000, 0x1e006, 0x182), (0x1e008, 0x1e018, 0x182),
        (0x1e01b, 0x1e021, 0x182), (0x1e023, 0x1e024, 0x182), (0x1e026, 0x1e02a, 0x182),
        (0x1e030, 0x1e06d, 0x181), (0x1e08f, 0x1e08f, 0x182), (0x1e100, 0x1e12c, 0x181),
        (0x1e130, 0x1e136, 0x182), (0x1e137, 0x1e13d, 0x181), (0x1e140, 0x1e149, 0x18c),
        (0x1e14e, 0x1e14e, 0x181), (0x1e14f, 0x1e14f, 0x1a0), (0x1e290, 0x1e2ad, 0x181),
        (0x1e2ae, 0x1e2ae, 0x182), (0x1e2c0, 0x1e2eb, 0x181), (0x1e2ec, 0x1e2ef, 0x182),
        (0x1e2f0, 0x1e2f9, 0x18c), (0x1e2ff, 0x1e2ff, 0x1a0), (0x1e4d0, 0x1e4eb, 0x181),
        (0x1e4ec, 0x1e4ef, 0x182), (0x1e4f0, 0x1e4f9, 0x18c), (0x1e5d0, 0x1e5ed, 0x181),
        (0x1e5ee, 0x1e5ef, 0x182), (0x1e5f0, 0x1e5f0, 0x181), (0x1e5f1, 0x1e5fa, 0x18c),
        (0x1e5ff, 0x1e5ff, 0x190), (0x1e6c0, 0x1e6de, 0x181), (0x1e6e0, 0x1e6e2, 0x181),
        (0x1e6e3, 0x1e6e3, 0x182), (0x1e6e4, 0x1e6e5, 0x181), (0x1e6e6, 0x1e6e6, 0x182),
        (0x1e6e7, 0x1e6ed, 0x181), (0x1e6ee, 0x1e6ef, 0x182), (0x1e6f0, 0x1e6f4, 0x181),
        (0x1e6f5, 0x1e6f5, 0x182), (0x1e6fe, 0x1e6ff, 0x181), (0x1e7e0, 0x1e7e6, 0x181),
        (0x1e7e8, 0x1e7eb, 0x181), (0x1e7ed, 0x1e7ee, 0x181), (0x1e7f0, 0x1e7fe, 0x181),
        (0x1e800, 0x1e8c4, 0x181), (0x1e8c7, 0x1e8cf, 0x184), (0x1e8d0, 0x1e8d6, 0x182),
        (0x1e900, 0x1e943, 0x181), (0x1e944, 0x1e94a, 0x182), (0x1e94b, 0x1e94b, 0x181),
        (0x1e950, 0x1e959, 0x18c), (0x1e95e, 0x1e95f, 0x190), (0x1ec71, 0x1ecab, 0x184),
        (0x1ecac, 0x1ecac, 0x1a0), (0x1ecad, 0x1ecaf, 0x184), (0x1ecb0, 0x1ecb0, 0x1a0),
        (0x1ecb1, 0x1ecb4, 0x184), (0x1ed01, 0x1ed2d, 0x184), (0x1ed2e, 0x1ed2e, 0x1a0),
        (0x1ed2f, 0x1ed3d, 0x184), (0x1ee00, 0x1ee03, 0x181), (0x1ee05, 0x1ee1f, 0x181),
        (0x1ee21, 0x1ee22, 0x181), (0x1ee24, 0x1ee24, 0x181), (0x1ee27, 0x1ee27, 0x181),
        (0x1ee29, 0x1ee32, 0x181), (0x1ee34, 0x1ee37, 0x181), (0x1ee39, 0x1ee39, 0x181),
        (0x1ee3b, 0x1ee3b, 0x181), (0x1ee42, 0x1ee42, 0x181), (0x1ee47, 0x1ee47, 0x181),
        (0x1ee49, 0x1ee49, 0x181), (0x1ee4b, 0x1ee4b, 0x181), (0x1ee4d, 0x1ee4f, 0x181),
        (0x1ee51, 0x1ee52, 0x181), (0x1ee54, 0x1ee54, 0x181), (0x1ee57, 0x1ee57, 0x181),
        (0x1ee59, 0x1ee59, 0x181), (0x1ee5b, 0x1ee5b, 0x181), (0x1ee5d, 0x1ee5d, 0x181),
        (0x1ee5f, 0x1ee5f, 0x181), (0x1ee61, 0x1ee62, 0x181), (0x1ee64, 0x1ee64, 0x181),
        (0x1ee67, 0x1ee6a, 0x181), (0x1ee6c, 0x1ee72, 0x181), (0x1ee74, 0x1ee77, 0x181),
        (0x1ee79, 0x1ee7c, 0x181), (0x1ee7e, 0x1ee7e, 0x181), (0x1ee80, 0x1ee89, 0x181),
        (0x1ee8b, 0x1ee9b, 0x181), (0x1eea1, 0x1eea3, 0x181), (0x1eea5, 0x1eea9, 0x181),
        (0x1eeab, 0x1eebb, 0x181), (0x1eef0, 0x1eef1, 0x1a0), (0x1f000, 0x1f02b, 0x1a0),
        (0x1f030, 0x1f093, 0x1a0), (0x1f0a0, 0x1f0ae, 0x1a0), (0x1f0b1, 0x1f0bf, 0x1a0),
        (0x1f0c1, 0x1f0cf, 0x1a0), (0x1f0d1, 0x1f0f5, 0x1a0), (0x1f100, 0x1f10c, 0x184),
        (0x1f10d, 0x1f1ad, 0x1a0), (0x1f1e6, 0x1f202, 0x1a0), (0x1f210, 0x1f23b, 0x1a0),
        (0x1f240, 0x1f248, 0x1a0), (0x1f250, 0x1f251, 0x1a0), (0x1f260, 0x1f265, 0x1a0),
        (0x1f300, 0x1f6d8, 0x1a0), (0x1f6dc, 0x1f6ec, 0x1a0), (0x1f6f0, 0x1f6fc, 0x1a0),
        (0x1f700, 0x1f7d9, 0x1a0), (0x1f7e0, 0x1f7eb, 0x1a0), (0x1f7f0, 0x1f7f0, 0x1a0),
        (0x1f800, 0x1f80b, 0x1a0), (0x1f810, 0x1f847, 0x1a0), (0x1f850, 0x1f859, 0x1a0),
        (0x1f860, 0x1f887, 0x1a0), (0x1f890, 0x1f8ad, 0x1a0), (0x1f8b0, 0x1f8bb, 0x1a0),
        (0x1f8c0, 0x1f8c1, 0x1a0), (0x1f8d0, 0x1f8d8, 0x1a0), (0x1f900, 0x1fa57, 0x1a0),
        (0x1fa60, 0x1fa6d, 0x1a0), (0x1fa70, 0x1fa7c, 0x1a0), (0x1fa80, 0x1fa8a, 0x1a0),
        (0x1fa8e, 0x1fac6, 0x1a0), (0x1fac8, 0x1fac8, 0x1a0), (0x1facd, 0x1fadc, 0x1a0),
        (0x1fadf, 0x1faea, 0x1a0), (0x1faef, 0x1faf8, 0x1a0), (0x1fb00, 0x1fb92, 0x1a0),
        (0x1fb94, 0x1fbef, 0x1a0), (0x1fbf0, 0x1fbf9, 0x18c), (0x1fbfa, 0x1fbfa, 0x1a0),
        (0x20000, 0x2a6df, 0x181), (0x2a700, 0x2b81d, 0x181), (0x2b820, 0x2cead, 0x181),
        (0x2ceb0, 0x2ebe0, 0x181), (0x2ebf0, 0x2ee5d, 0x181), (0x2f800, 0x2fa1d, 0x181),
        (0x30000, 0x3134a, 0x181), (0x31350, 0x33479, 0x181), (0xe0100, 0xe01ef, 0x182),
    ];
    pub static UPPER: &[(u32, u32, u32)] = &[
        (0x41, 0x5a, 1), (0xc0, 0xd6, 1), (0xd8, 0xde, 1), (0x100, 0x136, 2), (0x139, 0x147, 2),
        (0x14a, 0x178, 2), (0x179, 0x17d, 2), (0x181, 0x182, 1), (0x184, 0x186, 2), (0x187, 0x189, 2),
        (0x18a, 0x18b, 1), (0x18e, 0x191, 1), (0x193, 0x194, 1), (0x196, 0x198, 1), (0x19c, 0x19d, 1),
        (0x19f, 0x1a0, 1), (0x1a2, 0x1a6, 2), (0x1a7, 0x1a9, 2), (0x1ac, 0x1ae, 2), (0x1af, 0x1b1, 2),
        (0x1b2, 0x1b3, 1), (0x1b5, 0x1b7, 2), (0x1b8, 0x1bc, 4), (0x1c4, 0x1cd, 3), (0x1cf, 0x1db, 2),
        (0x1de, 0x1ee, 2), (0x1f1, 0x1f4, 3), (0x1f6, 0x1f8, 1), (0x1fa, 0x232, 2), (0x23a, 0x23b, 1),
        (0x23d, 0x23e, 1), (0x241, 0x243, 2), (0x244, 0x246, 1), (0x248, 0x24e, 2), (0x370, 0x372, 2),
        (0x376, 0x37f, 9), (0x386, 0x388, 2), (0x389, 0x38a, 1), (0x38c, 0x38e, 2), (0x38f, 0x391, 2),
        (0x392, 0x3a1, 1), (0x3a3, 0x3ab, 1), (0x3cf, 0x3d2, 3), (0x3d3, 0x3d4, 1), (0x3d8, 0x3ee, 2),
        (0x3f4, 0x3f7, 3), (0x3f9, 0x3fa, 1), (0x3fd, 0x42f, 1), (0x460, 0x480, 2), (0x48a, 0x4c0, 2),
        (0x4c1, 0x4cd, 2), (0x4d0, 0x52e, 2), (0x531, 0x556, 1), (0x10a0, 0x10c5, 1),
        (0x10c7, 0x10cd, 6), (0x13a0, 0x13f5, 1), (0x1c89, 0x1c90, 7), (0x1c91, 0x1cba, 1),
        (0x1cbd, 0x1cbf, 1), (0x1e00, 0x1e94, 2), (0x1e9e, 0x1efe, 2), (0x1f08, 0x1f0f, 1),
        (0x1f18, 0x1f1d, 1), (0x1f28, 0x1f2f, 1), (0x1f38, 0x1f3f, 1), (0x1f48, 0x1f4d, 1),
        (0x1f59, 0x1f5f, 2), (0x1f68, 0x1f6f, 1), (0x1fb8, 0x1fbb, 1), (0x1fc8, 0x1fcb, 1),
        (0x1fd8, 0x1fdb, 1), (0x1fe8, 0x1fec, 1), (0x1ff8, 0x1ffb, 1), (0x2102, 0x2107, 5),
        (0x210b, 0x210d, 1), (0x2110, 0x2112, 1), (0x2115, 0x2119, 4), (0x211a, 0x211d, 1),
        (0x2124, 0x212a, 2), (0x212b, 0x212d, 1), (0x2130, 0x2133, 1), (0x213e, 0x213f, 1),
        (0x2145, 0x2183, 62), (0x2c00, 0x2c2f, 1), (0x2c60, 0x2c62, 2), (0x2c63, 0x2c64, 1),
        (0x2c67, 0x2c6d, 2), (0x2c6e, 0x2c70, 1), (0x2c72, 0x2c75, 3), (0x2c7e, 0x2c80, 1),
        (0x2c82, 0x2ce2, 2), (0x2ceb, 0x2ced, 2), (0x2cf2, 0xa640, 31054), (0xa642, 0xa66c, 2),
        (0xa680, 0xa69a, 2), (0xa722, 0xa72e, 2), (0xa732, 0xa76e, 2), (0xa779, 0xa77d, 2),
        (0xa77e, 0xa786, 2), (0xa78b, 0xa78d, 2), (0xa790, 0xa792, 2), (0xa796, 0xa7aa, 2),
        (0xa7ab, 0xa7ae, 1), (0xa7b0, 0xa7b4, 1), (0xa7b6, 0xa7c4, 2), (0xa7c5, 0xa7c7, 1),
        (0xa7c9, 0xa7cb, 2), (0xa7cc, 0xa7dc, 2), (0xa7f5, 0xff21, 22316), (0xff22, 0xff3a, 1),
        (0x10400, 0x10427, 1), (0x104b0, 0x104d3, 1), (0x10570, 0x1057a, 1), (0x1057c, 0x1058a, 1),
        (0x1058c, 0x10592, 1), (0x10594, 0x10595, 1), (0x10c80, 0x10cb2, 1), (0x10d50, 0x10d65, 1),
        (0x118a0, 0x118bf, 1), (0x16e40, 0x16e5f, 1), (0x16ea0, 0x16eb8, 1), (0x1d400, 0x1d419, 1),
        (0x1d434, 0x1d44d, 1), (0x1d468, 0x1d481, 1), (0x1d49c, 0x1d49e, 2), (0x1d49f, 0x1d4a5, 3),
        (0x1d4a6, 0x1d4a9, 3), (0x1d4aa, 0x1d4ac, 1), (0x1d4ae, 0x1d4b5, 1), (0x1d4d0, 0x1d4e9, 1),
        (0x1d504, 0x1d505, 1), (0x1d507, 0x1d50a, 1), (0x1d50d, 0x1d514, 1), (0x1d516, 0x1d51c, 1),
        (0x1d538, 0x1d539, 1), (0x1d53b, 0x1d53e, 1), (0x1d540, 0x1d544, 1), (0x1d546, 0x1d54a, 4),
        (0x1d54b, 0x1d550, 1), (0x1d56c, 0x1d585, 1), (0x1d5a0, 0x1d5b9, 1), (0x1d5d4, 0x1d5ed, 1),
        (0x1d608, 0x1d621, 1), (0x1d63c, 0x1d655, 1), (0x1d670, 0x1d689, 1), (0x1d6a8, 0x1d6c0, 1),
        (0x1d6e2, 0x1d6fa, 1), (0x1d71c, 0x1d734, 1), (0x1d756, 0x1d76e, 1), (0x1d790, 0x1d7a8, 1),
        (0x1d7ca, 0x1e900, 4406), (0x1e901, 0x1e921, 1),
    ];
    pub static LOWER: &[(u32, u32, u32)] = &[
        (0x61, 0x7a, 1), (0xb5, 0xdf, 42), (0xe0, 0xf6, 1), (0xf8, 0xff, 1), (0x101, 0x137, 2),
        (0x138, 0x148, 2), (0x149, 0x177, 2), (0x17a, 0x17e, 2), (0x17f, 0x180, 1), (0x183, 0x185, 2),
        (0x188, 0x18c, 4), (0x18d, 0x192, 5), (0x195, 0x199, 4), (0x19a, 0x19b, 1), (0x19e, 0x1a1, 3),
        (0x1a3, 0x1a5, 2), (0x1a8, 0x1aa, 2), (0x1ab, 0x1ad, 2), (0x1b0, 0x1b4, 4), (0x1b6, 0x1b9, 3),
        (0x1ba, 0x1bd, 3), (0x1be, 0x1bf, 1), (0x1c6, 0x1cc, 3), (0x1ce, 0x1dc, 2), (0x1dd, 0x1ef, 2),
        (0x1f0, 0x1f3, 3), (0x1f5, 0x1f9, 4), (0x1fb, 0x233, 2), (0x234, 0x239, 1), (0x23c, 0x23f, 3),
        (0x240, 0x242, 2), (0x247, 0x24f, 2), (0x250, 0x293, 1), (0x296, 0x2af, 1), (0x371, 0x373, 2),
        (0x377, 0x37b, 4), (0x37c, 0x37d, 1), (0x390, 0x3ac, 28), (0x3ad, 0x3ce, 1), (0x3d0, 0x3d1, 1),
        (0x3d5, 0x3d7, 1), (0x3d9, 0x3ef, 2), (0x3f0, 0x3f3, 1), (0x3f5, 0x3fb, 3), (0x3fc, 0x430, 52),
        (0x431, 0x45f, 1), (0x461, 0x481, 2), (0x48b, 0x4bf, 2), (0x4c2, 0x4ce, 2), (0x4cf, 0x52f, 2),
        (0x560, 0x588, 1), (0x10d0, 0x10fa, 1), (0x10fd, 0x10ff, 1), (0x13f8, 0x13fd, 1),
        (0x1c80, 0x1c88, 1), (0x1c8a, 0x1d00, 118), (0x1d01, 0x1d2b, 1), (0x1d6b, 0x1d77, 1),
        (0x1d79, 0x1d9a, 1), (0x1e01, 0x1e95, 2), (0x1e96, 0x1e9d, 1), (0x1e9f, 0x1eff, 2),
        (0x1f00, 0x1f07, 1), (0x1f10, 0x1f15, 1), (0x1f20, 0x1f27, 1), (0x1f30, 0x1f37, 1),
        (0x1f40, 0x1f45, 1), (0x1f50, 0x1f57, 1), (0x1f60, 0x1f67, 1), (0x1f70, 0x1f7d, 1),
        (0x1f80, 0x1f87, 1), (0x1f90, 0x1f97, 1), (0x1fa0, 0x1fa7, 1), (0x1fb0, 0x1fb4, 1),
        (0x1fb6, 0x1fb7, 1), (0x1fbe, 0x1fc2, 4), (0x1fc3, 0x1fc4, 1), (0x1fc6, 0x1fc7, 1),
        (0x1fd0, 0x1fd3, 1), (0x1fd6, 0x1fd7, 1), (0x1fe0, 0x1fe7, 1), (0x1ff2, 0x1ff4, 1),
        (0x1ff6, 0x1ff7, 1), (0x210a, 0x210e, 4), (0x210f, 0x2113, 4), (0x212f, 0x2139, 5),
        (0x213c, 0x213d, 1), (0x2146, 0x2149, 1), (0x214e, 0x2184, 54), (0x2c30, 0x2c5f, 1),
        (0x2c61, 0x2c65, 4), (0x2c66, 0x2c6c, 2), (0x2c71, 0x2c73, 2), (0x2c74, 0x2c76, 2),
        (0x2c77, 0x2c7b, 1), (0x2c81, 0x2ce3, 2), (0x2ce4, 0x2cec, 8), (0x2cee, 0x2cf3, 5),
        (0x2d00, 0x2d25, 1), (0x2d27, 0x2d2d, 6), (0xa641, 0xa66d, 2), (0xa681, 0xa69b, 2),
        (0xa723, 0xa72f, 2), (0xa730, 0xa731, 1), (0xa733, 0xa771, 2), (0xa772, 0xa778, 1),
        (0xa77a, 0xa77c, 2), (0xa77f, 0xa787, 2), (0xa78c, 0xa78e, 2), (0xa791, 0xa793, 2),
        (0xa794, 0xa795, 1), (0xa797, 0xa7a9, 2), (0xa7af, 0xa7b5, 6), (0xa7b7, 0xa7c3, 2),
        (0xa7c8, 0xa7ca, 2), (0xa7cd, 0xa7db, 2), (0xa7f6, 0xa7fa, 4), (0xab30, 0xab5a, 1),
        (0xab60, 0xab68, 1), (0xab70, 0xabbf, 1), (0xfb00, 0xfb06, 1), (0xfb13, 0xfb17, 1),
        (0xff41, 0xff5a, 1), (0x10428, 0x1044f, 1), (0x104d8, 0x104fb, 1), (0x10597, 0x105a1, 1),
        (0x105a3, 0x105b1, 1), (0x105b3, 0x105b9, 1), (0x105bb, 0x105bc, 1), (0x10cc0, 0x10cf2, 1),
        (0x10d70, 0x10d85, 1), (0x118c0, 0x118df, 1), (0x16e60, 0x16e7f, 1), (0x16ebb, 0x16ed3, 1),
        (0x1d41a, 0x1d433, 1), (0x1d44e, 0x1d454, 1), (0x1d456, 0x1d467, 1), (0x1d482, 0x1d49b, 1),
        (0x1d4b6, 0x1d4b9, 1), (0x1d4bb, 0x1d4bd, 2), (0x1d4be, 0x1d4c3, 1), (0x1d4c5, 0x1d4cf, 1),
        (0x1d4ea, 0x1d503, 1), (0x1d51e, 0x1d537, 1), (0x1d552, 0x1d56b, 1), (0x1d586, 0x1d59f, 1),
        (0x1d5ba, 0x1d5d3, 1), (0x1d5ee, 0x1d607, 1), (0x1d622, 0x1d63b, 1), (0x1d656, 0x1d66f, 1),
        (0x1d68a, 0x1d6a5, 1), (0x1d6c2, 0x1d6da, 1), (0x1d6dc, 0x1d6e1, 1), (0x1d6fc, 0x1d714, 1),
        (0x1d716, 0x1d71b, 1), (0x1d736, 0x1d74e, 1), (0x1d750, 0x1d755, 1), (0x1d770, 0x1d788, 1),
        (0x1d78a, 0x1d78f, 1), (0x1d7aa, 0x1d7c2, 1), (0x1d7c4, 0x1d7c9, 1), (0x1d7cb, 0x1df00, 1845),
        (0x1df01, 0x1df09, 1), (0x1df0b, 0x1df1e, 1), (0x1df25, 0x1df2a, 1), (0x1e922, 0x1e943, 1),
    ];
    pub static CASE_RANGES: &[(u32, u32, [i32; 3])] = &[
        (0x41, 0x5a, [0, 32, 0]), (0x61, 0x7a, [-32, 0, -32]), (0xb5, 0xb5, [743, 0, 743]),
        (0xc0, 0xd6, [0, 32, 0]), (0xd8, 0xde, [0, 32, 0]), (0xe0, 0xf6, [-32, 0, -32]),
        (0xf8, 0xfe, [-32, 0, -32]), (0xff, 0xff, [121, 0, 121]),
        (0x100, 0x12f, [1114112, 1114112, 1114112]), (0x130, 0x130, [0, -199, 0]),
        (0x131, 0x131, [-232, 0, -232]), (0x132, 0x137, [1114112, 1114112, 1114112]),
        (0x139, 0x148, [1114112, 1114112, 1114112]), (0x14a, 0x177, [1114112, 1114112, 1114112]),
        (0x178, 0x178, [0, -121, 0]), (0x179, 0x17e, [1114112, 1114112, 1114112]),
        (0x17f, 0x17f, [-300, 0, -300]), (0x180, 0x180, [195, 0, 195]), (0x181, 0x181, [0, 210, 0]),
        (0x182, 0x185, [1114112, 1114112, 1114112]), (0x186, 0x186, [0, 206, 0]),
        (0x187, 0x188, [1114112, 1114112, 1114112]), (0x189, 0x18a, [0, 205, 0]),
        (0x18b, 0x18c, [1114112, 1114112, 1114112]), (0x18e, 0x18e, [0, 79, 0]),
        (0x18f, 0x18f, [0, 202, 0]), (0x190, 0x190, [0, 203, 0]),
        (0x191, 0x192, [1114112, 1114112, 1114112]), (0x193, 0x193, [0, 205, 0]),
        (0x194, 0x194, [0, 207, 0]), (0x195, 0x195, [97, 0, 97]), (0x196, 0x196, [0, 211, 0]),
        (0x197, 0x197, [0, 209, 0]), (0x198, 0x199, [1114112, 1114112, 1114112]),
        (0x19a, 0x19a, [163, 0, 163]), (0x19b, 0x19b, [42561, 0, 42561]), (0x19c, 0x19c, [0, 211, 0]),
        (0x19d, 0x19d, [0, 213, 0]), (0x19e, 0x19e, [130, 0, 130]), (0x19f, 0x19f, [0, 214, 0]),
        (0x1a0, 0x1a5, [1114112, 1114112, 1114112]), (0x1a6, 0x1a6, [0, 218, 0]),
        (0x1a7, 0x1a8, [1114112, 1114112, 1114112]), (0x1a9, 0x1a9, [0, 218, 0]),
        (0x1ac, 0x1ad, [1114112, 1114112, 1114112]), (0x1ae, 0x1ae, [0, 218, 0]),
        (0x1af, 0x1b0, [1114112, 1114112, 1114112]), (0x1b1, 0x1b2, [0, 217, 0]),
        (0x1b3, 0x1b6, [1114112, 1114112, 1114112]), (0x1b7, 0x1b7, [0, 219, 0]),
        (0x1b8, 0x1b9, [1114112, 1114112, 1114112]), (0x1bc, 0x1bd, [1114112, 1114112, 1114112]),
        (0x1bf, 0x1bf, [56, 0, 56]), (0x1c4, 0x1c4, [0, 2, 1]), (0x1c5, 0x1c5, [-1, 1, 0]),
        (0x1c6, 0x1c6, [-2, 0, -1]), (0x1c7, 0x1c7, [0, 2, 1]), (0x1c8, 0x1c8, [-1, 1, 0]),
        (0x1c9, 0x1c9, [-2, 0, -1]), (0x1ca, 0x1ca, [0, 2, 1]), (0x1cb, 0x1cb, [-1, 1, 0]),
        (0x1cc, 0x1cc, [-2, 0, -1]), (0x1cd, 0x1dc, [1114112, 1114112, 1114112]),
        (0x1dd, 0x1dd, [-79, 0, -79]), (0x1de, 0x1ef, [1114112, 1114112, 1114112]),
        (0x1f1, 0x1f1, [0, 2, 1]), (0x1f2, 0x1f2, [-1, 1, 0]), (0x1f3, 0x1f3, [-2, 0, -1]),
        (0x1f4, 0x1f5, [1114112, 1114112, 1114112]), (0x1f6, 0x1f6, [0, -97, 0]),
        (0x1f7, 0x1f7, [0, -56, 0]), (0x1f8, 0x21f, [1114112, 1114112, 1114112]),
        (0x220, 0x220, [0, -130, 0]), (0x222, 0x233, [1114112, 1114112, 1114112]),
        (0x23a, 0x23a, [0, 10795, 0]), (0x23b, 0x23c, [1114112, 1114112, 1114112]),
        (0x23d, 0x23d, [0, -163, 0]), (0x23e, 0x23e, [0, 10792, 0]), (0x23f, 0x240, [10815, 0, 10815]),
        (0x241, 0x242, [1114112, 1114112, 1114112]), (0x243, 0x243, [0, -195, 0]),
        (0x244, 0x244, [0, 69, 0]), (0x245, 0x245, [0, 71, 0]),
        (0x246, 0x24f, [1114112, 1114112, 1114112]), (0x250, 0x250, [10783, 0, 10783]),
        (0x251, 0x251, [10780, 0, 10780]), (0x252, 0x252, [10782, 0, 10782]),
        (0x253, 0x253, [-210, 0, -210]), (0x254, 0x254, [-206, 0, -206]),
        (0x256, 0x257, [-205, 0, -205]), (0x259, 0x259, [-202, 0, -202]),
        (0x25b, 0x25b, [-203, 0, -203]), (0x25c, 0x25c, [42319, 0, 42319]),
        (0x260, 0x260, [-205, 0, -205]), (0x261, 0x261, [42315, 0, 42315]),
        (0x263, 0x263, [-207, 0, -207]), (0x264, 0x264, [42343, 0, 42343]),
        (0x265, 0x265, [42280, 0, 42280]), (0x266, 0x266, [42308, 0, 42308]),
        (0x268, 0x268, [-209, 0, -209]), (0x269, 0x269, [-211, 0, -211]),
        (0x26a, 0x26a, [42308, 0, 42308]), (0x26b, 0x26b, [10743, 0, 10743]),
        (0x26c, 0x26c, [42305, 0, 42305]), (0x26f, 0x26f, [-211, 0, -211]),
        (0x271, 0x271, [10749, 0, 10749]), (0x272, 0x272, [-213, 0, -213]),
        (0x275, 0x275, [-214, 0, -214]), (0x27d, 0x27d, [10727, 0, 10727]),
        (0x280, 0x280, [-218, 0, -218]), (0x282, 0x282, [42307, 0, 42307]),
        (0x283, 0x283, [-218, 0, -218]), (0x287, 0x287, [42282, 0, 42282]),
        (0x288, 0x288, [-218, 0, -218]), (0x289, 0x289, [-69, 0, -69]), (0x28a, 0x28b, [-217, 0, -217]),
        (0x28c, 0x28c, [-71, 0, -71]), (0x292, 0x292, [-219, 0, -219]),
        (0x29d, 0x29d, [42261, 0, 42261]), (0x29e, 0x29e, [42258, 0, 42258]),
        (0x345, 0x345, [84, 0, 84]), (0x370, 0x373, [1114112, 1114112, 1114112]),
        (0x376, 0x377, [1114112, 1114112, 1114112]), (0x37b, 0x37d, [130, 0, 130]),
        (0x37f, 0x37f, [0, 116, 0]), (0x386, 0x386, [0, 38, 0]), (0x388, 0x38a, [0, 37, 0]),
        (0x38c, 0x38c, [0, 64, 0]), (0x38e, 0x38f, [0, 63, 0]), (0x391, 0x3a1, [0, 32, 0]),
        (0x3a3, 0x3ab, [0, 32, 0]), (0x3ac, 0x3ac, [-38, 0, -38]), (0x3ad, 0x3af, [-37, 0, -37]),
        (0x3b1, 0x3c1, [-32, 0, -32]), (0x3c2, 0x3c2, [-31, 0, -31]), (0x3c3, 0x3cb, [-32, 0, -32]),
        (0x3cc, 0x3cc, [-64, 0, -64]), (0x3cd, 0x3ce, [-63, 0, -63]), (0x3cf, 0x3cf, [0, 8, 0]),
        (0x3d0, 0x3d0, [-62, 0, -62]), (0x3d1, 0x3d1, [-57, 0, -57]), (0x3d5, 0x3d5, [-47, 0, -47]),
        (0x3d6, 0x3d6, [-54, 0, -54]), (0x3d7, 0x3d7, [-8, 0, -8]),
        (0x3d8, 0x3ef, [1114112, 1114112, 1114112]), (0x3f0, 0x3f0, [-86, 0, -86]),
        (0x3f1, 0x3f1, [-80, 0, -80]), (0x3f2, 0x3f2, [7, 0, 7]), (0x3f3, 0x3f3, [-116, 0, -116]),
        (0x3f4, 0x3f4, [0, -60, 0]), (0x3f5, 0x3f5, [-96, 0, -96]),
        (0x3f7, 0x3f8, [1114112, 1114112, 1114112]), (0x3f9, 0x3f9, [0, -7, 0]),
        (0x3fa, 0x3fb, [1114112, 1114112, 1114112]), (0x3fd, 0x3ff, [0, -130, 0]),
        (0x400, 0x40f, [0, 80, 0]), (0x410, 0x42f, [0, 32, 0]), (0x430, 0x44f, [-32, 0, -32]),
        (0x450, 0x45f, [-80, 0, -80]), (0x460, 0x481, [1114112, 1114112, 1114112]),
        (0x48a, 0x4bf, [1114112, 1114112, 1114112]), (0x4c0, 0x4c0, [0, 15, 0]),
        (0x4c1, 0x4ce, [1114112, 1114112, 1114112]), (0x4cf, 0x4cf, [-15, 0, -15]),
        (0x4d0, 0x52f, [1114112, 1114112, 1114112]), (0x531, 0x556, [0, 48, 0]),
        (0x561, 0x586, [-48, 0, -48]), (0x10a0, 0x10c5, [0, 7264, 0]), (0x10c7, 0x10c7, [0, 7264, 0]),
        (0x10cd, 0x10cd, [0, 7264, 0]), (0x10d0, 0x10fa, [3008, 0, 0]), (0x10fd, 0x10ff, [3008, 0, 0]),
        (0x13a0, 0x13ef, [0, 38864, 0]), (0x13f0, 0x13f5, [0, 8, 0]), (0x13f8, 0x13fd, [-8, 0, -8]),
        (0x1c80, 0x1c80, [-6254, 0, -6254]), (0x1c81, 0x1c81, [-6253, 0, -6253]),
        (0x1c82, 0x1c82, [-6244, 0, -6244]), (0x1c83, 0x1c84, [-6242, 0, -6242]),
        (0x1c85, 0x1c85, [-6243, 0, -6243]), (0x1c86, 0x1c86, [-6236, 0, -6236]),
        (0x1c87, 0x1c87, [-6181, 0, -6181]), (0x1c88, 0x1c88, [35266, 0, 35266]),
        (0x1c89, 0x1c8a, [1114112, 1114112, 1114112]), (0x1c90, 0x1cba, [0, -3008, 0]),
        (0x1cbd, 0x1cbf, [0, -3008, 0]), (0x1d79, 0x1d79, [35332, 0, 35332]),
        (0x1d7d, 0x1d7d, [3814, 0, 3814]), (0x1d8e, 0x1d8e, [35384, 0, 35384]),
        (0x1e00, 0x1e95, [1114112, 1114112, 1114112]), (0x1e9b, 0x1e9b, [-59, 0, -59]),
        (0x1e9e, 0x1e9e, [0, -7615, 0]), (0x1ea0, 0x1eff, [1114112, 1114112, 1114112]),
        (0x1f00, 0x1f07, [8, 0, 8]), (0x1f08, 0x1f0f, [0, -8, 0]), (0x1f10, 0x1f15, [8, 0, 8]),
        (0x1f18, 0x1f1d, [0, -8, 0]), (0x1f20, 0x1f27, [8, 0, 8]), (0x1f28, 0x1f2f, [0, -8, 0]),
        (0x1f30, 0x1f37, [8, 0, 8]), (0x1f38, 0x1f3f, [0, -8, 0]), (0x1f40, 0x1f45, [8, 0, 8]),
        (0x1f48, 0x1f4d, [0, -8, 0]), (0x1f51, 0x1f51, [8, 0, 8]), (0x1f53, 0x1f53, [8, 0, 8]),
        (0x1f55, 0x1f55, [8, 0, 8]), (0x1f57, 0x1f57, [8, 0, 8]), (0x1f59, 0x1f59, [0, -8, 0]),
        (0x1f5b, 0x1f5b, [0, -8, 0]), (0x1f5d, 0x1f5d, [0, -8, 0]), (0x1f5f, 0x1f5f, [0, -8, 0]),
        (0x1f60, 0x1f67, [8, 0, 8]), (0x1f68, 0x1f6f, [0, -8, 0]), (0x1f70, 0x1f71, [74, 0, 74]),
        (0x1f72, 0x1f75, [86, 0, 86]), (0x1f76, 0x1f77, [100, 0, 100]), (0x1f78, 0x1f79, [128, 0, 128]),
        (0x1f7a, 0x1f7b, [112, 0, 112]), (0x1f7c, 0x1f7d, [126, 0, 126]), (0x1f80, 0x1f87, [8, 0, 8]),
        (0x1f88, 0x1f8f, [0, -8, 0]), (0x1f90, 0x1f97, [8, 0, 8]), (0x1f98, 0x1f9f, [0, -8, 0]),
        (0x1fa0, 0x1fa7, [8, 0, 8]), (0x1fa8, 0x1faf, [0, -8, 0]), (0x1fb0, 0x1fb1, [8, 0, 8]),
        (0x1fb3, 0x1fb3, [9, 0, 9]), (0x1fb8, 0x1fb9, [0, -8, 0]), (0x1fba, 0x1fbb, [0, -74, 0]),
        (0x1fbc, 0x1fbc, [0, -9, 0]), (0x1fbe, 0x1fbe, [-7205, 0, -7205]), (0x1fc3, 0x1fc3, [9, 0, 9]),
        (0x1fc8, 0x1fcb, [0, -86, 0]), (0x1fcc, 0x1fcc, [0, -9, 0]), (0x1fd0, 0x1fd1, [8, 0, 8]),
        (0x1fd8, 0x1fd9, [0, -8, 0]), (0x1fda, 0x1fdb, [0, -100, 0]), (0x1fe0, 0x1fe1, [8, 0, 8]),
        (0x1fe5, 0x1fe5, [7, 0, 7]), (0x1fe8, 0x1fe9, [0, -8, 0]), (0x1fea, 0x1feb, [0, -112, 0]),
        (0x1fec, 0x1fec, [0, -7, 0]), (0x1ff3, 0x1ff3, [9, 0, 9]), (0x1ff8, 0x1ff9, [0, -128, 0]),
        (0x1ffa, 0x1ffb, [0, -126, 0]), (0x1ffc, 0x1ffc, [0, -9, 0]), (0x2126, 0x2126, [0, -7517, 0]),
        (0x212a, 0x212a, [0, -8383, 0]), (0x212b, 0x212b, [0, -8262, 0]), (0x2132, 0x2132, [0, 28, 0]),
        (0x214e, 0x214e, [-28, 0, -28]), (0x2160, 0x216f, [0, 16, 0]), (0x2170, 0x217f, [-16, 0, -16]),
        (0x2183, 0x2184, [1114112, 1114112, 1114112]), (0x24b6, 0x24cf, [0, 26, 0]),
        (0x24d0, 0x24e9, [-26, 0, -26]), (0x2c00, 0x2c2f, [0, 48, 0]), (0x2c30, 0x2c5f, [-48, 0, -48]),
        (0x2c60, 0x2c61, [1114112, 1114112, 1114112]), (0x2c62, 0x2c62, [0, -10743, 0]),
        (0x2c63, 0x2c63, [0, -3814, 0]), (0x2c64, 0x2c64, [0, -10727, 0]),
        (0x2c65, 0x2c65, [-10795, 0, -10795]), (0x2c66, 0x2c66, [-10792, 0, -10792]),
        (0x2c67, 0x2c6c, [1114112, 1114112, 1114112]), (0x2c6d, 0x2c6d, [0, -10780, 0]),
        (0x2c6e, 0x2c6e, [0, -10749, 0]), (0x2c6f, 0x2c6f, [0, -10783, 0]),
        (0x2c70, 0x2c70, [0, -10782, 0]), (0x2c72, 0x2c73, [1114112, 1114112, 1114112]),
        (0x2c75, 0x2c76, [1114112, 1114112, 1114112]), (0x2c7e, 0x2c7f, [0, -10815, 0]),
        (0x2c80, 0x2ce3, [1114112, 1114112, 1114112]), (0x2ceb, 0x2cee, [1114112, 1114112, 1114112]),
        (0x2cf2, 0x2cf3, [1114112, 1114112, 1114112]), (0x2d00, 0x2d25, [-7264, 0, -7264]),
        (0x2d27, 0x2d27, [-7264, 0, -7264]), (0x2d2d, 0x2d2d, [-7264, 0, -7264]),
        (0xa640, 0xa66d, [1114112, 1114112, 1114112]), (0xa680, 0xa69b, [1114112, 1114112, 1114112]),
        (0xa722, 0xa72f, [1114112, 1114112, 1114112]), (0xa732, 0xa76f, [1114112, 1114112, 1114112]),
        (0xa779, 0xa77c, [1114112, 1114112, 1114112]), (0xa77d, 0xa77d, [0, -35332, 0]),
        (0xa77e, 0xa787, [1114112, 1114112, 1114112]), (0xa78b, 0xa78c, [1114112, 1114112, 1114112]),
        (0xa78d, 0xa78d, [0, -42280, 0]), (0xa790, 0xa793, [1114112, 1114112, 1114112]),
        (0xa794, 0xa794, [48, 0, 48]), (0xa796, 0xa7a9, [1114112, 1114112, 1114112]),
        (0xa7aa, 0xa7aa, [0, -42308, 0]), (0xa7ab, 0xa7ab, [0, -42319, 0]),
        (0xa7ac, 0xa7ac, [0, -42315, 0]), (0xa7ad, 0xa7ad, [0, -42305, 0]),
        (0xa7ae, 0xa7ae, [0, -42308, 0]), (0xa7b0, 0xa7b0, [0, -42258, 0]),
        (0xa7b1, 0xa7b1, [0, -42282, 0]), (0xa7b2, 0xa7b2, [0, -42261, 0]),
        (0xa7b3, 0xa7b3, [0, 928, 0]), (0xa7b4, 0xa7c3, [1114112, 1114112, 1114112]),
        (0xa7c4, 0xa7c4, [0, -48, 0]), (0xa7c5, 0xa7c5, [0, -42307, 0]),
        (0xa7c6, 0xa7c6, [0, -35384, 0]), (0xa7c7, 0xa7ca, [1114112, 1114112, 1114112]),
        (0xa7cb, 0xa7cb, [0, -42343, 0]), (0xa7cc, 0xa7db, [1114112, 1114112, 1114112]),
        (0xa7dc, 0xa7dc, [0, -42561, 0]), (0xa7f5, 0xa7f6, [1114112, 1114112, 1114112]),
        (0xab53, 0xab53, [-928, 0, -928]), (0xab70, 0xabbf, [-38864, 0, -38864]),
        (0xff21, 0xff3a, [0, 32, 0]), (0xff41, 0xff5a, [-32, 0, -32]), (0x10400, 0x10427, [0, 40, 0]),
        (0x10428, 0x1044f, [-40, 0, -40]), (0x104b0, 0x104d3, [0, 40, 0]),
        (0x104d8, 0x104fb, [-40, 0, -40]), (0x10570, 0x1057a, [0, 39, 0]),
        (0x1057c, 0x1058a, [0, 39, 0]), (0x1058c, 0x10592, [0, 39, 0]), (0x10594, 0x10595, [0, 39, 0]),
        (0x10597, 0x105a1, [-39, 0, -39]), (0x105a3, 0x105b1, [-39, 0, -39]),
        (0x105b3, 0x105b9, [-39, 0, -39]), (0x105bb, 0x105bc, [-39, 0, -39]),
        (0x10c80, 0x10cb2, [0, 64, 0]), (0x10cc0, 0x10cf2, [-64, 0, -64]),
        (0x10d50, 0x10d65, [0, 32, 0]), (0x10d70, 0x10d85, [-32, 0, -32]),
        (0x118a0, 0x118bf, [0, 32, 0]), (0x118c0, 0x118df, [-32, 0, -32]),
        (0x16e40, 0x16e5f, [0, 32, 0]), (0x16e60, 0x16e7f, [-32, 0, -32]),
        (0x16ea0, 0x16eb8, [0, 27, 0]), (0x16ebb, 0x16ed3, [-27, 0, -27]),
        (0x1e900, 0x1e921, [0, 34, 0]), (0x1e922, 0x1e943, [-34, 0, -34]),
    ];
    pub static FOLD_ORBIT: &[(u32, u32)] = &[
        (0x6b, 0x212a), (0x73, 0x17f), (0xdf, 0x1e9e), (0xe5, 0x212b), (0x130, 0x130), (0x131, 0x131),
        (0x1c4, 0x1c5), (0x1c7, 0x1c8), (0x1ca, 0x1cb), (0x1f1, 0x1f2), (0x390, 0x1fd3), (0x3a3, 0x3c2),
        (0x3b0, 0x1fe3), (0x3b2, 0x3d0), (0x3b5, 0x3f5), (0x3b8, 0x3d1), (0x3b9, 0x1fbe),
        (0x3ba, 0x3f0), (0x3bc, 0xb5), (0x3c0, 0x3d6), (0x3c1, 0x3f1), (0x3c2, 0x3c3), (0x3c6, 0x3d5),
        (0x3c9, 0x2126), (0x3d1, 0x3f4), (0x3f4, 0x398), (0x432, 0x1c80), (0x434, 0x1c81),
        (0x43e, 0x1c82), (0x441, 0x1c83), (0x442, 0x1c84), (0x44a, 0x1c86), (0x463, 0x1c87),
        (0x1c84, 0x1c85), (0x1e61, 0x1e9b), (0x1fbe, 0x345), (0x1fd3, 0x390), (0x1fe3, 0x3b0),
        (0x2126, 0x3a9), (0x212a, 0x4b), (0x212b, 0xc5), (0xa64b, 0x1c88), (0xfb05, 0xfb06),
        (0xfb06, 0xfb05),
    ];
}
