//! A readable dump of the syntax tree for `minigo parse` and snapshot tests:
//! Rust's pretty `Debug` form, with spans folded to `lo..hi` and the
//! `depth` bookkeeping left out.

use crate::ast::File;

pub fn dump(file: &File) -> String {
    let text = format!("{file:#?}");
    let mut out = String::with_capacity(text.len() / 2);
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("depth:") {
            continue;
        }
        // `span: Span {` / `lo: 1,` / `hi: 2,` / `},` becomes `span: 1..2,`
        if let Some(head) = line.strip_suffix("Span {") {
            let lo = lines
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches("lo: ")
                .trim_end_matches(',')
                .to_string();
            let hi = lines
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches("hi: ")
                .trim_end_matches(',')
                .to_string();
            let close = lines.next().unwrap_or("").trim().to_string();
            out.push_str(&format!(
                "{head}{lo}..{hi}{}\n",
                close.trim_start_matches('}')
            ));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
