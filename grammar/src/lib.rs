//! minigo's front end: source bytes to a syntax tree, or diagnostics.
//!
//! `lexer` (logos, plus Go's semicolon insertion) feeds the lalrpop grammar
//! in `go.lalrpop`, whose actions live in `build`; `parser` runs them and
//! words errors as Go does; `render` prints diagnostics. Nothing here knows
//! about types or the runtime.

pub mod ast;
pub mod build;
pub mod diagnostic;
pub mod dump;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod render;
pub mod span;
pub mod token;

pub use diagnostic::Diagnostic;
pub use parser::{parse_file, Parsed};
pub use span::{LineIndex, Span};
