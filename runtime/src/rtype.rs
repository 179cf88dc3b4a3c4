//! Runtime type descriptors: what `%T`, `%v`, interfaces, type switches,
//! type assertions, map keys and panics need to know about a type at run
//! time. The compiler builds one per type a program uses at run time, in
//! `Program::types`; an interface value's first slot is `index + 1`.
//!
//! The value model (docs/architecture.md §Values): every value is a run of
//! 8-byte slots. Integers, floats (f64 bits; float32 rounded), bools: one
//! slot. string: (address, length). slice: (address of element 0, length,
//! capacity); element `i` is at `address + i * 8 * width(elem)`. Arrays and
//! structs: their elements' or fields' slots inline. Pointers, maps,
//! channels, funcs: one slot holding an address, 0 for nil. Interfaces:
//! (type index + 1 or 0 for nil, payload), where the payload is the value
//! itself when it is one slot wide, else the address of a heap copy.

use crate::bytecode::FuncId;
use crate::heap::LayoutId;

pub type TypeIdx = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    Slice,
    Array,
    Struct,
    Pointer,
    Map,
    Chan,
    Func,
    Interface,
    UnsafePointer,
}

impl Kind {
    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Kind::Float32 | Kind::Float64)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: TypeIdx,
    /// The field's first slot within the struct.
    pub offset: u32,
    pub embedded: bool,
}

/// A method in a type's method set, as an interface call finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    pub name: String,
    pub func: FuncId,
    /// How the receiver is passed from an interface payload: `None` passes
    /// the payload slot itself (pointer receivers, one-slot values);
    /// `Some(n)` loads `n` slots from the address in the payload (a value
    /// receiver of a boxed value, or of a pointer's target).
    pub load: Option<u32>,
    /// The method's signature, as an id the compiler gives every
    /// identical signature: a type has an interface's method only when
    /// name and signature match.
    pub sig: u32,
    /// The signature is `func() string`: what fmt calls as `Error` or
    /// `String`.
    pub string_result: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RType {
    /// As `%T` prints it: `int`, `main.T`, `[]string`, `map[string]int`.
    pub name: String,
    pub kind: Kind,
    /// A defined (named) type: panics print `main.MyInt(3)` for these.
    pub named: bool,
    /// Slots a value takes.
    pub width: u32,
    /// Which of the slots may hold references.
    pub layout: LayoutId,
    /// Element type (slices, arrays, pointers, maps' values, channels).
    pub elem: Option<TypeIdx>,
    /// Key type of a map.
    pub key: Option<TypeIdx>,
    /// Length of an array.
    pub len: u64,
    pub fields: Vec<Field>,
    /// The method set, sorted by name.
    pub methods: Vec<Method>,
    /// Whether `==` is defined (interface comparison panics otherwise).
    pub comparable: bool,
}

impl RType {
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.methods
            .binary_search_by(|m| m.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.methods[i])
    }

    /// Method `name` if it is `func() string` (fmt's Error and String).
    pub fn string_method(&self, name: &str) -> Option<&Method> {
        self.method(name).filter(|m| m.string_result)
    }
}

/// Whether type `ty` has every method of interface type `iface`.
pub fn implements(types: &[RType], ty: TypeIdx, iface: TypeIdx) -> bool {
    let t = &types[ty as usize];
    types[iface as usize]
        .methods
        .iter()
        .all(|m| t.method(&m.name).is_some_and(|tm| tm.sig == m.sig))
}
