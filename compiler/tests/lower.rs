//! The lowering returns diagnostics, never panics, on programs the checker
//! accepts (inputs found by the fuzzer live here).

fn lower(src: &str) -> Result<(), Vec<String>> {
    let p = grammar::parse_file(src.as_bytes());
    let file = p.file.expect("parses");
    let mut prog = compiler::check::Program::new();
    let id = prog.add_file("t.go", std::rc::Rc::from(src.as_bytes()));
    let (_, errors) = compiler::check::check_package(&mut prog, id, &file, "main", false);
    assert!(
        errors.is_empty(),
        "{:?}",
        errors.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    compiler::lower::lower_program(&prog, id, &file, src.as_bytes(), "t.go")
        .map(|_| ())
        .map_err(|e| e.into_iter().map(|d| d.message).collect())
}

#[test]
fn a_package_without_main_is_a_diagnostic() {
    let err = lower("package p\n").unwrap_err();
    assert_eq!(err, ["function main is undeclared in the main package"]);
}

#[test]
fn what_the_vm_cannot_run_is_refused_by_name() {
    let err =
        lower("package main\n\nimport \"os\"\n\nfunc main() {\n\t_ = os.Setenv(\"A\", \"b\")\n}\n")
            .unwrap_err();
    assert!(
        err.iter()
            .any(|m| m.contains("minigo cannot run os.Setenv yet")),
        "{err:?}"
    );
}
