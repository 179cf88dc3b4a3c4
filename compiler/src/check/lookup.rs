//! Field and method lookup through embedded fields, method sets, interface
//! satisfaction and constraint satisfaction.

use super::Checker;
use crate::types::{Type, TypeId};
use std::collections::HashMap;

pub enum Found {
    Field {
        ty: TypeId,
        /// Reached through a pointer (so the result is addressable).
        indirect: bool,
    },
    Method {
        sig: TypeId,
        pointer_recv: bool,
        indirect: bool,
        /// The declaration of a named type's method (None for an
        /// interface's), for the compiler.
        func: Option<crate::objects::ObjId>,
    },
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// Go's selector lookup: the shallowest field or method named `name` in
    /// `t` (or `*t`) and its embedded fields; two at the same depth are ambiguous.
    pub fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        let (mut start, mut indirect) = (t, false);
        if let Type::Pointer(p) = self.prog.types.get(t).clone() {
            if self.prog.types.is_interface(p) {
                // A pointer to an interface has no methods.
                return Found::NotFound;
            }
            start = p;
            indirect = true;
        } else if let Type::Pointer(p) = self.prog.types.under(t).clone() {
            // A named pointer type has no methods, but its fields are reachable.
            start = p;
            indirect = true;
        }
        // Breadth-first over embedded fields.
        let mut current: Vec<(TypeId, bool)> = vec![(start, indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut found: Option<Found> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for (ty, ind) in current {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                // Methods declared on a named type.
                if let Some((sig, pointer_recv, func)) = self.named_method(ty, name) {
                    count += 1;
                    found = Some(Found::Method {
                        sig,
                        pointer_recv,
                        indirect: ind,
                        func: Some(func),
                    });
                    continue;
                }
                let under = self.prog.types.underlying(ty);
                match self.prog.types.get(under).clone() {
                    Type::Struct(fields) => {
                        for f in &fields {
                            if f.name.as_ref() == name {
                                count += 1;
                                found = Some(Found::Field {
                                    ty: f.ty,
                                    indirect: ind,
                                });
                            }
                            if f.embedded {
                                let (et, eind) = match self.prog.types.get(f.ty).clone() {
                                    Type::Pointer(x) => (x, true),
                                    _ => (f.ty, ind),
                                };
                                next.push((et, eind));
                            }
                        }
                    }
                    Type::Interface(iface) => {
                        if let Some(m) = iface.methods.iter().find(|m| m.name.as_ref() == name) {
                            count += 1;
                            found = Some(Found::Method {
                                sig: m.sig,
                                pointer_recv: false,
                                indirect: ind,
                                func: None,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Found::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        Found::NotFound
    }

    /// A method declared on named type `t`, with its signature instantiated
    /// for generic instances: (signature, pointer receiver, declaration).
    pub fn named_method(
        &mut self,
        t: TypeId,
        name: &str,
    ) -> Option<(TypeId, bool, crate::objects::ObjId)> {
        let n = self.prog.types.named_info(t)?.clone();
        let origin = n.origin.unwrap_or(t);
        let m = self
            .prog
            .types
            .named_info(origin)?
            .methods
            .iter()
            .find(|m| m.name.as_ref() == name)?
            .clone();
        if n.origin.is_none() {
            return Some((m.sig, m.pointer_recv, m.func));
        }
        // Map the method's receiver type parameters to the instance's arguments.
        let (recv, _) = *self.prog.method_recv.get(&m.func)?;
        let recv_named = match self.prog.types.get(recv).clone() {
            Type::Pointer(p) => p,
            _ => recv,
        };
        let rparams = self.prog.types.named_info(recv_named)?.targs.clone();
        let map: HashMap<TypeId, TypeId> =
            rparams.into_iter().zip(n.targs.iter().copied()).collect();
        let sig = self.subst(m.sig, &map);
        Some((sig, m.pointer_recv, m.func))
    }

    /// Why `x.name` does not exist, in Go's words.
    pub fn missing_member_reason(&mut self, t: TypeId, name: &str) -> String {
        let tn = self.type_name(t);
        if let Type::Pointer(p) = self.prog.types.get(t).clone() {
            if self.prog.types.is_interface(p) {
                return format!("type {tn} is pointer to interface, not interface");
            }
        }
        // An unexported member of another package.
        let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
        if !exported {
            let base = match self.prog.types.get(t).clone() {
                Type::Pointer(p) => p,
                _ => t,
            };
            if let Some(n) = self.prog.types.named_info(base) {
                if n.pkg != self.pkg {
                    if n.methods.iter().any(|m| m.name.as_ref() == name) {
                        return format!("cannot refer to unexported method {name}");
                    }
                    if let Type::Struct(fs) = self.prog.types.under(base) {
                        if fs.iter().any(|f| f.name.as_ref() == name) {
                            return format!("cannot refer to unexported field {name}");
                        }
                    }
                }
            }
        }
        // A different capitalization exists.
        let other: String = {
            let mut c = name.chars();
            match c.next() {
                Some(f) if f.is_lowercase() => f.to_uppercase().chain(c).collect(),
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => String::new(),
            }
        };
        match self.lookup_field_or_method(t, &other) {
            Found::Method { .. } => {
                format!("type {tn} has no field or method {name}, but does have method {other}")
            }
            Found::Field { .. } => {
                format!("type {tn} has no field or method {name}, but does have field {other}")
            }
            _ => format!("type {tn} has no field or method {name}"),
        }
    }

    /// Whether `t` implements interface `iface`; on failure, Go's reason in
    /// parentheses: `(missing method M)`, `(method M has pointer receiver)`.
    pub fn implements(&mut self, t: TypeId, iface: TypeId) -> Result<(), String> {
        let Some(i) = self.prog.types.interface(iface).cloned() else {
            return Ok(());
        };
        if let Some(terms) = &i.terms {
            let tu = self.prog.types.underlying(t);
            let ok = terms.iter().any(|term| {
                if term.tilde {
                    self.prog.types.underlying(term.ty) == tu
                } else {
                    term.ty == t
                }
            });
            if !ok {
                let mut s = String::new();
                self.prog
                    .types
                    .write_terms(&mut s, terms, Some(&self.pkg), 0);
                let tn = self.type_name(t);
                return Err(format!("({tn} missing in {s})"));
            }
        }
        let t_is_iface = self.prog.types.is_interface(t);
        for m in &i.methods {
            match self.lookup_field_or_method(t, &m.name) {
                Found::Method {
                    sig,
                    pointer_recv,
                    indirect,
                    ..
                } => {
                    if sig != m.sig {
                        let have = self.method_string(&m.name, sig);
                        let want = self.method_string(&m.name, m.sig);
                        return Err(format!(
                            "(wrong type for method {})\n\t\thave {have}\n\t\twant {want}",
                            m.name
                        ));
                    }
                    let is_ptr = matches!(self.prog.types.get(t), Type::Pointer(_));
                    if pointer_recv && !is_ptr && !indirect && !t_is_iface {
                        return Err(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                _ => {
                    // Same name with other capitalization?
                    return Err(format!("(missing method {})", m.name));
                }
            }
        }
        Ok(())
    }

    fn method_string(&self, name: &str, sig: TypeId) -> String {
        let s = self.type_name(sig);
        format!("{name}{}", s.trim_start_matches("func"))
    }

    /// Whether type argument `t` satisfies `constraint`; the error is the
    /// whole message (`T (type int) does not satisfy Shower (missing method Show)`
    /// is composed by the caller from `does not satisfy ...`).
    pub fn satisfies(&mut self, t: TypeId, constraint: TypeId) -> Result<(), String> {
        let Some(i) = self.prog.types.interface(constraint).cloned() else {
            return Ok(());
        };
        let tn = self.type_name(t);
        let cn = self.type_name(constraint);
        if i.comparable && self.prog.types.comparable(t).is_err() {
            return Err(format!("{tn} does not satisfy comparable"));
        }
        if let Some(terms) = &i.terms {
            // A type parameter argument satisfies if all its terms are in the set.
            let candidates: Vec<TypeId> = if self.prog.types.is_type_param(t) {
                self.prog
                    .types
                    .interface(t)
                    .and_then(|ti| ti.terms.clone())
                    .map(|ts| ts.iter().map(|x| x.ty).collect())
                    .unwrap_or_default()
            } else {
                vec![t]
            };
            let in_set = |c: &Self, x: TypeId| {
                let xu = c.prog.types.underlying(x);
                terms.iter().any(|term| {
                    if term.tilde {
                        c.prog.types.underlying(term.ty) == xu
                    } else {
                        term.ty == x
                    }
                })
            };
            if candidates.is_empty() || !candidates.iter().all(|&x| in_set(self, x)) {
                let mut s = String::new();
                self.prog
                    .types
                    .write_terms(&mut s, terms, Some(&self.pkg), 0);
                if self.prog.types.is_type_param(t) {
                    return Err(format!("{tn} does not satisfy {cn}"));
                }
                return Err(format!("{tn} does not satisfy {cn} ({tn} missing in {s})"));
            }
        }
        let methods_only = crate::types::Interface {
            methods: i.methods.clone(),
            terms: None,
            comparable: false,
        };
        let iface = self.prog.types.intern(Type::Interface(methods_only));
        if let Err(why) = self.implements(t, iface) {
            return Err(format!("{tn} does not satisfy {cn} {why}"));
        }
        Ok(())
    }
}
