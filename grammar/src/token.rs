//! Go's tokens, as logos scans them.
//!
//! Literals carry no value here: the parser keeps their source text and
//! `literal.rs` decodes it, so a malformed literal is a diagnostic with a
//! span rather than a lexer failure.

use logos::Logos;

/// What a raw scan (before semicolon insertion) can produce.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\r\u{FEFF}]+")]
pub enum Tok {
    // Trivia that semicolon insertion needs to see.
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*")]
    LineComment,
    /// A block comment; `lexer.rs` checks whether it spans a newline.
    #[token("/*", block_comment)]
    BlockComment,

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    /// Integer literal (validated by `literal::check_number`).
    Int,
    /// Floating-point literal.
    Float,
    /// Imaginary literal: lexed, then refused (minigo has no complex numbers).
    Imag,
    /// Any number as scanned; `lexer.rs` turns it into Int, Float or Imag.
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumberKind),
    #[token("'", rune_lit)]
    Rune,
    #[token("\"", interpreted_string)]
    String,
    #[token("`", raw_string)]
    RawString,

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    /// `[` opening a generic type declaration's type parameters
    /// (`type List[T any] ...`); `lexer.rs` decides, as go/parser does.
    LBrackTypeParams,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Period,
    #[token(":")]
    Colon,

    /// A character that starts no token (`@`, `$`, `?`, a stray byte...).
    Invalid,
}

impl Tok {
    /// Whether a newline after this token inserts a semicolon (Go spec, "Semicolons").
    pub fn ends_statement(self) -> bool {
        matches!(
            self,
            Tok::Ident
                | Tok::Int
                | Tok::Float
                | Tok::Imag
                | Tok::Rune
                | Tok::String
                | Tok::RawString
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    pub fn is_keyword(self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Tok::Int | Tok::Float | Tok::Imag | Tok::Rune | Tok::String | Tok::RawString
        )
    }
}

fn block_comment(lex: &mut logos::Lexer<Tok>) -> logos::FilterResult<(), ()> {
    match lex.remainder().find("*/") {
        Some(end) => {
            lex.bump(end + 2);
            logos::FilterResult::Emit(())
        }
        None => {
            lex.bump(lex.remainder().len());
            logos::FilterResult::Error(())
        }
    }
}

/// Scans a number by Go's rules, starting at its first character, and
/// classifies it. Like Go's scanner it takes every decimal digit whatever
/// the base, so that `literal::check_number` can name a bad one.
fn number(lex: &mut logos::Lexer<Tok>) -> NumberKind {
    let s = lex.source().as_bytes();
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = lex.span().start;
    let hex = at(i) == b'0' && matches!(at(i + 1), b'x' | b'X');
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'b' | b'B' | b'o' | b'O') {
        i += 2;
    }
    let digit = |b: u8| {
        b == b'_'
            || if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
    };
    let mut kind = NumberKind::Int;
    while digit(at(i)) {
        i += 1;
    }
    if at(i) == b'.' {
        kind = NumberKind::Float;
        i += 1;
        while digit(at(i)) {
            i += 1;
        }
    }
    if (hex && matches!(at(i), b'p' | b'P')) || (!hex && matches!(at(i), b'e' | b'E')) {
        kind = NumberKind::Float;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        while at(i).is_ascii_digit() || at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'i' {
        kind = NumberKind::Imag;
        i += 1;
    }
    lex.bump(i - lex.span().end);
    kind
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    Int,
    Float,
    Imag,
}

/// A quoted literal ends at its closing quote or, unterminated, at the end
/// of the line; `literal.rs` reports the latter.
fn quoted(lex: &mut logos::Lexer<Tok>, quote: u8) {
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' if i + 1 < rest.len() && rest[i + 1] != b'\n' => i += 2,
            b'\n' => break,
            b if b == quote => {
                i += 1;
                break;
            }
            _ => i += 1,
        }
    }
    // Never split a UTF-8 sequence: `i` is at an ASCII byte or the end.
    while i < rest.len() && !lex.remainder().is_char_boundary(i) {
        i += 1;
    }
    lex.bump(i);
}

fn rune_lit(lex: &mut logos::Lexer<Tok>) {
    quoted(lex, b'\'')
}

fn interpreted_string(lex: &mut logos::Lexer<Tok>) {
    quoted(lex, b'"')
}

fn raw_string(lex: &mut logos::Lexer<Tok>) {
    match lex.remainder().find('`') {
        Some(end) => lex.bump(end + 1),
        None => lex.bump(lex.remainder().len()),
    }
}
