//! The reference document's four programs (examples/, copied verbatim
//! from the seed with real Go's output beside them) run exactly as Go
//! runs them: stdout and exit code identical, stderr identical except the
//! log timestamp; the one that does not build gives minigo's own
//! diagnostic carrying Go's message.

use std::process::Command;

/// `2026/11/27 23:29:08 ` → `YYYY/MM/DD hh:mm:ss `.
fn mask_timestamps(text: &str) -> String {
    text.lines()
        .map(|l| {
            let b = l.as_bytes();
            let stamped = b.len() >= 20
                && b[4] == b'/'
                && b[7] == b'/'
                && b[10] == b' '
                && b[13] == b':'
                && b[16] == b':'
                && b[19] == b' ';
            if stamped {
                format!("YYYY/MM/DD hh:mm:ss {}", &l[20..])
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(name: &str) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", &format!("{name}.go")])
        .current_dir("examples")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn golden(name: &str, ext: &str) -> String {
    std::fs::read_to_string(format!("examples/{name}.{ext}")).unwrap()
}

#[test]
fn seed_programs_run_verbatim() {
    for name in [
        "leak1_unclosed_reader",
        "leak3_select_timeout",
        "leak4_fixed",
    ] {
        let (stdout, stderr, code) = run(name);
        assert_eq!(stdout, golden(name, "stdout"), "{name}: stdout");
        assert_eq!(
            code.to_string(),
            golden(name, "code").trim(),
            "{name}: exit code"
        );
        assert_eq!(
            mask_timestamps(&stderr),
            mask_timestamps(&golden(name, "stderr")),
            "{name}: stderr"
        );
    }
}

#[test]
fn seed_program_without_main_gets_gos_message() {
    let name = "leak2_first_response";
    let (stdout, stderr, code) = run(name);
    assert_eq!(code.to_string(), golden(name, "code").trim());
    assert_eq!(stdout, golden(name, "stdout"));
    assert!(
        golden(name, "stderr").contains("function main is undeclared in the main package")
            && stderr.contains("function main is undeclared in the main package"),
        "{stderr}"
    );
}
