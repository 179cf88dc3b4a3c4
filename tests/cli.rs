//! The `minigo` command as a user meets it: exit codes, Go-shaped error
//! lines on stderr, silence on success.

use std::process::{Command, Output};

fn minigo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn write_temp(name: &str, content: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("minigo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn check_is_silent_and_zero_on_the_documents_programs() {
    for f in [
        "examples/leak1_unclosed_reader.go",
        "examples/leak3_select_timeout.go",
        "examples/leak4_fixed.go",
    ] {
        let out = minigo(&["check", f]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{f}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{f}");
    }
}

#[test]
fn syntax_errors_exit_1_with_gos_line_first() {
    let path = write_temp("bad.go", b"package main\n\nfunc main() {\n\tx y\n}\n");
    let out = minigo(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let first = stderr.lines().next().unwrap();
    assert_eq!(
        first,
        format!("{path}:4:4: syntax error: unexpected name y at end of statement")
    );
    // Not a terminal: no color codes.
    assert!(!stderr.contains('\u{1b}'));
    // The snippet follows.
    assert!(
        stderr.contains("4 │ \tx y") || stderr.contains("4 │     x y"),
        "{stderr}"
    );
}

#[test]
fn bad_bytes_are_diagnostics_not_crashes() {
    for (name, content) in [
        ("empty.go", &b""[..]),
        ("quote.go", b"\""),
        ("utf8.go", b"package main\nvar s = \"\xff\xfe\"\n"),
        ("nul.go", b"package main\x00\n"),
        ("binary.go", &[0u8, 159, 146, 150, 255, 0, 1, 2][..]),
    ] {
        let path = write_temp(name, content);
        let out = minigo(&["check", &path]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with(&path),
            "{name}"
        );
    }
}

#[test]
fn stdin_and_shebang_scripts_are_read() {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["check", "-"])
        .stdin(
            std::fs::File::open(write_temp(
                "s.go",
                b"#!/usr/bin/env minigo\npackage main\nfunc main() {}\n",
            ))
            .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn parse_prints_the_tree() {
    let out = minigo(&["parse", "examples/leak2_first_response.go"]);
    assert_eq!(out.status.code(), Some(0));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.starts_with("File {") && tree.contains("name: \"request\""));
}

#[test]
fn help_and_version() {
    let out = minigo(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("minigo "));
    let out = minigo(&["--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("check") && help.contains("run") && help.contains("parse"));
}

#[test]
fn run_refuses_what_the_vm_cannot_run_yet_with_a_diagnostic() {
    let path = write_temp(
        "replacer.go",
        b"package main\n\nimport \"os\"\n\nfunc main() { _ = os.Setenv(\"A\", \"b\") }\n",
    );
    let out = minigo(&["run", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("minigo cannot run"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn run_executes_the_scalar_subset() {
    let path = write_temp(
        "fib.go",
        b"package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tfmt.Println(\"fib(20) =\", fib(20))\n}\n",
    );
    let out = minigo(&["run", &path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "fib(20) = 6765\n");
}

#[test]
fn disasm_prints_a_functions_bytecode() {
    let path = write_temp(
        "sq.go",
        b"package main\n\nfunc sq(x int) int {\n\treturn x * x\n}\n\nfunc main() {\n\tprintln(sq(3))\n}\n",
    );
    let out = minigo(&["disasm", &path, "sq"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        // Register 0 holds the closure; the parameter is register 1.
        text.starts_with("func main.sq (params 2, results 1"),
        "{text}"
    );
    assert!(
        text.contains("MulInt { dst: 2, a: 1, b: 1 }") && text.contains("line 4"),
        "{text}"
    );
    assert!(!text.contains("func main.main"));
    assert_eq!(minigo(&["disasm", &path, "nope"]).status.code(), Some(1));
}

#[test]
fn disasm_prints_the_stack_map() {
    let path = write_temp(
        "refs.go",
        b"package main\n\nfunc f(n int, p *int, s string) int {\n\tk := n * 2\n\treturn k + *p + len(s)\n}\n\nfunc main() {\n\tx := 1\n\tprintln(f(1, &x, \"a\"))\n}\n",
    );
    let out = minigo(&["disasm", &path, "f"]);
    let text = String::from_utf8(out.stdout).unwrap();
    // Register 0 (the closure), p (2) and the string's address (3) may
    // hold references; n (1), the string's length (4), k, *p and the
    // arithmetic do not.
    assert_eq!(text.lines().nth(1), Some("  refs: 0 2-3"), "{text}");
}

#[test]
fn run_reads_the_program_from_stdin_and_runs_shebang_scripts() {
    let script = write_temp("script.go", b"#!/usr/bin/env minigo\npackage main\n\nfunc main() {\n\tprintln(\"from a script\", 7*6)\n}\n");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "-"])
        .stdin(std::fs::File::open(&script).unwrap())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "from a script 42\n");
    // `minigo FILE.go`, as a #! line runs it.
    let out = minigo(&[&script]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "from a script 42\n");
}

/// A script reading its standard input with bufio (the expected output is
/// what go-oracle printed for the same program and input).
#[test]
fn bufio_reads_standard_input() {
    let path = write_temp(
        "scan.go",
        b"package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n\nfunc main() {\n\tsc := bufio.NewScanner(os.Stdin)\n\tn := 0\n\tfor sc.Scan() {\n\t\tn++\n\t\tfmt.Println(n, strings.ToUpper(sc.Text()))\n\t}\n\tw := bufio.NewWriter(os.Stdout)\n\tdefer w.Flush()\n\tfmt.Fprintf(w, \"lines=%d\\n\", n)\n}\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", &path])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a b\nc d e\nlast")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "1 A B\n2 C D E\n3 LAST\nlines=3\n"
    );
}

/// A goroutine blocked reading stdin does not hold up the others (the
/// I/O poller reads on its own thread): between two lines that arrive
/// 300 ms apart, a ticking goroutine runs.
#[test]
fn goroutines_run_while_one_waits_for_stdin() {
    use std::io::Write;
    let path = write_temp(
        "stdin_ticks.go",
        b"package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n)\n\nfunc main() {\n\tticks := 0\n\tgo func() {\n\t\tfor {\n\t\t\ttime.Sleep(10 * time.Millisecond)\n\t\t\tticks++\n\t\t}\n\t}()\n\tsc := bufio.NewScanner(os.Stdin)\n\tseen := -1\n\tfor sc.Scan() {\n\t\tif seen >= 0 {\n\t\t\tfmt.Println(sc.Text(), \"ticked meanwhile:\", ticks > seen)\n\t\t}\n\t\tseen = ticks\n\t}\n\tfmt.Println(\"eof\")\n}\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", &path])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"first\n").unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    stdin.write_all(b"second\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "second ticked meanwhile: true\neof\n"
    );
}
