//! Natives of package strings.

use super::{Ctx, Fail, NativeFn};

pub static NATIVES: &[(&str, NativeFn)] = &[];
