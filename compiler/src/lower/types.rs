//! What the lowering needs to know about a checked type: how many slots a
//! value takes, which of them are references (layouts), its runtime
//! descriptor (`RType`, with the method set interface calls dispatch on),
//! and the descriptions `make`, `append` and maps use.

use super::Unit;
use crate::basic::BasicKind;
use crate::types::{Type, TypeId};
use runtime::bytecode::{FuncId, Function, Op};
use runtime::heap::{Layout, LayoutId};
use runtime::program::{ElemInfo, KeyPart, MapInfo};
use runtime::rtype::{Field as RField, Kind, Method as RMethod, RType};

/// Arrays wider than this many slots are refused (they would be copied
/// through registers).
pub const MAX_VALUE_WIDTH: u32 = 1024;

impl Unit<'_> {
    pub fn under(&self, t: TypeId) -> &Type {
        self.types.under(t)
    }

    pub fn display(&self, t: TypeId) -> String {
        self.types.display(t, None)
    }

    /// Opaque standard-library types with a runtime representation of
    /// their own: their width and which slots are references. The runtime
    /// natives that implement them agree on these.
    pub fn special(&self, t: TypeId) -> Option<(u32, &'static [u32])> {
        let n = self.types.named_info(t)?;
        Some(match (n.pkg.as_ref(), n.name.as_ref()) {
            // strings.Builder is a []byte.
            ("strings", "Builder") => (3, &[0]),
            // Locked or not.
            ("sync", "Mutex") => (1, &[]),
            // Writer holds it, readers holding it, writers waiting.
            ("sync", "RWMutex") => (3, &[]),
            // The counter.
            ("sync", "WaitGroup") => (1, &[]),
            // C, the timer's id, an AfterFunc's function.
            ("time", "Timer") => (3, &[0, 2]),
            ("time", "Ticker") => (3, &[0, 2]),
            // Seconds since year 1, nanoseconds, monotonic reading + 1.
            ("time", "Time") => (3, &[]),
            // The value.
            ("atomic", "Int32" | "Int64" | "Uint32" | "Uint64" | "Uintptr" | "Bool") => (1, &[]),
            // An interface value.
            ("atomic", "Value") => (2, &[1]),
            // A *T.
            ("atomic", "Pointer") => (1, &[0]),
            _ => return None,
        })
    }

    pub fn special_width(&self, t: TypeId) -> Option<u32> {
        self.special(t).map(|(w, _)| w)
    }

    /// A type's name as reflect (and so `%T` and panics) spells it:
    /// `interface {}` for `any`, package-qualified names.
    pub fn runtime_name(&self, t: TypeId) -> String {
        let list = |u: &Self, ts: &[TypeId]| -> String {
            ts.iter()
                .map(|t| u.runtime_name(*t))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self.types.get(t) {
            Type::Named(_) => self.display(t),
            Type::Pointer(e) => format!("*{}", self.runtime_name(*e)),
            Type::Slice(e) => format!("[]{}", self.runtime_name(*e)),
            Type::Array(n, e) => format!("[{n}]{}", self.runtime_name(*e)),
            Type::Map(k, v) => format!("map[{}]{}", self.runtime_name(*k), self.runtime_name(*v)),
            Type::Chan(dir, e) => {
                let e = self.runtime_name(*e);
                match dir {
                    grammar::ast::ChanDir::Both => format!("chan {e}"),
                    grammar::ast::ChanDir::Send => format!("chan<- {e}"),
                    grammar::ast::ChanDir::Recv => format!("<-chan {e}"),
                }
            }
            Type::Struct(fields) if fields.is_empty() => "struct {}".into(),
            Type::Struct(fields) => {
                let fs: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        if f.embedded {
                            self.runtime_name(f.ty)
                        } else {
                            format!("{} {}", f.name, self.runtime_name(f.ty))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", fs.join("; "))
            }
            Type::Func(sig) => {
                let mut params: Vec<String> =
                    sig.params.iter().map(|p| self.runtime_name(*p)).collect();
                if sig.variadic {
                    if let Some(last) = params.last_mut() {
                        *last = format!("...{}", &last[2..]);
                    }
                }
                let res = match sig.results.len() {
                    0 => String::new(),
                    1 => format!(" {}", self.runtime_name(sig.results[0])),
                    _ => format!(" ({})", list(self, &sig.results)),
                };
                format!("func({}){res}", params.join(", "))
            }
            Type::Interface(i) if i.methods.is_empty() => "interface {}".into(),
            Type::Interface(i) => {
                let ms: Vec<String> = i
                    .methods
                    .iter()
                    .map(|m| {
                        let sig = self.runtime_name(m.sig);
                        format!("{}{}", m.name, &sig[4..])
                    })
                    .collect();
                format!("interface {{ {} }}", ms.join("; "))
            }
            _ => self.display(t),
        }
    }

    /// Slots a value of type `t` takes.
    pub fn width(&self, t: TypeId) -> u32 {
        if let Some(w) = self.special_width(t) {
            return w;
        }
        match self.under(t) {
            Type::Basic(BasicKind::String | BasicKind::UntypedString) => 2,
            Type::Basic(_) => 1,
            Type::Slice(_) => 3,
            Type::Interface(_) => 2,
            Type::Array(n, e) => (*n as u32).saturating_mul(self.width(*e)),
            Type::Struct(fields) => fields.iter().map(|f| self.width(f.ty)).sum(),
            Type::Tuple(ts) => ts.iter().map(|t| self.width(*t)).sum(),
            _ => 1,
        }
    }

    /// Which slots of a value of type `t` may hold references.
    pub fn ref_slots(&self, t: TypeId, base: u32, out: &mut Vec<u32>) {
        if let Some((_, refs)) = self.special(t) {
            out.extend(refs.iter().map(|r| base + r));
            return;
        }
        match self.under(t) {
            Type::Basic(BasicKind::String | BasicKind::UntypedString) => out.push(base),
            Type::Basic(_) => {}
            Type::Interface(_) => out.push(base + 1),
            Type::Array(n, e) => {
                let w = self.width(*e);
                for k in 0..*n as u32 {
                    self.ref_slots(*e, base + k * w, out);
                }
            }
            Type::Struct(fields) => {
                let mut off = base;
                for f in fields {
                    self.ref_slots(f.ty, off, out);
                    off += self.width(f.ty);
                }
            }
            _ => out.push(base),
        }
    }

    pub fn layout(&mut self, t: TypeId) -> LayoutId {
        let mut refs = Vec::new();
        self.ref_slots(t, 0, &mut refs);
        let words = self.width(t).max(1) as usize;
        self.heap.layout(Layout { words, refs })
    }

    /// A closure object's layout: the function, then `n` references.
    pub fn closure_layout(&mut self, n: u16) -> LayoutId {
        self.heap.layout(Layout {
            words: n as usize + 1,
            refs: (1..=n as u32).collect(),
        })
    }

    /// Go's `unsafe.Sizeof` (64-bit), for `append`'s growth arithmetic.
    pub fn go_size(&self, t: TypeId) -> u64 {
        self.go_size_align(t).0
    }

    fn go_size_align(&self, t: TypeId) -> (u64, u64) {
        if self.special_width(t).is_some() {
            return (32, 8);
        }
        match self.under(t) {
            Type::Basic(k) => {
                use BasicKind::*;
                let s = match k {
                    Bool | Int8 | Uint8 => 1,
                    Int16 | Uint16 => 2,
                    Int32 | Uint32 | Float32 | UntypedRune => 4,
                    String | UntypedString => 16,
                    _ => 8,
                };
                (s, s.min(8))
            }
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (16, 8),
            Type::Array(n, e) => {
                let (s, a) = self.go_size_align(*e);
                (s * n, a)
            }
            Type::Struct(fields) => {
                let (mut off, mut align) = (0u64, 1u64);
                for f in fields {
                    let (s, a) = self.go_size_align(f.ty);
                    off = off.div_ceil(a) * a + s;
                    align = align.max(a);
                }
                // A zero-size final field gets a byte of padding in Go.
                if fields.last().is_some_and(|f| self.go_size(f.ty) == 0) && off > 0 {
                    off += 1;
                }
                (off.div_ceil(align) * align, align)
            }
            _ => (8, 8),
        }
    }

    pub fn has_pointers(&self, t: TypeId) -> bool {
        let mut refs = Vec::new();
        self.ref_slots(t, 0, &mut refs);
        !refs.is_empty()
    }

    /// The element description of slices of `elem`.
    pub fn elem_info(&mut self, elem: TypeId) -> u32 {
        if let Some(&i) = self.elems.get(&elem) {
            return i;
        }
        let info = ElemInfo {
            layout: self.layout(elem),
            words: self.width(elem),
            go_size: self.go_size(elem),
            has_pointers: self.has_pointers(elem),
        };
        self.prog.elems.push(info);
        let i = self.prog.elems.len() as u32 - 1;
        self.elems.insert(elem, i);
        i
    }

    fn key_parts(&self, t: TypeId, out: &mut Vec<KeyPart>) {
        match self.under(t) {
            Type::Basic(BasicKind::String | BasicKind::UntypedString) => out.push(KeyPart::Str),
            Type::Basic(BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat) => {
                out.push(KeyPart::Float)
            }
            Type::Interface(_) => out.push(KeyPart::Iface),
            Type::Array(n, e) => {
                for _ in 0..*n {
                    self.key_parts(*e, out);
                }
            }
            Type::Struct(fields) => {
                for f in fields {
                    self.key_parts(f.ty, out);
                }
            }
            _ => out.push(KeyPart::Word),
        }
    }

    /// The description of map type `t`.
    pub fn map_info(&mut self, t: TypeId) -> u32 {
        if let Some(&i) = self.maps.get(&t) {
            return i;
        }
        let Type::Map(k, v) = self.under(t).clone() else {
            unreachable!("map_info of a non-map")
        };
        let mut key = Vec::new();
        self.key_parts(k, &mut key);
        let info = MapInfo {
            key,
            key_words: self.width(k),
            value_words: self.width(v),
            key_layout: self.layout(k),
            value_layout: self.layout(v),
            ty: self.rtype(t),
        };
        self.prog.maps.push(info);
        let i = self.prog.maps.len() as u32 - 1;
        self.maps.insert(t, i);
        i
    }

    /// The runtime descriptor of `t` (built once; recursive types refer to
    /// themselves by index).
    pub fn rtype(&mut self, t: TypeId) -> u32 {
        if let Some(&i) = self.rtypes.get(&t) {
            return i;
        }
        let name = self.runtime_name(t);
        // The runtime's own error types are the prelude's descriptors.
        if name == "*runtime.PanicNilError" {
            let i = self.prog.well_known.panic_nil;
            self.rtypes.insert(t, i);
            return i;
        }
        let idx = self.prog.types.len() as u32;
        self.rtypes.insert(t, idx);
        let width = self.width(t);
        let layout = self.layout(t);
        self.prog.types.push(RType {
            name,
            kind: Kind::Bool,
            named: matches!(self.types.get(t), Type::Named(_)),
            width,
            layout,
            elem: None,
            key: None,
            len: 0,
            fields: vec![],
            methods: vec![],
            comparable: self.types.comparable(t).is_ok(),
        });
        let under = self.under(t).clone();
        let (kind, elem, key, len) = match &under {
            Type::Basic(k) => (basic_kind(*k), None, None, 0),
            Type::Pointer(e) => (Kind::Pointer, Some(self.rtype(*e)), None, 0),
            Type::Slice(e) => (Kind::Slice, Some(self.rtype(*e)), None, 0),
            Type::Array(n, e) => (Kind::Array, Some(self.rtype(*e)), None, *n),
            Type::Map(k, v) => (Kind::Map, Some(self.rtype(*v)), Some(self.rtype(*k)), 0),
            Type::Chan(_, e) => (Kind::Chan, Some(self.rtype(*e)), None, 0),
            Type::Struct(_) => (Kind::Struct, None, None, 0),
            Type::Func(_) => (Kind::Func, None, None, 0),
            Type::Interface(_) => (Kind::Interface, None, None, 0),
            _ => (Kind::UnsafePointer, None, None, 0),
        };
        let kind = if self.special_width(t).is_some() {
            Kind::Struct
        } else {
            kind
        };
        let mut fields = Vec::new();
        if let Type::Struct(fs) = &under {
            let mut off = 0;
            for f in fs {
                let ty = self.rtype(f.ty);
                fields.push(RField {
                    name: f.name.to_string(),
                    ty,
                    offset: off,
                    embedded: f.embedded,
                });
                off += self.width(f.ty);
            }
        }
        let methods = self.method_set(t, &under);
        let r = &mut self.prog.types[idx as usize];
        r.kind = kind;
        r.elem = elem;
        r.key = key;
        r.len = len;
        r.fields = fields;
        r.methods = methods;
        idx
    }

    /// The methods an interface value holding a `t` can call: for a named
    /// type its value-receiver methods, for a pointer to one all of them.
    /// For an interface type: the methods it requires (func unused).
    pub(super) fn method_set(&mut self, t: TypeId, under: &Type) -> Vec<RMethod> {
        let mut out = Vec::new();
        if let Type::Interface(iface) = under {
            let ms = match self.types.interface(t) {
                Some(i) => i.methods.clone(),
                None => iface.methods.clone(),
            };
            for m in ms {
                out.push(self.rmethod(m.name.to_string(), 0, None, m.sig));
            }
            out.sort_by(|a, b| a.name.cmp(&b.name));
            return out;
        }
        let (named, via_pointer) = match under {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        out.extend(self.promoted_methods(named, via_pointer));
        let Some(info) = self.types.named_info(named) else {
            out.sort_by(|a, b| a.name.cmp(&b.name));
            return out;
        };
        let width = self.width(named);
        let (pkg, type_name) = (info.pkg.clone(), info.name.clone());
        let (origin, targs) = (info.origin, info.targs.clone());
        // An instance of a generic type has its origin's methods.
        let methods = match info.origin.and_then(|o| self.types.named_info(o)) {
            Some(origin) if info.methods.is_empty() => origin.methods.clone(),
            _ => info.methods.clone(),
        };
        for m in methods {
            if m.pointer_recv && !via_pointer {
                continue;
            }
            let generic = if self.is_generic_method(m.func) {
                self.method_instance(m.func, named)
            } else {
                None
            };
            let func = match generic.or_else(|| self.func_of(m.func)) {
                Some(f) => f,
                None => {
                    // A standard-library method implemented natively: a
                    // small function calling the native, for interfaces.
                    let name = if m.pointer_recv {
                        format!("{}.(*{type_name}).{}", self.pkg_path(&pkg), m.name)
                    } else {
                        format!("{}.{type_name}.{}", self.pkg_path(&pkg), m.name)
                    };
                    let recv_w = if m.pointer_recv { 1 } else { width };
                    let Some(f) = self.native_method(&name, recv_w, m.sig) else {
                        continue;
                    };
                    self.funcs.insert(m.func, f);
                    f
                }
            };
            let load = if m.pointer_recv || (!via_pointer && width == 1) {
                None
            } else {
                Some(width)
            };
            // A generic type's method: its signature for this instance.
            let sig = match origin {
                Some(_) => {
                    let map = self.instance_subst(m.func, &targs);
                    self.subst_in(m.sig, &map)
                }
                None => m.sig,
            };
            out.push(self.rmethod(m.name.to_string(), func, load, sig));
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }
}

impl Unit<'_> {
    /// A method table entry: the signature's type id is its identity
    /// (identical signatures are one interned type).
    pub fn rmethod(&self, name: String, func: FuncId, load: Option<u32>, sig: TypeId) -> RMethod {
        let string = self.types.basic(BasicKind::String);
        let string_result = matches!(self.types.get(sig), Type::Func(s)
            if s.params.is_empty() && s.results == [string]);
        RMethod {
            name,
            func,
            load,
            sig: sig.0,
            string_result,
        }
    }

    /// Whether `t` (or what it points to) is a concrete error type of a
    /// natively implemented package (*strconv.NumError...): minigo's
    /// natives return plain errors instead, so asserting to it would
    /// answer differently from Go; such assertions are refused.
    pub fn foreign_error_type(&self, t: TypeId) -> bool {
        if self.types.is_interface(t) || self.runtime_name(t) == "*runtime.PanicNilError" {
            return false;
        }
        let inner = match self.under(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        self.types.named_info(inner).is_some_and(|n| {
            !n.pkg.is_empty()
                && n.pkg.as_ref() != "main"
                && !crate::check::stdlib_is_go(&self.pkg_path(&n.pkg))
                && n.methods.iter().any(|m| m.name.as_ref() == "Error")
        })
    }

    /// The import path of the package named `name` (natives are named by
    /// path: `sync/atomic.(*Int64).Add`).
    pub fn pkg_path(&self, name: &str) -> String {
        self.checked
            .packages
            .iter()
            .find(|p| p.name.as_ref() == name)
            .map_or(name.to_string(), |p| p.path.clone())
    }

    /// A function that calls native method `name` (receiver `recv_w`
    /// slots, signature `sig`) with its parameters and returns its
    /// results: what an interface's method table points at (and, with no
    /// receiver, a native function used as a func value).
    pub fn native_method(&mut self, name: &str, recv_w: u32, sig: TypeId) -> Option<FuncId> {
        let native = self.native(name)?;
        let Type::Func(sig) = self.types.get(sig).clone() else {
            return None;
        };
        let args: u32 = recv_w + sig.params.iter().map(|&t| self.width(t)).sum::<u32>();
        let results: u32 = sig.results.iter().map(|&t| self.width(t)).sum();
        let frame = (args.max(results) + 1) as u16;
        let call = match super::runtime_native(native) {
            Some(native) => Op::CallRuntime {
                native,
                base: 1,
                args: args as u16,
            },
            None => Op::CallNative {
                native,
                base: 1,
                args: args as u16,
            },
        };
        let id = self.reserve_func();
        self.prog.funcs[id as usize] = Function {
            name: name.to_string(),
            code: vec![
                call,
                Op::Return {
                    src: 1,
                    count: results as u16,
                },
            ],
            frame_size: frame,
            params: args as u16 + 1,
            results: results as u16,
            lines: vec![0; 2],
            file: String::new(),
            recover_pc: 0,
            refs: Function::all_refs(frame),
        };
        Some(id)
    }
}

fn basic_kind(k: BasicKind) -> Kind {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => Kind::Bool,
        Int | UntypedInt => Kind::Int,
        Int8 => Kind::Int8,
        Int16 => Kind::Int16,
        Int32 | UntypedRune => Kind::Int32,
        Int64 => Kind::Int64,
        Uint => Kind::Uint,
        Uint8 => Kind::Uint8,
        Uint16 => Kind::Uint16,
        Uint32 => Kind::Uint32,
        Uint64 => Kind::Uint64,
        Uintptr => Kind::Uintptr,
        Float32 => Kind::Float32,
        Float64 | UntypedFloat => Kind::Float64,
        String | UntypedString => Kind::String,
        _ => Kind::UnsafePointer,
    }
}
