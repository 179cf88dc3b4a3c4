//! A readable dump of the syntax tree for `minigo parse` and snapshot tests.

use crate::ast::File;

/// The tree in Rust's pretty `Debug` form, without the `depth` bookkeeping.
pub fn dump(file: &File) -> String {
    let text = format!("{file:#?}");
    text.lines()
        .filter(|l| !l.trim_start().starts_with("depth:"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
