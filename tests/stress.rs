//! Concurrency stress tests (issue #5): every program of `tests/stress` runs
//! a few times under `GOMAXPROCS=1` and `GOMAXPROCS=2`, and once under each
//! stress switch (`MINIGO_STRESS_GC=1`, `MINIGO_STRESS_STACK=1`); each run
//! must print real Go's stdout and exit with Go's code, whatever the
//! scheduler chose. Each run has a timeout, after which the child is killed
//! and the run fails. `scripts/stress.sh` is the long version (100 runs of
//! each program at each setting).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Runs of each program at each GOMAXPROCS setting.
const RUNS: usize = 3;
/// A run that takes longer than this is killed and counted as a failure.
const TIMEOUT: Duration = Duration::from_secs(60);

/// One run: a program and the environment it runs with.
struct Job {
    path: PathBuf,
    env: (&'static str, &'static str),
}

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stress");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

/// Reads a pipe to its end on a thread, so a child that writes a lot never
/// blocks on a full pipe while we wait for it.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs one job; `Err` says how it failed.
fn run(job: &Job) -> Result<Duration, String> {
    let name = job.path.file_name().unwrap().to_str().unwrap();
    let (var, val) = job.env;
    let what = format!("{name} with {var}={val}");
    let want_stdout = std::fs::read(job.path.with_extension("stdout")).unwrap();
    let want_code: i32 = std::fs::read_to_string(job.path.with_extension("code"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", name])
        .current_dir(job.path.parent().unwrap())
        .env(var, val)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{what}: timed out after {TIMEOUT:?} (killed)"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let took = start.elapsed();
    let stdout = out.join().unwrap();
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    let code = status.code().unwrap_or(-1);
    if stdout != want_stdout || code != want_code {
        let got = String::from_utf8_lossy(&stdout);
        let want = String::from_utf8_lossy(&want_stdout);
        let first = got
            .lines()
            .zip(want.lines())
            .find(|(g, w)| g != w)
            .map(|(g, w)| format!("first differing line: `{g}` (go `{w}`)"))
            .unwrap_or_else(|| {
                format!(
                    "{} lines (go {})",
                    got.lines().count(),
                    want.lines().count()
                )
            });
        return Err(format!(
            "{what}: exit {code} (go {want_code}); {first}; stderr: {}",
            stderr.lines().next().unwrap_or("")
        ));
    }
    Ok(took)
}

#[test]
fn stress_programs_match_go_under_every_schedule() {
    let start = Instant::now();
    let mut jobs = Vec::new();
    let progs = programs();
    assert!(!progs.is_empty(), "no programs in tests/stress");
    for path in &progs {
        for _ in 0..RUNS {
            for procs in ["1", "2"] {
                jobs.push(Job {
                    path: path.clone(),
                    env: ("GOMAXPROCS", procs),
                });
            }
        }
        for switch in ["MINIGO_STRESS_GC", "MINIGO_STRESS_STACK"] {
            jobs.push(Job {
                path: path.clone(),
                env: (switch, "1"),
            });
        }
    }
    // The slow runs (collecting at every allocation) first, so they overlap
    // the quick ones.
    jobs.sort_by_key(|j| j.env.0 != "MINIGO_STRESS_GC");
    let total = jobs.len();
    let queue = Mutex::new(jobs.into_iter());
    let failures = Mutex::new(Vec::new());
    let slowest = Mutex::new((Duration::ZERO, String::new()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let Some(job) = queue.lock().unwrap().next() else {
                    return;
                };
                match run(&job) {
                    Ok(took) => {
                        let mut slow = slowest.lock().unwrap();
                        if took > slow.0 {
                            let name = job.path.file_name().unwrap().to_string_lossy();
                            *slow = (took, format!("{name} with {}={}", job.env.0, job.env.1));
                        }
                    }
                    Err(e) => failures.lock().unwrap().push(e),
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let (slow, slow_what) = slowest.into_inner().unwrap();
    eprintln!(
        "stress: {} programs, {total} runs on {workers} threads in {:.1?}; slowest {slow_what} ({slow:.1?})",
        progs.len(),
        start.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} stress runs differ from Go:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A racy program never crashes the VM (issue #5): goroutines writing one
/// map without a lock either finish (printing what any interleaving
/// prints) or stop as Go stops them, `fatal error: concurrent map writes`
/// (exit 2; tests/racy/ holds real Go's output, which is that), or its
/// sibling `concurrent map read and map write`. Run at
/// GOMAXPROCS=2, where writes really overlap, and at 1.
#[test]
fn racy_map_writes_finish_or_stop_with_gos_fatal_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/racy");
    let go_stderr = std::fs::read_to_string(dir.join("map_writes.stderr")).unwrap();
    let go_first = go_stderr.lines().next().unwrap();
    let go_code: i32 = std::fs::read_to_string(dir.join("map_writes.code"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let mut stopped = 0;
    for procs in ["2", "2", "2", "2", "2", "1"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "map_writes.go"])
            .current_dir(&dir)
            .env("GOMAXPROCS", procs)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap_or(-1);
        let finished = code == 0 && stdout == "100\n" && stderr.is_empty();
        // Go's golden stops at two writes; a write caught beside a read is
        // Go's sibling message (it prints that too, by which it caught).
        let first = stderr.lines().next().unwrap_or("");
        let as_go = code == go_code
            && stdout.is_empty()
            && (first == go_first || first == "fatal error: concurrent map read and map write");
        assert!(
            finished || as_go,
            "GOMAXPROCS={procs}: exit {code}, stdout {stdout:?}, stderr {stderr:?}"
        );
        stopped += as_go as usize;
    }
    eprintln!("racy map writes: {stopped} of 6 runs stopped as Go does");
}
