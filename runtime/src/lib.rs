//! minigo's runtime: the instruction set, the value model, the interpreter,
//! goroutines and the GC; knows nothing of syntax.

pub mod bytecode;
pub mod chan;
pub mod fmtvalue;
pub mod format;
pub mod gomap;
pub mod growslice;
pub mod heap;
pub mod interp;
pub mod mapkey;
pub mod natives;
pub mod output;
pub mod program;
pub mod rtype;
pub mod sched;
pub mod sizeclass;
