//! What Go's internal/reflectlite gives package sort: the length of a
//! slice held in an `any`, and swapping two of its elements. They need
//! the runtime type descriptors, so they are called like the scheduler's
//! natives (`Op::CallRuntime`).

use crate::sched::natives::RtFn;

pub static NATIVES: &[(&str, RtFn)] = &[];
