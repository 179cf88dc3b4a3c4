//! Deep nesting: 10 000 levels (valid Go) are accepted, and neither the
//! parser nor `Drop` overflows the stack; deeper input is refused
//! with a plain diagnostic instead of crashing.

mod common;
use common::*;

fn program(expr: &str) -> String {
    format!("package main\nfunc main() {{\n\tx := {expr}\n\t_ = x\n}}\n")
}

fn parse_depth(src: String) -> Vec<String> {
    with_big_stack(move || {
        // Parsing and then dropping the tree are the passes under test.
        let parsed = grammar::parse_file(src.as_bytes());
        let errors = parsed.errors.into_iter().map(|d| d.message).collect();
        drop(parsed.file);
        errors
    })
}

#[test]
fn ten_thousand_parentheses_are_accepted() {
    let n = 10_000;
    let src = program(&format!("{}1{}", "(".repeat(n), ")".repeat(n)));
    assert_eq!(parse_depth(src), Vec::<String>::new());
}

#[test]
fn ten_thousand_blocks_are_accepted() {
    let n = 10_000;
    let src = format!(
        "package main\nfunc main() {{\n{}{}\n}}\n",
        "{".repeat(n),
        "}".repeat(n)
    );
    assert_eq!(parse_depth(src), Vec::<String>::new());
}

#[test]
fn deeper_nesting_is_refused_with_a_diagnostic() {
    let deep = 100_000;
    for src in [
        program(&format!("{}1{}", "(".repeat(deep), ")".repeat(deep))),
        format!(
            "package main\nfunc main() {{\n{}{}\n}}\n",
            "{".repeat(deep),
            "}".repeat(deep)
        ),
        program(&"-".repeat(deep).to_string().replace('-', "- ")),
        program(&vec!["1"; deep].join(" + ")),
        program(&format!("a{}", ".b".repeat(deep))),
        program(&format!("{}int{{}}", "[]".repeat(deep))),
        format!(
            "package main\nfunc main() {{\n\tif a {{\n{}\t}}\n}}\n",
            "\t} else if a {\n".repeat(deep)
        ),
    ] {
        let errors = parse_depth(src);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("program nests too deeply"),
            "{errors:?}"
        );
    }
}

#[test]
fn dumping_a_deep_tree_is_not_cubic() {
    // Rust's `{:#?}` took minutes at 2 000 levels; the dump indents in one
    // pass over the compact form instead.
    let n = 3_000;
    let src = program(&format!("{}1{}", "(".repeat(n), ")".repeat(n)));
    let lines = with_big_stack(move || {
        let parsed = grammar::parse_file(src.as_bytes());
        grammar::dump::dump(parsed.file.as_ref().unwrap())
            .lines()
            .count()
    });
    assert!(lines > 3 * n, "{lines}");
}
