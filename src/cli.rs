//! Command-line parsing (clap) and the subcommands.

use clap::{Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use grammar::render;
use std::io::{IsTerminal, Read};

#[derive(Parser)]
#[command(
    name = "minigo",
    version,
    about = "A Go-subset language with its own goroutine runtime"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A script to run (`minigo FILE.go`, or a `#!/usr/bin/env minigo` script).
    script: Option<String>,
    /// Arguments for the script.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a program: syntax and types, with Go's error messages.
    Check {
        /// The Go source file (`-` reads standard input).
        file: String,
    },
    /// Print the syntax tree of a program.
    Parse {
        /// The Go source file (`-` reads standard input).
        file: String,
    },
    /// Print a program's bytecode, or one function's (`main.fib` or `fib`).
    Disasm {
        /// The Go source file (`-` reads standard input).
        file: String,
        /// Only this function.
        func: Option<String>,
    },
    /// Run a program (the VM runs a first subset of Go; see the README).
    Run {
        /// The Go source file (`-` reads standard input).
        file: String,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { file }) => check(&file),
        Some(Command::Parse { file }) => parse(&file),
        Some(Command::Disasm { file, func }) => disasm(&file, func.as_deref()),
        Some(Command::Run { file, args }) => run(&file, args),
        None => match cli.script {
            Some(file) => run(&file, cli.args),
            None => {
                eprintln!("minigo: no command given; try `minigo --help`");
                2
            }
        },
    }
}

/// Reads a source file; a first line starting with `#!` is blanked (not
/// removed, so line numbers stay right).
fn read_source(path: &str) -> Result<Vec<u8>, i32> {
    let mut src = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut src).map(|_| ())
    } else {
        std::fs::read(path).map(|s| src = s)
    };
    if let Err(e) = read {
        eprintln!("minigo: cannot read {path}: {e}");
        return Err(1);
    }
    if src.starts_with(b"#!") {
        let end = src.iter().position(|&b| b == b'\n').unwrap_or(src.len());
        src[..end].fill(b' ');
    }
    Ok(src)
}

fn shown_path(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

/// Prints diagnostics to stderr in Go's order, with colors on a terminal.
fn report(path: &str, src: &[u8], errors: Vec<grammar::Diagnostic>) {
    let errors = render::go_order(errors, src);
    let color = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut out = StandardStream::stderr(color);
    let _ = render::emit(&mut out, shown_path(path), src, &errors, true);
}

/// Parses a file, reporting its errors; the tree if there were none.
fn front_end(path: &str) -> Result<(Vec<u8>, grammar::ast::File), i32> {
    let src = read_source(path)?;
    let parsed = grammar::parse_file(&src);
    if !parsed.errors.is_empty() {
        report(path, &src, parsed.errors);
        return Err(1);
    }
    Ok((src, parsed.file.expect("a parse without errors has a tree")))
}

/// Parses and type-checks a program as package main.
fn check_program(
    path: &str,
) -> Result<
    (
        Vec<u8>,
        grammar::ast::File,
        compiler::check::Program,
        compiler::objects::FileId,
    ),
    i32,
> {
    let (src, file) = front_end(path)?;
    let mut prog = compiler::check::Program::new();
    let file_id = prog.add_file(shown_path(path), std::rc::Rc::from(src.as_slice()));
    let (_, errors) = compiler::check::check_package(&mut prog, file_id, &file, "main", false);
    if !errors.is_empty() {
        report(path, &src, errors);
        return Err(1);
    }
    Ok((src, file, prog, file_id))
}

fn check(path: &str) -> i32 {
    match check_program(path) {
        Ok(_) => 0,
        Err(code) => code,
    }
}

fn parse(path: &str) -> i32 {
    match front_end(path) {
        Ok((_, file)) => {
            use std::io::Write;
            // A closed pipe (`minigo parse f.go | head`) is not an error.
            let _ = std::io::stdout().write_all(grammar::dump::dump(&file).as_bytes());
            0
        }
        Err(code) => code,
    }
}

/// Checks and lowers a program: its bytecode and entry point.
fn compile(
    path: &str,
) -> Result<
    (
        runtime::program::Program,
        runtime::heap::Heap,
        runtime::bytecode::FuncId,
    ),
    i32,
> {
    let (src, file, prog, file_id) = check_program(path)?;
    // Tracebacks name the file by its absolute path, as Go's do.
    let abs = std::fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    compiler::lower::lower_program(&prog, file_id, &file, &src, &abs).map_err(|errors| {
        report(path, &src, errors);
        1
    })
}

fn disasm(path: &str, only: Option<&str>) -> i32 {
    let (code, _, _) = match compile(path) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut out = String::new();
    let mut shown = 0;
    for f in &code.funcs {
        if only.is_some_and(|o| f.name != o && f.name.strip_prefix("main.") != Some(o)) {
            continue;
        }
        shown += 1;
        out.push_str(&runtime::bytecode::disassemble(f));
        out.push('\n');
    }
    if shown == 0 {
        eprintln!("minigo: no function {} in {path}", only.unwrap_or(""));
        return 1;
    }
    use std::io::Write;
    let _ = std::io::stdout().write_all(out.as_bytes());
    0
}

/// `MINIGO_MEMSTATS=1`: the process's peak RSS and the heap's counters, on
/// stderr after the program ends (for the GC and goroutine-size tests).
fn report_memstats(heap: &runtime::heap::Heap) {
    let peak_kb = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .unwrap_or(0);
    let st = heap.stats();
    eprintln!(
        "minigo memstats: peak_rss_kb={peak_kb} total_alloc_mb={} num_gc={} live_objects={}",
        st.total_alloc >> 20,
        st.num_gc,
        heap.live_objects()
    );
}

fn run(path: &str, args: Vec<String>) -> i32 {
    let (code, heap, main) = match compile(path) {
        Ok(c) => c,
        Err(code) => return code,
    };
    // os.Args[0] names the program, as a built Go binary's does.
    let name = path.strip_suffix(".go").unwrap_or(path).to_string();
    runtime::natives::builtin_pkgs::set_args(std::iter::once(name).chain(args).collect());
    let max_stack = std::env::var("MINIGO_MAX_STACK")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(runtime::interp::DEFAULT_MAX_STACK);
    let g = runtime::interp::Goroutine::new(1, main, max_stack);
    let mut sched = runtime::sched::Sched::new(max_stack);
    let result = sched.run(&code, &heap, g);
    if std::env::var_os("MINIGO_MEMSTATS").is_some() {
        report_memstats(&heap);
    }
    match result {
        Ok(()) => 0,
        Err(runtime::interp::Stop::Panic {
            message,
            trace,
            goroutine,
        }) => {
            let mut text = format!("panic: {message}\n\ngoroutine {goroutine} [running]:\n");
            // The entry frame is the runtime's, hidden as Go hides runtime.main.
            for (func, file, line) in trace
                .into_iter()
                .filter(|(f, _, _)| !f.starts_with("runtime."))
            {
                text.push_str(&format!("{func}\n\t{file}:{line}\n"));
            }
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
            2
        }
        Err(runtime::interp::Stop::Fatal { lines }) => {
            for l in lines {
                eprintln!("{l}");
            }
            2
        }
        Err(runtime::interp::Stop::Exit(code)) => code,
        Err(runtime::interp::Stop::Goexit) => unreachable!("the scheduler ends Goexit goroutines"),
    }
}
