//! The full rendering of checker errors: Go's line, then the snippet.

mod common;
use common::check_rendered;

#[test]
fn render_unused_variable_and_import() {
    insta::assert_snapshot!(check_rendered(
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n}\n"
    ));
}

#[test]
fn render_mismatched_types() {
    insta::assert_snapshot!(check_rendered(
        "package main\n\nfunc main() {\n\tx, y := 1, 2.5\n\t_ = x + y\n}\n"
    ));
}

#[test]
fn render_missing_method() {
    insta::assert_snapshot!(check_rendered(
        "package main\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{}\n\nfunc main() {\n\tvar s Shape = Sq{}\n\t_ = s\n}\n"
    ));
}

#[test]
fn render_redeclaration() {
    insta::assert_snapshot!(check_rendered(
        "package main\n\nfunc main() {\n\tx := 1\n\tvar x int\n\t_ = x\n}\n"
    ));
}

#[test]
fn render_missing_return() {
    insta::assert_snapshot!(check_rendered("package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() { f(1) }\n"));
}
