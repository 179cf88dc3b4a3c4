//! The token stream the parser reads: logos tokens with comments dropped,
//! Go's automatic semicolons inserted, literals checked, and the `[` of a
//! generic type declaration told apart from an array type's.
//!
//! The whole file is lexed up front into a vector: the parser and its error
//! messages can then look at any token, and lexing stays a tight loop.

use crate::diagnostic::Diagnostic;
use crate::literal;
use crate::span::Span;
use crate::token::{NumberKind, Tok};
use logos::Logos;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

pub struct Lexed {
    pub tokens: Vec<Token>,
    pub errors: Vec<Diagnostic>,
}

/// Lexes `src`. Invalid UTF-8 is reported at its first bad byte and lexing
/// goes on over the valid prefix, so that later errors are still found.
pub fn lex(src: &[u8]) -> Lexed {
    let mut errors = Vec::new();
    let text = match std::str::from_utf8(src) {
        Ok(s) => s,
        Err(e) => {
            let at = e.valid_up_to() as u32;
            errors.push(Diagnostic::error(
                Span::new(at, at + 1),
                "invalid UTF-8 encoding",
            ));
            std::str::from_utf8(&src[..e.valid_up_to()]).unwrap()
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut raw = Tok::lexer(text);
    let mut last = Tok::Semi; // nothing to terminate before the first token
    while let Some(result) = raw.next() {
        let sp = raw.span();
        let span = Span::new(sp.start as u32, sp.end as u32);
        let tok = match result {
            Ok(t) => t,
            Err(()) => {
                let slice = raw.slice();
                if slice.starts_with("/*") {
                    errors.push(Diagnostic::error(
                        Span::new(span.lo, span.lo),
                        "comment not terminated",
                    ));
                    continue;
                }
                let c = slice.chars().next().unwrap_or('\0');
                let msg = if c == '\0' {
                    "invalid NUL character".to_string()
                } else {
                    format!("invalid character {}", literal::describe_char(c))
                };
                // Like Go's scanner, skip the character: the parser never sees it.
                errors.push(Diagnostic::error(span, msg));
                continue;
            }
        };
        let tok = match tok {
            Tok::Newline => {
                if last.ends_statement() {
                    tokens.push(Token {
                        tok: Tok::Semi,
                        span,
                    });
                    last = Tok::Semi;
                }
                continue;
            }
            Tok::LineComment => continue,
            Tok::BlockComment => {
                if last.ends_statement() && raw.slice().contains('\n') {
                    // A comment spanning lines acts like a newline.
                    let nl = span.lo + raw.slice().find('\n').unwrap() as u32;
                    tokens.push(Token {
                        tok: Tok::Semi,
                        span: Span::new(nl, nl + 1),
                    });
                    last = Tok::Semi;
                }
                continue;
            }
            Tok::Number(kind) => {
                literal::check_number(raw.slice(), span, &mut errors);
                match kind {
                    NumberKind::Int => Tok::Int,
                    NumberKind::Float => Tok::Float,
                    NumberKind::Imag => {
                        errors.push(Diagnostic::error(
                            span,
                            format!(
                                "minigo does not support complex numbers (imaginary literal {})",
                                raw.slice()
                            ),
                        ));
                        Tok::Imag
                    }
                }
            }
            Tok::Rune => {
                literal::check_rune(
                    raw.slice(),
                    raw.remainder().starts_with('\n'),
                    span,
                    &mut errors,
                );
                Tok::Rune
            }
            Tok::String => {
                literal::check_string(
                    raw.slice(),
                    raw.remainder().starts_with('\n'),
                    span,
                    &mut errors,
                );
                Tok::String
            }
            Tok::RawString => {
                if raw.slice().len() < 2 || !raw.slice().ends_with('`') {
                    errors.push(Diagnostic::error(
                        Span::new(span.lo, span.lo),
                        "string not terminated",
                    ));
                }
                Tok::RawString
            }
            t => t,
        };
        tokens.push(Token { tok, span });
        last = tok;
    }
    let end = text.len() as u32;
    if last.ends_statement() {
        tokens.push(Token {
            tok: Tok::Semi,
            span: Span::new(end, end),
        });
    }
    mark_type_parameter_brackets(&mut tokens);
    Lexed { tokens, errors }
}

/// In `type T[...] ...`, decides whether the brackets hold type parameters
/// or an array length, the way the spec resolves it: `[P any]`, `[P, Q any]`,
/// `[P interface{...}]`, `[P ~int]` are type parameters; `[N]`, `[N*2]` and
/// the ambiguous `[P *C]` are array lengths, unless a top-level comma shows a
/// parameter list (`[P *C,]`).
fn mark_type_parameter_brackets(tokens: &mut [Token]) {
    // Depth of `type (` groups, by paren depth at which each one opened.
    let mut type_groups: Vec<usize> = Vec::new();
    let mut parens = 0usize;
    for i in 0..tokens.len() {
        match tokens[i].tok {
            Tok::LParen => {
                if i > 0 && tokens[i - 1].tok == Tok::Type {
                    type_groups.push(parens);
                }
                parens += 1;
            }
            Tok::RParen => {
                parens = parens.saturating_sub(1);
                if type_groups.last() == Some(&parens) {
                    type_groups.pop();
                }
            }
            Tok::LBrack if i >= 2 && tokens[i - 1].tok == Tok::Ident => {
                let before = tokens[i - 2].tok;
                let group_spec_start = matches!(before, Tok::LParen | Tok::Semi)
                    && type_groups.last().is_some_and(|&d| parens == d + 1);
                let starts_spec = before == Tok::Type || group_spec_start;
                if starts_spec && holds_type_parameters(&tokens[i + 1..]) {
                    tokens[i].tok = Tok::LBrackTypeParams;
                }
            }
            _ => {}
        }
    }
}

fn holds_type_parameters(rest: &[Token]) -> bool {
    let tok = |i: usize| rest.get(i).map(|t| t.tok).unwrap_or(Tok::Semi);
    if tok(0) != Tok::Ident {
        return false;
    }
    match tok(1) {
        Tok::Ident
        | Tok::Comma
        | Tok::Interface
        | Tok::Tilde
        | Tok::Func
        | Tok::Map
        | Tok::Chan
        | Tok::Struct
        | Tok::Arrow => true,
        Tok::LBrack => tok(2) == Tok::RBrack, // `[P []int]`
        Tok::Mul | Tok::LParen => {
            // Ambiguous with an expression: a parameter list only if a
            // comma at bracket depth zero follows.
            let mut depth = 0i32;
            for t in rest {
                match t.tok {
                    Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                    Tok::RParen | Tok::RBrace => depth -= 1,
                    Tok::RBrack if depth == 0 => return false,
                    Tok::RBrack => depth -= 1,
                    Tok::Comma if depth == 0 => return true,
                    Tok::Semi => return false,
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}
