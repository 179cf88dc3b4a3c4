//! `minigo run` against real Go on the golden corpora: every program the VM
//! accepts must print exactly Go's stdout, exit with Go's code, and give
//! Go's first stderr line (a log timestamp masked). Programs that use what
//! the VM cannot run yet are refused at compile time with a diagnostic
//! saying so; they are counted, and the count of programs that do run may
//! only grow.

use std::path::{Path, PathBuf};
use std::process::Command;

/// How many corpus programs the VM must run (raise it as the VM grows).
const MIN_RUNNING: usize = 557;

/// Programs whose stack overflows run with a small stack limit (the 1 GB
/// run is in the benchmarks); Go's message then names the smaller limit.
const SMALL_STACK: &[&str] = &["panic_stack_overflow.go"];
const SMALL_LIMIT: &str = "67108864";

fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

/// Masks what may differ between runs: a log line's timestamp
/// (`2026/11/27 23:29:08 msg` -> `TS msg`) and addresses (`0xc000012345`,
/// which Go prints for some panic values).
fn mask_timestamp(line: &str) -> String {
    let b = line.as_bytes();
    let line = if b.len() >= 20
        && b[4] == b'/'
        && b[7] == b'/'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
    {
        format!("TS {}", &line[20..])
    } else {
        line.to_string()
    };
    let mut out = String::new();
    let mut rest = line.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let hex = rest[i + 2..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len() - i - 2);
        out.push_str(if hex > 0 { "0xADDR" } else { "0x" });
        rest = &rest[i + 2 + hex..];
    }
    out.push_str(rest);
    out
}

#[test]
fn vm_matches_go_on_every_program_it_runs() {
    let (mut ran, mut refused) = (0, 0);
    let mut failures = Vec::new();
    for dir in ["tests/run", "tests/goroutines", "examples"] {
        for path in programs(dir) {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let Ok(code) = std::fs::read_to_string(path.with_extension("code")) else {
                continue;
            };
            let go_code: i32 = code.trim().parse().unwrap();
            let go_stdout = std::fs::read(path.with_extension("stdout")).unwrap();
            let go_stderr = std::fs::read_to_string(path.with_extension("stderr")).unwrap();
            if go_code == 1 && go_stderr.starts_with("# command-line-arguments") {
                continue; // compile errors are the checker's tests
            }
            let small = SMALL_STACK.contains(&name.as_str());
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
            cmd.args(["run", &name]).current_dir(path.parent().unwrap());
            if small {
                cmd.env("MINIGO_MAX_STACK", SMALL_LIMIT);
            }
            let out = cmd.output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            if stderr.contains("minigo cannot run") || stderr.contains("minigo does not support") {
                refused += 1;
                continue;
            }
            ran += 1;
            // The stress switches move the stack at every call and collect
            // garbage at every allocation: same output.
            for switch in ["MINIGO_STRESS_STACK", "MINIGO_STRESS_GC"] {
                let mut c = Command::new(env!("CARGO_BIN_EXE_minigo"));
                c.args(["run", &name]).current_dir(path.parent().unwrap());
                if small {
                    c.env("MINIGO_MAX_STACK", SMALL_LIMIT);
                }
                // With GOMAXPROCS=2, as issue 5 asks of the stressed corpus.
                let stressed = c.env(switch, "1").env("GOMAXPROCS", "2").output().unwrap();
                if stressed.stdout != out.stdout || stressed.status.code() != out.status.code() {
                    failures.push(format!("{dir}/{name}: differs under {switch}=1"));
                }
            }
            let mut go_first = mask_timestamp(go_stderr.lines().next().unwrap_or(""));
            if small {
                go_first = go_first.replace("1000000000", SMALL_LIMIT);
            }
            let ours_first = mask_timestamp(stderr.lines().next().unwrap_or(""));
            let code = out.status.code().unwrap_or(-1);
            if out.stdout != go_stdout || code != go_code || ours_first != go_first {
                failures.push(format!(
                    "{dir}/{name}: exit {code} (go {go_code}); stderr `{ours_first}` (go `{go_first}`); stdout {}",
                    if out.stdout == go_stdout { "same" } else { "differs" }
                ));
            }
        }
    }
    eprintln!("vm corpus: {ran} programs ran, {refused} refused as not yet supported");
    assert!(
        failures.is_empty(),
        "{} programs differ from Go:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        ran >= MIN_RUNNING,
        "only {ran} programs ran (at least {MIN_RUNNING} did before)"
    );
}
