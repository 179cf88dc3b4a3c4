//! Snapshot tests (insta): the syntax tree of representative programs, and
//! the full rendering of diagnostics (Go's line, then the source snippet).
//! Review changes with `cargo insta review`, or INSTA_UPDATE=always.

mod common;
use common::*;

fn ast_of(path: &str) -> String {
    let src = std::fs::read(repo().join(path)).unwrap();
    let parsed = grammar::parse_file(&src);
    assert!(parsed.errors.is_empty(), "{path}: {:?}", parsed.errors);
    grammar::dump::dump(&parsed.file.unwrap())
}

#[test]
fn ast_leak1_unclosed_reader() {
    insta::assert_snapshot!(ast_of("examples/leak1_unclosed_reader.go"));
}

#[test]
fn ast_leak2_first_response() {
    insta::assert_snapshot!(ast_of("examples/leak2_first_response.go"));
}

#[test]
fn ast_leak3_select_timeout() {
    insta::assert_snapshot!(ast_of("examples/leak3_select_timeout.go"));
}

#[test]
fn ast_header_ambiguity_and_generics() {
    let src = "package main

type Pair[K comparable, V any] struct{ k K; v V }

func main() {
	for _, x := range []int{1, 2} {
		_ = x
	}
	if f := func() bool { return true }; f() {
	}
	if x == (T{}) {
	}
	p := Pair[string, int]{\"a\", 1}
	_ = p
}
";
    let parsed = grammar::parse_file(src.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    insta::assert_snapshot!(grammar::dump::dump(&parsed.file.unwrap()));
}

fn rendered(src: &str) -> String {
    let parsed = grammar::parse_file(src.as_bytes());
    let errors = grammar::render::go_order(parsed.errors, src.as_bytes());
    let mut out = Vec::new();
    let mut buf = codespan_reporting::term::termcolor::NoColor::new(&mut out);
    grammar::render::emit(&mut buf, "prog.go", src.as_bytes(), &errors, true).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn diagnostic_unexpected_name() {
    insta::assert_snapshot!(rendered("package main\n\nfunc main() {\n\tx y\n}\n"));
}

#[test]
fn diagnostic_several_lexical_errors() {
    insta::assert_snapshot!(rendered(
        "package main\n\nfunc main() {\n\ta := 0b102\n\tb := \"\\q\"\n\tc := 'ab'\n\td := @\n}\n"
    ));
}

#[test]
fn diagnostic_composite_literal_in_header() {
    insta::assert_snapshot!(rendered(
        "package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n"
    ));
}
