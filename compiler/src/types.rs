//! Go's types, interned: two unnamed types are identical exactly when they
//! have the same `TypeId`, so identity checks are integer compares. A named
//! (defined) type gets a fresh id per declaration or instantiation.

use crate::basic::BasicKind;
use grammar::ast::{ChanDir, Name};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Name,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<Name>,
    /// The package that declared the field (unexported names are per package).
    pub pkg: Name,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: Name,
    /// A `Type::Func`.
    pub sig: TypeId,
    pub pkg: Name,
}

/// A term of a type set: `T` or `~T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Interface {
    /// The full method set, embedded interfaces flattened, sorted by name.
    pub methods: Vec<Method>,
    /// The type set's terms (a union), `None` when unrestricted.
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// The type of an expression that failed to check (id 0): errors about
    /// it are not reported again.
    Invalid,
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Interface),
    /// The type of a multi-value expression (a call with several results).
    Tuple(Vec<TypeId>),
    /// A defined type: index into `Types::named`.
    Named(u32),
    /// A type parameter: index into `Types::tparams`.
    TypeParam(u32),
}

#[derive(Debug, Clone)]
pub struct Named {
    pub name: Name,
    pub pkg: Name,
    /// Set once the declaration is resolved; `None` while it is being resolved.
    pub underlying: Option<TypeId>,
    /// Methods declared on this type (receiver `T` or `*T`), in order.
    pub methods: Vec<NamedMethod>,
    /// For a generic type: its type parameters; for an instance: its type
    /// arguments and the generic it was instantiated from.
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
    pub origin: Option<TypeId>,
}

#[derive(Debug, Clone)]
pub struct NamedMethod {
    pub name: Name,
    pub sig: TypeId,
    pub pointer_recv: bool,
    /// The method's function object (its declaration), for the compiler.
    pub func: crate::objects::ObjId,
}

#[derive(Debug, Clone)]
pub struct TypeParam {
    pub name: Name,
    pub index: usize,
    /// An interface type; set when the type parameter list is resolved.
    pub constraint: TypeId,
}

#[derive(Clone)]
pub struct Types {
    list: Vec<Type>,
    intern: HashMap<Type, TypeId>,
    pub named: Vec<Named>,
    pub tparams: Vec<TypeParam>,
    basics: HashMap<BasicKind, TypeId>,
    pub error_type: TypeId,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            list: Vec::new(),
            intern: HashMap::new(),
            named: Vec::new(),
            tparams: Vec::new(),
            basics: HashMap::new(),
            error_type: TypeId(0),
        };
        let invalid = t.intern(Type::Invalid);
        debug_assert_eq!(invalid, t.error_type);
        for k in BasicKind::ALL {
            let id = t.intern(Type::Basic(k));
            t.basics.insert(k, id);
        }
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&ty) {
            return id;
        }
        let id = TypeId(self.list.len() as u32);
        self.list.push(ty.clone());
        self.intern.insert(ty, id);
        id
    }

    /// The id of an already interned type (the compiler cannot intern).
    pub fn lookup(&self, ty: &Type) -> Option<TypeId> {
        self.intern.get(ty).copied()
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.list[id.0 as usize]
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.basics[&k]
    }

    pub fn new_named(&mut self, name: Name, pkg: Name) -> TypeId {
        let index = self.named.len() as u32;
        self.named.push(Named {
            name,
            pkg,
            underlying: None,
            methods: Vec::new(),
            tparams: Vec::new(),
            targs: Vec::new(),
            origin: None,
        });
        let id = TypeId(self.list.len() as u32);
        self.list.push(Type::Named(index));
        id
    }

    pub fn new_tparam(&mut self, name: Name, index: usize) -> TypeId {
        let i = self.tparams.len() as u32;
        let any = self.intern(Type::Interface(Interface::default()));
        self.tparams.push(TypeParam {
            name,
            index,
            constraint: any,
        });
        let id = TypeId(self.list.len() as u32);
        self.list.push(Type::TypeParam(i));
        id
    }

    pub fn named_info(&self, t: TypeId) -> Option<&Named> {
        match self.get(t) {
            Type::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut Named> {
        match self.list[t.0 as usize] {
            Type::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    pub fn tparam_info(&self, t: TypeId) -> Option<&TypeParam> {
        match self.get(t) {
            Type::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    /// The underlying type: itself for every type but a named type (and a
    /// type parameter, whose "underlying" is its constraint interface).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Named(i) => self.named[*i as usize]
                .underlying
                .unwrap_or(self.error_type),
            Type::TypeParam(i) => {
                let c = self.tparams[*i as usize].constraint;
                match self.get(c) {
                    Type::Named(j) => self.named[*j as usize]
                        .underlying
                        .unwrap_or(self.error_type),
                    _ => c,
                }
            }
            _ => t,
        }
    }

    pub fn under(&self, t: TypeId) -> &Type {
        self.get(self.underlying(t))
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.get(t),
            Type::Named(_) | Type::Basic(_) | Type::TypeParam(_)
        )
    }

    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::TypeParam(_))
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        !self.is_type_param(t) && matches!(self.under(t), Type::Interface(_))
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }

    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }

    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface(&self, t: TypeId) -> Option<&Interface> {
        match self.under(t) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }

    /// Go's spelling of a type. Types of `local_pkg` print unqualified, as
    /// the compiler's messages do; `%T` passes `None` to qualify everything.
    pub fn display(&self, t: TypeId, local_pkg: Option<&str>) -> String {
        let mut s = String::new();
        self.write(&mut s, t, local_pkg, 0);
        s
    }

    fn write(&self, s: &mut String, t: TypeId, local: Option<&str>, depth: usize) {
        if depth > 50 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.get(t) {
            Type::Invalid => s.push_str("invalid type"),
            Type::Basic(k) => s.push_str(k.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e, local, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, local, d);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write(s, *e, local, d);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, local, d);
                s.push(']');
                self.write(s, *v, local, d);
            }
            Type::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs the parentheses.
                let paren =
                    *dir != ChanDir::Recv && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write(s, *e, local, d);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty, local, d);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&format!("{:?}", tag.as_ref()));
                    }
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, local, d);
            }
            Type::Interface(i) => {
                if i.methods.is_empty() && i.terms.is_none() && !i.comparable {
                    // Go spells the empty interface `any` (since 1.18's alias).
                    s.push_str("any");
                    return;
                }
                s.push_str("interface{");
                let mut first = true;
                if i.comparable {
                    s.push_str("comparable");
                    first = false;
                }
                for m in &i.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, local, d);
                    }
                }
                if let Some(terms) = &i.terms {
                    if !first {
                        s.push_str("; ");
                    }
                    self.write_terms(s, terms, local, d);
                }
                s.push('}');
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t, local, d);
                }
                s.push(')');
            }
            Type::Named(i) => {
                let n = &self.named[*i as usize];
                if local != Some(n.pkg.as_ref()) && !n.pkg.is_empty() {
                    s.push_str(&n.pkg);
                    s.push('.');
                }
                s.push_str(&n.name);
                if !n.targs.is_empty() {
                    s.push('[');
                    for (i, t) in n.targs.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        self.write(s, *t, local, d);
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(i) => s.push_str(&self.tparams[*i as usize].name),
        }
    }

    pub fn write_terms(&self, s: &mut String, terms: &[Term], local: Option<&str>, d: usize) {
        for (k, term) in terms.iter().enumerate() {
            if k > 0 {
                s.push_str(" | ");
            }
            if term.tilde {
                s.push('~');
            }
            self.write(s, term.ty, local, d);
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, local: Option<&str>, d: usize) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write(s, *e, local, d);
                    continue;
                }
            }
            self.write(s, *p, local, d);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, sig.results[0], local, d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *r, local, d);
                }
                s.push(')');
            }
        }
    }

    /// Whether values of `t` can be compared with `==`; on failure, why
    /// (`slice can only be compared to nil`, `struct containing []string
    /// cannot be compared`).
    pub fn comparable(&self, t: TypeId) -> Result<(), String> {
        self.comparable_in(t, 0)
    }

    fn comparable_in(&self, t: TypeId, depth: usize) -> Result<(), String> {
        if depth > 100 {
            return Ok(());
        }
        match self.under(t) {
            Type::Slice(_) => Err("slice can only be compared to nil".into()),
            Type::Map(..) => Err("map can only be compared to nil".into()),
            Type::Func(_) => Err("func can only be compared to nil".into()),
            Type::Basic(BasicKind::UntypedNil) => {
                Err("operator == not defined on untyped nil".into())
            }
            Type::Struct(fields) => {
                for f in fields {
                    if self.comparable_in(f.ty, depth + 1).is_err() {
                        return Err(format!(
                            "struct containing {} cannot be compared",
                            self.display(f.ty, None)
                        ));
                    }
                }
                Ok(())
            }
            Type::Array(_, e) => {
                if self.comparable_in(*e, depth + 1).is_err() {
                    return Err(format!("{} cannot be compared", self.display(t, None)));
                }
                Ok(())
            }
            _ if self.is_type_param(t) => {
                let i = self.interface(t).cloned().unwrap_or_default();
                if i.comparable {
                    return Ok(());
                }
                match &i.terms {
                    Some(terms)
                        if terms
                            .iter()
                            .all(|term| self.comparable_in(term.ty, depth + 1).is_ok()) =>
                    {
                        Ok(())
                    }
                    _ => Err("incomparable types in type set".into()),
                }
            }
            _ => Ok(()),
        }
    }

    /// Types with `<`: integers, floats, strings.
    pub fn ordered(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Basic(k) if k.is_numeric() || k.is_string())
    }

    /// The core type of a type parameter's type set if all its terms share
    /// one underlying type; for other types, the underlying type.
    pub fn core(&self, t: TypeId) -> Option<TypeId> {
        if !self.is_type_param(t) {
            return Some(self.underlying(t));
        }
        let i = self.interface(t)?;
        let terms = i.terms.as_ref()?;
        let first = self.underlying(terms.first()?.ty);
        terms
            .iter()
            .all(|term| self.underlying(term.ty) == first)
            .then_some(first)
    }

    /// Every term's underlying type, for a type parameter (None: no terms).
    pub fn term_types(&self, t: TypeId) -> Option<Vec<TypeId>> {
        let terms = self.interface(t)?.terms.as_ref()?;
        Some(terms.iter().map(|term| self.underlying(term.ty)).collect())
    }
}
