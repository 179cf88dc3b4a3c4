//! Go literals: checking them as the lexer meets them (with Go's messages
//! and positions) and decoding their values for the checker.

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// `U+0040 '@'`, as Go's `%#U` prints a character.
pub fn describe_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() && c != ' ' {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

fn at(span: Span, offset: usize) -> Span {
    let p = span.lo + offset as u32;
    Span::new(p, p)
}

/// Checks a number literal's digits, separators, radix point and exponent.
pub fn check_number(text: &str, span: Span, errors: &mut Vec<Diagnostic>) {
    let b = text.as_bytes();
    let (base, name, prefix) = match b {
        [b'0', b'x' | b'X', ..] => (16, "hexadecimal", 2),
        [b'0', b'b' | b'B', ..] => (2, "binary", 2),
        [b'0', b'o' | b'O', ..] => (8, "octal", 2),
        _ => (10, "decimal", 0),
    };
    let mut err =
        |offset: usize, msg: String| errors.push(Diagnostic::error(at(span, offset), msg));
    let body = &b[prefix..];
    let body = body.strip_suffix(b"i").unwrap_or(body);
    let exp_at = body.iter().position(|&c| {
        if base == 16 {
            matches!(c, b'p' | b'P')
        } else {
            matches!(c, b'e' | b'E')
        }
    });
    let mantissa = &body[..exp_at.unwrap_or(body.len())];
    let dot = mantissa.iter().position(|&c| c == b'.');
    let digits = mantissa.iter().filter(|c| c.is_ascii_hexdigit()).count();
    if prefix > 0 && digits == 0 {
        return err(text.len(), format!("{name} literal has no digits"));
    }
    if let Some(d) = dot {
        if base == 2 || base == 8 {
            return err(prefix + d, format!("invalid radix point in {name} literal"));
        }
    }
    let is_float = dot.is_some() || exp_at.is_some();
    // Digits out of range for the base (legacy octal `0755` only if it stays an integer).
    let legacy_octal = base == 10 && b[0] == b'0' && !is_float && b.len() > 1;
    let limit = if legacy_octal { 8 } else { base };
    for (i, &c) in mantissa.iter().enumerate() {
        if c == b'_' || c == b'.' {
            continue;
        }
        let v = (c as char).to_digit(16).unwrap_or(99);
        if v >= limit {
            let kind = if legacy_octal { "octal" } else { name };
            return err(
                prefix + i,
                format!("invalid digit '{}' in {kind} literal", c as char),
            );
        }
    }
    if let Some(e) = exp_at {
        if base != 10 && base != 16 {
            return err(
                prefix + e,
                format!("'{}' exponent requires decimal mantissa", body[e] as char),
            );
        }
        let exp = &body[e + 1..];
        let exp = exp
            .strip_prefix(b"+")
            .or_else(|| exp.strip_prefix(b"-"))
            .unwrap_or(exp);
        if !exp.iter().any(|c| c.is_ascii_digit()) {
            return err(text.len(), "exponent has no digits".into());
        }
    } else if base == 16 && dot.is_some() {
        return err(
            text.len(),
            "hexadecimal mantissa requires a 'p' exponent".into(),
        );
    }
    // '_' must sit between digits (or right after a base prefix).
    for (i, &c) in b.iter().enumerate() {
        if c != b'_' {
            continue;
        }
        let prev_ok = i > 0 && (b[i - 1].is_ascii_hexdigit() || (i == prefix && prefix > 0));
        let next_ok = b.get(i + 1).is_some_and(|n| n.is_ascii_hexdigit());
        // In decimal, `e` is not a digit: `1_e5` is wrong.
        let prev_ok = prev_ok && !(base == 10 && matches!(b[i - 1], b'e' | b'E'));
        if !prev_ok || !next_ok {
            return err(i, "'_' must separate successive digits".into());
        }
    }
}

/// One decoded piece of a quoted literal: a raw byte (`\xff`, `\377`) or a
/// character (written, or `\u`/`\U` escaped) that is UTF-8 encoded.
enum Unit {
    Byte(u8),
    Char(char),
}

/// Walks the inside of a quoted literal (`text` includes the quotes),
/// calling `unit` per decoded piece; returns false after reporting an error.
fn scan_quoted(
    text: &str,
    quote: char,
    followed_by_newline: bool,
    span: Span,
    errors: &mut Vec<Diagnostic>,
    mut unit: impl FnMut(Unit),
) -> bool {
    let mut err = |offset: usize, msg: String| {
        errors.push(Diagnostic::error(at(span, offset), msg));
        false
    };
    let what = if quote == '"' {
        "string"
    } else {
        "rune literal"
    };
    let s = &text[1..];
    let mut chars = s.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == quote {
            return true; // the lexer ends the token at its closing quote
        }
        if c != '\\' {
            unit(Unit::Char(c));
            continue;
        }
        let Some((j, e)) = chars.next() else {
            break;
        };
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '\'' if quote == '\'' => Some(b'\''),
            '"' if quote == '"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            unit(Unit::Byte(v));
            continue;
        }
        let (count, radix, digits_kind) = match e {
            '0'..='7' => (3, 8, "octal"),
            'x' => (2, 16, "hexadecimal"),
            'u' => (4, 16, "hexadecimal"),
            'U' => (8, 16, "hexadecimal"),
            _ => return err(1 + j, "unknown escape".into()),
        };
        let mut value: u32 = 0;
        let mut end = j + e.len_utf8();
        let mut digits = 0;
        if radix == 8 {
            value = e.to_digit(8).unwrap();
            digits = 1;
        }
        while digits < count {
            match chars.peek() {
                Some(&(k, d)) if d.is_digit(radix) => {
                    value = value * radix + d.to_digit(radix).unwrap();
                    end = k + 1;
                    chars.next();
                    digits += 1;
                }
                Some(&(k, d)) => {
                    return err(
                        1 + k,
                        format!(
                            "invalid character {} in {digits_kind} escape",
                            describe_char(d).split(' ').nth(1).unwrap_or("")
                        ),
                    );
                }
                None => break,
            }
        }
        match e {
            '0'..='7' if value > 255 => {
                return err(1 + end, format!("octal escape value {value} > 255"))
            }
            'u' | 'U' => match char::from_u32(value) {
                Some(ch) => unit(Unit::Char(ch)),
                None => {
                    return err(
                        1 + end,
                        format!("escape is invalid Unicode code point U+{value:04X}"),
                    )
                }
            },
            _ => unit(Unit::Byte(value as u8)),
        }
    }
    // No closing quote: the lexer stopped at a newline or at the end of input.
    if followed_by_newline {
        err(text.len(), format!("newline in {what}"))
    } else {
        err(
            0,
            format!("{what} not terminated").replace("string not", "string literal not"),
        )
    }
}

pub fn check_string(
    text: &str,
    followed_by_newline: bool,
    span: Span,
    errors: &mut Vec<Diagnostic>,
) {
    scan_quoted(text, '"', followed_by_newline, span, errors, |_| {});
}

pub fn check_rune(text: &str, followed_by_newline: bool, span: Span, errors: &mut Vec<Diagnostic>) {
    let mut n = 0;
    if !scan_quoted(text, '\'', followed_by_newline, span, errors, |_| n += 1) {
        return;
    }
    if n == 0 {
        errors.push(Diagnostic::error(
            at(span, 1),
            "empty rune literal or unescaped '",
        ));
    } else if n > 1 {
        errors.push(Diagnostic::error(
            at(span, 0),
            "more than one character in rune literal",
        ));
    }
}

/// The bytes of a string literal (interpreted or raw). Go strings are byte
/// strings: `"\xff"` is one byte that is not UTF-8.
pub fn decode_string(text: &str) -> Vec<u8> {
    if let Some(raw) = text.strip_prefix('`') {
        // Carriage returns are dropped from raw strings (Go spec).
        return raw
            .trim_end_matches('`')
            .bytes()
            .filter(|&b| b != b'\r')
            .collect();
    }
    let mut out = Vec::with_capacity(text.len());
    let mut sink = Vec::new();
    scan_quoted(text, '"', false, Span::default(), &mut sink, |u| match u {
        Unit::Byte(b) => out.push(b),
        Unit::Char(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
    });
    out
}

/// The value of a rune literal.
pub fn decode_rune(text: &str) -> u32 {
    let mut value = 0;
    let mut sink = Vec::new();
    scan_quoted(text, '\'', false, Span::default(), &mut sink, |u| {
        value = match u {
            Unit::Byte(b) => b as u32,
            Unit::Char(c) => c as u32,
        }
    });
    value
}

/// An integer literal's base and its digits without separators or prefix.
pub fn int_digits(text: &str) -> (u32, String) {
    let b = text.as_bytes();
    let (base, rest) = match b {
        [b'0', b'x' | b'X', ..] => (16, &text[2..]),
        [b'0', b'b' | b'B', ..] => (2, &text[2..]),
        [b'0', b'o' | b'O', ..] => (8, &text[2..]),
        [b'0', _, ..] => (8, &text[1..]),
        _ => (10, text),
    };
    (base, rest.chars().filter(|&c| c != '_').collect())
}
