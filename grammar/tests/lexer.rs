//! The lexer: Go's automatic semicolons, every literal form, and Go's
//! messages for malformed literals.

mod common;
use common::*;
use grammar::lexer::lex;
use grammar::literal::{decode_rune, decode_string};
use grammar::token::Tok::{self, *};

#[test]
fn semicolon_after_line_ending_tokens() {
    // identifiers, literals, break/continue/fallthrough/return, ++ -- ) ] }
    for (src, last) in [
        ("x\n", Ident),
        ("1\n", Int),
        ("1.5\n", Float),
        ("'a'\n", Rune),
        ("\"s\"\n", String),
        ("`r`\n", RawString),
        ("break\n", Break),
        ("continue\n", Continue),
        ("fallthrough\n", Fallthrough),
        ("return\n", Return),
        ("x++\n", Inc),
        ("x--\n", Dec),
        ("f()\n", RParen),
        ("a[0]\n", RBrack),
        ("{}\n", RBrace),
    ] {
        let t = toks(src);
        assert_eq!(t[t.len() - 2], last, "{src:?}");
        assert_eq!(*t.last().unwrap(), Semi, "{src:?}: {t:?}");
    }
}

#[test]
fn no_semicolon_after_other_tokens() {
    for src in [
        "x +\n", "f(\n", "a[\n", "{\n", "x,\n", "x =\n", "x :=\n", "if\n", "func\n", "x.\n",
    ] {
        assert!(!toks(src).contains(&Semi), "{src:?}");
    }
}

#[test]
fn semicolon_at_eof_and_before_comments() {
    assert_eq!(toks("x"), vec![Ident, Semi]);
    assert_eq!(toks("x // comment\n"), vec![Ident, Semi]);
    // A block comment spanning lines acts like a newline; on one line it does not.
    assert_eq!(toks("x /* a\n b */ y"), vec![Ident, Semi, Ident, Semi]);
    assert_eq!(toks("x /* a */ y"), vec![Ident, Ident, Semi]);
    // Blank lines and comment lines insert nothing more.
    assert_eq!(toks("x\n\n// c\n\ny\n"), vec![Ident, Semi, Ident, Semi]);
}

#[test]
fn cyrillic_comments_and_unicode_identifiers() {
    assert_eq!(
        toks("// горутина заблокируется тут\nпеременная := 1 /* ещё */\n"),
        vec![Ident, Define, Int, Semi]
    );
    assert_eq!(
        toks("café, π, _x9\n"),
        vec![Ident, Comma, Ident, Comma, Ident, Semi]
    );
}

#[test]
fn int_literal_forms() {
    for src in [
        "0",
        "42",
        "1_000_000",
        "0x1F",
        "0X_ff",
        "0o17",
        "0O7",
        "017",
        "0b1010",
        "0B_1",
    ] {
        assert_eq!(toks(src), vec![Int, Semi], "{src}");
    }
}

#[test]
fn float_literal_forms() {
    for src in [
        "1.5", "1.", ".5", "1e10", "1E-3", "1.5e+3", "0x1p-2", "0x1.8p1", "0X.8p0", "1_0.2_5",
        "08.5", "09e1",
    ] {
        assert_eq!(toks(src), vec![Float, Semi], "{src}");
    }
}

#[test]
fn rune_and_string_escapes_decode() {
    assert_eq!(decode_rune("'a'"), 'a' as u32);
    assert_eq!(decode_rune("'\\n'"), 10);
    assert_eq!(decode_rune("'\\x41'"), 0x41);
    assert_eq!(decode_rune("'\\u00e9'"), 0xe9);
    assert_eq!(decode_rune("'\\U0001F600'"), 0x1F600);
    assert_eq!(decode_rune("'\\101'"), 65);
    assert_eq!(decode_rune("'\\''"), 39);
    assert_eq!(decode_rune("'é'"), 0xe9);
    assert_eq!(decode_string(r#""a\tb\\\"""#), b"a\tb\\\"");
    // Go strings are bytes: \xff is one byte that is not UTF-8.
    assert_eq!(decode_string(r#""\xff\377""#), vec![0xff, 0xff]);
    assert_eq!(decode_string(r#""\u00e9""#), "é".as_bytes());
    assert_eq!(decode_string("`a\\n\r\nb`"), b"a\\n\nb");
    for e in ["\\a", "\\b", "\\f", "\\n", "\\r", "\\t", "\\v"] {
        assert_eq!(decode_string(&format!("\"{e}\"")).len(), 1, "{e}");
    }
}

/// The messages and columns real Go gives (checked with go-oracle).
#[test]
fn malformed_literals_get_go_messages() {
    for (lit, col, msg) in [
        ("08", 2, "invalid digit '8' in octal literal"),
        ("0b102", 5, "invalid digit '2' in binary literal"),
        ("0o78", 4, "invalid digit '8' in octal literal"),
        ("0x", 3, "hexadecimal literal has no digits"),
        ("1_", 2, "'_' must separate successive digits"),
        ("1e+", 4, "exponent has no digits"),
        ("0x1.5", 6, "hexadecimal mantissa requires a 'p' exponent"),
        ("\"\\q\"", 3, "unknown escape"),
        ("\"\\400\"", 6, "octal escape value 256 > 255"),
        (
            "\"\\uD800\"",
            8,
            "escape is invalid Unicode code point U+D800",
        ),
        ("'ab'", 1, "more than one character in rune literal"),
        ("''", 2, "empty rune literal or unescaped '"),
        ("@", 1, "invalid character U+0040 '@'"),
        (
            "1i",
            1,
            "minigo does not support complex numbers (imaginary literal 1i)",
        ),
    ] {
        let errors = lex(lit.as_bytes()).errors;
        assert_eq!(errors.len(), 1, "{lit}: {errors:?}");
        assert_eq!(errors[0].message, msg, "{lit}");
        assert_eq!(errors[0].span.lo + 1, col, "{lit}: column");
    }
}

#[test]
fn unterminated_forms() {
    let first = |s: &str| {
        let errors = lex(s.as_bytes()).errors;
        assert!(!errors.is_empty(), "no error for {s:?}");
        errors[0].message.clone()
    };
    assert_eq!(first("\"abc\nx"), "newline in string");
    assert_eq!(first("\"abc"), "string literal not terminated");
    assert_eq!(first("`abc"), "string not terminated");
    assert_eq!(first("/* abc"), "comment not terminated");
    assert_eq!(first("x\u{0}"), "invalid NUL character");
    assert_eq!(first("x €"), "invalid character U+20AC '€'");
}

#[test]
fn invalid_utf8_is_reported_not_panicked_on() {
    let errors = lex(b"package main\nvar s = \"\xff\"\n").errors;
    assert_eq!(errors[0].message, "invalid UTF-8 encoding");
    assert_eq!(errors[0].span.lo, 22);
}

#[test]
fn type_parameter_brackets_are_told_from_array_lengths() {
    let bracket = |src: &str| {
        toks(src)
            .into_iter()
            .find(|t| matches!(t, LBrack | LBrackTypeParams))
            .unwrap()
    };
    assert_eq!(bracket("type List[T any] struct{}"), LBrackTypeParams);
    assert_eq!(
        bracket("type Pair[K comparable, V any] struct{}"),
        LBrackTypeParams
    );
    assert_eq!(
        bracket("type N[T ~int | ~float64] struct{}"),
        LBrackTypeParams
    );
    assert_eq!(
        bracket("type P[T interface{ M() }] struct{}"),
        LBrackTypeParams
    );
    assert_eq!(bracket("type A [4]int"), LBrack);
    assert_eq!(bracket("type A [N]int"), LBrack);
    // The spec's ambiguous case reads as an array length...
    assert_eq!(bracket("type A [P * C]int"), LBrack);
    // ...unless a comma shows a parameter list.
    assert_eq!(bracket("type A [P *C,] struct{}"), LBrackTypeParams);
    assert_eq!(
        toks("type (\n\tA[T any] []T\n\tB [2]int\n)")
            .iter()
            .filter(|t| **t == LBrackTypeParams)
            .count(),
        1
    );
}

#[test]
fn tok_keyword_table_is_complete() {
    let kws = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var";
    for kw in kws.split(' ') {
        let t: Vec<Tok> = toks(kw);
        assert!(t[0].is_keyword(), "{kw}");
    }
}
