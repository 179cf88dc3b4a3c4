//! Generic functions and methods, by monomorphization: each use of a
//! generic function with type arguments (the checker records them,
//! `Info::func_instances`) gets its own copy of the function, lowered with
//! the type parameters replaced by the arguments (`Unit::subst`), so that
//! the instance's code is chosen from concrete types like any other
//! function's. Instances are lowered after the declarations, from a work
//! list (an instance may use others).

use super::Unit;
use crate::objects::ObjId;
use crate::types::{Field, Interface, Method, Term, Type, TypeId};
use runtime::bytecode::FuncId;
use std::collections::HashMap;

impl Unit<'_> {
    /// `t` with the type parameters of the function being lowered replaced
    /// by its type arguments.
    pub fn subst(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            return t;
        }
        let map = std::mem::take(&mut self.subst);
        let r = self.subst_with(t, &map);
        self.subst = map;
        r
    }

    /// `t` with the type parameters in `map` replaced.
    pub fn subst_in(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        self.subst_with(t, map)
    }

    fn subst_with(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        if let Some(&r) = map.get(&t) {
            return r;
        }
        let s = |u: &mut Self, t: TypeId| u.subst_with(t, map);
        match self.types.get(t).clone() {
            Type::Invalid | Type::Basic(_) | Type::TypeParam(_) => t,
            Type::Pointer(e) => {
                let e = s(self, e);
                self.types.intern(Type::Pointer(e))
            }
            Type::Slice(e) => {
                let e = s(self, e);
                self.types.intern(Type::Slice(e))
            }
            Type::Array(n, e) => {
                let e = s(self, e);
                self.types.intern(Type::Array(n, e))
            }
            Type::Map(k, v) => {
                let (k, v) = (s(self, k), s(self, v));
                self.types.intern(Type::Map(k, v))
            }
            Type::Chan(d, e) => {
                let e = s(self, e);
                self.types.intern(Type::Chan(d, e))
            }
            Type::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|f| Field {
                        ty: s(self, f.ty),
                        ..f
                    })
                    .collect();
                self.types.intern(Type::Struct(fields))
            }
            Type::Func(sig) => {
                let params = sig.params.iter().map(|&p| s(self, p)).collect();
                let results = sig.results.iter().map(|&p| s(self, p)).collect();
                self.types.func(params, results, sig.variadic)
            }
            Type::Interface(i) => {
                let methods = i
                    .methods
                    .into_iter()
                    .map(|m| Method {
                        sig: s(self, m.sig),
                        ..m
                    })
                    .collect();
                let terms = i.terms.map(|ts| {
                    ts.into_iter()
                        .map(|term| Term {
                            ty: s(self, term.ty),
                            ..term
                        })
                        .collect()
                });
                self.types.intern(Type::Interface(Interface {
                    methods,
                    terms,
                    comparable: i.comparable,
                }))
            }
            Type::Tuple(ts) => {
                let ts = ts.into_iter().map(|x| s(self, x)).collect();
                self.types.intern(Type::Tuple(ts))
            }
            Type::Named(_) => {
                // An instance of a generic type: the checker's instance for
                // the substituted arguments (it made one for every type
                // the program can name).
                let Some(n) = self.types.named_info(t).cloned() else {
                    return t;
                };
                let Some(origin) = n.origin else {
                    return t;
                };
                let targs: Vec<TypeId> = n.targs.iter().map(|&a| s(self, a)).collect();
                if targs == n.targs {
                    return t;
                }
                match self.checked.instances.get(&(origin, targs)) {
                    Some(&i) => i,
                    None => {
                        self.missing_instance = true;
                        t
                    }
                }
            }
        }
    }

    /// The declared type of object `id` (a variable, a function), with the
    /// current substitution applied.
    pub fn obj_ty(&mut self, id: ObjId) -> Option<TypeId> {
        let t = self.checked.obj(id).ty?;
        Some(self.subst(t))
    }

    /// The receiver type of method `m`, with the substitution applied.
    pub fn recv_ty(&mut self, m: ObjId) -> Option<TypeId> {
        let &(t, _) = self.checked.method_recv.get(&m)?;
        Some(self.subst(t))
    }

    /// The type parameters a generic function or method declares (for a
    /// method: its receiver's).
    fn tparams_of(&self, f: ObjId) -> Vec<TypeId> {
        if let Some((tps, _)) = self.checked.generic_funcs.get(&f) {
            return tps.clone();
        }
        let Some(&(recv, _)) = self.checked.method_recv.get(&f) else {
            return Vec::new();
        };
        let named = match self.types.get(recv) {
            Type::Pointer(e) => *e,
            _ => recv,
        };
        self.types
            .named_info(named)
            .map(|n| n.targs.clone())
            .unwrap_or_default()
    }

    /// The function id of generic `f` instantiated with `targs` (queued
    /// for lowering the first time); `None` if `f` is not a generic
    /// function the lowering has.
    pub fn instance(&mut self, f: ObjId, targs: &[TypeId]) -> Option<FuncId> {
        if !self.generic_decls.contains(&f) {
            return None;
        }
        let targs: Vec<TypeId> = targs.iter().map(|&t| self.subst(t)).collect();
        if let Some(&id) = self.instances.get(&(f, targs.clone())) {
            return Some(id);
        }
        let id = self.reserve_func();
        self.instances.insert((f, targs.clone()), id);
        self.pending_instances.push((f, targs, id));
        Some(id)
    }

    /// The instance of generic method `m` for a receiver of (instance)
    /// type `recv` (or a pointer to it).
    pub fn method_instance(&mut self, m: ObjId, recv: TypeId) -> Option<FuncId> {
        let recv = self.subst(recv);
        let named = match self.types.get(recv) {
            Type::Pointer(e) => *e,
            _ => recv,
        };
        let targs = self.types.named_info(named)?.targs.clone();
        self.instance(m, &targs)
    }

    /// Whether method `m` belongs to a generic type.
    pub fn is_generic_method(&self, m: ObjId) -> bool {
        self.generic_decls.contains(&m) && !self.checked.generic_funcs.contains_key(&m)
    }

    /// The substitution that lowers instance `(f, targs)`.
    pub fn instance_subst(&self, f: ObjId, targs: &[TypeId]) -> HashMap<TypeId, TypeId> {
        self.tparams_of(f)
            .into_iter()
            .zip(targs.iter().copied())
            .collect()
    }

    /// Go's name for an instance in tracebacks: `main.Map[...]`.
    pub fn instance_name(base: &str) -> String {
        match base.rfind(").") {
            // A method: main.(*Stack[...]).Push — the type shows [...].
            Some(_) => base.to_string(),
            None => format!("{base}[...]"),
        }
    }
}
