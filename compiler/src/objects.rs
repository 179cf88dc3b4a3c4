//! Named language entities (variables, constants, types, functions,
//! packages, builtins, labels) and the scopes that hold them.

use crate::constant::Value;
use crate::types::TypeId;
use grammar::ast::Name;
use grammar::Span;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// Which source file a span belongs to (the program, or a stdlib file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FileId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
    /// complex, real and imag: declared so that their use gets a clear
    /// "not supported" diagnostic rather than "undefined".
    Complex,
    Real,
    Imag,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Copy => "copy",
            Delete => "delete",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Recover => "recover",
            Complex => "complex",
            Real => "real",
            Imag => "imag",
        }
    }
}

#[derive(Debug, Clone)]
pub enum ObjKind {
    /// A variable; `local` for function-scope variables (unused ones are errors).
    Var {
        local: bool,
        param: bool,
    },
    Const(Value),
    TypeName,
    Func,
    /// An imported package: index into `Program::packages`.
    PkgName(usize),
    Builtin(Builtin),
    Nil,
    /// `iota` inside a constant declaration.
    Iota,
}

#[derive(Debug, Clone)]
pub struct Object {
    pub name: Name,
    pub kind: ObjKind,
    /// The object's type (for a TypeName: the type it denotes). Set when the
    /// declaration is resolved.
    pub ty: Option<TypeId>,
    pub span: Span,
    pub file: FileId,
    /// The package that declares it ("" for the universe).
    pub pkg: Name,
    pub used: bool,
}

#[derive(Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<Name, ObjId>,
    /// A function's outermost scope: lookups past it leave the function.
    pub is_func: bool,
}
