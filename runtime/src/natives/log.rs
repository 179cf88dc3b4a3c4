//! Package log: the standard logger and `*log.Logger`s. `log.Print*`,
//! `Fatal*`, `Panic*` format their message with fmt (in the VM) and hand it
//! to `log.print`/`log.fatal`/`log.panic` here; a Logger's methods do the
//! same through `log.(*Logger).print`/`fatal`/`panic` (the logger's handle,
//! then the message). The line gets the prefix and the date and time as
//! Go's flags ask and goes to the logger's writer in one write.
//!
//! A `*log.Logger` is a handle (index + 1 into `LOGGERS`; the type is
//! opaque). Writers are os.Stdout, os.Stderr or a `*bufio.Writer`
//! (`bufio::write_to`); others are refused with a panic that says so.

use super::bufio::{self, STDERR};
use super::{Ctx, Fail, NativeFn};
use std::sync::Mutex;

const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICROSECONDS: i64 = 4;
const LLONGFILE: i64 = 8;
const LSHORTFILE: i64 = 16;
const LUTC: i64 = 32;
const LMSGPREFIX: i64 = 64;
/// Go's LstdFlags.
const STD_FLAGS: i64 = LDATE | LTIME;

struct Logger {
    flags: i64,
    prefix: Vec<u8>,
    /// The `io.Writer` interface value's slots, as given (`Writer` returns
    /// them). Never a heap reference: writers are handles.
    out: [u64; 2],
}

/// The standard logger; its writer's type slot is only ever tested for nil.
static STD: Mutex<Logger> = Mutex::new(Logger {
    flags: STD_FLAGS,
    prefix: Vec::new(),
    out: [1, STDERR],
});

static LOGGERS: Mutex<Vec<Logger>> = Mutex::new(Vec::new());

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("log.print", print),
    ("log.fatal", fatal),
    ("log.panic", panic),
    ("log.SetFlags", set_flags),
    ("log.Flags", flags),
    ("log.SetPrefix", set_prefix),
    ("log.Prefix", prefix),
    ("log.SetOutput", set_output),
    ("log.New", new),
    ("log.(*Logger).print", l_print),
    ("log.(*Logger).fatal", l_fatal),
    ("log.(*Logger).panic", l_panic),
    ("log.(*Logger).Output", l_output),
    ("log.(*Logger).SetFlags", l_set_flags),
    ("log.(*Logger).Flags", l_flags),
    ("log.(*Logger).SetPrefix", l_set_prefix),
    ("log.(*Logger).Prefix", l_prefix),
    ("log.(*Logger).SetOutput", l_set_output),
    ("log.(*Logger).Writer", l_writer),
];

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Days since 1970-01-01 as (year, month, day), proleptic Gregorian.
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// The line Go's logger writes for `msg` (UTC: minigo has no time zones).
fn line(l: &Logger, msg: &[u8]) -> Result<Vec<u8>, Fail> {
    if l.flags & (LSHORTFILE | LLONGFILE) != 0 {
        return Err(Fail::Panic(
            "minigo: log's Lshortfile and Llongfile flags are not supported yet".into(),
        ));
    }
    let mut out = Vec::new();
    if l.flags & LMSGPREFIX == 0 {
        out.extend_from_slice(&l.prefix);
    }
    if l.flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let secs = now.as_secs() as i64;
        let _ = LUTC;
        if l.flags & LDATE != 0 {
            let (y, m, d) = civil(secs.div_euclid(86_400));
            out.extend_from_slice(format!("{y:04}/{m:02}/{d:02} ").as_bytes());
        }
        if l.flags & (LTIME | LMICROSECONDS) != 0 {
            let t = secs.rem_euclid(86_400);
            out.extend_from_slice(
                format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60).as_bytes(),
            );
            if l.flags & LMICROSECONDS != 0 {
                out.extend_from_slice(format!(".{:06}", now.subsec_micros()).as_bytes());
            }
            out.push(b' ');
        }
    }
    if l.flags & LMSGPREFIX != 0 {
        out.extend_from_slice(&l.prefix);
    }
    out.extend_from_slice(msg);
    if !msg.ends_with(b"\n") {
        out.push(b'\n');
    }
    Ok(out)
}

/// Writes `msg`'s line to the logger (the standard one for `h` = `None`).
fn write(h: Option<u64>, msg: &[u8]) -> Result<(), Fail> {
    let (text, out) = match h {
        None => {
            let l = lock(&STD);
            (line(&l, msg)?, l.out)
        }
        Some(h) => with_logger(h, |l| Ok((line(l, msg)?, l.out)))??,
    };
    bufio::write_to(out, &text, "log.Logger")
}

fn print(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(None, &ctx.str(a[0], a[1]))
}

fn fatal(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(None, &ctx.str(a[0], a[1]))?;
    Err(Fail::Exit(1))
}

fn panic(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let msg = ctx.str(a[0], a[1]);
    write(None, &msg)?;
    Err(Fail::Panic(String::from_utf8_lossy(&msg).into_owned()))
}

fn set_flags(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    lock(&STD).flags = a[0] as i64;
    Ok(())
}

fn flags(_: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(lock(&STD).flags as u64);
    Ok(())
}

fn set_prefix(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let p = ctx.str(a[0], a[1]);
    lock(&STD).prefix = p;
    Ok(())
}

fn prefix(ctx: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let p = lock(&STD).prefix.clone();
    ctx.push_str(out, p);
    Ok(())
}

fn set_output(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let w = [a[0], a[1]];
    // A nil writer fails at the first write, as in Go.
    if w[0] != 0 {
        bufio::check_writer(w, "log.SetOutput")?;
    }
    lock(&STD).out = w;
    Ok(())
}

// ------------------------------------------------------------------ Loggers

fn with_logger<R>(h: u64, f: impl FnOnce(&mut Logger) -> R) -> Result<R, Fail> {
    let mut ls = lock(&LOGGERS);
    match ls.get_mut((h as usize).wrapping_sub(1)) {
        Some(l) => Ok(f(l)),
        None => Err(Fail::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

/// `log.New(out, prefix, flag)`.
fn new(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let w = [a[0], a[1]];
    // Go accepts a nil writer (and fails at the first write).
    if w[0] != 0 {
        bufio::check_writer(w, "log.New")?;
    }
    let mut ls = lock(&LOGGERS);
    ls.push(Logger {
        flags: a[4] as i64,
        prefix: ctx.str(a[2], a[3]),
        out: w,
    });
    out.push(ls.len() as u64);
    Ok(())
}

/// `l.Print*(v...)` after the lowering formatted the message: handle, message.
fn l_print(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(Some(a[0]), &ctx.str(a[1], a[2]))
}

fn l_fatal(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(Some(a[0]), &ctx.str(a[1], a[2]))?;
    Err(Fail::Exit(1))
}

fn l_panic(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let msg = ctx.str(a[1], a[2]);
    write(Some(a[0]), &msg)?;
    Err(Fail::Panic(String::from_utf8_lossy(&msg).into_owned()))
}

/// `l.Output(calldepth, s) error`: calldepth only matters for the file and
/// line flags, which minigo refuses.
fn l_output(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    write(Some(a[0]), &ctx.str(a[2], a[3]))?;
    out.extend([0, 0]);
    Ok(())
}

fn l_set_flags(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    with_logger(a[0], |l| l.flags = a[1] as i64)
}

fn l_flags(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(with_logger(a[0], |l| l.flags as u64)?);
    Ok(())
}

fn l_set_prefix(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let p = ctx.str(a[1], a[2]);
    with_logger(a[0], |l| l.prefix = p)
}

fn l_prefix(ctx: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let p = with_logger(a[0], |l| l.prefix.clone())?;
    ctx.push_str(out, p);
    Ok(())
}

fn l_set_output(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let w = [a[1], a[2]];
    if w[0] != 0 {
        bufio::check_writer(w, "Logger.SetOutput")?;
    }
    with_logger(a[0], |l| l.out = w)
}

fn l_writer(_: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.extend(with_logger(a[0], |l| l.out)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::civil;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(20_420), (2025, 11, 28));
        assert_eq!(civil(-1), (1969, 12, 31));
        assert_eq!(civil(11_016), (2000, 2, 29));
    }
}
