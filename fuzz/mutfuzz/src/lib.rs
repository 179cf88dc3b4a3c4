//! Mutators and generators for fuzzing minigo's front end
//! (`grammar::parse_file`), shared by the stable fuzzer (`src/main.rs`) and
//! the libFuzzer targets in `../fuzz_targets/`.
//!
//! Everything here is deterministic given an [`Rng`] seed, so a run can be
//! replayed with the same `--seed`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The stack the CLI gives the front end (src/main.rs: `FRONT_END_STACK`).
pub const FRONT_END_STACK: usize = 1 << 30;

/// The nesting the grammar accepts (`grammar::build::MAX_NESTING`).
pub const MAX_NESTING: usize = grammar::build::MAX_NESTING as usize;

// ---- randomness ---------------------------------------------------------

/// SplitMix64: small, fast, and good enough to drive mutations.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_f42d_4c95_7f2d)
    }

    /// An RNG driven by fuzzer-provided bytes (libFuzzer targets).
    pub fn from_bytes(b: &[u8]) -> Rng {
        let mut s = 0xcbf2_9ce4_8422_2325u64;
        for &x in b {
            s = (s ^ x as u64).wrapping_mul(0x100_0000_01b3);
        }
        Rng::new(s)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`0` when `n == 0`).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// A size skewed towards small values but reaching `max`: log-uniform.
    pub fn log_size(&mut self, max: usize) -> usize {
        let bits = usize::BITS - max.leading_zeros();
        let b = self.below(bits as usize + 1) as u32;
        let cap = if b >= usize::BITS {
            max
        } else {
            (1usize << b).min(max)
        };
        self.range(1.min(cap), cap.max(1))
    }

    /// A nesting depth: small, around the limit, or huge (up to 100 000,
    /// or [`set_max_depth`]).
    pub fn depth(&mut self) -> usize {
        let cap = MAX_DEPTH.load(std::sync::atomic::Ordering::Relaxed);
        let d = match self.below(10) {
            0..=3 => self.range(1, 64),
            4 => self.range(64, 4096),
            5 => MAX_NESTING - 2 + self.below(5), // the limit, +-2
            6 => self.range(4096, 20_000),
            7 => 100_000,
            _ => self.log_size(100_000),
        };
        d.min(cap)
    }
}

static MAX_DEPTH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(100_000);

/// Caps the nesting depths [`Rng::depth`] picks (default 100 000).
pub fn set_max_depth(n: usize) {
    MAX_DEPTH.store(n.max(1), std::sync::atomic::Ordering::Relaxed);
}

// ---- corpus -------------------------------------------------------------

/// Every `*.go` file directly in `dirs`, sorted by path for determinism.
pub fn load_corpus(dirs: &[PathBuf]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                out.push((p, b));
            }
        }
    }
    out
}

/// The seed directories, relative to the repository root.
pub fn default_seed_dirs(repo: &Path) -> Vec<PathBuf> {
    ["examples", "tests/check", "tests/run", "tests/goroutines"]
        .iter()
        .map(|d| repo.join(d))
        .collect()
}

// ---- running the front end ----------------------------------------------

/// What one parse did.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Parsed to a tree (`ok`) or to diagnostics; `first` is the first message.
    Returned {
        ok: bool,
        errors: usize,
        first: Option<String>,
    },
    /// `parse_file` panicked with this message.
    Panicked(String),
}

/// Runs `grammar::parse_file` and then, on a tree, the type checker (and on
/// a checked program, the lowering to bytecode), on the
/// current thread, catching panics; includes dropping the result (a deep
/// tree's `Drop` is recursive too).
pub fn parse_catching(src: &[u8]) -> Outcome {
    let r = std::panic::catch_unwind(|| {
        let p = grammar::parse_file(src);
        let ok = p.file.is_some();
        // A returned tree must come with no errors, and vice versa
        // (parser.rs: `file: if failed { None } else { file }`).
        let first = p.errors.first().map(|d| d.message.clone());
        for d in &p.errors {
            assert!(
                d.span.lo <= d.span.hi && d.span.hi as usize <= src.len() + 1,
                "diagnostic span {:?} outside the {}-byte input: {}",
                d.span,
                src.len(),
                d.message
            );
        }
        assert!(
            ok || !p.errors.is_empty(),
            "parse_file returned neither a tree nor a diagnostic"
        );
        let mut errors = p.errors.len();
        // The type checker runs on every tree the parser accepts: it too
        // must return (with or without errors) on any input.
        if let Some(file) = &p.file {
            let mut prog = compiler::check::Program::new();
            let id = prog.add_file("fuzz.go", std::rc::Rc::from(src));
            let (_, check_errors) =
                compiler::check::check_package(&mut prog, id, file, "main", false);
            for d in &check_errors {
                assert!(
                    d.span.lo <= d.span.hi && d.span.hi as usize <= src.len() + 1,
                    "checker diagnostic span {:?} outside the {}-byte input: {}",
                    d.span,
                    src.len(),
                    d.message
                );
            }
            errors += check_errors.len();
            // A program the checker accepts goes through the lowering too:
            // it must compile or refuse with a diagnostic, never panic.
            if check_errors.is_empty() {
                if let Err(lower_errors) =
                    compiler::lower::lower_program(&prog, id, file, src, "fuzz.go")
                {
                    for d in &lower_errors {
                        assert!(
                            !d.message.contains("internal error"),
                            "lowering: {}",
                            d.message
                        );
                    }
                }
            }
        }
        drop(p);
        (ok, errors, first)
    });
    match r {
        Ok((ok, errors, first)) => Outcome::Returned { ok, errors, first },
        Err(payload) => Outcome::Panicked(panic_message(&*payload)),
    }
}

pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic payload>".to_string()
    }
}

/// Runs `f` on a fresh thread with the CLI's 1 GiB stack and waits for it.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("front-end".into())
        .stack_size(FRONT_END_STACK)
        .spawn(f)
        .expect("spawn front-end thread")
        .join()
        .unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// Parses on a 1 GiB-stack thread; returns the outcome and the time taken.
pub fn parse_on_big_stack(src: Vec<u8>) -> (Outcome, Duration) {
    on_big_stack(move || {
        let t = Instant::now();
        let o = parse_catching(&src);
        (o, t.elapsed())
    })
}

// ---- token-aware mutation -----------------------------------------------

/// Byte ranges of the lexer's tokens in `src` (zero-width ones left out),
/// so that mutations can work on whole tokens.
pub fn token_spans(src: &[u8]) -> Vec<(usize, usize)> {
    grammar::lexer::lex(src)
        .tokens
        .iter()
        .map(|t| (t.span.lo as usize, t.span.hi as usize))
        .filter(|(lo, hi)| lo < hi && *hi <= src.len())
        .collect()
}

/// Go's tokens, plus a few troublemakers: what the fuzzer inserts.
pub const DICTIONARY: &[&str] = &[
    "package",
    "import",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-chan",
    "chan<-",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ":",
    ".",
    "...",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "&^=",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "!",
    "~",
    "\n",
    " ",
    "_",
    "x",
    "T",
    "main",
    "int",
    "string",
    "any",
    "nil",
    "true",
    "0",
    "1",
    "0x",
    "0b1",
    "1e9",
    "1.5",
    "0o7",
    "1_000",
    "1__0",
    "0x_",
    "1i",
    "'a'",
    "'\\n'",
    "'",
    "'ab'",
    "\"s\"",
    "\"",
    "\"\\x\"",
    "`raw`",
    "`",
    "/*",
    "*/",
    "//",
    "/* c \n */",
    "\u{feff}",
    "\u{0}",
    "é",
    "\u{2028}",
    "\u{1F600}",
    "[T any]",
    "[P *C,]",
    "[N]",
    "x.(type)",
    "func() {}",
    "struct{}",
    "interface{}",
    "map[int]int",
    "[]int{}",
    "T{}",
    "case x:",
    "default:",
    "else if x {",
    "L:",
    "goto L",
];

/// No mutated input grows past this, whatever `max_len` allows.
pub const HARD_MAX_LEN: usize = 4 << 20;

/// Applies one to a few random mutations to `src`. `other` is another input
/// to splice from. The result is capped at `max_len` bytes, except that a
/// deep-nesting insertion may exceed it (that is its point), up to
/// [`HARD_MAX_LEN`].
pub fn mutate(src: &[u8], other: &[u8], rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let mut out = src.to_vec();
    let rounds = 1 + rng.log_size(8);
    for _ in 0..rounds {
        mutate_once(&mut out, other, rng);
        if out.len() > max_len && !rng.one_in(8) {
            out.truncate(max_len);
        }
        // Repeating a long line thousands of times could reach gigabytes.
        out.truncate(HARD_MAX_LEN.max(max_len));
    }
    out
}

fn mutate_once(out: &mut Vec<u8>, other: &[u8], rng: &mut Rng) {
    let toks = if out.len() < 200_000 {
        token_spans(out)
    } else {
        Vec::new()
    };
    match rng.below(16) {
        // Bytes: flip, set, insert, delete.
        0 => {
            let n = rng.log_size(8);
            for _ in 0..n {
                if out.is_empty() {
                    break;
                }
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            let n = rng.log_size(8);
            for _ in 0..n {
                let i = rng.below(out.len() + 1);
                let b = *rng.pick(&[
                    0u8, b'\n', b'{', b'}', b'(', b')', b'"', b'`', b'\'', b'/', b'*', 0x80, 0xc3,
                    0xff, b'\\',
                ]);
                let b = if rng.one_in(3) {
                    rng.below(256) as u8
                } else {
                    b
                };
                out.insert(i, b);
            }
        }
        2 => {
            if !out.is_empty() {
                let i = rng.below(out.len());
                let n = rng.log_size(out.len() - i);
                out.drain(i..i + n);
            }
        }
        // Tokens: delete a run.
        3 | 4 if !toks.is_empty() => {
            let i = rng.below(toks.len());
            let j = (i + rng.log_size(8)).min(toks.len()) - 1;
            out.drain(toks[i].0..toks[j].1);
        }
        // Tokens: duplicate a run, a few or many times.
        5 | 6 if !toks.is_empty() => {
            let i = rng.below(toks.len());
            let j = (i + rng.log_size(32)).min(toks.len()) - 1;
            let piece = out[toks[i].0..toks[j].1].to_vec();
            let times = if rng.one_in(4) {
                rng.log_size(2000)
            } else {
                rng.range(1, 3)
            };
            let mut ins = Vec::with_capacity(piece.len() * times + times);
            for _ in 0..times {
                ins.push(b' ');
                ins.extend_from_slice(&piece);
            }
            let at = toks[j].1;
            out.splice(at..at, ins);
        }
        // Tokens: replace one with a dictionary word, or swap two.
        7 if !toks.is_empty() => {
            let (lo, hi) = *rng.pick(&toks);
            let w = rng.pick(DICTIONARY).as_bytes().to_vec();
            out.splice(lo..hi, w);
        }
        8 if toks.len() >= 2 => {
            let a = rng.below(toks.len());
            let b = rng.below(toks.len());
            let (a, b) = (a.min(b), a.max(b));
            if a != b {
                let ta = out[toks[a].0..toks[a].1].to_vec();
                let tb = out[toks[b].0..toks[b].1].to_vec();
                out.splice(toks[b].0..toks[b].1, ta);
                out.splice(toks[a].0..toks[a].1, tb);
            }
        }
        // Insert a dictionary word between tokens.
        9 => {
            let at = if toks.is_empty() || rng.one_in(4) {
                rng.below(out.len() + 1)
            } else {
                rng.pick(&toks).1
            };
            let mut w = vec![b' '];
            w.extend_from_slice(rng.pick(DICTIONARY).as_bytes());
            w.push(b' ');
            out.splice(at..at, w);
        }
        // Splice with another file, at token or byte boundaries.
        10 => {
            let ot = token_spans(other);
            let cut_a = if toks.is_empty() {
                rng.below(out.len() + 1)
            } else {
                rng.pick(&toks).0
            };
            let cut_b = if ot.is_empty() {
                rng.below(other.len() + 1)
            } else {
                rng.pick(&ot).0
            };
            out.truncate(cut_a);
            out.extend_from_slice(&other[cut_b..]);
        }
        11 => {
            // Insert a chunk of the other file in the middle.
            if !other.is_empty() {
                let a = rng.below(other.len());
                let n = rng.log_size(other.len() - a);
                let at = rng.below(out.len() + 1);
                out.splice(at..at, other[a..a + n].iter().copied());
            }
        }
        // Deep nesting inserted at a token boundary, balanced or not.
        12 | 13 => {
            let at = if toks.is_empty() {
                rng.below(out.len() + 1)
            } else {
                rng.pick(&toks).1
            };
            let n = rng.depth();
            let frag = nest_fragment(rng, n);
            out.splice(at..at, frag);
        }
        // Repeat a whole line many times.
        14 => {
            let lines: Vec<usize> = std::iter::once(0)
                .chain(
                    out.iter()
                        .enumerate()
                        .filter(|(_, &b)| b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .collect();
            let i = rng.below(lines.len());
            let lo = lines[i];
            let hi = lines.get(i + 1).copied().unwrap_or(out.len());
            let line = out[lo..hi].to_vec();
            let times = rng.log_size(5000);
            let mut ins = Vec::with_capacity(line.len() * times);
            for _ in 0..times {
                ins.extend_from_slice(&line);
                if !line.ends_with(b"\n") {
                    ins.push(b'\n');
                }
            }
            out.splice(hi..hi, ins);
        }
        // Truncate.
        _ => {
            let at = if toks.is_empty() {
                rng.below(out.len() + 1)
            } else {
                rng.pick(&toks).1
            };
            out.truncate(at);
        }
    }
}

// ---- deep nesting ---------------------------------------------------------

/// `open` n times, `mid`, `close` n times.
fn nest(open: &str, mid: &str, close: &str, n: usize) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + mid.len());
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(mid);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

/// A nesting shape: where it goes in a program and its three parts.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub name: &'static str,
    pub ctx: Ctx,
    pub open: &'static str,
    pub mid: &'static str,
    pub close: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ctx {
    /// An expression: `func f() { _ = E }`.
    Expr,
    /// Statements in a function body.
    Stmt,
    /// A type: `type T E`.
    Type,
    /// A top-level declaration.
    Top,
}

pub const SHAPES: &[Shape] = &[
    Shape {
        name: "parens",
        ctx: Ctx::Expr,
        open: "(",
        mid: "x",
        close: ")",
    },
    Shape {
        name: "unary_minus",
        ctx: Ctx::Expr,
        open: "- ",
        mid: "x",
        close: "",
    },
    Shape {
        name: "unary_not",
        ctx: Ctx::Expr,
        open: "!",
        mid: "x",
        close: "",
    },
    Shape {
        name: "unary_xor",
        ctx: Ctx::Expr,
        open: "^",
        mid: "x",
        close: "",
    },
    Shape {
        name: "unary_mixed",
        ctx: Ctx::Expr,
        open: "- ! ^ + * & <-",
        mid: "x",
        close: "",
    },
    Shape {
        name: "deref",
        ctx: Ctx::Expr,
        open: "*",
        mid: "p",
        close: "",
    },
    Shape {
        name: "address",
        ctx: Ctx::Expr,
        open: "& ",
        mid: "x",
        close: "",
    },
    Shape {
        name: "receive",
        ctx: Ctx::Expr,
        open: "<-",
        mid: "c",
        close: "",
    },
    Shape {
        name: "selector_chain",
        ctx: Ctx::Expr,
        open: "",
        mid: "x",
        close: ".f",
    },
    Shape {
        name: "index_chain",
        ctx: Ctx::Expr,
        open: "",
        mid: "x",
        close: "[0]",
    },
    Shape {
        name: "call_chain",
        ctx: Ctx::Expr,
        open: "",
        mid: "f",
        close: "()",
    },
    Shape {
        name: "slice_chain",
        ctx: Ctx::Expr,
        open: "",
        mid: "x",
        close: "[1:2]",
    },
    Shape {
        name: "assert_chain",
        ctx: Ctx::Expr,
        open: "",
        mid: "x",
        close: ".(T)",
    },
    Shape {
        name: "nested_index",
        ctx: Ctx::Expr,
        open: "x[",
        mid: "0",
        close: "]",
    },
    Shape {
        name: "nested_call",
        ctx: Ctx::Expr,
        open: "f(",
        mid: "1",
        close: ")",
    },
    Shape {
        name: "conversion",
        ctx: Ctx::Expr,
        open: "int(",
        mid: "1",
        close: ")",
    },
    Shape {
        name: "binary_left",
        ctx: Ctx::Expr,
        open: "",
        mid: "x",
        close: " + x",
    },
    Shape {
        name: "binary_right",
        ctx: Ctx::Expr,
        open: "x + (",
        mid: "x",
        close: ")",
    },
    Shape {
        name: "binary_mixed",
        ctx: Ctx::Expr,
        open: "",
        mid: "1",
        close: " * 2 + 3 << 4 == 5 && 6 || 7",
    },
    Shape {
        name: "composite_lit",
        ctx: Ctx::Expr,
        open: "[]any{",
        mid: "",
        close: "}",
    },
    Shape {
        name: "composite_elided",
        ctx: Ctx::Expr,
        open: "{",
        mid: "",
        close: "}",
    },
    Shape {
        name: "keyed_lit",
        ctx: Ctx::Expr,
        open: "T{f: ",
        mid: "1",
        close: "}",
    },
    Shape {
        name: "func_lit",
        ctx: Ctx::Expr,
        open: "func() { _ = ",
        mid: "1",
        close: " }",
    },
    Shape {
        name: "func_lit_call",
        ctx: Ctx::Expr,
        open: "func() int { return ",
        mid: "1",
        close: " }()",
    },
    Shape {
        name: "blocks",
        ctx: Ctx::Stmt,
        open: "{",
        mid: "",
        close: "}",
    },
    Shape {
        name: "blocks_nl",
        ctx: Ctx::Stmt,
        open: "{\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "if_nest",
        ctx: Ctx::Stmt,
        open: "if x {\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "else_if_chain",
        ctx: Ctx::Stmt,
        open: "",
        mid: "if x {\n}",
        close: " else if x {\n}",
    },
    Shape {
        name: "for_nest",
        ctx: Ctx::Stmt,
        open: "for {\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "range_nest",
        ctx: Ctx::Stmt,
        open: "for range x {\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "switch_nest",
        ctx: Ctx::Stmt,
        open: "switch {\ncase x:\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "type_switch_nest",
        ctx: Ctx::Stmt,
        open: "switch x.(type) {\ndefault:\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "select_nest",
        ctx: Ctx::Stmt,
        open: "select {\ndefault:\n",
        mid: "",
        close: "}\n",
    },
    Shape {
        name: "labels",
        ctx: Ctx::Stmt,
        open: "L: ",
        mid: "x++",
        close: "",
    },
    Shape {
        name: "go_func_nest",
        ctx: Ctx::Stmt,
        open: "go func() {\n",
        mid: "",
        close: "}()\n",
    },
    Shape {
        name: "pointer_type",
        ctx: Ctx::Type,
        open: "*",
        mid: "int",
        close: "",
    },
    Shape {
        name: "slice_type",
        ctx: Ctx::Type,
        open: "[]",
        mid: "int",
        close: "",
    },
    Shape {
        name: "array_type",
        ctx: Ctx::Type,
        open: "[1]",
        mid: "int",
        close: "",
    },
    Shape {
        name: "map_value",
        ctx: Ctx::Type,
        open: "map[int]",
        mid: "int",
        close: "",
    },
    Shape {
        name: "map_key",
        ctx: Ctx::Type,
        open: "map[",
        mid: "int",
        close: "]int",
    },
    Shape {
        name: "chan_type",
        ctx: Ctx::Type,
        open: "chan ",
        mid: "int",
        close: "",
    },
    Shape {
        name: "recv_chan_type",
        ctx: Ctx::Type,
        open: "<-chan ",
        mid: "int",
        close: "",
    },
    Shape {
        name: "func_result",
        ctx: Ctx::Type,
        open: "func() ",
        mid: "int",
        close: "",
    },
    Shape {
        name: "func_param",
        ctx: Ctx::Type,
        open: "func(",
        mid: "int",
        close: ")",
    },
    Shape {
        name: "struct_type",
        ctx: Ctx::Type,
        open: "struct{ f ",
        mid: "int",
        close: " }",
    },
    Shape {
        name: "interface_type",
        ctx: Ctx::Type,
        open: "interface{ m() ",
        mid: "int",
        close: " }",
    },
    Shape {
        name: "paren_type",
        ctx: Ctx::Type,
        open: "(",
        mid: "int",
        close: ")",
    },
    Shape {
        name: "generic_type",
        ctx: Ctx::Type,
        open: "G[",
        mid: "int",
        close: "]",
    },
    Shape {
        name: "interface_embed",
        ctx: Ctx::Type,
        open: "interface{ ",
        mid: "~int",
        close: " }",
    },
    Shape {
        name: "func_lit_var",
        ctx: Ctx::Expr,
        open: "func() int { var y = ",
        mid: "1",
        close: "; return y }()",
    },
    Shape {
        name: "type_param_constraint",
        ctx: Ctx::Top,
        open: "type T[P interface{ ~",
        mid: "int",
        close: " }] int\n",
    },
    Shape {
        name: "var_decl_nest",
        ctx: Ctx::Top,
        open: "var x = func() int { var y = ",
        mid: "1",
        close: "; return y }()\n",
    },
];

/// The shape's body nested `n` deep, with no surrounding program.
pub fn shape_body(s: &Shape, n: usize) -> String {
    nest(s.open, s.mid, s.close, n)
}

/// A complete program around `shape` nested `n` deep.
pub fn shape_program(s: &Shape, n: usize) -> String {
    let body = shape_body(s, n);
    match s.ctx {
        Ctx::Expr => format!("package p\n\nfunc f() {{\n\t_ = {body}\n}}\n"),
        Ctx::Stmt => format!("package p\n\nfunc f() {{\n{body}\n}}\n"),
        Ctx::Type => format!("package p\n\ntype T {body}\n"),
        Ctx::Top => format!("package p\n\n{body}\n"),
    }
}

/// A nesting fragment to splice into a file: balanced, only the opening
/// half, only the closing half, or cut at a random point.
pub fn nest_fragment(rng: &mut Rng, n: usize) -> Vec<u8> {
    let s = rng.pick(SHAPES);
    let full = match rng.below(6) {
        0 => nest(s.open, "", "", n),
        1 => nest("", "", s.close, n),
        2 => {
            let b = shape_body(s, n);
            let cut = rng.below(b.len() + 1);
            b[..cut].to_string() // the shapes are ASCII
        }
        _ => shape_body(s, n),
    };
    full.into_bytes()
}

/// A fresh input: either a complete deeply nested program, or a short
/// program with a few random shapes composed into each other.
pub fn generate(rng: &mut Rng) -> Vec<u8> {
    if rng.one_in(2) {
        let s = rng.pick(SHAPES);
        let n = rng.depth();
        let mut p = shape_program(s, n).into_bytes();
        if rng.one_in(3) {
            // Break it somewhere.
            let i = rng.below(p.len());
            match rng.below(3) {
                0 => {
                    p.remove(i);
                }
                1 => p.truncate(i),
                _ => p.insert(i, *rng.pick(b"(){}[];\n\"`'/")),
            }
        }
        p
    } else {
        // Compose: expression shapes inside each other, a few levels each.
        let exprs: Vec<&Shape> = SHAPES.iter().filter(|s| s.ctx == Ctx::Expr).collect();
        let mut e = String::from("x");
        for _ in 0..rng.range(1, 6) {
            let s = rng.pick(&exprs);
            let n = rng.log_size(200);
            let mid = if s.mid.is_empty() {
                String::new()
            } else {
                e.clone()
            };
            e = nest(s.open, &mid, s.close, n);
        }
        format!("package p\n\nfunc f() {{\n\t_ = {e}\n}}\n").into_bytes()
    }
}

// ---- minimizing ---------------------------------------------------------

/// Delta-debugging style minimization: repeatedly tries to remove chunks
/// (halves, quarters, ... single bytes) and to shorten long runs of a
/// repeated byte, keeping every change for which `still_fails` holds.
/// `budget` caps the number of `still_fails` calls.
pub fn minimize(
    mut input: Vec<u8>,
    mut still_fails: impl FnMut(&[u8]) -> bool,
    budget: usize,
) -> Vec<u8> {
    let mut calls = 0usize;
    let mut chunk = input.len() / 2;
    while chunk >= 1 && calls < budget {
        let mut i = 0;
        let mut progressed = false;
        while i < input.len() && calls < budget {
            let hi = (i + chunk).min(input.len());
            let mut cand = input[..i].to_vec();
            cand.extend_from_slice(&input[hi..]);
            calls += 1;
            if still_fails(&cand) {
                input = cand;
                progressed = true;
            } else {
                i += chunk;
            }
        }
        if !progressed {
            chunk /= 2;
        }
    }
    input
}
