//! Helpers shared by the front-end tests.
#![allow(dead_code)]

use grammar::lexer;
use grammar::token::Tok;
use std::path::{Path, PathBuf};

/// Runs `f` on a thread with the CLI's 1 GiB stack, so deep-nesting tests
/// see what users see.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// The token kinds of `src`, after semicolon insertion.
pub fn toks(src: &str) -> Vec<Tok> {
    let lexed = lexer::lex(src.as_bytes());
    assert!(
        lexed.errors.is_empty(),
        "unexpected lexer errors: {:?}",
        lexed.errors
    );
    lexed.tokens.iter().map(|t| t.tok).collect()
}

/// The repository root (the workspace), where examples/ and tests/ live.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Parses and renders errors the way `minigo check` prints their first lines.
pub fn error_lines(name: &str, src: &[u8]) -> Vec<String> {
    let parsed = grammar::parse_file(src);
    let errors = grammar::render::go_order(parsed.errors, src);
    let mut out = Vec::new();
    let mut buf = codespan_reporting::term::termcolor::NoColor::new(&mut out);
    grammar::render::emit(&mut buf, name, src, &errors, false).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Parses a whole program, panicking with its errors if it does not parse.
pub fn parse_ok(src: &str) -> grammar::ast::File {
    let parsed = grammar::parse_file(src.as_bytes());
    assert!(parsed.errors.is_empty(), "errors: {:#?}", parsed.errors);
    parsed.file.unwrap()
}

/// Wraps statements in a `main` function and returns them parsed.
pub fn stmts(body: &str) -> Vec<grammar::ast::Stmt> {
    let file = parse_ok(&format!("package main\nfunc main() {{\n{body}\n}}\n"));
    match file.decls.into_iter().next() {
        Some(grammar::ast::Decl::Func(f)) => f.body.unwrap().stmts,
        _ => unreachable!(),
    }
}
