//! minigo's middle floor: it reads the syntax tree from `grammar`, checks it
//! with Go's static semantics, and (next) lowers it to the runtime's bytecode.

pub mod basic;
pub mod check;
pub mod constant;
pub mod lower;
pub mod objects;
pub mod types;
