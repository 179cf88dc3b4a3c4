//! Package time's natives, called by name through `natives::lookup` with a
//! real `Ctx`, against Go's own outputs.
//!
//! The fixtures under `tests/fixtures/time/` were printed by the Go
//! programs next to them, run by the real Go toolchain:
//!
//! ```text
//! cd runtime/tests/fixtures/time
//! /work/shared/tools/go-oracle gen_duration.go | tail -n +2 > duration.txt
//! TZ=UTC /work/shared/tools/go-oracle gen_time.go | tail -n +2 > time.txt
//! TZ=UTC /work/shared/tools/go-oracle gen_mono.go | tail -n +2 > mono.txt
//! ```
//!
//! Lines are tab-separated, tagged by their first field; strings that may
//! hold any byte are hex. A time is `unix seconds, nanoseconds` (plus, in
//! mono.txt, its monotonic reading or `-`); the test builds its 3 slots
//! (see runtime/src/natives/time.rs).

use runtime::heap::{Heap, Layout, LayoutId};
use runtime::natives::{self, Ctx, Fail};

const UNIX_TO_INTERNAL: i64 = 62135596800;

/// A test error value: its message's length + 1, and the message string.
fn new_error(h: &Heap, msg: &[u8]) -> [u64; 2] {
    [msg.len() as u64 + 1, h.alloc_str(msg.to_vec())]
}

struct Harness {
    heap: Heap,
    str_layout: LayoutId,
    cases: usize,
    failures: Vec<String>,
}

/// An argument.
#[derive(Clone, Copy)]
enum A<'a> {
    /// Any one-slot value.
    W(u64),
    /// A string.
    S(&'a [u8]),
    /// A time.Time.
    T([u64; 3]),
}

fn int(i: i64) -> A<'static> {
    A::W(i as u64)
}

impl Harness {
    fn new() -> Harness {
        let heap = Heap::new();
        let str_layout = heap.layout(Layout {
            words: 2,
            refs: vec![0],
        });
        Harness {
            heap,
            str_layout,
            cases: 0,
            failures: vec![],
        }
    }

    /// Calls native `name` on `args`: its result slots, or its failure.
    fn call(&mut self, name: &str, args: &[A]) -> Result<Vec<u64>, Fail> {
        let f = natives::lookup(name).unwrap_or_else(|| panic!("no native {name}"));
        let mut ctx = Ctx {
            heap: &mut self.heap,
            str_layout: self.str_layout,
            new_error: &new_error,
            eof: [0, 0],
            well_known: runtime::program::WellKnown::default(),
        };
        let mut slots = vec![];
        for a in args {
            match *a {
                A::W(w) => slots.push(w),
                A::S(s) => ctx.push_str(&mut slots, s.to_vec()),
                A::T(t) => slots.extend(t),
            }
        }
        let mut out = vec![];
        f(&mut ctx, &slots, &mut out)?;
        Ok(out)
    }

    /// Calls a native that must not fail.
    fn ok(&mut self, name: &str, args: &[A]) -> Vec<u64> {
        self.call(name, args)
            .unwrap_or_else(|e| panic!("{name}: unexpected {e:?}"))
    }

    fn str(&self, slots: &[u64]) -> Vec<u8> {
        self.heap.str_bytes(slots[0], slots[1]).to_vec()
    }

    /// The text of an error's slots: "nil" for nil.
    fn error(&self, slots: &[u64]) -> String {
        if slots[0] == 0 {
            return "nil".to_string();
        }
        let bytes = self.heap.str_bytes(slots[1], slots[0] - 1);
        String::from_utf8_lossy(bytes).into_owned()
    }

    fn check(&mut self, what: impl FnOnce() -> String, got: &str, want: &str) {
        self.cases += 1;
        if got != want {
            self.failures
                .push(format!("{}:\n   got {got:?}\n  want {want:?}", what()));
        }
    }

    fn finish(self, name: &str) {
        eprintln!("{name}: {} cases", self.cases);
        if !self.failures.is_empty() {
            let n = self.failures.len();
            let shown: Vec<&String> = self.failures.iter().take(40).collect();
            panic!(
                "{n} of {} {name} cases fail:\n{}",
                self.cases,
                shown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

fn lines(text: &'static str, tag: &str) -> Vec<Vec<&'static str>> {
    text.lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f[0] == tag)
        .collect()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn i(s: &str) -> i64 {
    s.parse().unwrap_or_else(|_| panic!("bad int {s:?}"))
}

/// A time's slots from its unix seconds and nanoseconds, and its
/// monotonic reading (`-` for none).
fn time(sec: &str, nsec: &str, mono: Option<&str>) -> [u64; 3] {
    let m = match mono {
        None | Some("-") => 0,
        Some(m) => i(m),
    };
    [
        i(sec).wrapping_add(UNIX_TO_INTERNAL) as u64,
        i(nsec) as u64,
        m as u64,
    ]
}

/// A time's fields as the fixtures print them.
fn show(t: &[u64], mono: bool) -> String {
    let s = format!(
        "{}\t{}",
        (t[0] as i64).wrapping_sub(UNIX_TO_INTERNAL),
        t[1] as i64
    );
    if !mono {
        return s;
    }
    match t[2] as i64 {
        0 => format!("{s}\t-"),
        m => format!("{s}\t{m}"),
    }
}

const DURATION: &str = include_str!("fixtures/time/duration.txt");
const TIME: &str = include_str!("fixtures/time/time.txt");
const MONO: &str = include_str!("fixtures/time/mono.txt");

#[test]
fn duration_methods() {
    let mut h = Harness::new();
    let names = [
        "time.Duration.String",
        "time.Duration.Hours",
        "time.Duration.Minutes",
        "time.Duration.Seconds",
        "time.Duration.Milliseconds",
        "time.Duration.Microseconds",
        "time.Duration.Nanoseconds",
        "time.Duration.Abs",
    ];
    for f in lines(DURATION, "D") {
        let d = int(i(f[1]));
        for (k, name) in names.iter().enumerate() {
            let out = h.ok(name, &[d]);
            let got = match k {
                0 => String::from_utf8(h.str(&out)).unwrap(),
                1..=3 => format!("{:x}", out[0]),
                _ => (out[0] as i64).to_string(),
            };
            h.check(|| format!("{name}({})", f[1]), &got, f[k + 2]);
        }
    }
    for f in lines(DURATION, "R") {
        let (d, m) = (int(i(f[1])), int(i(f[2])));
        for (k, name) in ["time.Duration.Round", "time.Duration.Truncate"]
            .iter()
            .enumerate()
        {
            let got = (h.ok(name, &[d, m])[0] as i64).to_string();
            h.check(|| format!("{name}({}, {})", f[1], f[2]), &got, f[k + 3]);
        }
    }
    h.finish("duration_methods");
}

#[test]
fn parse_duration() {
    let mut h = Harness::new();
    for f in lines(DURATION, "P") {
        let input = hex(f[1]);
        let out = h.ok("time.ParseDuration", &[A::S(&input)]);
        assert_eq!(out.len(), 3);
        let got = format!("{}\t{}", out[0] as i64, h.error(&out[1..]));
        let want = format!("{}\t{}", f[2], f[3]);
        h.check(
            || format!("ParseDuration({:?})", String::from_utf8_lossy(&input)),
            &got,
            &want,
        );
    }
    h.finish("parse_duration");
}

#[test]
fn month_and_weekday_strings() {
    let mut h = Harness::new();
    for (tag, name) in [("M", "time.Month.String"), ("W", "time.Weekday.String")] {
        for f in lines(DURATION, tag) {
            let out = h.ok(name, &[int(i(f[1]))]);
            let got = String::from_utf8(h.str(&out)).unwrap();
            h.check(|| format!("{name}({})", f[1]), &got, f[2]);
        }
    }
    h.finish("month_and_weekday_strings");
}

#[test]
fn time_fields() {
    let mut h = Harness::new();
    let names = [
        "time.Time.UnixMilli",
        "time.Time.UnixNano",
        "time.Time.Year",
        "time.Time.Month",
        "time.Time.Day",
        "time.Time.Hour",
        "time.Time.Minute",
        "time.Time.Second",
        "time.Time.Nanosecond",
        "time.Time.Weekday",
        "time.Time.YearDay",
    ];
    let rows = lines(TIME, "T");
    assert!(rows.len() > 100);
    for f in rows {
        let t = A::T(time(f[1], f[2], None));
        let out = h.ok("time.Time.Unix", &[t]);
        h.check(
            || format!("Unix({} {})", f[1], f[2]),
            &(out[0] as i64).to_string(),
            f[1],
        );
        for (k, name) in names.iter().enumerate() {
            let got = (h.ok(name, &[t])[0] as i64).to_string();
            h.check(|| format!("{name}({} {})", f[1], f[2]), &got, f[k + 3]);
        }
        let zero = h.ok("time.Time.IsZero", &[t])[0] != 0;
        h.check(|| format!("IsZero({})", f[1]), &zero.to_string(), f[14]);
        let out = h.ok("time.Time.String", &[t]);
        let got = String::from_utf8(h.str(&out)).unwrap();
        h.check(|| format!("String({} {})", f[1], f[2]), &got, f[15]);
    }
    h.finish("time_fields");
}

#[test]
fn format() {
    let mut h = Harness::new();
    let rows = lines(TIME, "F");
    assert!(rows.len() > 5000);
    for f in rows {
        let layout = hex(f[3]);
        let t = A::T(time(f[1], f[2], None));
        let out = h.ok("time.Time.Format", &[t, A::S(&layout)]);
        let got = String::from_utf8_lossy(&h.str(&out)).into_owned();
        let want = String::from_utf8_lossy(&hex(f[4])).into_owned();
        h.check(
            || {
                format!(
                    "Format({} {}, {:?})",
                    f[1],
                    f[2],
                    String::from_utf8_lossy(&layout)
                )
            },
            &got,
            &want,
        );
    }
    h.finish("format");
}

#[test]
fn date_and_unix() {
    let mut h = Harness::new();
    let loc = A::W(0x1000); // any non-nil *Location
    for f in lines(TIME, "DATE") {
        let mut args: Vec<A> = f[1..8].iter().map(|s| int(i(s))).collect();
        args.push(loc);
        let got = show(&h.ok("time.Date", &args), false);
        h.check(
            || format!("Date({})", f[1..8].join(", ")),
            &got,
            &f[8..].join("\t"),
        );
    }
    for f in lines(TIME, "UNIX") {
        let got = show(&h.ok("time.Unix", &[int(i(f[1])), int(i(f[2]))]), false);
        h.check(
            || format!("Unix({}, {})", f[1], f[2]),
            &got,
            &f[3..].join("\t"),
        );
    }
    for f in lines(TIME, "UNIXMILLI") {
        let got = show(&h.ok("time.UnixMilli", &[int(i(f[1]))]), false);
        h.check(|| format!("UnixMilli({})", f[1]), &got, &f[2..].join("\t"));
    }
    // Go panics on a nil Location.
    let mut args: Vec<A> = [2020, 1, 1, 0, 0, 0, 0].iter().map(|&v| int(v)).collect();
    args.push(A::W(0));
    let got = format!("{:?}", h.call("time.Date", &args));
    h.check(
        || "Date(nil loc)".to_string(),
        &got,
        "Err(Panic(\"time: missing Location in call to Date\"))",
    );
    h.finish("date_and_unix");
}

#[test]
fn add_sub_compare() {
    let mut h = Harness::new();
    for f in lines(TIME, "ADD") {
        let t = A::T(time(f[1], f[2], None));
        let got = show(&h.ok("time.Time.Add", &[t, int(i(f[3]))]), false);
        h.check(
            || format!("Add({} {}, {})", f[1], f[2], f[3]),
            &got,
            &f[4..].join("\t"),
        );
    }
    for f in lines(TIME, "SUB") {
        let t = A::T(time(f[1], f[2], None));
        let u = A::T(time(f[3], f[4], None));
        let mut got = vec![(h.ok("time.Time.Sub", &[t, u])[0] as i64).to_string()];
        for name in ["time.Time.Before", "time.Time.After", "time.Time.Equal"] {
            got.push((h.ok(name, &[t, u])[0] != 0).to_string());
        }
        h.check(
            || {
                format!(
                    "Sub/Before/After/Equal({} {}, {} {})",
                    f[1], f[2], f[3], f[4]
                )
            },
            &got.join("\t"),
            &f[5..].join("\t"),
        );
    }
    h.finish("add_sub_compare");
}

#[test]
fn monotonic() {
    let mut h = Harness::new();
    for f in lines(MONO, "STR") {
        let t = A::T(time(f[1], f[2], Some(f[3])));
        let out = h.ok("time.Time.String", &[t]);
        let got = String::from_utf8(h.str(&out)).unwrap();
        h.check(|| format!("String({})", f[1..4].join(" ")), &got, f[4]);
    }
    for f in lines(MONO, "ADD") {
        let t = A::T(time(f[1], f[2], Some(f[3])));
        let out = h.ok("time.Time.Add", &[t, int(i(f[4]))]);
        let s = h.ok("time.Time.String", &[A::T([out[0], out[1], out[2]])]);
        let got = format!(
            "{}\t{}",
            show(&out, true),
            String::from_utf8(h.str(&s)).unwrap()
        );
        h.check(
            || format!("Add({}, {})", f[1..4].join(" "), f[4]),
            &got,
            &f[5..].join("\t"),
        );
    }
    for f in lines(MONO, "SUB") {
        let t = A::T(time(f[1], f[2], Some(f[3])));
        let u = A::T(time(f[4], f[5], Some(f[6])));
        let mut got = vec![(h.ok("time.Time.Sub", &[t, u])[0] as i64).to_string()];
        for name in ["time.Time.Before", "time.Time.After", "time.Time.Equal"] {
            got.push((h.ok(name, &[t, u])[0] != 0).to_string());
        }
        h.check(
            || format!("Sub({}, {})", f[1..4].join(" "), f[4..7].join(" ")),
            &got.join("\t"),
            &f[7..].join("\t"),
        );
    }
    // When both times have a monotonic reading, Go compares and subtracts
    // the readings only (here they disagree with the wall times on
    // purpose); when one lacks it, the wall times.
    let wall = |s: i64| [(s + UNIX_TO_INTERNAL) as u64, 0u64];
    let t = A::T([wall(100)[0], 0, 5_000]);
    let u = A::T([wall(200)[0], 0, 2_000]);
    let u_wall = A::T([wall(200)[0], 0, 0]);
    let sub = |h: &mut Harness, a, b| h.ok("time.Time.Sub", &[a, b])[0] as i64;
    let got = format!(
        "{} {} {} {}",
        sub(&mut h, t, u),
        h.ok("time.Time.After", &[t, u])[0],
        sub(&mut h, t, u_wall),
        h.ok("time.Time.After", &[t, u_wall])[0]
    );
    h.check(
        || "mono vs wall".to_string(),
        &got,
        "3000 1 -100000000000 0",
    );
    h.finish("monotonic");
}

#[test]
fn now_since_until() {
    let mut h = Harness::new();
    let t = h.ok("time.Now", &[]);
    assert_eq!(t.len(), 3);
    assert_ne!(t[2], 0, "Now has a monotonic reading");
    assert!((t[1] as i64) < 1_000_000_000);
    let year = h.ok("time.Time.Year", &[A::T([t[0], t[1], t[2]])])[0] as i64;
    assert!((2020..2200).contains(&year), "year {year}");
    let since = h.ok("time.Since", &[A::T([t[0], t[1], t[2]])])[0] as i64;
    assert!((0..10_000_000_000).contains(&since), "Since {since}");
    let until = h.ok("time.Until", &[A::T([t[0], t[1], t[2]])])[0] as i64;
    assert!((-10_000_000_000..=0).contains(&until), "Until {until}");
    // Without a monotonic reading, the wall clock.
    let since = h.ok("time.Since", &[A::T([t[0], t[1], 0])])[0] as i64;
    assert!(
        (-1_000_000_000..60_000_000_000).contains(&since),
        "Since {since}"
    );
    let t2 = natives::time::now();
    assert!(t2[2] as i64 >= t[2] as i64);
    assert!(natives::time::monotonic_nanos() + 1 >= t2[2] as i64);
}

/// Every native is declared in minigo's package time (compiler/stdlib).
#[test]
fn natives_are_declared() {
    let decl = include_str!("../../compiler/stdlib/time.go");
    let mut declared = vec![];
    for line in decl.lines() {
        let Some(rest) = line.strip_prefix("func ") else {
            continue;
        };
        let name = if let Some(r) = rest.strip_prefix('(') {
            // A method: "(t Time) Add(" or "(t *Timer) Stop(".
            let (recv, after) = r.split_once(") ").unwrap();
            let ty = recv.split_whitespace().last().unwrap();
            let method = after.split('(').next().unwrap();
            match ty.strip_prefix('*') {
                Some(t) => format!("time.(*{t}).{method}"),
                None => format!("time.{ty}.{method}"),
            }
        } else {
            format!("time.{}", rest.split('(').next().unwrap())
        };
        declared.push(name);
    }
    for (name, _) in natives::time::NATIVES {
        assert!(declared.contains(&name.to_string()), "{name} not declared");
        assert!(natives::lookup(name).is_some(), "{name} not found");
    }
}
