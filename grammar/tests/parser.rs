//! The grammar: every statement form, the header ambiguity resolved as Go
//! resolves it, generics' cover forms, and Go's syntax error messages.

mod common;
use common::*;
use grammar::ast::{Decl, ExprKind, StmtKind};

fn kind_name(k: &StmtKind) -> &'static str {
    match k {
        StmtKind::Empty => "Empty",
        StmtKind::Decl(_) => "Decl",
        StmtKind::Labeled { .. } => "Labeled",
        StmtKind::Expr(_) => "Expr",
        StmtKind::Send { .. } => "Send",
        StmtKind::IncDec { .. } => "IncDec",
        StmtKind::Assign { .. } => "Assign",
        StmtKind::Go(_) => "Go",
        StmtKind::Defer(_) => "Defer",
        StmtKind::Return(_) => "Return",
        StmtKind::Break(_) => "Break",
        StmtKind::Continue(_) => "Continue",
        StmtKind::Goto(_) => "Goto",
        StmtKind::Fallthrough => "Fallthrough",
        StmtKind::Block(_) => "Block",
        StmtKind::If { .. } => "If",
        StmtKind::Switch { .. } => "Switch",
        StmtKind::TypeSwitch { .. } => "TypeSwitch",
        StmtKind::Select { .. } => "Select",
        StmtKind::For { .. } => "For",
        StmtKind::Range { .. } => "Range",
    }
}

#[test]
fn every_statement_form() {
    for (src, kind) in [
        ("x := 1", "Assign"),
        ("x, y = y, x", "Assign"),
        ("x += 2", "Assign"),
        ("x &^= 3", "Assign"),
        ("x <<= 1", "Assign"),
        ("x++", "IncDec"),
        ("x--", "IncDec"),
        ("ch <- v", "Send"),
        ("f(x)", "Expr"),
        ("<-ch", "Expr"),
        ("var x int", "Decl"),
        ("const c = 1", "Decl"),
        ("type T struct{}", "Decl"),
        ("var (\n a = 1\n b string\n)", "Decl"),
        ("go f(x)", "Go"),
        ("go func() {}()", "Go"),
        ("defer mu.Unlock()", "Defer"),
        ("return", "Return"),
        ("return 1, nil", "Return"),
        ("L: for {}", "Labeled"),
        ("L:\n\tx++", "Labeled"),
        ("for { break }", "For"),
        ("for x < 10 { continue }", "For"),
        ("for i := 0; i < 10; i++ {}", "For"),
        ("for ;; {}", "For"),
        ("for k, v := range m {}", "Range"),
        ("for k = range m {}", "Range"),
        ("for range ch {}", "Range"),
        ("for i := range 10 {}", "Range"),
        ("goto L", "Goto"),
        ("{ x := 1; _ = x }", "Block"),
        ("if x {}", "If"),
        ("if x := f(); x > 0 {} else if y {} else {}", "If"),
        ("switch {}", "Switch"),
        ("switch x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}", "Switch"),
        ("switch x := f(); x {}", "Switch"),
        ("switch v := x.(type) {\ncase int, string:\ncase nil:\ncase func(), chan int, []byte:\n}", "TypeSwitch"),
        ("switch x.(type) {}", "TypeSwitch"),
        ("select {\ncase v := <-ch:\ncase v, ok := <-ch:\ncase v = <-ch:\ncase ch <- 1:\ncase <-ch:\ndefault:\n}", "Select"),
    ] {
        let s = stmts(src);
        assert_eq!(s.len(), 1, "{src}: {s:#?}");
        assert_eq!(kind_name(&s[0].kind), kind, "{src}");
    }
}

#[test]
fn composite_literals_in_statement_headers() {
    // Literal types that are not bare names may stand in a header...
    stmts("for _, x := range []int{1, 2} {\n\t_ = x\n}");
    stmts("if len(map[string]int{}) == 0 {}");
    stmts("for _, p := range []struct{ a int }{{1}, {2}} {}");
    // ...function literals too...
    stmts("if f := func() bool { return true }; f() {}");
    // ...and a bare-name literal in parentheses, brackets or a call.
    stmts("if x == (T{}) {}");
    stmts("if f(T{}) {}");
    stmts("switch s := []T{{1}}; s[0] {}");
    // Outside headers, named literals are ordinary expressions.
    stmts("x := T{1, 2}\np := &pkg.T{A: 1}\nq := Pair[int, string]{1, \"a\"}");
}

#[test]
fn bare_name_literal_ends_a_header_as_in_go() {
    let src = b"package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n";
    let lines = error_lines("x.go", src);
    assert_eq!(
        lines[0],
        "./x.go:3:14: syntax error: unexpected { at end of statement"
    );
}

#[test]
fn generics_parse() {
    let file = parse_ok(
        "package main
type Number interface { ~int | ~int64 | ~float64 }
type List[T any] struct { items []T; next *List[T] }
type Pair[K comparable, V any] struct { Key K; Val V }
type Set[T comparable] map[T]struct{}
type A [4]int
func Map[T, U any](xs []T, f func(T) U) []U { return nil }
func Sum[T Number](xs ...T) (s T) { return }
func (l *List[T]) Push(v T) {}
func main() {
	_ = Map[int, string](nil, nil)
	_ = Sum(1, 2)
	var p Pair[string, int]
	_ = p
}
",
    );
    assert_eq!(file.decls.len(), 9);
    let Decl::Type(g) = &file.decls[1] else {
        panic!()
    };
    assert_eq!(g.specs[0].type_params.len(), 1);
    let Decl::Type(g) = &file.decls[4] else {
        panic!()
    };
    assert!(
        g.specs[0].type_params.is_empty(),
        "an array type, not a generic"
    );
}

#[test]
fn parameter_and_field_cover_forms() {
    let file = parse_ok(
        "package main
type S struct {
	a, b int
	c [4]int
	d []T
	T
	*U
	pkg.V
	G[int]
	e func() int `tag`
}
func f(a, b int, c [2]int, d ...string) (x int, err error) { return }
func g(int, []string, G[int], func()) {}
",
    );
    let Decl::Type(g) = &file.decls[0] else {
        panic!()
    };
    let ExprKind::StructType { fields } = &g.specs[0].ty.kind else {
        panic!()
    };
    let names: Vec<usize> = fields.iter().map(|f| f.names.len()).collect();
    assert_eq!(names, vec![2, 1, 1, 0, 0, 0, 0, 1]);
    assert!(fields[7].tag.is_some());
    let Decl::Func(f) = &file.decls[1] else {
        panic!()
    };
    let groups: Vec<usize> = f.sig.params.iter().map(|p| p.names.len()).collect();
    assert_eq!(groups, vec![2, 1, 1]);
    assert_eq!(f.sig.results.len(), 2);
    let Decl::Func(g) = &file.decls[2] else {
        panic!()
    };
    assert!(g.sig.params.iter().all(|p| p.names.is_empty()) && g.sig.params.len() == 4);
}

#[test]
fn channel_directions() {
    let file = parse_ok("package main\nvar a chan int\nvar b <-chan int\nvar c chan<- int\nvar d chan<- chan int\nvar e chan (<-chan int)\n");
    use grammar::ast::ChanDir::*;
    let dirs: Vec<_> = file
        .decls
        .iter()
        .map(|d| match d {
            Decl::Var(g) => match &g.specs[0].ty.as_ref().unwrap().kind {
                ExprKind::ChanType { dir, .. } => *dir,
                k => panic!("{k:?}"),
            },
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(dirs, vec![Both, Recv, Send, Send, Both]);
}

#[test]
fn conversions_and_func_types() {
    stmts("b := []byte(s)\nx := interface{}(1)\ny := (*T)(p)\nz := map[string]int(nil)\nf := (func())(nil)");
    stmts("m := make(map[string][]int)\nc := make(chan func() int, 1)\nn := new(struct{ a int })");
    stmts("var fs []func() int\n_ = fs");
}

#[test]
fn const_groups_number_iota() {
    let file = parse_ok("package main\nconst (\n\tA = iota\n\tB\n\t_\n\tD\n)\n");
    let Decl::Const(g) = &file.decls[0] else {
        panic!()
    };
    let iotas: Vec<u32> = g.specs.iter().map(|s| s.iota).collect();
    assert_eq!(iotas, vec![0, 1, 2, 3]);
}

/// Messages checked against real Go (go-oracle), first line each.
#[test]
fn go_syntax_messages() {
    for (body, want) in [
        ("\tx y", "3:4: syntax error: unexpected name y at end of statement"),
        ("\tx = 2 3", "3:8: syntax error: unexpected literal 3 at end of statement"),
        ("\tif x := 1 {\n\t}", "3:7: syntax error: cannot use x := 1 as value"),
        ("\tfor {\n\t}\n\telse x", "5:2: syntax error: unexpected keyword else, expected }"),
        ("\tfmt.Println(\"a\" \"b\")", "3:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"),
        ("\tx := []int{\n\t1,\n\t2\n\t}", "5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
        ("\tvar x int = ", "4:1: syntax error: unexpected }, expected expression"),
    ] {
        let src = format!("package main\nfunc main() {{\n{body}\n}}\n");
        let lines = error_lines("x.go", src.as_bytes());
        assert_eq!(lines.first().map(String::as_str), Some(format!("./x.go:{want}").as_str()), "{body}");
    }
}

#[test]
fn several_errors_are_reported_in_order() {
    let src = b"package main\nfunc main() {\n\tx := 0\n\tif x = 1 {\n\t}\n\ty := x++\n}\n";
    let lines = error_lines("x.go", src);
    assert_eq!(
        lines,
        vec![
            "./x.go:4:7: syntax error: cannot use assignment x = 1 as value",
            "./x.go:6:8: syntax error: unexpected ++ at end of statement",
        ]
    );
}

#[test]
fn leak2_parses_though_it_has_no_main() {
    // The missing `main` is the checker's (or linker's) business, not the parser's.
    let src = std::fs::read(repo().join("examples/leak2_first_response.go")).unwrap();
    assert!(grammar::parse_file(&src).errors.is_empty());
}

#[test]
fn empty_and_garbage_inputs_get_diagnostics() {
    for src in [
        &b""[..],
        b"\"",
        b"package",
        b"package main\nfunc",
        b"\xff\xfe",
        b"}}}}",
        b"package main\nfunc main() {",
    ] {
        let parsed = grammar::parse_file(src);
        assert!(!parsed.errors.is_empty(), "{src:?}");
        assert!(parsed.file.is_none());
    }
}
