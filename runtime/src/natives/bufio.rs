//! Package bufio over the standard streams, and os.File's writes.
//!
//! Scanners also read a `strings.Reader` (a handle from
//! `strings.NewReader`, `natives/strings.rs`). `*os.File` values for
//! os.Stdin, os.Stdout and os.Stderr are the small numbers 1, 2 and 3
//! (never heap addresses; the type is opaque). A `*bufio.Scanner` or
//! `*Reader` is likewise a handle: an index + 1 into this module's tables;
//! a `*Writer` is `WRITER_BASE` + index, so that an `io.Writer` holding one
//! is told apart from an `*os.File` (`write_to`). Readers read the process's stdin;
//! writers buffer 4096 bytes as Go's do, so output not flushed is lost as
//! in Go.

use super::{Ctx, Fail, NativeFn};
use crate::sched::iopoll;
use std::sync::Mutex;

pub const STDIN: u64 = 1;
pub const STDOUT: u64 = 2;
pub const STDERR: u64 = 3;

/// The split functions, as the values `bufio.ScanLines` etc. lower to.
pub const SCAN_LINES: u64 = 1;
pub const SCAN_WORDS: u64 = 2;
pub const SCAN_RUNES: u64 = 3;
pub const SCAN_BYTES: u64 = 4;

const WRITER_SIZE: usize = 4096;

struct Scanner {
    /// A `strings.Reader`'s bytes not yet read; `None` reads stdin.
    source: Option<Vec<u8>>,
    split: u64,
    token: Vec<u8>,
    /// Bytes read from stdin and not consumed yet (for words and runes).
    pending: Vec<u8>,
    done: bool,
}

struct Writer {
    fd: u64,
    buf: Vec<u8>,
}

static SCANNERS: Mutex<Vec<Scanner>> = Mutex::new(Vec::new());
/// The first `*bufio.Writer` handle.
const WRITER_BASE: u64 = 2 << 20;
static WRITERS: Mutex<Vec<Writer>> = Mutex::new(Vec::new());
/// Readers: a `strings.Reader`'s unread bytes, or `None` for stdin (which
/// Rust buffers).
static READERS: Mutex<Vec<Option<Vec<u8>>>> = Mutex::new(Vec::new());

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("bufio.NewScanner", new_scanner),
    ("bufio.(*Scanner).Scan", scan),
    ("bufio.(*Scanner).Text", text),
    ("bufio.(*Scanner).Bytes", bytes),
    ("bufio.(*Scanner).Err", err),
    ("bufio.(*Scanner).Split", split),
    ("bufio.(*Scanner).Buffer", buffer),
    ("bufio.NewReader", new_reader),
    ("bufio.(*Reader).ReadString", read_string),
    ("bufio.(*Reader).ReadByte", read_byte),
    ("bufio.NewWriter", new_writer),
    ("bufio.(*Writer).WriteString", write_string),
    ("bufio.(*Writer).WriteByte", write_byte),
    ("bufio.(*Writer).WriteRune", write_rune),
    ("bufio.(*Writer).Flush", flush),
    ("bufio.(*Writer).Buffered", buffered),
    ("os.(*File).WriteString", file_write_string),
    ("os.(*File).Write", file_write),
];

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The stream an `io.Reader`/`io.Writer` interface value holds.
fn stream(a: &[u64]) -> Result<u64, Fail> {
    match a[1] {
        STDIN | STDOUT | STDERR if a[0] != 0 => Ok(a[1]),
        _ => Err(Fail::Panic(
            "minigo: bufio works over os.Stdin, os.Stdout and os.Stderr only".into(),
        )),
    }
}

fn new_scanner(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let source = source(a)?;
    let mut s = lock(&SCANNERS);
    s.push(Scanner {
        source,
        split: SCAN_LINES,
        token: Vec::new(),
        pending: Vec::new(),
        done: false,
    });
    out.push(s.len() as u64);
    Ok(())
}

fn with_scanner<R>(h: u64, f: impl FnOnce(&mut Scanner) -> R) -> Result<R, Fail> {
    let mut s = lock(&SCANNERS);
    match s.get_mut((h as usize).wrapping_sub(1)) {
        Some(sc) => Ok(f(sc)),
        None => Err(Fail::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

/// Reads more of stdin into `pending`; false at end of input;
/// `WouldBlock` until the I/O poller has read more (the native then runs
/// again, with `pending` kept).
fn fill(sc: &mut Scanner) -> Result<bool, Fail> {
    if let Some(src) = &mut sc.source {
        let n = src.len();
        sc.pending.append(src);
        return Ok(n > 0);
    }
    let chunk = iopoll::take_until(Some(b'\n')).ok_or(Fail::WouldBlock)?;
    sc.pending.extend_from_slice(&chunk);
    Ok(!chunk.is_empty())
}

fn next_token(sc: &mut Scanner) -> Result<bool, Fail> {
    if sc.done {
        return Ok(false);
    }
    loop {
        let p = &sc.pending;
        let found = match sc.split {
            SCAN_WORDS => {
                let start = p.iter().position(|b| !b.is_ascii_whitespace());
                start.and_then(|s| {
                    p[s..]
                        .iter()
                        .position(|b| b.is_ascii_whitespace())
                        .map(|e| (s, s + e, s + e + 1))
                })
            }
            SCAN_BYTES => (!p.is_empty()).then_some((0, 1, 1)),
            SCAN_RUNES => (!p.is_empty()).then(|| {
                let (_, w) = crate::interp::decode_rune(p);
                (0, w.max(1), w.max(1))
            }),
            _ => p.iter().position(|&b| b == b'\n').map(|e| {
                let end = if e > 0 && p[e - 1] == b'\r' { e - 1 } else { e };
                (0, end, e + 1)
            }),
        };
        if let Some((s, e, consumed)) = found {
            sc.token = sc.pending[s..e].to_vec();
            sc.pending.drain(..consumed.min(sc.pending.len()));
            return Ok(true);
        }
        if !fill(sc)? {
            // End of input: what is left is the last token.
            sc.done = true;
            let rest = std::mem::take(&mut sc.pending);
            let tok: Vec<u8> = match sc.split {
                SCAN_WORDS => {
                    let t: Vec<u8> = rest
                        .split(|b| b.is_ascii_whitespace())
                        .find(|w| !w.is_empty())
                        .map(|w| w.to_vec())
                        .unwrap_or_default();
                    t
                }
                SCAN_LINES => rest.strip_suffix(b"\r").map(|r| r.to_vec()).unwrap_or(rest),
                _ => rest,
            };
            if tok.is_empty() {
                return Ok(false);
            }
            sc.token = tok;
            return Ok(true);
        }
    }
}

fn scan(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(with_scanner(a[0], next_token)?? as u64);
    Ok(())
}

fn text(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let t = with_scanner(a[0], |s| s.token.clone())?;
    ctx.push_str(out, t);
    Ok(())
}

fn bytes(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let t = with_scanner(a[0], |s| s.token.clone())?;
    let words: Vec<u64> = t.into_iter().map(u64::from).collect();
    ctx.push_words(out, &words);
    Ok(())
}

fn err(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    with_scanner(a[0], |_| ())?;
    out.extend([0, 0]);
    Ok(())
}

fn split(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let f = a[1];
    if !(SCAN_LINES..=SCAN_BYTES).contains(&f) {
        return Err(Fail::Panic(
            "minigo: Scanner.Split takes bufio.ScanLines, ScanWords, ScanRunes or ScanBytes only"
                .into(),
        ));
    }
    with_scanner(a[0], |s| s.split = f)
}

fn buffer(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    with_scanner(a[0], |_| ())
}

/// The source an `io.Reader` interface value holds: a string reader's
/// bytes, or `None` for stdin.
fn source(a: &[u64]) -> Result<Option<Vec<u8>>, Fail> {
    if a[0] != 0 && super::strings::is_reader(a[1]) {
        return Ok(super::strings::reader_rest(a[1]));
    }
    stream(a)?;
    Ok(None)
}

fn new_reader(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let src = source(a)?;
    let mut r = lock(&READERS);
    r.push(src);
    out.push(r.len() as u64);
    Ok(())
}

/// Reads up to and including `delim` (or to the end; one byte without a
/// delimiter) from reader `h`.
fn read_until(h: u64, delim: Option<u8>) -> Result<Vec<u8>, Fail> {
    let mut r = lock(&READERS);
    match r.get_mut((h as usize).wrapping_sub(1)) {
        Some(Some(src)) => {
            let n = match delim {
                Some(d) => src
                    .iter()
                    .position(|&b| b == d)
                    .map_or(src.len(), |i| i + 1),
                None => src.len().min(1),
            };
            Ok(src.drain(..n).collect())
        }
        _ => iopoll::take_until(delim).ok_or(Fail::WouldBlock),
    }
}

fn read_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let delim = a[1] as u8;
    let line = read_until(a[0], Some(delim))?;
    let eof = !line.ends_with(&[delim]);
    ctx.push_str(out, line);
    if eof {
        out.extend(ctx.eof);
    } else {
        out.extend([0, 0]);
    }
    Ok(())
}

fn read_byte(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    match read_until(a[0], None)?.first() {
        Some(&b) => out.extend([b as u64, 0, 0]),
        None => {
            out.push(0);
            out.extend(ctx.eof);
        }
    }
    Ok(())
}

fn new_writer(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let fd = stream(a)?;
    let mut w = lock(&WRITERS);
    w.push(Writer {
        fd,
        buf: Vec::new(),
    });
    out.push(WRITER_BASE + w.len() as u64 - 1);
    Ok(())
}

fn write_fd(fd: u64, bytes: &[u8]) {
    crate::output::write(fd == STDERR, bytes);
}

fn buffered_write(h: u64, bytes: &[u8]) -> Result<(), Fail> {
    let mut ws = lock(&WRITERS);
    let Some(w) = ws.get_mut(h.wrapping_sub(WRITER_BASE) as usize) else {
        return Err(Fail::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    };
    w.buf.extend_from_slice(bytes);
    // A full buffer goes out, as Go's Writer does.
    while w.buf.len() >= WRITER_SIZE {
        let rest = w.buf.split_off(WRITER_SIZE);
        write_fd(w.fd, &w.buf);
        w.buf = rest;
    }
    Ok(())
}

fn write_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let s = ctx.str(a[1], a[2]);
    buffered_write(a[0], &s)?;
    out.extend([s.len() as u64, 0, 0]);
    Ok(())
}

fn write_byte(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    buffered_write(a[0], &[a[1] as u8])?;
    out.extend([0, 0]);
    Ok(())
}

fn write_rune(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut v = Vec::new();
    crate::interp::encode_rune(a[1] as i64, &mut v);
    buffered_write(a[0], &v)?;
    out.extend([v.len() as u64, 0, 0]);
    Ok(())
}

fn flush(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let mut ws = lock(&WRITERS);
    if let Some(w) = ws.get_mut(a[0].wrapping_sub(WRITER_BASE) as usize) {
        write_fd(w.fd, &w.buf);
        w.buf.clear();
    }
    out.extend([0, 0]);
    Ok(())
}

fn buffered(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let ws = lock(&WRITERS);
    out.push(
        ws.get(a[0].wrapping_sub(WRITER_BASE) as usize)
            .map_or(0, |w| w.buf.len()) as u64,
    );
    Ok(())
}

fn file_write_string(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let s = ctx.str(a[1], a[2]);
    write_fd(a[0], &s);
    out.extend([s.len() as u64, 0, 0]);
    Ok(())
}

fn file_write(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let b = super::utf8util::byte_slice(ctx, a[1], a[2]);
    write_fd(a[0], &b);
    out.extend([b.len() as u64, 0, 0]);
    Ok(())
}

/// Whether `io.Writer` value `w` is one `write_to` writes to: os.Stdout,
/// os.Stderr or a `*bufio.Writer`. Other writers (a `*strings.Builder`, a
/// program's own type) would need their Write method run, which natives
/// cannot do: those are refused with a panic that says so.
pub fn check_writer(w: [u64; 2], what: &str) -> Result<(), Fail> {
    match w {
        [0, _] => Err(Fail::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
        [_, STDOUT | STDERR] => Ok(()),
        [_, h] if h >= WRITER_BASE && ((h - WRITER_BASE) as usize) < lock(&WRITERS).len() => Ok(()),
        _ => Err(Fail::Panic(format!(
            "minigo: {what} can write to os.Stdout, os.Stderr or a *bufio.Writer only"
        ))),
    }
}

/// Writes `bytes` to `io.Writer` value `w` for `what` (see `check_writer`).
pub fn write_to(w: [u64; 2], bytes: &[u8], what: &str) -> Result<(), Fail> {
    check_writer(w, what)?;
    match w[1] {
        STDOUT | STDERR => {
            write_fd(w[1], bytes);
            Ok(())
        }
        h => buffered_write(h, bytes),
    }
}
