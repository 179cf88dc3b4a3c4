//! Incremental compilation (the REPL's): declarations and statements
//! lowered one input at a time onto a live program, run on its heap and
//! globals, with functions and methods replaced between inputs.

use compiler::lower::{Incremental, InputError};
use grammar::ast::Decl;

/// A session fed as the REPL will feed it: declarations as a file of
/// package main, statements as the body of a function.
struct Repl {
    inc: Incremental,
    n: usize,
}

impl Repl {
    fn new() -> Repl {
        Repl {
            inc: Incremental::new(),
            n: 0,
        }
    }

    fn path(&mut self) -> String {
        self.n += 1;
        format!("input{}.go", self.n)
    }

    /// Declarations: what they printed, or the error.
    fn decls(&mut self, text: &str) -> Result<String, String> {
        let src = format!("package main\n{text}\n");
        let parsed = grammar::parse_file(src.as_bytes());
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let path = self.path();
        let (r, out, _) = runtime::output::capture(|| {
            self.inc
                .add_decls(&path, src.as_bytes(), parsed.file.unwrap())
        });
        r.map(|()| String::from_utf8(out).unwrap())
            .map_err(describe)
    }

    /// Statements: what they printed, or the error.
    fn stmts(&mut self, body: &str) -> Result<String, String> {
        let src = format!("package main\nfunc _() {{\n{body}\n}}\n");
        let parsed = grammar::parse_file(src.as_bytes());
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let Some(Decl::Func(f)) = parsed.file.unwrap().decls.into_iter().next() else {
            unreachable!()
        };
        let path = self.path();
        let (r, out, _) = runtime::output::capture(|| {
            self.inc
                .run_stmts(&path, src.as_bytes(), f.body.unwrap().stmts)
        });
        r.map(|()| String::from_utf8(out).unwrap())
            .map_err(describe)
    }

    fn ok(&mut self, body: &str) -> String {
        self.stmts(body).unwrap_or_else(|e| panic!("{body}: {e}"))
    }

    fn declare(&mut self, text: &str) -> String {
        self.decls(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }
}

fn describe(e: InputError) -> String {
    match e {
        InputError::Compile(ds) => ds
            .into_iter()
            .map(|d| d.message)
            .collect::<Vec<_>>()
            .join("; "),
        InputError::Run(runtime::interp::Stop::Panic { message, .. }) => {
            format!("panic: {message}")
        }
        InputError::Run(stop) => format!("{stop:?}"),
    }
}

const PROGRAM: &str = r#"
import "fmt"

var count = 1

func double(x int) int { return 2 * x }

func main() {
	fmt.Println("main ran, count", count)
}
"#;

#[test]
fn a_program_runs_part_by_part() {
    let mut r = Repl::new();
    // Declaring runs only the variables' initialization.
    assert_eq!(r.declare(PROGRAM), "");
    assert_eq!(r.ok("fmt.Println(double(21))"), "42\n");
    assert_eq!(r.ok("count = 5"), "");
    assert_eq!(r.ok("main()"), "main ran, count 5\n");
    // A variable declared again with its type is the one main reads; with
    // another type it is a new variable that only later inputs see.
    assert_eq!(r.declare("var count = 100"), "");
    assert_eq!(r.ok("main()"), "main ran, count 100\n");
    assert_eq!(r.declare("var count = \"many\""), "");
    assert_eq!(
        r.ok("main()\nfmt.Println(count)"),
        "main ran, count 100\nmany\n"
    );
}

#[test]
fn a_function_added_later_is_called_by_a_later_input() {
    let mut r = Repl::new();
    r.declare(PROGRAM);
    assert_eq!(r.ok("count = 6"), "");
    assert_eq!(
        r.declare("func triple(x int) int { return 3 * double(x) / 2 }"),
        ""
    );
    assert_eq!(r.ok("fmt.Println(triple(count + 1))"), "21\n");
    // A generic function is lowered per instance, when a later input
    // uses one.
    r.declare(
        "func Map[T, U any](xs []T, f func(T) U) []U {\n\
         \tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}",
    );
    assert_eq!(
        r.ok("fmt.Println(Map([]int{1, 2}, double), Map([]int{3}, triple))"),
        "[2 4] [9]\n"
    );
    assert_eq!(
        r.ok("fmt.Println(Map([]string{\"a\"}, func(s string) bool { return s == \"a\" }))"),
        "[true]\n"
    );
}

#[test]
fn types_methods_and_globals_persist() {
    let mut r = Repl::new();
    r.declare(PROGRAM);
    assert_eq!(
        r.declare(
            r#"
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var origin = Point{1, 2}
var history []string

func init() { fmt.Println("init ran") }
"#
        ),
        "init ran\n"
    );
    assert_eq!(
        r.ok("origin.X = 10\nhistory = append(history, \"moved\")"),
        ""
    );
    // fmt finds String through the method table.
    assert_eq!(
        r.ok("fmt.Println(origin, origin.String(), history)"),
        "(10,2) (10,2) [moved]\n"
    );
    // A method added to a type whose method table exists already, used
    // through an interface; the address of an earlier global.
    assert_eq!(
        r.declare(
            "type Shape interface{ Area() int }\nfunc (p *Point) Area() int { return p.X * p.Y }"
        ),
        ""
    );
    assert_eq!(
        r.ok("var s Shape = &origin\np := &origin\np.Y = 3\nfmt.Println(s.Area(), origin)"),
        "30 (10,3)\n"
    );
}

#[test]
fn a_replaced_function_runs_its_new_body_everywhere() {
    let mut r = Repl::new();
    r.declare(PROGRAM);
    r.declare(
        r#"
func greet() string { return "hello" }
func caller() string { return greet() + "!" }
type T int
func (T) Name() string { return "old" }
"#,
    );
    assert_eq!(
        r.ok("fmt.Println(caller())\nvar t T\nfmt.Println(t.Name())"),
        "hello!\nold\n"
    );
    // Same signature: the older caller, func values made from now on, and
    // interface method tables see the new body.
    r.declare(
        "func greet() string { return \"bonjour\" }\nfunc (T) Name() string { return \"new\" }",
    );
    assert_eq!(
        r.ok("f := greet\nvar n interface{ Name() string } = T(0)\n\
             fmt.Println(caller(), greet(), f(), n.Name())"),
        "bonjour! bonjour bonjour new\n"
    );
    // Another signature: the new function is a new one; the older caller
    // keeps calling the one it was checked against.
    r.declare("func greet(name string) string { return \"hi \" + name }");
    assert_eq!(
        r.ok("fmt.Println(caller(), greet(\"go\"))"),
        "bonjour! hi go\n"
    );
}

#[test]
fn goroutines_and_library_packages_live_across_inputs() {
    let mut r = Repl::new();
    r.declare(PROGRAM);
    r.declare("var done = make(chan int)");
    // The goroutine started here runs during a later input.
    assert_eq!(r.ok("go func() { done <- double(4) }()"), "");
    assert_eq!(r.ok("fmt.Println(<-done)"), "8\n");
    // A Go-written package imported later: its variables are initialized
    // (strconv.ErrSyntax) before the input that uses it runs.
    r.declare("import \"strconv\"");
    assert_eq!(
        r.ok("_, err := strconv.Atoi(\"x\")\nne := err.(*strconv.NumError)\nfmt.Println(err, ne.Err == strconv.ErrSyntax)"),
        "strconv.Atoi: parsing \"x\": invalid syntax true\n"
    );
}

#[test]
fn rejected_inputs_leave_the_session_working() {
    let mut r = Repl::new();
    r.declare(PROGRAM);
    assert_eq!(
        r.stmts("var s string = double(1)"),
        Err(
            "cannot use double(1) (value of type int) as string value in variable declaration"
                .into()
        )
    );
    // A declaration input with an error declares nothing.
    assert_eq!(
        r.decls("func broken() int { return \"x\" }\nvar lost = 1"),
        Err("cannot use \"x\" (untyped string constant) as int value in return statement".into())
    );
    assert_eq!(
        r.stmts("broken()\n_ = lost"),
        Err("undefined: broken; undefined: lost".into())
    );
    // Refused by the lowering: likewise.
    assert_eq!(
        r.decls("import \"os\"\nfunc setIt() { _ = os.Setenv(\"A\", \"b\") }"),
        Err("minigo cannot run os.Setenv yet".into())
    );
    assert_eq!(r.stmts("setIt()"), Err("undefined: setIt".into()));
    // A panic ends the input, not the session.
    assert_eq!(
        r.stmts("var a []int\ncount = 7\n_ = a[count]"),
        Err("panic: runtime error: index out of range [7] with length 0".into())
    );
    assert_eq!(r.ok("main()"), "main ran, count 7\n");
}
