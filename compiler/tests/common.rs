//! Helpers for the checker's tests.
#![allow(dead_code)]

use compiler::check::{check_package, Program};

/// Checks `src` as package main; the errors as Go prints them, in Go's order.
pub fn check(src: &str) -> Vec<String> {
    let src = src.to_string();
    // Deep inputs: the CLI's 1 GiB stack.
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || check_on_this_thread(&src, false))
        .unwrap()
        .join()
        .unwrap()
}

/// The same, each error followed by its source snippet.
pub fn check_rendered(src: &str) -> String {
    check_on_this_thread(src, true).join("\n")
}

fn check_on_this_thread(src: &str, snippets: bool) -> Vec<String> {
    let parsed = grammar::parse_file(src.as_bytes());
    let errors = match parsed.file {
        None => parsed.errors,
        Some(file) => {
            let mut prog = Program::new();
            let id = prog.add_file("prog.go", std::rc::Rc::from(src.as_bytes()));
            check_package(&mut prog, id, &file, "main", false).1
        }
    };
    let errors = grammar::render::go_order(errors, src.as_bytes());
    let mut out = Vec::new();
    let mut buf = codespan_reporting::term::termcolor::NoColor::new(&mut out);
    grammar::render::emit(&mut buf, "prog.go", src.as_bytes(), &errors, snippets).unwrap();
    let text = String::from_utf8(out).unwrap();
    if snippets {
        vec![text]
    } else {
        text.lines().map(str::to_string).collect()
    }
}
