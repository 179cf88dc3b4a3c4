//! The `minigo` command: parse, check and (soon) run Go programs.

mod cli;

/// mimalloc: goroutines, channels and heap objects are many small
/// allocations and frees (1M goroutines spawned: about half the time was
/// glibc malloc); a well-kept allocator built for that pattern.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The front end's recursive passes get a roomy stack: the parser already
    // caps nesting (grammar::build::MAX_NESTING), and this thread's stack is
    // sized so every pass fits at that cap. The memory is only reserved;
    // pages are touched as they are used.
    const FRONT_END_STACK: usize = 1 << 30;
    let code = std::thread::Builder::new()
        .name("minigo".into())
        .stack_size(FRONT_END_STACK)
        .spawn(cli::main)
        .expect("spawn main thread")
        .join()
        .unwrap_or_else(|_| {
            eprintln!("minigo: internal error (a bug in minigo, not in your program)");
            3
        });
    std::process::exit(code);
}
