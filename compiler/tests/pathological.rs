//! Inputs built to hurt a checker: self-referential types and constants,
//! ever-growing instantiations, huge constants, deep nesting. Each gets a
//! diagnostic (Go's, checked with go-oracle, where Go has one) and no
//! panic, hang or stack overflow.

mod common;
use common::check;

fn first(src: &str) -> String {
    check(src).into_iter().next().unwrap_or_default()
}

#[test]
fn recursive_types_and_cycles() {
    assert_eq!(
        first("package main\ntype T [len(T{})]int\nfunc main() {}\n"),
        "./prog.go:2:6: invalid recursive type: T refers to itself"
    );
    assert_eq!(
        first("package main\ntype I interface { I }\nfunc main() {}\n"),
        "./prog.go:2:6: invalid recursive type: I refers to itself"
    );
    assert_eq!(
        first("package main\ntype I interface { J }\ntype J interface { I }\nfunc main() {}\n"),
        "./prog.go:2:6: invalid recursive type I"
    );
    assert_eq!(
        first("package main\ntype A B\ntype B A\nfunc main() {}\n"),
        "./prog.go:2:6: invalid recursive type A"
    );
    assert_eq!(
        first("package main\nvar x = x\nfunc main() {}\n"),
        "./prog.go:2:5: initialization cycle: x refers to itself"
    );
    assert_eq!(
        first("package main\nconst c = c + 1\nfunc main() {}\n").contains("c"),
        true
    );
}

#[test]
fn recursion_through_indirection_is_fine() {
    assert_eq!(check("package main\ntype F func(F) F\ntype L struct{ next *L; kids []L; m map[string]L }\nfunc main() { var f F; var l L; _, _ = f, l }\n"), Vec::<String>::new());
}

#[test]
fn ever_growing_instantiation_is_refused() {
    let e = first("package main\ntype L[T any] struct { next *L[L[T]] }\nfunc main() { var l L[int]; _ = l }\n");
    assert!(e.contains("instantiation cycle"), "{e}");
}

#[test]
fn huge_constants() {
    assert_eq!(
        first("package main\nconst big = 1 << 100000\nfunc main() { println(big) }\n"),
        "./prog.go:2:18: invalid operation: invalid shift count 100000 (untyped int constant)"
    );
    assert_eq!(
        first("package main\nconst c = 1e1000000000\nfunc main() {}\n"),
        "./prog.go:2:11: malformed constant: 1e1000000000"
    );
    // Exact arithmetic far beyond 64 bits is fine.
    assert_eq!(
        check("package main\nconst big = 1 << 500\nfunc main() { println(big >> 498) }\n"),
        Vec::<String>::new()
    );
}

#[test]
fn deep_types_and_expressions() {
    let deep_type = format!(
        "package main\nvar x {}int\nfunc main() {{ _ = x }}\n",
        "[]".repeat(10_000)
    );
    assert_eq!(check(&deep_type), Vec::<String>::new());
    let deep_expr = format!(
        "package main\nfunc main() {{ x := {}1{}; _ = x }}\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    assert_eq!(check(&deep_expr), Vec::<String>::new());
    let long_sum = format!(
        "package main\nfunc main() {{ x := 1{}; _ = x }}\n",
        " + 1".repeat(10_000)
    );
    assert_eq!(check(&long_sum), Vec::<String>::new());
}
