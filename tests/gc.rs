//! The GC collects cycles and keeps memory bounded: a program allocating
//! about 10 GB of garbage rings (nodes linked both ways, which reference
//! counting could never free) must print Go's output with a peak RSS far
//! below that (`MINIGO_MEMSTATS=1` makes minigo report it).

use std::path::Path;
use std::process::Command;

#[test]
fn ten_gigabytes_of_cyclic_garbage_in_under_100_mb() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gc");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["run", "cyclic_garbage.go"])
        .current_dir(&dir)
        .env("MINIGO_MEMSTATS", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let want = std::fs::read(dir.join("cyclic_garbage.stdout")).unwrap();
    assert_eq!(out.stdout, want, "output differs from Go's");
    let stat = |key: &str| -> u64 {
        let line = stderr
            .lines()
            .find(|l| l.starts_with("minigo memstats:"))
            .expect("memstats line");
        line.split_whitespace()
            .find_map(|w| w.strip_prefix(key))
            .and_then(|v| v.parse().ok())
            .expect(key)
    };
    let total_mb = stat("total_alloc_mb=");
    let peak_kb = stat("peak_rss_kb=");
    assert!(total_mb >= 10_000, "allocated only {total_mb} MB");
    assert!(peak_kb < 100 * 1024, "peak RSS {peak_kb} KB");
    assert!(stat("num_gc=") > 100);
}

/// An int that holds an object's address does not keep it alive: the GC
/// scans only the registers the compiler's stack maps name (an int local
/// is not one), also when collecting at every allocation.
#[test]
fn an_int_that_looks_like_an_address_is_not_a_root() {
    // The corpus program (tests/run/), named here for what it proves.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let want = std::fs::read(dir.join("gc_int_address.stdout")).unwrap();
    for stress in ["0", "1"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "gc_int_address.go"])
            .current_dir(&dir)
            .env("MINIGO_STRESS_GC", stress)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&want),
            "output differs from Go's (MINIGO_STRESS_GC={stress})"
        );
    }
}
