//! Every Go program in the repository parses, and every program real Go
//! refuses with a syntax or lexical error gets Go's first error line.
//! The expected outputs are go-oracle goldens (tests/*/NAME.stderr).

mod common;
use common::*;
use std::fs;

/// Programs minigo refuses on purpose, with the diagnostic that says so.
const UNSUPPORTED: &[(&str, &str)] = &[
    (
        "ok_complex_numbers.go",
        "minigo does not support complex numbers",
    ),
    (
        "ok_untyped_const_kinds.go",
        "minigo does not support complex numbers",
    ),
    (
        "fmt_println_basics.go",
        "minigo does not support complex numbers",
    ),
];

/// Messages of Go's scanner and parser (as opposed to its type checker).
fn is_syntax_message(line: &str) -> bool {
    let msg = line.splitn(4, ':').nth(3).unwrap_or("").trim();
    msg.starts_with("syntax error")
        || msg.starts_with("expected 'package'")
        || msg.starts_with("non-name ")
        || [
            "not terminated",
            "newline in string",
            "invalid character",
            "rune literal",
            "invalid digit",
            "has no digits",
            "unknown escape",
            "must separate successive digits",
            "invalid UTF-8",
            "escape",
            "exponent",
        ]
        .iter()
        .any(|m| msg.contains(m))
}

#[test]
fn every_program_parses_or_fails_like_go() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for dir in ["examples", "tests/check", "tests/run", "tests/goroutines"] {
        let Ok(entries) = fs::read_dir(repo().join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
        {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let src = fs::read(&path).unwrap();
            let stderr = fs::read_to_string(path.with_extension("stderr")).unwrap_or_default();
            let go_first = stderr
                .lines()
                .find(|l| !l.starts_with('#'))
                .unwrap_or("")
                .to_string();
            let ours = error_lines(&name, &src);
            checked += 1;
            if let Some((_, why)) = UNSUPPORTED.iter().find(|(n, _)| *n == name) {
                if !ours.iter().any(|l| l.contains(why)) {
                    failures.push(format!("{name}: expected `{why}`, got {ours:?}"));
                }
            } else if is_syntax_message(&go_first) {
                // Go's message, past its `file:line:col: ` prefix, at the same line:col.
                let want = go_first.trim_start_matches("./");
                let got = ours
                    .first()
                    .map(|l| l.trim_start_matches("./").to_string())
                    .unwrap_or_default();
                if got != want {
                    failures.push(format!("{name}: go says `{want}`, minigo `{got}`"));
                }
            } else if !ours.is_empty() {
                failures.push(format!("{name}: should parse, got {ours:?}"));
            }
        }
    }
    assert!(checked >= 4, "no programs found");
    assert!(
        failures.is_empty(),
        "{} of {checked} programs differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
