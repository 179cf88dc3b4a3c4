//! Natives of package math.

use super::{Ctx, Fail, NativeFn};

pub static NATIVES: &[(&str, NativeFn)] = &[];
