//! Package log's standard logger: `log.Print*`, `Fatal*`, `Panic*` format
//! their message with fmt (in the VM) and hand it to `output` here, which
//! adds the prefix and the date and time as Go's flags ask, and writes one
//! line to stderr.

use super::{Ctx, Fail, NativeFn};
use std::io::Write;
use std::sync::Mutex;

const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICROSECONDS: i64 = 4;
const LUTC: i64 = 32;
const LMSGPREFIX: i64 = 64;
/// Go's LstdFlags.
const STD_FLAGS: i64 = LDATE | LTIME;

struct Std {
    flags: i64,
    prefix: Vec<u8>,
}

static STD: Mutex<Std> = Mutex::new(Std {
    flags: STD_FLAGS,
    prefix: Vec::new(),
});

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("log.print", print),
    ("log.fatal", fatal),
    ("log.panic", panic),
    ("log.SetFlags", set_flags),
    ("log.Flags", flags),
    ("log.SetPrefix", set_prefix),
    ("log.Prefix", prefix),
];

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
fn line(msg: &[u8]) -> Vec<u8> {
    let std = STD.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::new();
    if std.flags & LMSGPREFIX == 0 {
        out.extend_from_slice(&std.prefix);
    }
    if std.flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let secs = now.as_secs() as i64;
        let _ = LUTC;
        if std.flags & LDATE != 0 {
            let (y, m, d) = civil(secs.div_euclid(86_400));
            out.extend_from_slice(format!("{y:04}/{m:02}/{d:02} ").as_bytes());
        }
        if std.flags & (LTIME | LMICROSECONDS) != 0 {
            let t = secs.rem_euclid(86_400);
            out.extend_from_slice(
                format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60).as_bytes(),
            );
            if std.flags & LMICROSECONDS != 0 {
                out.extend_from_slice(format!(".{:06}", now.subsec_micros()).as_bytes());
            }
            out.push(b' ');
        }
    }
    if std.flags & LMSGPREFIX != 0 {
        out.extend_from_slice(&std.prefix);
    }
    out.extend_from_slice(msg);
    if !msg.ends_with(b"\n") {
        out.push(b'\n');
    }
    out
}

fn write(msg: &[u8]) {
    let _ = std::io::stderr().write_all(&line(msg));
}

fn print(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(&ctx.str(a[0], a[1]));
    Ok(())
}

fn fatal(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    write(&ctx.str(a[0], a[1]));
    Err(Fail::Exit(1))
}

fn panic(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let msg = ctx.str(a[0], a[1]);
    write(&msg);
    Err(Fail::Panic(String::from_utf8_lossy(&msg).into_owned()))
}

fn set_flags(_: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    STD.lock().unwrap_or_else(|e| e.into_inner()).flags = a[0] as i64;
    Ok(())
}

fn flags(_: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(STD.lock().unwrap_or_else(|e| e.into_inner()).flags as u64);
    Ok(())
}

fn set_prefix(ctx: &mut Ctx, a: &[u64], _: &mut Vec<u64>) -> Result<(), Fail> {
    let p = ctx.str(a[0], a[1]);
    STD.lock().unwrap_or_else(|e| e.into_inner()).prefix = p;
    Ok(())
}

fn prefix(ctx: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let p = STD.lock().unwrap_or_else(|e| e.into_inner()).prefix.clone();
    ctx.push_str(out, p);
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
