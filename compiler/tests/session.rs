//! Incremental checking for the REPL: declarations added to a live package,
//! statements checked against it, functions replaced between inputs.

use compiler::check::Session;
use grammar::ast::{Decl, Stmt};

fn file(src: &str) -> grammar::ast::File {
    let parsed = grammar::parse_file(src.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    parsed.file.unwrap()
}

/// Statements as the REPL will hand them over: the body of a function.
fn stmts(body: &str) -> (String, Vec<Stmt>) {
    let src = format!("package main\nfunc _() {{\n{body}\n}}\n");
    let f = file(&src);
    let Decl::Func(func) = f.decls.into_iter().next().unwrap() else {
        unreachable!()
    };
    (src, func.body.unwrap().stmts)
}

fn messages(errors: Vec<grammar::Diagnostic>) -> Vec<String> {
    errors.into_iter().map(|d| d.message).collect()
}

#[test]
fn declarations_accumulate_and_statements_see_them() {
    let mut s = Session::new();
    let src =
        "package main\nimport \"fmt\"\nvar count = 1\nfunc double(x int) int { return 2 * x }\n";
    assert_eq!(
        messages(s.add_decls("in1", src.as_bytes(), &file(src))),
        Vec::<String>::new()
    );
    let (src, body) = stmts("y := double(count)\nfmt.Println(y)");
    let (vars, errors) = s.check_stmts("in2", src.as_bytes(), &body);
    assert_eq!(messages(errors), Vec::<String>::new());
    assert_eq!(
        vars.iter().map(|(n, _)| n.as_ref()).collect::<Vec<_>>(),
        vec!["y"]
    );
    let int = s.prog.types.display(vars[0].1, None);
    assert_eq!(int, "int");
}

#[test]
fn a_function_can_be_replaced() {
    let mut s = Session::new();
    let v1 = "package main\nfunc f() int { return 1 }\n";
    assert!(s.add_decls("in1", v1.as_bytes(), &file(v1)).is_empty());
    let v2 = "package main\nfunc f() string { return \"two\" }\n";
    assert!(s.add_decls("in2", v2.as_bytes(), &file(v2)).is_empty());
    // Later input sees the new signature.
    let (src, body) = stmts("var s string = f()\n_ = s");
    assert_eq!(
        messages(s.check_stmts("in3", src.as_bytes(), &body).1),
        Vec::<String>::new()
    );
    let (src, body) = stmts("var n int = f()\n_ = n");
    assert_eq!(
        messages(s.check_stmts("in4", src.as_bytes(), &body).1),
        vec!["cannot use f() (value of type string) as int value in variable declaration"]
    );
}

#[test]
fn errors_in_one_input_leave_the_session_usable() {
    let mut s = Session::new();
    let (src, body) = stmts("x := undefinedThing + 1");
    assert_eq!(
        messages(s.check_stmts("in1", src.as_bytes(), &body).1),
        vec!["undefined: undefinedThing"]
    );
    let good =
        "package main\ntype P struct{ X, Y int }\nfunc (p P) Sum() int { return p.X + p.Y }\n";
    assert!(s.add_decls("in2", good.as_bytes(), &file(good)).is_empty());
    let (src, body) = stmts("p := P{1, 2}\n_ = p.Sum()");
    assert_eq!(
        messages(s.check_stmts("in3", src.as_bytes(), &body).1),
        Vec::<String>::new()
    );
}
