//! `mutfuzz`: a stable-Rust mutation fuzzer for `grammar::parse_file`.
//!
//! ```text
//! mutfuzz fuzz [--seed N] [--iters N] [--secs N] [--timeout-ms 2000]
//!              [--slow-ms 500] [--abandon-ms 60000] [--max-len 100000]
//!              [--max-depth 100000]
//!              [--out DIR] [--repo DIR]
//! mutfuzz run FILE...         parse each file, print time and first error
//! mutfuzz shapes [DEPTH...]   every deep-nesting shape at each depth, timed
//! mutfuzz minimize FILE OUT   shrink a panicking input, keeping its message
//! ```
//!
//! `fuzz` is a supervisor: it runs the fuzzing loop in a child process
//! (`fuzz-child`), so that an abort (a stack overflow cannot be caught) is
//! recorded from the input the child saved just before parsing, and the loop
//! restarts with the next seed. The child parses on one long-lived thread
//! with the CLI's 1 GiB stack and catches panics with `catch_unwind`
//! (unique panics are minimized and saved under OUT/crashes/). A parse that
//! takes longer than `--timeout-ms` on an input under 100 KiB is a hang: it
//! is saved under OUT/hangs/ with the time it really took (the child waits
//! up to `--abandon-ms` more to learn it, then abandons the thread and
//! starts a new one). Parses over `--slow-ms` go to OUT/slow/. Inputs that
//! produce a new kind of outcome (first diagnostic, roughly) join the
//! mutation pool and OUT/interesting/.

use mutfuzz::*;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
struct Opts {
    seed: u64,
    iters: Option<u64>,
    secs: Option<u64>,
    timeout_ms: u64,
    slow_ms: u64,
    abandon_ms: u64,
    max_depth: usize,
    max_len: usize,
    out: PathBuf,
    repo: PathBuf,
}

fn parse_opts(args: &[String]) -> Opts {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Opts {
        seed: 1,
        iters: None,
        secs: None,
        timeout_ms: 2000,
        slow_ms: 500,
        abandon_ms: 60_000,
        max_depth: 100_000,
        max_len: 100_000,
        out: here.join("../out"),
        repo: here.join("../.."),
    };
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--seed" => o.seed = v.parse().expect("--seed N"),
            "--iters" => o.iters = Some(v.parse().expect("--iters N")),
            "--secs" => o.secs = Some(v.parse().expect("--secs N")),
            "--timeout-ms" => o.timeout_ms = v.parse().expect("--timeout-ms N"),
            "--slow-ms" => o.slow_ms = v.parse().expect("--slow-ms N"),
            "--abandon-ms" => o.abandon_ms = v.parse().expect("--abandon-ms N"),
            "--max-depth" => o.max_depth = v.parse().expect("--max-depth N"),
            "--max-len" => o.max_len = v.parse().expect("--max-len N"),
            "--out" => o.out = PathBuf::from(v),
            "--repo" => o.repo = PathBuf::from(v),
            a => panic!("unknown option {a}"),
        }
        i += 2;
    }
    if o.iters.is_none() && o.secs.is_none() {
        o.iters = Some(100_000);
    }
    o
}

fn opts_args(o: &Opts) -> Vec<String> {
    let mut a = vec![
        "--seed".into(),
        o.seed.to_string(),
        "--timeout-ms".into(),
        o.timeout_ms.to_string(),
        "--slow-ms".into(),
        o.slow_ms.to_string(),
        "--max-depth".into(),
        o.max_depth.to_string(),
        "--abandon-ms".into(),
        o.abandon_ms.to_string(),
        "--max-len".into(),
        o.max_len.to_string(),
        "--out".into(),
        o.out.display().to_string(),
        "--repo".into(),
        o.repo.display().to_string(),
    ];
    if let Some(n) = o.iters {
        a.extend(["--iters".into(), n.to_string()]);
    }
    if let Some(n) = o.secs {
        a.extend(["--secs".into(), n.to_string()]);
    }
    a
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    match args.first().map(String::as_str) {
        Some("fuzz") => supervise(parse_opts(rest)),
        Some("fuzz-child") => fuzz_child(parse_opts(rest)),
        Some("run") => run_files(rest),
        Some("shapes") => shapes(rest),
        Some("minimize") => minimize_file(rest),
        _ => {
            eprintln!("usage: mutfuzz fuzz|run|shapes|minimize ... (see src/main.rs)");
            std::process::exit(2);
        }
    }
}

fn fnv(b: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &x in b {
        h = (h ^ x as u64).wrapping_mul(0x100_0000_01b3);
    }
    h
}

// ---- panics: quiet, with their location ----------------------------------

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Panics print nothing; their message and location are kept for the
/// report instead.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let msg = panic_message(info.payload());
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        *LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!("{msg}{loc}"));
    }));
}

fn last_panic(fallback: String) -> String {
    LAST_PANIC
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or(fallback)
}

// ---- the supervisor ---------------------------------------------------------

fn supervise(o: Opts) {
    std::fs::create_dir_all(o.out.join("crashes")).unwrap();
    let exe = std::env::current_exe().unwrap();
    let start = Instant::now();
    let mut total: u64 = 0;
    let mut o = o;
    let mut restarts = 0;
    loop {
        let progress = o.out.join("progress.txt");
        let _ = std::fs::remove_file(&progress);
        let status = std::process::Command::new(&exe)
            .arg("fuzz-child")
            .args(opts_args(&o))
            .status()
            .expect("run fuzz-child");
        let done: u64 = std::fs::read_to_string(&progress)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        total += done;
        if status.success() {
            break;
        }
        // The child died (abort, stack overflow, signal): keep its input.
        restarts += 1;
        let cur = o.out.join("current.bin");
        let input = std::fs::read(&cur).unwrap_or_default();
        let name = o
            .out
            .join(format!("crashes/abort-{:016x}.bin", fnv(&input)));
        std::fs::write(&name, &input).unwrap();
        eprintln!(
            "!! child died ({status}); its input ({} bytes) saved as {}",
            input.len(),
            name.display()
        );
        if restarts > 20 {
            eprintln!("too many child deaths; stopping");
            break;
        }
        o.seed = o.seed.wrapping_add(1_000_003);
        if let Some(n) = o.iters {
            if done >= n {
                break;
            }
            o.iters = Some(n - done);
        }
        if let Some(s) = o.secs {
            let used = start.elapsed().as_secs();
            if used >= s {
                break;
            }
            o.secs = Some(s - used);
        }
    }
    println!(
        "TOTAL: {total} inputs in {:.1} s ({} child restarts)",
        start.elapsed().as_secs_f64(),
        restarts
    );
}

// ---- the fuzzing loop ---------------------------------------------------------

struct Worker {
    tx: mpsc::Sender<Vec<u8>>,
    rx: mpsc::Receiver<(Outcome, Duration)>,
}

fn spawn_worker() -> Worker {
    let (tx, in_rx) = mpsc::channel::<Vec<u8>>();
    let (out_tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("front-end".into())
        .stack_size(FRONT_END_STACK)
        .spawn(move || {
            for input in in_rx {
                let t = Instant::now();
                let o = parse_catching(&input);
                if out_tx.send((o, t.elapsed())).is_err() {
                    break;
                }
            }
        })
        .expect("spawn worker");
    Worker { tx, rx }
}

/// A coarse description of what the parser said, for novelty: the first
/// few messages with names and numbers blotted out, and how many there were.
fn signature(o: &Outcome, src: &[u8]) -> String {
    match o {
        Outcome::Panicked(m) => format!("panic {m}"),
        Outcome::Returned { ok, errors, first } => {
            let norm = first.as_deref().map(normalize).unwrap_or_default();
            let starts_pkg = src.starts_with(b"package");
            format!(
                "{ok} {} {starts_pkg} {norm}",
                usize::BITS - errors.leading_zeros()
            )
        }
    }
}

fn normalize(m: &str) -> String {
    let mut out = String::new();
    let mut prev = "";
    for w in m.split(' ') {
        let w2 = if matches!(prev, "name" | "literal" | "found" | "character") {
            "_"
        } else {
            w
        };
        out.push_str(w2);
        out.push(' ');
        prev = w;
    }
    out.chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

fn fuzz_child(o: Opts) {
    quiet_panics();
    set_max_depth(o.max_depth);
    for d in ["crashes", "hangs", "slow", "interesting"] {
        std::fs::create_dir_all(o.out.join(d)).unwrap();
    }
    let seeds = load_corpus(&default_seed_dirs(&o.repo));
    assert!(
        !seeds.is_empty(),
        "no seed files under {}",
        o.repo.display()
    );
    let mut pool: Vec<Vec<u8>> = seeds.iter().map(|(_, b)| b.clone()).collect();
    let n_seeds = pool.len();
    let mut rng = Rng::new(o.seed);
    let mut worker = spawn_worker();
    let mut abandoned = 0;
    let timeout = Duration::from_millis(o.timeout_ms);
    let slow = Duration::from_millis(o.slow_ms);
    let start = Instant::now();
    let mut last_report = Instant::now();
    let mut sigs: HashSet<String> = HashSet::new();
    let mut panics: HashMap<String, usize> = HashMap::new();
    let (mut hangs, mut slows) = (0usize, 0usize);
    let mut n: u64 = 0;
    let mut max_dt = (Duration::ZERO, 0usize);
    let mut bytes: u64 = 0;
    let (mut parsed_ok, mut kinds) = (0u64, [0u64; 5]);
    let cur = o.out.join("current.bin");
    let progress = o.out.join("progress.txt");
    loop {
        if o.iters.is_some_and(|m| n >= m) || o.secs.is_some_and(|s| start.elapsed().as_secs() >= s)
        {
            break;
        }
        // Choose an input.
        let kind = rng.below(100);
        let input = if kind < 10 {
            kinds[0] += 1;
            generate(&mut rng)
        } else if kind < 14 {
            kinds[1] += 1;
            let len = rng.log_size(4096);
            let mut b: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
            if rng.one_in(2) {
                b.splice(0..0, b"package p\n".iter().copied());
            }
            b
        } else if kind < 17 {
            kinds[2] += 1;
            let mut s = String::from("package p\n");
            for _ in 0..rng.log_size(400) {
                let w: &&str = rng.pick(DICTIONARY);
                s.push_str(w);
                s.push(' ');
            }
            s.into_bytes()
        } else {
            kinds[3] += 1;
            let a = rng.below(pool.len());
            let b = rng.below(pool.len());
            mutate(&pool[a], &pool[b], &mut rng, o.max_len)
        };
        // Save it first: if the parse aborts the process, the supervisor
        // finds it here.
        std::fs::write(&cur, &input).unwrap();
        n += 1;
        bytes += input.len() as u64;
        worker.tx.send(input.clone()).unwrap();
        let len = input.len();
        let (outcome, dt) = match worker.rx.recv_timeout(timeout) {
            Ok(r) => r,
            Err(_) => {
                // Too slow. Wait a while longer to learn how slow, so that
                // quadratic blow-ups are told apart from real hangs.
                let r = worker.rx.recv_timeout(Duration::from_millis(o.abandon_ms));
                let took = match &r {
                    Ok((_, dt)) => format!("{}ms", dt.as_millis()),
                    Err(_) => format!("over{}ms", o.abandon_ms + o.timeout_ms),
                };
                // A hang: over the timeout on an input under 100 KiB. Bigger
                // inputs only count as slow.
                let dir = if len < 102_400 { "hangs" } else { "slow" };
                if len < 102_400 {
                    hangs += 1;
                }
                let name = o
                    .out
                    .join(format!("{dir}/{dir}-{took}-{len}b-{:016x}.go", fnv(&input)));
                std::fs::write(&name, &input).unwrap();
                eprintln!(
                    "!! too slow: {took} on {len} bytes; saved {}",
                    name.display()
                );
                match r {
                    Ok(r) => r,
                    Err(_) => {
                        abandoned += 1;
                        if abandoned > 2 {
                            eprintln!("too many abandoned workers; stopping this child");
                            break;
                        }
                        worker = spawn_worker();
                        continue;
                    }
                }
            }
        };
        if dt > max_dt.0 {
            max_dt = (dt, input.len());
        }
        if dt >= slow && dt < timeout && slows < 300 {
            slows += 1;
            let name = o.out.join(format!(
                "slow/slow-{}ms-{}b-{:016x}.go",
                dt.as_millis(),
                input.len(),
                fnv(&input)
            ));
            std::fs::write(&name, &input).unwrap();
        }
        if let Outcome::Returned { ok: true, .. } = outcome {
            parsed_ok += 1;
        }
        if let Outcome::Panicked(ref m) = outcome {
            let msg = last_panic(m.clone());
            let count = panics.entry(msg.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                report_panic(&o, &input, &msg);
            }
        }
        let sig = signature(&outcome, &input);
        if sigs.insert(sig) && input.len() <= 64 * 1024 {
            let _ = std::fs::write(
                o.out.join(format!("interesting/{:016x}.go", fnv(&input))),
                &input,
            );
            if pool.len() < 5000 {
                pool.push(input);
            } else {
                let i = n_seeds + rng.below(pool.len() - n_seeds);
                pool[i] = input;
            }
        }
        if last_report.elapsed() >= Duration::from_secs(10) {
            last_report = Instant::now();
            let _ = std::fs::write(&progress, n.to_string());
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "[{secs:6.0}s] {n} inputs ({:.0}/s, {:.1} MB), pool {}, signatures {}, parsed ok {parsed_ok}, panics {}, hangs {hangs}, slow {slows}, slowest {:.3}s on {} B",
                n as f64 / secs,
                bytes as f64 / 1e6,
                pool.len(),
                sigs.len(),
                panics.len(),
                max_dt.0.as_secs_f64(),
                max_dt.1
            );
        }
    }
    let _ = std::fs::write(&progress, n.to_string());
    let secs = start.elapsed().as_secs_f64();
    println!(
        "DONE seed={}: {n} inputs in {secs:.1} s ({:.0}/s, {:.1} MB); kinds generated/random/tokens/mutated = {:?}; parsed ok {parsed_ok}; signatures {}; unique panics {}; hangs {hangs}; slow (>= {} ms) {slows}; slowest {:.3} s on {} bytes",
        o.seed,
        n as f64 / secs,
        bytes as f64 / 1e6,
        &kinds[..4],
        sigs.len(),
        panics.len(),
        o.slow_ms,
        max_dt.0.as_secs_f64(),
        max_dt.1
    );
    for (m, c) in &panics {
        println!("PANIC x{c}: {m}");
    }
    // Abandoned workers may still be spinning: exit without joining them.
    std::process::exit(0);
}

fn report_panic(o: &Opts, input: &[u8], msg: &str) {
    let h = fnv(input);
    let orig = o.out.join(format!("crashes/panic-{h:016x}.go"));
    std::fs::write(&orig, input).unwrap();
    eprintln!("!! panic: {msg}\n   input saved as {}", orig.display());
    let target = msg.to_string();
    let owned = input.to_vec();
    let min = on_big_stack(move || {
        minimize(
            owned,
            |c| match parse_catching(c) {
                Outcome::Panicked(m) => last_panic(m) == target,
                _ => false,
            },
            20_000,
        )
    });
    let name = o.out.join(format!("crashes/panic-{h:016x}.min.go"));
    std::fs::write(&name, &min).unwrap();
    eprintln!(
        "   minimized to {} bytes: {:?}",
        min.len(),
        String::from_utf8_lossy(&min)
    );
}

// ---- the other commands ---------------------------------------------------------

fn run_files(paths: &[String]) {
    quiet_panics();
    for p in paths {
        let src = std::fs::read(p).expect("read input");
        let len = src.len();
        let (o, dt) = parse_on_big_stack(src);
        let o = match o {
            Outcome::Panicked(m) => format!("PANIC {}", last_panic(m)),
            Outcome::Returned { ok, errors, first } => {
                format!(
                    "ok={ok} errors={errors} first={:.100}",
                    first.unwrap_or_default()
                )
            }
        };
        println!("{p}: {len} B, {:.3} s, {o}", dt.as_secs_f64());
        let _ = std::io::stdout().flush();
    }
}

fn shapes(args: &[String]) {
    quiet_panics();
    let depths: Vec<usize> = if args.is_empty() {
        vec![1000, MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, 100_000]
    } else {
        args.iter().map(|a| a.parse().expect("depth")).collect()
    };
    for s in SHAPES {
        for &d in &depths {
            let prog = shape_program(s, d).into_bytes();
            let len = prog.len();
            let (o, dt) = parse_on_big_stack(prog);
            let o = match o {
                Outcome::Panicked(m) => format!("PANIC {}", last_panic(m)),
                Outcome::Returned { ok, errors, first } => {
                    format!("ok={ok} errors={errors} {:.90}", first.unwrap_or_default())
                }
            };
            println!(
                "{:22} depth {d:6} {len:8} B {:7.3} s {o}",
                s.name,
                dt.as_secs_f64()
            );
            let _ = std::io::stdout().flush();
        }
    }
}

fn minimize_file(args: &[String]) {
    quiet_panics();
    let [input, out] = args else {
        panic!("usage: mutfuzz minimize FILE OUT");
    };
    let src = std::fs::read(input).expect("read input");
    let target = match parse_catching(&src) {
        Outcome::Panicked(m) => last_panic(m),
        o => panic!("input does not panic: {o:?}"),
    };
    let t2 = target.clone();
    let min = on_big_stack(move || {
        minimize(
            src,
            |c| match parse_catching(c) {
                Outcome::Panicked(m) => last_panic(m) == t2,
                _ => false,
            },
            100_000,
        )
    });
    std::fs::write(out, &min).unwrap();
    println!(
        "{target}\nminimized to {} bytes: {:?}",
        min.len(),
        String::from_utf8_lossy(&min)
    );
}
