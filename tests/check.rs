//! The type checker against real Go: every program of tests/check gets
//! Go's exit code and Go's first error line (file:line:col: message), and
//! every runnable program of the other corpora checks clean. Expected
//! outputs are go-oracle goldens (see tests/check/README.md).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Programs where minigo knowingly differs, and why. Each is a decision
/// (an unsupported feature refused with a diagnostic) or a recorded gap.
const KNOWN: &[(&str, &str)] = &[
    (
        "ok_complex_numbers.go",
        "refused: minigo has no complex numbers",
    ),
    (
        "ok_untyped_const_kinds.go",
        "refused: minigo has no complex numbers",
    ),
    (
        "fmt_println_basics.go",
        "refused: minigo has no complex numbers",
    ),
    (
        "conv_numeric_mix.go",
        "refused: minigo has no complex numbers",
    ),
    ("fmt_type_verb.go", "refused: minigo has no complex numbers"),
    (
        "err_unexported_field.go",
        "gap: stdlib types declare no unexported fields, so the message names no field",
    ),
    (
        "ok_generics_inference.go",
        "gap: no inference of type arguments from an assignment's target",
    ),
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

/// `./x.go:3:5: msg` or `x.go:3:5: msg` -> `3:5: msg`.
fn strip_file(line: &str) -> String {
    match line.find(".go:") {
        Some(i) => line[i + 4..].to_string(),
        None => line.to_string(),
    }
}

fn check(path: &Path) -> (i32, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["check", path.file_name().unwrap().to_str().unwrap()])
        .current_dir(path.parent().unwrap())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let lines = stderr
        .lines()
        .filter(|l| l.contains(".go:") && !l.starts_with(' ') && !l.starts_with('\t'))
        .map(strip_file)
        .collect();
    (out.status.code().unwrap_or(-1), lines)
}

#[test]
fn checker_matches_go_on_the_check_corpus() {
    let mut failures = Vec::new();
    let (mut total, mut all_lines) = (0, 0);
    for path in programs("tests/check") {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if KNOWN.iter().any(|(k, _)| *k == name) {
            continue;
        }
        total += 1;
        let go_code: i32 = std::fs::read_to_string(path.with_extension("code"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let go_lines: Vec<String> = std::fs::read_to_string(path.with_extension("stderr"))
            .unwrap()
            .lines()
            .filter(|l| l.contains(".go:") && !l.starts_with('\t'))
            .map(|l| strip_file(l.trim_start_matches("runtime.main_main·f: ")))
            .collect();
        let (code, lines) = check(&path);
        let want_code = if go_code == 1 { 1 } else { 0 };
        let mut go_first = go_lines.first().cloned().unwrap_or_default();
        if go_lines.is_empty() && go_code == 1 {
            // The linker's message has no position: `runtime.main_main·f: function main ...`.
            let stderr = std::fs::read_to_string(path.with_extension("stderr")).unwrap();
            go_first = stderr
                .lines()
                .last()
                .unwrap_or("")
                .split(": ")
                .skip(1)
                .collect::<Vec<_>>()
                .join(": ");
        }
        let ours_first = lines.first().cloned().unwrap_or_default();
        // Go's linker reports a missing main without a position.
        let same_first = go_first == ours_first
            || (go_first.starts_with("function main is undeclared")
                && ours_first.ends_with(&go_first));
        if code != want_code || (want_code == 1 && !same_first) {
            failures.push(format!(
                "{name}: go (exit {want_code}) `{go_first}`, minigo (exit {code}) `{ours_first}`"
            ));
        } else if lines.len() == go_lines.len() || want_code == 0 {
            all_lines += 1;
        }
    }
    eprintln!(
        "checker corpus: {} of {total} match Go's first line, {all_lines} every line",
        total - failures.len()
    );
    assert!(total >= 150, "the corpus is missing");
    assert!(
        failures.is_empty(),
        "{} programs differ from Go:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn runnable_programs_check_clean() {
    let mut failures = Vec::new();
    for dir in ["tests/run", "tests/goroutines", "examples"] {
        for path in programs(dir) {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let code = std::fs::read_to_string(path.with_extension("code"))
                .map(|s| s.trim().to_string())
                .ok();
            let stderr = std::fs::read_to_string(path.with_extension("stderr")).unwrap_or_default();
            let compile_error =
                code.as_deref() == Some("1") && stderr.starts_with("# command-line-arguments");
            if compile_error
                || KNOWN.iter().any(|(k, _)| *k == name)
                || name == "leak2_first_response.go"
            {
                continue;
            }
            let (code, lines) = check(&path);
            if code != 0 {
                failures.push(format!(
                    "{dir}/{name}: {}",
                    lines.first().cloned().unwrap_or_default()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} programs do not check:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn leak2_fails_like_go() {
    let (code, lines) = check(&repo().join("examples/leak2_first_response.go"));
    assert_eq!(code, 1);
    assert!(
        lines[0].ends_with("function main is undeclared in the main package"),
        "{lines:?}"
    );
}
