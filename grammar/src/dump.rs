//! A readable dump of the syntax tree for `minigo parse` and snapshot tests.
//!
//! Rust's pretty `{:#?}` pads every write through one adapter per open
//! level, which is cubic on deep trees (the fuzzer found 2 000 levels taking
//! minutes). So the tree is printed compactly with `{:?}` (linear) and then
//! indented here in one pass; spans are folded to `lo..hi` and the `depth`
//! bookkeeping is left out.

use crate::ast::File;

pub fn dump(file: &File) -> String {
    indent(&fold_spans(&format!("{file:?}")))
}

/// `Span { lo: 1, hi: 2 }` -> `1..2`, and `, depth: N` removed.
fn fold_spans(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let span = rest.find("Span { lo: ");
        let depth = rest.find(", depth: ");
        match (span, depth) {
            (Some(i), d) if d.is_none_or(|d| i < d) => {
                out.push_str(&rest[..i]);
                let tail = &rest[i + "Span { lo: ".len()..];
                let (lo, tail) = tail.split_once(", hi: ").unwrap_or((tail, ""));
                let (hi, tail) = tail.split_once(" }").unwrap_or((tail, ""));
                out.push_str(lo);
                out.push_str("..");
                out.push_str(hi);
                rest = tail;
            }
            (_, Some(d)) => {
                out.push_str(&rest[..d]);
                let tail = &rest[d + ", depth: ".len()..];
                let end = tail
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(tail.len());
                rest = &tail[end..];
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// Breaks compact Debug output into one field per line, four spaces per
/// level, with trailing commas (the shape of `{:#?}`), skipping string
/// literals.
fn indent(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() * 2);
    let mut level = 0usize;
    let mut i = 0;
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        for _ in 0..level {
            out.push_str("    ");
        }
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => {
                // A string literal, escapes included, copied as is.
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                out.push_str(&s[start..i]);
                continue;
            }
            b'{' | b'[' | b'(' => {
                let close = match c {
                    b'{' => b'}',
                    b'[' => b']',
                    _ => b')',
                };
                // Empty brackets stay on the line: `[]`, `{}`.
                let mut j = i + 1;
                while j < b.len() && b[j] == b' ' {
                    j += 1;
                }
                if j < b.len() && b[j] == close {
                    out.push(c as char);
                    out.push(close as char);
                    i = j + 1;
                    continue;
                }
                out.push(c as char);
                level += 1;
                newline(&mut out, level);
                i += 1;
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                continue;
            }
            b'}' | b']' | b')' => {
                // Trailing comma after the last field, then close.
                let trimmed = out.trim_end_matches(' ').len();
                out.truncate(trimmed);
                if !out.ends_with(',') && !out.ends_with('\n') {
                    out.push(',');
                }
                level = level.saturating_sub(1);
                newline(&mut out, level);
                out.push(c as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, level);
                i += 1;
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                continue;
            }
            _ => {
                // Copy a whole (possibly multi-byte) character.
                let ch = s[i..].chars().next().unwrap();
                out.push(ch);
                i += ch.len_utf8();
                continue;
            }
        }
        i += 1;
    }
    out.push('\n');
    out
}
