//! Parsing a file: lex, run the lalrpop parser, and turn its errors into
//! Go-shaped diagnostics (`syntax error: unexpected name y at end of statement`).

use crate::ast::File;
use crate::build::UserError;
use crate::diagnostic::Diagnostic;
use crate::lexer::{self, Token};
use crate::span::Span;
use crate::token::Tok;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code)]
    go
);

/// The result of parsing: the tree when the parse succeeded (even if the
/// lexer reported errors along the way) and every diagnostic, in order.
pub struct Parsed {
    pub file: Option<File>,
    pub errors: Vec<Diagnostic>,
}

pub fn parse_file(src: &[u8]) -> Parsed {
    let lexed = lexer::lex(src);
    let mut errors = lexed.errors;
    // The lexer only hands the parser text it validated as UTF-8.
    let valid = match std::str::from_utf8(src) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&src[..e.valid_up_to()]).unwrap(),
    };
    let tokens: Vec<&Token> = lexed
        .tokens
        .iter()
        .filter(|t| t.tok != Tok::Invalid)
        .collect();
    if let Some(first) = tokens.first().filter(|t| t.tok != Tok::Package) {
        // The go command's own message, before the compiler runs.
        let found = describe_quoted(first.tok, first.span, valid);
        errors.push(Diagnostic::error(
            first.span,
            format!("expected 'package', found {found}"),
        ));
        return Parsed { file: None, errors };
    }
    // Parse; after a syntax error, drop the statement (or declaration) it
    // is in and parse again, as Go's parser skips to the next statement, up
    // to Go's limit of ten errors. Each attempt is one linear LR parse, so
    // no input makes recovery expensive.
    let mut toks: Vec<Token> = tokens.into_iter().copied().collect();
    let mut syntax: Vec<Diagnostic> = Vec::new();
    let mut soft: Vec<Diagnostic> = Vec::new();
    let mut file = None;
    loop {
        let stream = toks
            .iter()
            .map(|t| Ok::<_, UserError>((t.span.lo as usize, t.tok, t.span.hi as usize)));
        let mut recovered = Vec::new();
        let result = go::FileParser::new().parse(valid, &mut recovered, stream);
        soft.extend(
            recovered
                .into_iter()
                .map(|r| syntax_error(r.error, valid, &lexed.tokens)),
        );
        match result {
            Ok(f) => {
                file = Some(f);
                break;
            }
            Err(e) => {
                let at = error_offset(&e);
                syntax.push(syntax_error(e, valid, &lexed.tokens));
                let Some(at) = at else { break };
                if syntax.len() >= 10 || !skip_statement(&mut toks, at) {
                    break;
                }
            }
        }
    }
    // Errors reported by actions recur in every attempt: keep each once.
    soft.sort_by_key(|d| (d.span.lo, d.message.clone()));
    soft.dedup();
    let lexer_errors = !errors.is_empty();
    // Like Go's parser: once something was reported, running into the end
    // of the file is a consequence, not news; and after recovery, an error
    // we cannot put in context is more likely noise than a second mistake.
    let unterminated_comment = errors.iter().any(|d| d.message == "comment not terminated");
    let first = syntax.first().map(|d| d.span.lo);
    syntax.retain(|d| {
        let later = Some(d.span.lo) != first;
        let eof = d.message.contains("unexpected EOF");
        let vague = d.message.starts_with("syntax error: unexpected")
            && !d.message.contains(',')
            && !d.message.contains(" at end ")
            && !d.message.contains(" after ")
            && !d.message.contains(" in ");
        !(eof && (unterminated_comment || later)) && !(later && vague)
    });
    let _ = lexer_errors;
    let failed = !syntax.is_empty() || !soft.is_empty();
    errors.extend(soft);
    errors.extend(syntax);
    errors.sort_by_key(|d| d.span.lo);
    Parsed {
        file: if failed { None } else { file },
        errors,
    }
}

/// Where a parse error happened, if it was at a token.
fn error_offset(e: &ParseError<usize, Tok, UserError>) -> Option<u32> {
    match e {
        ParseError::UnrecognizedToken {
            token: (l, _, _), ..
        }
        | ParseError::ExtraToken { token: (l, _, _) } => Some(*l as u32),
        _ => None,
    }
}

/// Removes the statement or declaration containing the token at `offset`
/// (keeping the `;` or `}` that ends it). False when nothing could be removed.
fn skip_statement(toks: &mut Vec<Token>, offset: u32) -> bool {
    let Some(i) = toks.iter().position(|t| t.span.lo >= offset) else {
        return false;
    };
    // Brace depth of each token, and the start of the statement at the error's depth.
    let mut depth = 0i32;
    let depths: Vec<i32> = toks
        .iter()
        .map(|t| {
            let d = depth;
            match t.tok {
                Tok::LBrace => depth += 1,
                Tok::RBrace => depth -= 1,
                _ => {}
            }
            d
        })
        .collect();
    let d = depths[i];
    let start = (0..i)
        .rev()
        .find(|&k| {
            depths[k] == d && toks[k].tok == Tok::Semi
                || (toks[k].tok == Tok::LBrace && depths[k] == d - 1)
        })
        .map_or(0, |k| k + 1);
    let end = (i..toks.len())
        .find(|&k| {
            (depths[k] == d && toks[k].tok == Tok::Semi)
                || (toks[k].tok == Tok::RBrace && depths[k] == d - 1 && k > i)
        })
        .unwrap_or(toks.len());
    let (start, end) = if end > start {
        (start, end)
    } else {
        (i, i + 1)
    };
    if start >= toks.len() || start >= end {
        return false;
    }
    // Never drop the package clause.
    let start = start.max(3.min(toks.len()));
    if start >= end {
        return false;
    }
    toks.drain(start..end);
    true
}

/// How the go command names a token in `expected 'package', found X`.
fn describe_quoted(tok: Tok, span: Span, src: &str) -> String {
    let text = &src[span.range()];
    match tok {
        Tok::Ident => text.to_string(),
        Tok::Semi if text == "\n" || text.is_empty() => "newline".into(),
        _ => format!("'{text}'"),
    }
}

/// How Go's parser names a token in `unexpected X`.
fn describe(tok: Tok, span: Span, src: &str) -> String {
    let text = &src[span.range()];
    match tok {
        Tok::Semi if text == "\n" => "newline".into(),
        Tok::Semi if text.is_empty() => "EOF".into(),
        Tok::Semi => "semicolon".into(),
        Tok::Comma => "comma".into(),
        Tok::Ident => format!("name {text}"),
        t if t.is_literal() => format!("literal {text}"),
        t if t.is_keyword() => format!("keyword {text}"),
        Tok::LBrackTypeParams => "[".into(),
        _ => text.into(),
    }
}

/// Whether `offset` lies inside braces, i.e. inside a function body.
fn inside_braces(tokens: &[Token], offset: u32) -> bool {
    let mut depth = 0i32;
    for t in tokens.iter().take_while(|t| t.span.lo < offset) {
        match t.tok {
            Tok::LBrace => depth += 1,
            Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The innermost bracket still open before `offset`, and whether it opens
/// a parameter list (`func f(`, `func (`) rather than an argument list.
fn open_bracket(tokens: &[Token], offset: u32) -> Option<(Tok, bool)> {
    let mut stack: Vec<usize> = Vec::new();
    for (i, t) in tokens
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.span.lo < offset)
    {
        match t.tok {
            Tok::LParen | Tok::LBrace | Tok::LBrack | Tok::LBrackTypeParams => stack.push(i),
            Tok::RParen | Tok::RBrace | Tok::RBrack => {
                stack.pop();
            }
            _ => {}
        }
    }
    let &i = stack.last()?;
    let before = |k: usize| {
        if i >= k {
            Some(tokens[i - k].tok)
        } else {
            None
        }
    };
    let params = tokens[i].tok == Tok::LParen
        && (before(1) == Some(Tok::Func)
            || (before(1) == Some(Tok::Ident) && before(2) == Some(Tok::Func)));
    Some((tokens[i].tok, params))
}

fn syntax_error(e: ParseError<usize, Tok, UserError>, src: &str, tokens: &[Token]) -> Diagnostic {
    let (tok, span, expected) = match e {
        ParseError::User { error } => return Diagnostic::error(error.span, error.message),
        ParseError::InvalidToken { location } => {
            let at = Span::new(location as u32, location as u32);
            return Diagnostic::error(at, "syntax error: invalid token");
        }
        ParseError::ExtraToken { token: (l, tok, r) } => {
            let span = Span::new(l as u32, r as u32);
            return Diagnostic::error(
                span,
                format!("syntax error: unexpected {}", describe(tok, span, src)),
            );
        }
        ParseError::UnrecognizedEof { location, expected } => {
            (None, Span::new(location as u32, location as u32), expected)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => (Some(tok), Span::new(l as u32, r as u32), expected),
    };
    let what = match tok {
        Some(t) => describe(t, span, src),
        None => "EOF".to_string(),
    };
    let is = |t: Tok| tok == Some(t);
    let has = |s: &str| expected.iter().any(|e| e == s);
    let in_body = inside_braces(tokens, span.lo);
    let prev = tokens
        .iter()
        .rev()
        .find(|t| t.span.hi <= span.lo)
        .map(|t| t.tok);
    let at_stmt_start = has("\"if\"") && has("\"for\"");
    let bracket = open_bracket(tokens, span.lo);
    let message = if is(Tok::Var) && prev == Some(Tok::For) {
        let at = tokens
            .iter()
            .find(|t| t.span.lo > span.lo)
            .map_or(span, |t| t.span);
        return Diagnostic::error(
            at,
            "syntax error: var declaration not allowed in for initializer",
        );
    } else if !in_body && is(Tok::Import) {
        "syntax error: imports must appear before other declarations".to_string()
    } else if !in_body && has("\"func\"") && tok.is_some() && !is(Tok::Semi) {
        "syntax error: non-declaration statement outside function body".to_string()
    } else if at_stmt_start && has("\"}\"") {
        format!("syntax error: unexpected {what}, expected }}")
    } else if has("\";\"")
        && !is(Tok::Semi)
        && in_body
        && !matches!(bracket, Some((Tok::LParen, _)))
    {
        format!("syntax error: unexpected {what} at end of statement")
    } else if has("\";\"") && !is(Tok::Semi) && !in_body {
        format!("syntax error: unexpected {what} after top level declaration")
    } else if let (Some((Tok::LParen, params)), false) = (bracket, is(Tok::Comma)) {
        let list = if params { "parameter" } else { "argument" };
        format!("syntax error: unexpected {what} in {list} list; possibly missing comma or )")
    } else if let (Some((Tok::LBrace, _)), true, false) = (bracket, has("\",\""), is(Tok::Comma)) {
        format!(
            "syntax error: unexpected {what} in composite literal; possibly missing comma or }}"
        )
    } else {
        format!("syntax error: unexpected {what}{}", expecting(&expected))
    };
    Diagnostic::error(span, message)
}

/// `, expected X` in Go's words, for the common cases.
fn expecting(expected: &[String]) -> String {
    let has = |s: &str| expected.iter().any(|e| e == s);
    if has("IDENT") && has("INT") && has("\"(\"") {
        ", expected expression".into()
    } else if has("\"}\"") {
        ", expected }".into()
    } else if has("\")\"") {
        ", expected )".into()
    } else if has("\"]\"") {
        ", expected ]".into()
    } else if has("IDENT") {
        ", expected name".into()
    } else if expected.len() == 1 {
        format!(", expected {}", expected[0].trim_matches('"'))
    } else {
        String::new()
    }
}
