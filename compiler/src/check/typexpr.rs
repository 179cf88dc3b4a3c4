//! Type expressions: from syntax to `TypeId`, with generic instantiation.

use super::expr::Mode;
use super::Checker;
use crate::basic::BasicKind;
use crate::objects::*;
use crate::types::{Field, Interface, Method, Term, Type, TypeId};
use grammar::ast::{self, ExprKind};
use grammar::Diagnostic;
use std::collections::HashMap;

impl<'a> Checker<'a> {
    /// How an object is named in `x (local variable) is not a type`.
    pub fn obj_desc(&self, id: ObjId) -> String {
        let o = self.prog.obj(id);
        match &o.kind {
            ObjKind::Var { local: true, .. } => "local variable".into(),
            ObjKind::Var { .. } => "package-level variable".into(),
            ObjKind::Func => "function".into(),
            ObjKind::PkgName(_) => "package name".into(),
            ObjKind::Const(_) => "constant".into(),
            ObjKind::Builtin(_) => "built-in function".into(),
            ObjKind::Nil => "untyped nil".into(),
            ObjKind::Iota => "constant".into(),
            ObjKind::TypeName => "type".into(),
        }
    }

    /// The type denoted by `e`, or the invalid type after reporting why not.
    pub fn type_expr(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.type_expr_inner(e, false);
        self.record_type(e, t, None);
        t
    }

    /// A type used for values (a variable, parameter, field or element):
    /// constraint interfaces are not allowed there.
    pub fn value_type_expr(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.type_expr(e);
        self.check_not_constraint(e, t);
        t
    }

    /// A type behind an indirection (pointer, slice, map, channel, function):
    /// it may refer to a type still being declared.
    fn indirect_type_expr(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.type_expr_inner(e, true);
        self.record_type(e, t, None);
        self.check_not_constraint(e, t);
        t
    }

    pub fn check_not_constraint(&mut self, e: &ast::Expr, t: TypeId) {
        if self.prog.types.is_type_param(t) {
            return;
        }
        if let Some(i) = self.prog.types.interface(t) {
            let name = self.prog.types.display(t, Some(&self.pkg));
            if i.comparable {
                self.error(e.span, format!("cannot use type {name} outside a type constraint: interface is (or embeds) comparable"));
            } else if i.terms.is_some() {
                self.error(e.span, format!("cannot use type {name} outside a type constraint: interface contains type constraints"));
            }
        }
    }

    fn type_expr_inner(&mut self, e: &ast::Expr, indirect: bool) -> TypeId {
        let invalid = self.prog.types.error_type;
        match &e.kind {
            ExprKind::Ident(id) => {
                let Some(obj) = self.lookup_name(&id.name) else {
                    if id.name.as_ref() == "_" {
                        self.error(e.span, "cannot use _ as value or type");
                    } else {
                        self.error(e.span, format!("undefined: {}", id.name));
                    }
                    return invalid;
                };
                self.use_obj(obj, e.span);
                self.type_of_obj(obj, e, indirect)
            }
            ExprKind::Selector { x, sel } => {
                if let ExprKind::Ident(pkg) = &x.kind {
                    if let Some(obj) = self.lookup_name(&pkg.name) {
                        if let ObjKind::PkgName(p) = self.prog.obj(obj).kind {
                            self.use_obj(obj, x.span);
                            let Some(member) = self.package_member(p, pkg, sel) else {
                                return invalid;
                            };
                            return self.type_of_obj(member, e, indirect);
                        }
                    }
                }
                let text = self.expr_text(e);
                self.error(e.span, format!("{text} is not a type"));
                invalid
            }
            ExprKind::Paren(x) => self.type_expr_inner(x, indirect),
            ExprKind::Star(x) => {
                let t = self.type_expr_inner(x, true);
                self.prog.types.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.type_expr_inner(elem, true);
                self.check_not_constraint(elem, t);
                self.prog.types.slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(
                        len.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return invalid;
                }
                let n = self.array_len(len);
                let t = self.type_expr_inner(elem, indirect);
                self.check_not_constraint(elem, t);
                match n {
                    Some(n) => self.prog.types.intern(Type::Array(n, t)),
                    None => invalid,
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr_inner(key, true);
                let v = self.type_expr_inner(value, true);
                self.check_not_constraint(value, v);
                if self
                    .prog
                    .types
                    .named_info(k)
                    .is_none_or(|n| n.underlying.is_some())
                {
                    self.check_map_key(key, k);
                } else {
                    self.pending_map_keys.push((key.span, k));
                }
                self.prog.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr_inner(elem, true);
                self.check_not_constraint(elem, t);
                self.prog.types.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(f) => self.signature(f),
            ExprKind::StructType { fields } => self.struct_type(fields, indirect),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Index { x, indices } => {
                if let Some(t) = self.generic_alias_instance(x, indices) {
                    return t;
                }
                let generic = self.type_expr_generic(x);
                if generic == invalid {
                    return invalid;
                }
                let targs: Vec<TypeId> = indices
                    .iter()
                    .map(|i| self.type_expr_inner(i, true))
                    .collect();
                if targs.contains(&invalid) {
                    return invalid;
                }
                self.instantiate_checked(generic, &targs, e)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                invalid
            }
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            }
            | ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                ..
            } => {
                // A union is a constraint; standing alone it is an implicit interface.
                self.constraint_type(e)
            }
            _ => {
                let text = self.expr_text(e);
                self.error(e.span, format!("{text} is not a type"));
                invalid
            }
        }
    }

    pub fn check_map_key(&mut self, key: &ast::Expr, k: TypeId) {
        if self.prog.types.is_type_param(k) && self.declaring_tparams {
            // Its constraint may not be known yet (`[M ~map[K]V, K comparable]`).
            self.pending_tparam_keys.push((key.span, k));
            return;
        }
        if self.prog.types.is_type_param(k) {
            if self.prog.types.comparable(k).is_err() {
                let name = self.prog.types.display(k, Some(&self.pkg));
                self.error(key.span, format!("invalid map key type {name}"));
            }
            return;
        }
        if self.prog.types.comparable(k).is_err() {
            let name = self.prog.types.display(k, Some(&self.pkg));
            self.error(key.span, format!("invalid map key type {name}"));
        }
    }

    /// `A[int]` for a generic alias `type A[T any] = []T`.
    fn generic_alias_instance(&mut self, x: &ast::Expr, indices: &[ast::Expr]) -> Option<TypeId> {
        let ExprKind::Ident(id) = &x.kind else {
            return None;
        };
        let obj = self.lookup_name(&id.name)?;
        let (tparams, aliased) = self.prog.generic_aliases.get(&obj)?.clone();
        self.use_obj(obj, x.span);
        let targs: Vec<TypeId> = indices
            .iter()
            .map(|i| self.type_expr_inner(i, true))
            .collect();
        if targs.len() != tparams.len() {
            let which = if targs.len() > tparams.len() {
                "too many"
            } else {
                "not enough"
            };
            self.error(
                x.span,
                format!(
                    "{which} type arguments for type {}: have {}, want {}",
                    id.name,
                    targs.len(),
                    tparams.len()
                ),
            );
            return Some(self.prog.types.error_type);
        }
        let map: HashMap<TypeId, TypeId> = tparams.into_iter().zip(targs).collect();
        Some(self.subst(aliased, &map))
    }

    /// A generic type named by `x`, before instantiation.
    fn type_expr_generic(&mut self, x: &ast::Expr) -> TypeId {
        let invalid = self.prog.types.error_type;
        let obj = match &x.kind {
            ExprKind::Ident(id) => self.lookup_name(&id.name),
            ExprKind::Selector { x: p, sel } => match &p.kind {
                ExprKind::Ident(pkg) => match self.lookup_name(&pkg.name) {
                    Some(o) => match self.prog.obj(o).kind {
                        ObjKind::PkgName(pi) => {
                            self.use_obj(o, p.span);
                            self.package_member(pi, pkg, sel)
                        }
                        _ => None,
                    },
                    None => None,
                },
                _ => None,
            },
            _ => None,
        };
        let Some(obj) = obj else {
            let text = self.expr_text(x);
            self.error(x.span, format!("undefined: {text}"));
            return invalid;
        };
        self.use_obj(obj, x.span);
        self.resolve(obj);
        let o = self.prog.obj(obj);
        if !matches!(o.kind, ObjKind::TypeName) {
            let text = self.expr_text(x);
            let d = self.obj_desc(obj);
            self.error(x.span, format!("{text} ({d}) is not a type"));
            return invalid;
        }
        let t = o.ty.unwrap_or(invalid);
        if self
            .prog
            .types
            .named_info(t)
            .is_none_or(|n| n.tparams.is_empty())
        {
            let name = self.prog.types.display(t, Some(&self.pkg));
            self.error(x.span, format!("{name} is not a generic type"));
            return invalid;
        }
        t
    }

    fn instantiate_checked(&mut self, generic: TypeId, targs: &[TypeId], e: &ast::Expr) -> TypeId {
        let info = self.prog.types.named_info(generic).unwrap();
        let (want, name) = (info.tparams.len(), info.name.clone());
        if targs.len() != want {
            let which = if targs.len() > want {
                "too many"
            } else {
                "not enough"
            };
            self.error(
                e.span,
                format!(
                    "{which} type arguments for type {name}: have {}, want {want}",
                    targs.len()
                ),
            );
            return self.prog.types.error_type;
        }
        let tparams = self.prog.types.named_info(generic).unwrap().tparams.clone();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let map: HashMap<TypeId, TypeId> =
                tparams.iter().copied().zip(targs.iter().copied()).collect();
            let constraint = self.prog.types.tparam_info(tp).unwrap().constraint;
            let constraint = self.subst(constraint, &map);
            if let Err(why) = self.satisfies(ta, constraint) {
                let span = match &e.kind {
                    ExprKind::Index { indices, .. } => indices.get(i).map_or(e.span, |x| x.span),
                    _ => e.span,
                };
                self.error(span, why);
                return self.prog.types.error_type;
            }
        }
        self.instantiate_named(generic, targs)
    }

    /// The instance `generic[targs]`, created once per argument list.
    pub fn instantiate_named(&mut self, generic: TypeId, targs: &[TypeId]) -> TypeId {
        let key = (generic, targs.to_vec());
        if let Some(&t) = self.prog.instances.get(&key) {
            return t;
        }
        // `type L[T any] struct{ next *L[L[T]] }` would expand forever.
        if targs.iter().any(|&t| self.type_nesting(t, 0) > 32) {
            let name = self.type_name(generic);
            if !self.reported_instantiation_cycle {
                self.reported_instantiation_cycle = true;
                let span = self
                    .prog
                    .objs
                    .iter()
                    .find(|o| o.ty == Some(generic))
                    .map(|o| o.span)
                    .unwrap_or_default();
                self.error(span, format!("instantiation cycle: {name} is instantiated with ever-growing type arguments"));
            }
            return self.prog.types.error_type;
        }
        let info = self.prog.types.named_info(generic).unwrap().clone();
        if info.tparams.as_slice() == targs {
            return generic;
        }
        let inst = self
            .prog
            .types
            .new_named(info.name.clone(), info.pkg.clone());
        {
            let n = self.prog.types.named_info_mut(inst).unwrap();
            n.targs = targs.to_vec();
            n.origin = Some(generic);
        }
        self.prog.instances.insert(key, inst);
        if info.underlying.is_some() {
            self.complete_instance(inst);
        }
        inst
    }

    /// How deeply generic instances nest inside `t` (`L[L[L[int]]]` is 3).
    fn type_nesting(&self, t: TypeId, depth: usize) -> usize {
        if depth > 40 {
            return depth;
        }
        match self.prog.types.named_info(t) {
            Some(n) if !n.targs.is_empty() => {
                1 + n
                    .targs
                    .iter()
                    .map(|&a| self.type_nesting(a, depth + 1))
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// Fills in an instance's underlying type from its origin's.
    pub fn complete_instance(&mut self, inst: TypeId) {
        let n = self.prog.types.named_info(inst).unwrap().clone();
        let origin = self
            .prog
            .types
            .named_info(n.origin.unwrap())
            .unwrap()
            .clone();
        let Some(under) = origin.underlying else {
            return;
        };
        let map: HashMap<TypeId, TypeId> = origin
            .tparams
            .iter()
            .copied()
            .zip(n.targs.iter().copied())
            .collect();
        let u = self.subst(under, &map);
        self.prog.types.named_info_mut(inst).unwrap().underlying = Some(u);
    }

    /// Completes instances created while their generic type was being declared.
    pub fn complete_pending_instances(&mut self, generic: TypeId) {
        let pending: Vec<TypeId> = self
            .prog
            .instances
            .iter()
            .filter(|((g, _), &i)| {
                *g == generic && self.prog.types.named_info(i).unwrap().underlying.is_none()
            })
            .map(|(_, &i)| i)
            .collect();
        for i in pending {
            self.complete_instance(i);
        }
    }

    /// Replaces type parameters per `map` throughout `t`.
    pub fn subst(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return t;
        }
        if let Some(&r) = map.get(&t) {
            return r;
        }
        let ty = self.prog.types.get(t).clone();
        match ty {
            Type::Invalid | Type::Basic(_) | Type::TypeParam(_) => t,
            Type::Pointer(e) => {
                let e = self.subst(e, map);
                self.prog.types.intern(Type::Pointer(e))
            }
            Type::Slice(e) => {
                let e = self.subst(e, map);
                self.prog.types.intern(Type::Slice(e))
            }
            Type::Array(n, e) => {
                let e = self.subst(e, map);
                self.prog.types.intern(Type::Array(n, e))
            }
            Type::Map(k, v) => {
                let (k, v) = (self.subst(k, map), self.subst(v, map));
                self.prog.types.intern(Type::Map(k, v))
            }
            Type::Chan(d, e) => {
                let e = self.subst(e, map);
                self.prog.types.intern(Type::Chan(d, e))
            }
            Type::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|f| Field {
                        ty: self.subst(f.ty, map),
                        ..f
                    })
                    .collect();
                self.prog.types.intern(Type::Struct(fields))
            }
            Type::Func(sig) => {
                let params = sig.params.iter().map(|&p| self.subst(p, map)).collect();
                let results = sig.results.iter().map(|&p| self.subst(p, map)).collect();
                self.prog.types.func(params, results, sig.variadic)
            }
            Type::Interface(i) => {
                let methods = i
                    .methods
                    .into_iter()
                    .map(|m| Method {
                        sig: self.subst(m.sig, map),
                        ..m
                    })
                    .collect();
                let terms = i.terms.map(|ts| {
                    ts.into_iter()
                        .map(|term| Term {
                            ty: self.subst(term.ty, map),
                            ..term
                        })
                        .collect()
                });
                self.prog.types.intern(Type::Interface(Interface {
                    methods,
                    terms,
                    comparable: i.comparable,
                }))
            }
            Type::Tuple(ts) => {
                let ts = ts.into_iter().map(|x| self.subst(x, map)).collect();
                self.prog.types.intern(Type::Tuple(ts))
            }
            Type::Named(_) => {
                let n = self.prog.types.named_info(t).unwrap().clone();
                // A generic type inside its own declaration stands for
                // itself instantiated with its own parameters.
                let (origin, args) = match n.origin {
                    Some(o) => (o, n.targs.clone()),
                    None => (t, n.tparams.clone()),
                };
                if args.is_empty() {
                    return t;
                }
                let targs: Vec<TypeId> = args.iter().map(|&a| self.subst(a, map)).collect();
                if targs == args {
                    return t;
                }
                self.instantiate_named(origin, &targs)
            }
        }
    }

    /// The type an object denotes, or an error if it is not a type.
    fn type_of_obj(&mut self, obj: ObjId, e: &ast::Expr, indirect: bool) -> TypeId {
        let invalid = self.prog.types.error_type;
        self.resolve(obj);
        let o = self.prog.obj(obj);
        if !matches!(o.kind, ObjKind::TypeName) {
            let text = self.expr_text(e);
            let d = self.obj_desc(obj);
            self.error(e.span, format!("{text} ({d}) is not a type"));
            return invalid;
        }
        let Some(t) = o.ty else { return invalid };
        if let Some(n) = self.prog.types.named_info(t) {
            if !n.tparams.is_empty() && n.origin.is_none() {
                let name = self.prog.types.display(t, Some(&self.pkg));
                let params: Vec<String> = n
                    .tparams
                    .iter()
                    .map(|&tp| {
                        let c = self.prog.types.tparam_info(tp).unwrap().constraint;
                        format!(
                            "{} {}",
                            self.prog.types.display(tp, None),
                            self.prog.types.display(c, Some(&self.pkg))
                        )
                    })
                    .collect();
                self.error(
                    e.span,
                    format!(
                        "cannot use generic type {name}[{}] without instantiation",
                        params.join(", ")
                    ),
                );
                return invalid;
            }
            if n.underlying.is_none() && !indirect {
                // Declared in terms of itself without indirection.
                if let Some(pos) = self.resolving_type_position(obj) {
                    let cycle = self.resolving_slice(pos);
                    self.report_cycle(&cycle);
                    return invalid;
                }
            }
        }
        t
    }

    /// A constraint: an interface, a union `~int | string`, or a single type.
    pub fn constraint_type(&mut self, e: &ast::Expr) -> TypeId {
        let is_union = matches!(
            e.kind,
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            } | ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                ..
            }
        );
        if !is_union {
            let t = self.type_expr_inner(e, true);
            if t == self.prog.types.error_type || self.prog.types.is_interface(t) {
                return t;
            }
            let term = Term {
                tilde: false,
                ty: t,
            };
            return self.prog.types.intern(Type::Interface(Interface {
                methods: vec![],
                terms: Some(vec![term]),
                comparable: false,
            }));
        }
        let mut terms = Vec::new();
        if !self.collect_terms(e, &mut terms) {
            return self.prog.types.error_type;
        }
        if terms.len() == 1 && !terms[0].tilde && self.prog.types.is_interface(terms[0].ty) {
            return terms[0].ty;
        }
        self.prog.types.intern(Type::Interface(Interface {
            methods: vec![],
            terms: Some(terms),
            comparable: false,
        }))
    }

    fn collect_terms(&mut self, e: &ast::Expr, out: &mut Vec<Term>) -> bool {
        match &e.kind {
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                x,
                y,
            } => self.collect_terms(x, out) && self.collect_terms(y, out),
            ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                x,
            } => {
                let t = self.type_expr_inner(x, true);
                if t == self.prog.types.error_type {
                    return false;
                }
                out.push(Term { tilde: true, ty: t });
                true
            }
            _ => {
                let t = self.type_expr_inner(e, true);
                if t == self.prog.types.error_type {
                    return false;
                }
                // A union member that is itself a constraint contributes its terms.
                let nested = self.prog.types.interface(t).and_then(|i| i.terms.clone());
                match nested {
                    Some(terms) if !self.prog.types.is_type_param(t) => out.extend(terms),
                    _ => out.push(Term {
                        tilde: false,
                        ty: t,
                    }),
                }
                true
            }
        }
    }

    /// Declares type parameters in `scope`; returns them in order.
    pub fn declare_type_params(&mut self, scope: ScopeId, fields: &[ast::Field]) -> Vec<TypeId> {
        let mut tparams = Vec::new();
        let mut index = 0;
        for f in fields {
            for n in &f.names {
                let tp = self.prog.types.new_tparam(n.name.clone(), index);
                index += 1;
                let o = self.new_obj(n.name.clone(), ObjKind::TypeName, Some(tp), n.span);
                self.prog.info.defs.insert((self.file, n.span), o);
                self.declare(scope, o);
                tparams.push(tp);
            }
        }
        // Constraints may refer to any of the parameters.
        let saved = std::mem::replace(&mut self.declaring_tparams, true);
        let mut k = 0;
        for f in fields {
            let c = self.with_scope(Some(scope), |c| c.constraint_type(&f.ty));
            for _ in &f.names {
                if let Type::TypeParam(i) = self.prog.types.get(tparams[k]).clone() {
                    self.prog.types.tparams[i as usize].constraint = c;
                }
                k += 1;
            }
        }
        self.declaring_tparams = saved;
        if !saved {
            for (span, key) in std::mem::take(&mut self.pending_tparam_keys) {
                if self.prog.types.comparable(key).is_err() {
                    let name = self.type_name(key);
                    self.error(span, format!("invalid map key type {name}"));
                }
            }
        }
        tparams
    }

    /// A function type from its syntax (parameters are not declared here).
    pub fn signature(&mut self, f: &ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = f.params.len();
        for (i, p) in f.params.iter().enumerate() {
            let t = match &p.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    if i != n - 1 || p.names.len() > 1 {
                        self.error(p.ty.span, "can only use ... with final parameter");
                        for _ in 0..p.names.len().max(1) {
                            params.push(self.prog.types.error_type);
                        }
                        continue;
                    }
                    variadic = true;
                    let e = self.indirect_type_expr(elem);
                    self.prog.types.slice(e)
                }
                _ => self.indirect_type_expr(&p.ty),
            };
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for r in &f.results {
            let t = self.indirect_type_expr(&r.ty);
            for _ in 0..r.names.len().max(1) {
                results.push(t);
            }
        }
        self.prog.types.func(params, results, variadic)
    }

    fn struct_type(&mut self, fields: &[ast::Field], indirect: bool) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: HashMap<grammar::ast::Name, grammar::Span> = HashMap::new();
        for f in fields {
            let t = self.type_expr_inner(&f.ty, indirect);
            self.check_not_constraint(&f.ty, t);
            self.record_type(&f.ty, t, None);
            let tag = f.tag.as_ref().map(|t| {
                std::rc::Rc::from(
                    String::from_utf8_lossy(&grammar::literal::decode_string(&t.raw)).as_ref(),
                )
            });
            let mut add =
                |c: &mut Self, name: grammar::ast::Name, span: grammar::Span, embedded: bool| {
                    if name.as_ref() != "_" {
                        if let Some(prev) = seen.get(&name) {
                            c.errors.push(
                                Diagnostic::error(span, format!("{name} redeclared"))
                                    .with_label(*prev, format!("other declaration of {name}")),
                            );
                        } else {
                            seen.insert(name.clone(), span);
                        }
                    }
                    out.push(Field {
                        name,
                        ty: t,
                        embedded,
                        tag: tag.clone(),
                        pkg: c.pkg.clone(),
                    });
                };
            if f.names.is_empty() {
                // Embedded: the field is named after the type (`*pkg.T` -> T).
                let name = embedded_name(&f.ty);
                let under = self.prog.types.underlying(t);
                if let Type::Pointer(_) = self.prog.types.get(under) {
                    if !matches!(f.ty.kind, ExprKind::Star(_)) {
                        self.error(f.ty.span, "embedded field type cannot be a pointer");
                    }
                }
                add(self, name, f.ty.span, true);
            } else {
                for n in &f.names {
                    add(self, n.name.clone(), n.span, false);
                }
            }
        }
        self.prog.types.intern(Type::Struct(out))
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let s = self.signature(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(Method {
                        name: name.name.clone(),
                        sig: s,
                        pkg: self.pkg.clone(),
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    let direct =
                        !matches!(e.kind, ExprKind::Binary { .. } | ExprKind::Unary { .. });
                    let t = if direct {
                        self.type_expr_inner(e, false)
                    } else {
                        self.constraint_type(e)
                    };
                    if t == self.prog.types.error_type {
                        continue;
                    }
                    let Some(i) = self.prog.types.interface(t).cloned() else {
                        continue;
                    };
                    if i.terms.is_some()
                        && !matches!(e.kind, ExprKind::Binary { .. } | ExprKind::Unary { .. })
                        && !self.prog.types.is_interface(t)
                    {
                        // A single non-interface type embedded: a one-term type set.
                    }
                    for m in i.methods {
                        if let Some(prev) = methods.iter().find(|p| p.name == m.name) {
                            if prev.sig != m.sig {
                                self.error(e.span, format!("duplicate method {}", m.name));
                            }
                            continue;
                        }
                        methods.push(m);
                    }
                    comparable |= i.comparable;
                    if let Some(ts) = i.terms {
                        terms = Some(match terms {
                            None => ts,
                            // Intersection of type sets, by identical terms.
                            Some(prev) => prev
                                .into_iter()
                                .filter(|p| ts.iter().any(|q| q.ty == p.ty))
                                .collect(),
                        });
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.prog.types.intern(Type::Interface(Interface {
            methods,
            terms,
            comparable,
        }))
    }

    /// A constant array length.
    fn array_len(&mut self, e: &ast::Expr) -> Option<u64> {
        let x = self.expr(e);
        if x.mode == Mode::Invalid {
            return None;
        }
        if x.mode != Mode::Const {
            let text = self.expr_text(e);
            self.error(e.span, format!("invalid array length {text}"));
            return None;
        }
        let v = x.val.clone().unwrap();
        if !v.is_integral()
            || !self
                .prog
                .types
                .basic_kind(x.ty)
                .is_some_and(|k| k.is_numeric())
        {
            let d = self.describe(&x);
            self.error(e.span, format!("array length {d} must be integer"));
            return None;
        }
        match v.represent(BasicKind::Int).ok().and_then(|v| v.as_i64()) {
            Some(n) if n >= 0 => Some(n as u64),
            _ => {
                let d = self.describe(&x);
                self.error(e.span, format!("invalid array length {d}"));
                None
            }
        }
    }
}

/// The implicit name of an embedded field: `T`, `*T`, `pkg.T`, `T[int]` -> T.
pub fn embedded_name(e: &ast::Expr) -> grammar::ast::Name {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => sel.name.clone(),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => "?".into(),
    }
}
