//! Package os's file functions (ReadFile, WriteFile) and process queries.
//! Their errors are Go's `*fs.PathError` ("open x: no such file or
//! directory") wrapping the reason, which is `os.ErrNotExist` for a
//! missing file, so `errors.Is(err, os.ErrNotExist)` holds as in Go. They
//! build those values from the program's well-known types (`Ctx`). Plain
//! natives, not the scheduler's: a slow read (a FIFO, a network file
//! system) must not hold the scheduler's lock, which every M needs.

use super::{Ctx, NativeFn};
use crate::heap::Heap;
use crate::interp::{new_error_value, wrap_error_value};
use crate::natives::Fail;
use crate::program::WellKnown;
use std::io::ErrorKind;

/// A Go string as a path: any bytes (Unix paths need not be UTF-8).
fn os_path(name: &[u8]) -> &std::path::Path {
    use std::os::unix::ffi::OsStrExt;
    std::path::Path::new(std::ffi::OsStr::from_bytes(name))
}

/// Go's `*fs.PathError` for `op` on `path` failing with `e`.
fn path_error(wk: &WellKnown, heap: &Heap, op: &str, path: &[u8], e: &std::io::Error) -> [u64; 2] {
    let (reason, inner) = match e.kind() {
        ErrorKind::NotFound => ("no such file or directory".to_string(), Some(wk.enoent)),
        ErrorKind::PermissionDenied => ("permission denied".to_string(), None),
        ErrorKind::IsADirectory => ("is a directory".to_string(), None),
        _ => {
            // std's text carries " (os error N)"; Go's is the errno's alone.
            let text = e.to_string();
            let text = text
                .split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase();
            (text, None)
        }
    };
    let inner = inner.unwrap_or_else(|| new_error_value(wk, heap, reason.as_bytes()));
    let mut msg = format!("{op} ").into_bytes();
    msg.extend_from_slice(path);
    msg.extend_from_slice(format!(": {reason}").as_bytes());
    let mut e = wrap_error_value(wk, heap, &msg, inner);
    e[0] = wk.path_error as u64 + 1;
    e
}

/// `os.ReadFile(name) ([]byte, error)`.
fn read_file(c: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let name = c.str(a[0], a[1]);
    use std::io::Read;
    // Opening and reading fail with Go's op names ("read /: is a directory").
    let read = std::fs::File::open(os_path(&name))
        .map_err(|e| ("open", e))
        .and_then(|mut f| {
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes)
                .map(|_| bytes)
                .map_err(|e| ("read", e))
        });
    match read {
        Ok(bytes) => {
            let arr = c.heap.alloc_words(crate::heap::SCALAR, bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                c.heap.store(arr + 8 * i as u64, 8, b as u64);
            }
            let n = bytes.len() as u64;
            out.extend([arr, n, n, 0, 0]);
        }
        Err((op, e)) => {
            let err = path_error(&c.well_known, c.heap, op, &name, &e);
            out.extend([0, 0, 0, err[0], err[1]]);
        }
    }
    Ok(())
}

/// `os.WriteFile(name, data, perm) error`: created with `perm` (before
/// the umask), truncated otherwise.
fn write_file(c: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let name = c.str(a[0], a[1]);
    let data: Vec<u8> = c
        .heap
        .read_elems(a[2], 8, a[3] as usize)
        .into_iter()
        .map(|w| w as u8)
        .collect();
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(a[5] as u32)
        .open(os_path(&name))
        .map_err(|e| ("open", e))
        .and_then(|mut f| f.write_all(&data).map_err(|e| ("write", e)));
    match written {
        Ok(()) => out.extend([0, 0]),
        Err((op, e)) => out.extend(path_error(&c.well_known, c.heap, op, &name, &e)),
    }
    Ok(())
}

fn getpid(_: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    out.push(std::process::id() as u64);
    Ok(())
}

fn hostname(c: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    let name = std::fs::read("/proc/sys/kernel/hostname").unwrap_or_default();
    let name = name.strip_suffix(b"\n").map(|n| n.to_vec()).unwrap_or(name);
    c.push_str(out, name);
    out.extend([0, 0]);
    Ok(())
}

fn lookup_env(c: &mut Ctx, a: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let key = c.str(a[0], a[1]);
    let val = std::env::var_os(std::ffi::OsStr::from_bytes(&key));
    let found = val.is_some();
    c.push_str(out, val.map(|v| v.into_vec()).unwrap_or_default());
    out.push(found as u64);
    Ok(())
}

fn environ(c: &mut Ctx, _: &[u64], out: &mut Vec<u64>) -> Result<(), Fail> {
    use std::os::unix::ffi::OsStrExt;
    let vars: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut kv = k.as_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            kv
        })
        .collect();
    c.push_str_slice(out, vars);
    Ok(())
}

pub static NATIVES: &[(&str, NativeFn)] = &[
    ("os.ReadFile", read_file),
    ("os.WriteFile", write_file),
    ("os.Getpid", getpid),
    ("os.Hostname", hostname),
    ("os.LookupEnv", lookup_env),
    ("os.Environ", environ),
];
