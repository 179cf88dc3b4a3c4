//! Inputs the front-end fuzzer (fuzz/, see fuzz/README.md) found to be
//! pathological, minimized. Each test parses its input on a thread with the
//! CLI's 1 GiB stack (src/main.rs) and asserts that `grammar::parse_file`
//! returns — with a tree or with diagnostics — instead of panicking,
//! overflowing the stack or hanging; the `*_is_fast` twins also hold it to
//! the fuzzer's budget of 2 s for an input under 100 KB.
//!
//! The fuzzer found no panic and no stack overflow. What it found, against
//! the parser as it was before its error handling was rewritten (lalrpop
//! `!` recovery in `Stmt` and top-level declarations, and every error
//! worded by rescanning the tokens), are inputs under 100 KB that took
//! seconds: superlinear work in error handling. The rewrite (re-parse after
//! skipping the bad statement, at most 10 syntax errors) parses each of
//! them in milliseconds; these tests keep it that way.

use std::time::{Duration, Instant};

/// The CLI's front-end stack.
const STACK: usize = 1 << 30;

/// The fuzzer's hang threshold for inputs under 100 KB.
const BUDGET: Duration = Duration::from_secs(2);

struct Outcome {
    ok: bool,
    errors: usize,
    first: Option<String>,
    took: Duration,
}

/// Parses `src` on a 1 GiB-stack thread, dropping the result there too (a
/// deep tree's `Drop` recurses), and fails the test if the thread panics.
fn parse(src: Vec<u8>) -> Outcome {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let t = Instant::now();
            let p = grammar::parse_file(&src);
            let ok = p.file.is_some();
            let errors = p.errors.len();
            let first = p.errors.first().map(|d| d.message.clone());
            drop(p);
            Outcome {
                ok,
                errors,
                first,
                took: t.elapsed(),
            }
        })
        .expect("spawn parser thread")
        .join()
        .expect("grammar::parse_file panicked")
}

/// Asserts that `src` parses to diagnostics (never a tree without errors,
/// never nothing at all) and returns the outcome.
fn assert_returns_with_errors(name: &str, src: Vec<u8>) -> Outcome {
    let len = src.len();
    let o = parse(src);
    eprintln!(
        "{name}: {len} bytes, {:.3} s, {} errors, first: {:?}",
        o.took.as_secs_f64(),
        o.errors,
        o.first
    );
    assert!(!o.ok, "{name}: expected diagnostics, got a tree");
    assert!(o.errors > 0, "{name}: no tree and no diagnostic");
    o
}

fn assert_fast(name: &str, src: Vec<u8>) {
    assert!(src.len() < 100 * 1024, "{name}: not a small input");
    let o = assert_returns_with_errors(name, src);
    assert!(
        o.took < BUDGET,
        "{name}: took {:.3} s, over the {BUDGET:?} budget",
        o.took.as_secs_f64()
    );
}

fn rep(s: &str, n: usize) -> String {
    s.repeat(n)
}

// ---- 1. Many syntax errors: quadratic diagnostics -------------------------
//
// Found: every recovered syntax error went through `parser::syntax_error`,
// which scans the token vector from the start (`inside_braces`,
// `open_bracket`, and the `rev().find` for the previous token): O(tokens)
// per error, so O(n^2) for n errors. 50 000 one-line errors (100 KB) took
// 3.3-3.8 s in a release build, about 10 s in the test profile.

/// `package p` then 50 000 lines `x`: each a "non-declaration statement
/// outside function body".
fn many_top_level_errors() -> Vec<u8> {
    format!("package p\n{}", rep("x\n", 50_000)).into_bytes()
}

/// 50 000 stray `)` lines in a function body.
fn many_statement_errors() -> Vec<u8> {
    format!("package p\nfunc f() {{\n{}", rep(")\n", 50_000)).into_bytes()
}

#[test]
fn many_top_level_errors_returns() {
    let o = assert_returns_with_errors("many_top_level_errors", many_top_level_errors());
    assert_eq!(
        o.first.as_deref(),
        Some("syntax error: non-declaration statement outside function body")
    );
}

#[test]
fn many_statement_errors_returns() {
    assert_returns_with_errors("many_statement_errors", many_statement_errors());
}

#[test]
fn many_top_level_errors_is_fast() {
    assert_fast("many_top_level_errors", many_top_level_errors());
}

#[test]
fn many_statement_errors_is_fast() {
    assert_fast("many_statement_errors", many_statement_errors());
}

// ---- 2. An error under deep nesting: lalrpop's error recovery -----------
//
// Found: on a syntax error lalrpop (lalrpop-util 0.22, state_machine.rs
// `error_recovery`) drops the lookahead token by token; for every token it
// walks the whole state stack from the top, and for every state that can
// shift `error` (each open block or labeled statement, thanks to the `!`
// alternative of `Stmt`) it calls `accepts`, which copies the stack below
// it (`states.to_vec()`). With d open blocks and t tokens after the error
// that is O(t * d^2): the 15 KB input below took 2.5 s in a release build,
// the 24 KB one 3.8 s (the fuzzer's worst, 10 551 `{` then junk in 38 KB,
// 11.9 s). Where the open states cannot shift `error` (parentheses, calls)
// only the walk remains, O(t * d): 1.2 s for the 80 KB calls input and
// 1.9 s for the 100 KB parentheses in a release build (over 2 s in the
// fuzzer's build, which keeps debug assertions).

/// 5 000 open blocks, a stray `:`, then 5 000 more tokens (15 KB).
fn error_under_deep_blocks() -> Vec<u8> {
    format!(
        "package p\nfunc f() {{\n{}: {}",
        rep("{", 5_000),
        rep("x ", 5_000)
    )
    .into_bytes()
}

/// The fuzzer's original: a chain of 4 000 labels `L: L: ...`, a stray
/// `:`, then 4 000 more labels (24 KB).
fn error_under_deep_labels() -> Vec<u8> {
    format!(
        "package p\nfunc f() {{\n{}: {}",
        rep("L: ", 4_000),
        rep("L: ", 4_000)
    )
    .into_bytes()
}

/// The fuzzer's original: 20 000 unclosed calls `f(f(f(...`, a stray
/// `--`, and 20 000 more (80 KB).
fn error_under_deep_calls() -> Vec<u8> {
    format!(
        "package p\nfunc f() {{\n{}-- {}",
        rep("f(", 20_000),
        rep("f(", 20_000)
    )
    .into_bytes()
}

/// 50 000 `(` then 50 000 `)` (100 KB): the error is the empty `()` at the
/// bottom, and the remaining 50 000 `)` are dropped one by one under a
/// 50 000-deep stack. (The nesting limit never triggers: nothing deep is
/// ever reduced.)
fn error_under_deep_parens() -> Vec<u8> {
    format!(
        "package p\nfunc f() {{\n{}{}",
        rep("(", 50_000),
        rep(")", 50_000)
    )
    .into_bytes()
}

#[test]
fn error_under_deep_blocks_returns() {
    assert_returns_with_errors("error_under_deep_blocks", error_under_deep_blocks());
}

#[test]
fn error_under_deep_labels_returns() {
    assert_returns_with_errors("error_under_deep_labels", error_under_deep_labels());
}

#[test]
fn error_under_deep_calls_returns() {
    assert_returns_with_errors("error_under_deep_calls", error_under_deep_calls());
}

#[test]
fn error_under_deep_parens_returns() {
    assert_returns_with_errors("error_under_deep_parens", error_under_deep_parens());
}

#[test]
fn error_under_deep_blocks_is_fast() {
    assert_fast("error_under_deep_blocks", error_under_deep_blocks());
}

#[test]
fn error_under_deep_labels_is_fast() {
    assert_fast("error_under_deep_labels", error_under_deep_labels());
}

#[test]
fn error_under_deep_calls_is_fast() {
    assert_fast("error_under_deep_calls", error_under_deep_calls());
}

#[test]
fn error_under_deep_parens_is_fast() {
    assert_fast("error_under_deep_parens", error_under_deep_parens());
}

// ---- 3. Deep nesting: refused, not overflowing ----------------------------
//
// The fuzzer's deep-nesting shapes at 100 000 levels all return the
// nesting diagnostic quickly; these pin that down for the main kinds.

fn assert_too_deep(name: &str, src: String) {
    let o = parse(src.into_bytes());
    assert!(!o.ok, "{name}: parsed 100 000 levels");
    let first = o.first.unwrap_or_default();
    assert!(
        first.contains("nests too deeply"),
        "{name}: expected the nesting diagnostic, got {first:?}"
    );
}

#[test]
fn deep_nesting_is_refused() {
    let n = 100_000;
    let expr = |e: String| format!("package p\nfunc f() {{\n\t_ = {e}\n}}\n");
    let stmt = |s: String| format!("package p\nfunc f() {{\n{s}\n}}\n");
    let ty = |t: String| format!("package p\ntype T {t}\n");
    let nest = |o: &str, m: &str, c: &str| format!("{}{m}{}", o.repeat(n), c.repeat(n));
    let cases = [
        ("parens", expr(nest("(", "x", ")"))),
        ("unary", expr(nest("- ", "x", ""))),
        ("not", expr(nest("!", "x", ""))),
        ("receive", expr(nest("<-", "c", ""))),
        ("selectors", expr(nest("", "x", ".f"))),
        ("indexes", expr(nest("", "x", "[0]"))),
        ("calls", expr(nest("", "f", "()"))),
        ("binary", expr(nest("", "x", " + x"))),
        ("composite", expr(nest("[]any{", "", "}"))),
        ("func_lits", expr(nest("func() { _ = ", "1", " }"))),
        ("blocks", stmt(nest("{", "", "}"))),
        ("ifs", stmt(nest("if x {\n", "", "}\n"))),
        ("else_ifs", stmt(nest("", "if x {\n}", " else if x {\n}"))),
        ("fors", stmt(nest("for {\n", "", "}\n"))),
        ("switches", stmt(nest("switch {\ncase x:\n", "", "}\n"))),
        ("labels", stmt(nest("L: ", "x++", ""))),
        ("pointers", ty(nest("*", "int", ""))),
        ("slices", ty(nest("[]", "int", ""))),
        ("maps", ty(nest("map[int]", "int", ""))),
        ("chans", ty(nest("chan ", "int", ""))),
        ("funcs", ty(nest("func() ", "int", ""))),
        ("structs", ty(nest("struct{ f ", "int", " }"))),
    ];
    for (name, src) in cases {
        assert_too_deep(name, src);
    }
}

#[test]
fn nesting_at_the_limit_parses() {
    // 10 000 levels of valid Go is accepted (build.rs: MAX_NESTING).
    let n = 10_000;
    let src = format!(
        "package p\nfunc f() {{\n\t_ = {}x{}\n}}\n",
        "(".repeat(n),
        ")".repeat(n)
    );
    let o = parse(src.into_bytes());
    assert!(o.ok, "10 000 parentheses refused: {:?}", o.first);
}
