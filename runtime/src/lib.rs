//! minigo's runtime: the instruction set, the value model, the interpreter,
//! goroutines and the GC; knows nothing of syntax.

pub mod bytecode;
pub mod format;
pub mod growslice;
pub mod heap;
pub mod interp;
pub mod sizeclass;
