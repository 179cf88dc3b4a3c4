//! Front end plus type checker throughput: generates a well-typed Go
//! program of about 50 000 lines, then times parsing alone and parsing plus
//! checking (best of N runs), in lines per second.
//!
//! ```text
//! cargo run --release -p compiler --example check_bench [-- LINES [RUNS]]
//! ```
//! Target: the whole front end above 200 000 lines/s.

use std::fmt::Write;
use std::time::{Duration, Instant};

/// About 60 lines of ordinary, well-typed Go; `@` makes names unique.
const UNIT: &str = r#"// Shape@ is a rectangle with a name.
type Shape@ struct {
	W, H int
	Name string
	tags []string
}

func (s Shape@) Area() int { return s.W * s.H }

func (s *Shape@) Grow(d int) {
	s.W += d
	s.H += d
}

type Area@ interface{ Area() int }

// sum@ adds up areas and counts the big ones.
func sum@(items []Area@, limit int) (total int, big int) {
	for i, it := range items {
		a := it.Area()
		if a > limit && i%2 == 0 {
			big++
		} else if a < 0 {
			continue
		}
		total += a
	}
	switch {
	case total > 1000:
		total = 1000
	case total < 0:
		total = 0
	default:
		total++
	}
	return total, big
}

func describe@(m map[string]int, xs ...float64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + strconv.Itoa(m[k]) + ";")
	}
	f := func(x float64) float64 { return x * 1.5 }
	acc := 0.0
	for _, x := range xs {
		acc += f(x)
	}
	return fmt.Sprintf("%s %.2f %d", b.String(), acc, @)
}
"#;

fn generate(lines: usize) -> String {
    let mut src = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n)\n\n",
    );
    let unit_lines = UNIT.lines().count();
    let mut n = 0;
    while src.lines().count() + unit_lines < lines {
        writeln!(src, "{}", UNIT.replace('@', &n.to_string())).unwrap();
        n += 1;
    }
    src.push_str("func main() {\n\ts := []Area0{Shape0{W: 1, H: 2}}\n\tt, b := sum0(s, 1)\n\tfmt.Println(t, b, describe0(map[string]int{\"a\": 1}, 1.5))\n}\n");
    src
}

fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let lines = args.first().copied().unwrap_or(50_000);
    let runs = args.get(1).copied().unwrap_or(5);
    let src = generate(lines);
    let n = src.lines().count();
    // The program must be valid, or the numbers mean nothing.
    let parsed = grammar::parse_file(src.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", &parsed.errors[..1]);
    let file = parsed.file.unwrap();
    let check = |file: &grammar::ast::File| {
        let mut prog = compiler::check::Program::new();
        let id = prog.add_file("bench.go", std::rc::Rc::from(src.as_bytes()));
        compiler::check::check_package(&mut prog, id, file, "main", false).1
    };
    let errors = check(&file);
    assert!(
        errors.is_empty(),
        "generated program does not check: {:?}",
        &errors[..1.min(errors.len())]
    );
    let parse = best(runs, || {
        std::hint::black_box(grammar::parse_file(src.as_bytes()));
    });
    let checked = best(runs, || {
        std::hint::black_box(check(&file));
    });
    let both = parse + checked;
    let rate = |d: Duration| n as f64 / d.as_secs_f64();
    println!("{n} lines, best of {runs}:");
    println!(
        "  parse          {:>8.1} ms  {:>10.0} lines/s",
        parse.as_secs_f64() * 1e3,
        rate(parse)
    );
    println!(
        "  check          {:>8.1} ms  {:>10.0} lines/s",
        checked.as_secs_f64() * 1e3,
        rate(checked)
    );
    println!(
        "  parse + check  {:>8.1} ms  {:>10.0} lines/s  (target > 200000)",
        both.as_secs_f64() * 1e3,
        rate(both)
    );
}
