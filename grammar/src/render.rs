//! Printing diagnostics: Go's `file:line:col: message` line first (editors
//! and tools parse that shape), then a codespan-reporting snippet of the
//! source. Errors are ordered and thinned out as the gc compiler does: one
//! syntax error per line, no repeated message on a line, at most 10 errors.

use crate::diagnostic::Diagnostic;
use crate::span::LineIndex;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::WriteColor};

/// The errors Go would print, in its order, with `too many errors` past 10.
pub fn go_order(mut errors: Vec<Diagnostic>, src: &[u8]) -> Vec<Diagnostic> {
    let lines = LineIndex::new(src);
    errors.sort_by_key(|d| d.span.lo);
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut last_syntax_line = 0;
    let mut last_other: Option<(u32, String)> = None;
    for d in errors {
        let line = lines.line_col(d.span.lo).0;
        if d.message.starts_with("syntax error") {
            if line == last_syntax_line {
                continue;
            }
            last_syntax_line = line;
        } else {
            if last_other
                .as_ref()
                .is_some_and(|(l, m)| *l == line && *m == d.message)
            {
                continue;
            }
            last_other = Some((line, d.message.clone()));
        }
        if out.len() == 10 {
            let mut too_many = Diagnostic::error(out[9].span, "too many errors");
            too_many.labels.clear();
            out.push(too_many);
            break;
        }
        out.push(d);
    }
    out
}

/// How Go names a file in messages: `./x.go` for a file in the current
/// directory, the path as given otherwise.
pub fn display_path(path: &str) -> String {
    if path.contains('/') || path == "<stdin>" {
        path.to_string()
    } else {
        format!("./{path}")
    }
}

/// Writes each diagnostic: the Go-shaped line, then (when `snippets`) the
/// labelled source excerpt.
pub fn emit(
    out: &mut dyn WriteColor,
    path: &str,
    src: &[u8],
    diagnostics: &[Diagnostic],
    snippets: bool,
) -> std::io::Result<()> {
    let lines = LineIndex::new(src);
    let text = String::from_utf8_lossy(src);
    let file = SimpleFile::new(display_path(path), text.as_ref());
    let config = term::Config::default();
    for d in diagnostics {
        let (line, col) = lines.line_col(d.span.lo);
        writeln!(
            out,
            "{}:{}:{}: {}",
            display_path(path),
            line,
            col,
            d.message
        )?;
        if !snippets || d.message == "too many errors" {
            continue;
        }
        let clamp = |r: std::ops::Range<usize>| {
            let lo = r.start.min(text.len());
            lo..r.end.clamp(lo, text.len())
        };
        let mut labels = vec![Label::primary((), clamp(d.span.range()))];
        labels.extend(
            d.labels
                .iter()
                .map(|(s, m)| Label::secondary((), clamp(s.range())).with_message(m)),
        );
        let cs = CsDiagnostic::error()
            .with_labels(labels)
            .with_notes(d.notes.clone());
        // codespan starts with its own `error` header: the Go line above
        // already says it, so the header line is dropped.
        let mut buf = term::termcolor::Buffer::no_color();
        if out.supports_color() {
            buf = term::termcolor::Buffer::ansi();
        }
        term::emit(&mut buf, &config, &file, &cs).map_err(std::io::Error::other)?;
        let rendered = String::from_utf8_lossy(buf.as_slice()).into_owned();
        for l in rendered.lines().skip(1) {
            writeln!(out, "{l}")?;
        }
    }
    Ok(())
}
