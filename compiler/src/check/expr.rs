//! Expressions: operands, untyped constants, operators, conversions of
//! untyped values, assignability, selectors, indexing, literals.

use super::Checker;
use crate::basic::BasicKind;
use crate::constant::{ConstError, Repr, Value};
use crate::objects::*;
use crate::types::{Type, TypeId};
use grammar::ast::{self, BinaryOp, ExprKind, UnaryOp};
use grammar::{Diagnostic, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Const,
    /// Addressable.
    Var,
    MapIndex,
    Value,
    /// `<-ch` and `x.(T)`: may yield a second, boolean value.
    CommaOk,
}

#[derive(Debug, Clone)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// The expression as gc prints it in messages.
    pub text: String,
    pub span: Span,
}

impl<'a> Checker<'a> {
    pub fn invalid(&self, e: &ast::Expr) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: self.prog.types.error_type,
            val: None,
            text: self.expr_text(e),
            span: e.span,
        }
    }

    fn operand(&self, e: &ast::Expr, mode: Mode, ty: TypeId, val: Option<Value>) -> Operand {
        Operand {
            mode,
            ty,
            val,
            text: self.expr_text(e),
            span: e.span,
        }
    }

    pub fn record_type(&mut self, e: &ast::Expr, ty: TypeId, val: Option<Value>) {
        self.prog
            .info
            .types
            .insert((self.file, e.span), super::TypeAndValue { ty, value: val });
    }

    pub fn use_obj(&mut self, id: ObjId, span: Span) {
        self.prog.obj_mut(id).used = true;
        self.prog.info.uses.insert((self.file, span), id);
        self.record_dep(id);
    }

    /// A single value (not a type, not a tuple, not "no value").
    pub fn expr(&mut self, e: &ast::Expr) -> Operand {
        let x = self.expr_any(e);
        self.value_check(x, e)
    }

    /// The values of a multi-value call (`f()` returning a tuple), each as
    /// its own operand; `None` for anything else.
    pub fn spread_tuple(&self, x: &Operand) -> Option<Vec<Operand>> {
        if x.mode == Mode::Invalid {
            return None;
        }
        let Type::Tuple(ts) = self.prog.types.get(x.ty) else {
            return None;
        };
        let one = |t: &TypeId| Operand {
            mode: Mode::Value,
            ty: *t,
            val: None,
            text: x.text.clone(),
            span: x.span,
        };
        Some(ts.iter().map(one).collect())
    }

    /// `x` as a single value: not a type, tuple or uninstantiated generic.
    pub fn value_check(&mut self, x: Operand, e: &ast::Expr) -> Operand {
        if x.mode == Mode::Value
            && matches!(
                strip_parens(e).kind,
                ExprKind::Ident(_) | ExprKind::Selector { .. }
            )
            && self.generic_of(e).is_some()
        {
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!("cannot use generic function {text} without instantiation"),
            );
            return self.invalid(e);
        }
        self.single_value(x, e)
    }

    pub fn single_value(&mut self, x: Operand, e: &ast::Expr) -> Operand {
        match x.mode {
            Mode::Invalid => x,
            Mode::NoValue => {
                self.error(e.span, format!("{} (no value) used as value", x.text));
                self.invalid(e)
            }
            Mode::TypeExpr => {
                let d = self.describe(&x);
                self.error(e.span, format!("{d} is not an expression"));
                self.invalid(e)
            }
            Mode::Builtin(b) => {
                self.error(e.span, format!("{} (built-in) must be called", b.name()));
                self.invalid(e)
            }
            _ => {
                if let Type::Tuple(_) = self.prog.types.get(x.ty) {
                    let d = self.describe(&x);
                    self.error(
                        e.span,
                        format!("multiple-value {d} in single-value context"),
                    );
                    return self.invalid(e);
                }
                x
            }
        }
    }

    /// Any expression result, tuples and types included.
    pub fn expr_any(&mut self, e: &ast::Expr) -> Operand {
        let x = self.raw_expr(e, None);
        if x.mode != Mode::Invalid {
            self.record_type(e, x.ty, x.val.clone());
        }
        x
    }

    /// An expression or a type.
    pub fn expr_or_type(&mut self, e: &ast::Expr) -> Operand {
        let x = self.expr_any(e);
        if x.mode == Mode::NoValue {
            self.error(e.span, format!("{} (no value) used as value", x.text));
            return self.invalid(e);
        }
        x
    }

    /// `hint` is the type an elided composite literal stands for.
    pub fn raw_expr(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let types = &self.prog.types;
        match &e.kind {
            ExprKind::Bad => self.invalid(e),
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::BasicLit(lit) => match Value::from_literal(lit.kind, &lit.raw) {
                Ok(v) => {
                    let k = match lit.kind {
                        ast::LitKind::Int => BasicKind::UntypedInt,
                        ast::LitKind::Float => BasicKind::UntypedFloat,
                        ast::LitKind::Rune => BasicKind::UntypedRune,
                        ast::LitKind::String => BasicKind::UntypedString,
                        ast::LitKind::Imag => return self.invalid(e),
                    };
                    let t = types.basic(k);
                    self.operand(e, Mode::Const, t, Some(v))
                }
                Err(_) => {
                    // Go's wording; minigo's exponent range is narrower than Go's.
                    self.error(e.span, format!("malformed constant: {}", lit.raw));
                    self.invalid(e)
                }
            },
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                if o.mode != Mode::Invalid {
                    self.record_type(x, o.ty, o.val.clone());
                }
                o.text = self.expr_text(e);
                o.span = e.span;
                o
            }
            ExprKind::FuncLit { ty, body } => {
                let sig = self.signature(ty);
                self.func_lit(sig, ty, body);
                self.operand(e, Mode::Value, sig, None)
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices } => self.index_expr(e, x, indices),
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => {
                let o = self.expr_or_type(x);
                match o.mode {
                    Mode::Invalid => self.invalid(e),
                    Mode::TypeExpr => {
                        let t = self.prog.types.pointer(o.ty);
                        self.operand(e, Mode::TypeExpr, t, None)
                    }
                    _ => {
                        if self.prog.types.basic_kind(o.ty) == Some(BasicKind::UntypedNil) {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return self.invalid(e);
                        }
                        match self
                            .prog
                            .types
                            .core(o.ty)
                            .map(|t| self.prog.types.get(t).clone())
                        {
                            Some(Type::Pointer(elem)) => self.operand(e, Mode::Var, elem, None),
                            _ => {
                                let d = self.describe(&o);
                                self.error(
                                    x.span,
                                    format!("invalid operation: cannot indirect {d}"),
                                );
                                self.invalid(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "unexpected key:value expression");
                self.invalid(e)
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if t == self.prog.types.error_type {
                    return self.invalid(e);
                }
                self.operand(e, Mode::TypeExpr, t, None)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                self.invalid(e)
            }
        }
    }

    fn ident(&mut self, e: &ast::Expr, id: &ast::Ident) -> Operand {
        if id.name.as_ref() == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return self.invalid(e);
        }
        let Some(obj) = self.lookup_name(&id.name) else {
            self.error(e.span, format!("undefined: {}", id.name));
            return self.invalid(e);
        };
        self.use_obj(obj, e.span);
        self.resolve(obj);
        let o = self.prog.obj(obj).clone();
        let ty = o.ty.unwrap_or(self.prog.types.error_type);
        match o.kind {
            ObjKind::Var { .. } => {
                if ty == self.prog.types.error_type {
                    return self.invalid(e);
                }
                self.operand(e, Mode::Var, ty, None)
            }
            ObjKind::Const(v) => {
                if ty == self.prog.types.error_type {
                    return self.invalid(e);
                }
                self.operand(e, Mode::Const, ty, Some(v))
            }
            ObjKind::Iota => match self.iota {
                Some(i) => {
                    let t = self.prog.types.basic(BasicKind::UntypedInt);
                    self.operand(e, Mode::Const, t, Some(Value::Int(i.into())))
                }
                None => {
                    self.error(e.span, "cannot use iota outside constant declaration");
                    self.invalid(e)
                }
            },
            ObjKind::TypeName => {
                if ty == self.prog.types.error_type {
                    return self.invalid(e);
                }
                if let Some(n) = self.prog.types.named_info(ty) {
                    if n.underlying.is_none() && n.tparams.is_empty() {
                        // Used as a value/conversion inside its own declaration.
                    }
                }
                self.operand(e, Mode::TypeExpr, ty, None)
            }
            ObjKind::Func => {
                if self.prog.generic_funcs.contains_key(&obj) {
                    let mut o = self.operand(e, Mode::Value, ty, None);
                    o.mode = Mode::Value;
                    return o;
                }
                self.operand(e, Mode::Value, ty, None)
            }
            ObjKind::PkgName(_) => {
                self.error(
                    e.span,
                    format!("use of package {} not in selector", id.name),
                );
                self.invalid(e)
            }
            ObjKind::Builtin(b) => {
                self.operand(e, Mode::Builtin(b), self.prog.types.error_type, None)
            }
            ObjKind::Nil => {
                let t = self.prog.types.basic(BasicKind::UntypedNil);
                self.operand(e, Mode::Value, t, None)
            }
        }
    }

    // ---- untyped values and assignability ----------------------------------

    /// Gives an untyped operand the type `target` (or its default type when
    /// `target` is an interface), checking representability. Reports with
    /// `context` (`assignment`, `argument to f`, ...). Returns false on error.
    pub fn assign_to(&mut self, x: &mut Operand, target: TypeId, context: &str) -> bool {
        if x.mode == Mode::Invalid || target == self.prog.types.error_type {
            return false;
        }
        if matches!(x.mode, Mode::TypeExpr | Mode::NoValue | Mode::Builtin(_)) {
            let e_text = x.text.clone();
            match x.mode {
                Mode::TypeExpr => {
                    let d = self.describe(x);
                    self.error(x.span, format!("{d} is not an expression"))
                }
                Mode::NoValue => self.error(x.span, format!("{e_text} (no value) used as value")),
                _ => self.error(x.span, format!("{e_text} (built-in) must be called")),
            }
            x.mode = Mode::Invalid;
            return false;
        }
        let tname = self.type_name(target);
        if self.prog.types.is_untyped(x.ty) {
            let k = self.prog.types.basic_kind(x.ty).unwrap();
            if k == BasicKind::UntypedNil {
                if self.nil_assignable(target) {
                    x.ty = target;
                    return true;
                }
                self.error(
                    x.span,
                    format!("cannot use nil as {tname} value in {context}"),
                );
                x.mode = Mode::Invalid;
                return false;
            }
            let is_iface =
                self.prog.types.is_interface(target) || self.prog.types.is_type_param(target);
            let dest = if is_iface && !self.prog.types.is_type_param(target) {
                self.prog.types.basic(k.default_type())
            } else {
                target
            };
            if let Some((shift, operand)) = self.delayed_shifts.get(&x.span).cloned() {
                if !self
                    .prog
                    .types
                    .basic_kind(dest)
                    .is_some_and(|k| k.is_integer())
                {
                    let dname = self.type_name(dest);
                    self.error(shift, format!("invalid operation: shifted operand {operand} (type {dname}) must be integer"));
                    x.mode = Mode::Invalid;
                    return false;
                }
            }
            if let Some(dk) = self
                .prog
                .types
                .basic_kind(dest)
                .filter(|_| !self.prog.types.is_type_param(dest))
            {
                if let (Mode::Const, Some(v)) = (x.mode, x.val.clone()) {
                    match v.represent(dk) {
                        Ok(v2) => {
                            x.val = Some(v2);
                        }
                        Err(r) => {
                            let d = self.describe(x);
                            let dname = self.type_name(dest);
                            let why = match r {
                                Repr::Overflows => " (overflows)",
                                Repr::Truncated => " (truncated)",
                                Repr::Mismatch => "",
                            };
                            self.error(
                                x.span,
                                format!("cannot use {d} as {dname} value in {context}{why}"),
                            );
                            x.mode = Mode::Invalid;
                            return false;
                        }
                    }
                } else if !self.untyped_fits(k, dk) {
                    let d = self.describe(x);
                    let dname = self.type_name(dest);
                    self.error(
                        x.span,
                        format!("cannot use {d} as {dname} value in {context}"),
                    );
                    x.mode = Mode::Invalid;
                    return false;
                }
                if is_iface {
                    x.ty = dest;
                    self.record_type_span(x.span, dest, x.val.clone());
                    return self.check_assignable(x, target, context);
                }
                x.ty = dest;
                self.record_type_span(x.span, dest, x.val.clone());
                return true;
            }
            if self.prog.types.is_type_param(target) {
                // Every type in the type set must accept the constant.
                if let Some(terms) = self.prog.types.term_types(target) {
                    for t in terms {
                        if let (Some(tk), Some(v)) = (self.prog.types.basic_kind(t), x.val.clone())
                        {
                            if v.represent(tk).is_err() || !self.untyped_fits(k, tk) {
                                let d = self.describe(x);
                                self.error(
                                    x.span,
                                    format!("cannot use {d} as {tname} value in {context}"),
                                );
                                x.mode = Mode::Invalid;
                                return false;
                            }
                        }
                    }
                    x.ty = target;
                    return true;
                }
            }
            let d = self.describe(x);
            self.error(
                x.span,
                format!("cannot use {d} as {tname} value in {context}"),
            );
            x.mode = Mode::Invalid;
            return false;
        }
        self.check_assignable(x, target, context)
    }

    fn record_type_span(&mut self, span: Span, ty: TypeId, val: Option<Value>) {
        self.prog
            .info
            .types
            .insert((self.file, span), super::TypeAndValue { ty, value: val });
    }

    fn check_assignable(&mut self, x: &mut Operand, target: TypeId, context: &str) -> bool {
        match self.assignable(x.ty, target) {
            Ok(()) => true,
            Err(why) => {
                let d = self.describe(x);
                let tname = self.type_name(target);
                self.error(
                    x.span,
                    format!("cannot use {d} as {tname} value in {context}{why}"),
                );
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    /// Whether an untyped value of kind `k` can become a `dk` (ignoring the
    /// value's range): numbers to numbers, strings to strings, bools to bools.
    fn untyped_fits(&self, k: BasicKind, dk: BasicKind) -> bool {
        match k {
            BasicKind::UntypedBool => dk.is_boolean(),
            BasicKind::UntypedString => dk.is_string(),
            BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat => {
                dk.is_numeric()
            }
            _ => false,
        }
    }

    pub fn nil_assignable(&self, t: TypeId) -> bool {
        if self.prog.types.is_type_param(t) {
            return false;
        }
        matches!(
            self.prog.types.under(t),
            Type::Pointer(_)
                | Type::Func(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Interface(_)
        ) || self.prog.types.basic_kind(t) == Some(BasicKind::UnsafePointer)
    }

    /// Go's assignability of a (typed) value of type `v` to `t`; the error
    /// is a suffix for the message (`: T does not implement I (...)`).
    pub fn assignable(&mut self, v: TypeId, t: TypeId) -> Result<(), String> {
        let types = &self.prog.types;
        if v == t || v == types.error_type || t == types.error_type {
            return Ok(());
        }
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        let v_named = types.is_named(v);
        let t_named = types.is_named(t);
        if vu == tu && (!v_named || !t_named) && !types.is_type_param(v) && !types.is_type_param(t)
        {
            return Ok(());
        }
        if types.is_interface(t) {
            return match self.implements(v, t) {
                Ok(()) => Ok(()),
                Err(why) => {
                    let (vn, tn) = (self.type_name(v), self.type_name(t));
                    Err(format!(":\n\t{vn} does not implement {tn} {why}")
                        .replacen(":\n\t", ": ", 1))
                }
            };
        }
        if let (Type::Chan(ast::ChanDir::Both, ve), Type::Chan(_, te)) =
            (types.get(vu), types.get(tu))
        {
            if ve == te && (!v_named || !t_named) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Converts an untyped constant operand to its default type (for `x :=`).
    pub fn default_type(&mut self, x: &mut Operand) {
        if x.mode == Mode::Invalid || !self.prog.types.is_untyped(x.ty) {
            return;
        }
        let k = self.prog.types.basic_kind(x.ty).unwrap();
        if k == BasicKind::UntypedNil {
            return;
        }
        let t = self.prog.types.basic(k.default_type());
        self.assign_to(x, t, "assignment");
    }

    // ---- operators -----------------------------------------------------------

    fn unary(
        &mut self,
        e: &ast::Expr,
        op: UnaryOp,
        xe: &ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if op == UnaryOp::Addr {
            // &T{...} takes the address of a composite literal.
            let inner = strip_parens(xe);
            if let ExprKind::CompositeLit { ty, elts, .. } = &inner.kind {
                let elem_hint = hint.and_then(|h| match self.prog.types.under(h) {
                    Type::Pointer(el) => Some(*el),
                    _ => None,
                });
                let x = self.composite_lit(inner, ty.as_deref(), elts, elem_hint);
                self.record_type(inner, x.ty, None);
                if x.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let t = self.prog.types.pointer(x.ty);
                return self.operand(e, Mode::Value, t, None);
            }
            let x = self.expr(xe);
            if x.mode == Mode::Invalid {
                return self.invalid(e);
            }
            if x.mode != Mode::Var {
                let d = self.describe(&x);
                self.error(
                    xe.span,
                    format!("invalid operation: cannot take address of {d}"),
                );
                return self.invalid(e);
            }
            let t = self.prog.types.pointer(x.ty);
            return self.operand(e, Mode::Value, t, None);
        }
        if op == UnaryOp::Recv {
            let x = self.expr(xe);
            if x.mode == Mode::Invalid {
                return self.invalid(e);
            }
            let core = self
                .prog
                .types
                .core(x.ty)
                .map(|t| self.prog.types.get(t).clone());
            return match core {
                Some(Type::Chan(dir, elem)) => {
                    if dir == ast::ChanDir::Send {
                        let d = self.describe(&x);
                        let tn = self.type_name(x.ty);
                        self.error(
                            xe.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {tn} {d}"
                            ),
                        );
                        return self.invalid(e);
                    }
                    self.operand(e, Mode::CommaOk, elem, None)
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(
                        xe.span,
                        format!("invalid operation: cannot receive from non-channel {d}"),
                    );
                    self.invalid(e)
                }
            };
        }
        if op == UnaryOp::Tilde {
            self.error(e.span, "invalid use of ~ outside a type constraint");
            return self.invalid(e);
        }
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.all_terms(x.ty, |k| k.is_numeric()),
            UnaryOp::Not => self.all_terms(x.ty, |k| k.is_boolean()),
            UnaryOp::Xor => self.all_terms(x.ty, |k| k.is_integer()),
            _ => true,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return self.invalid(e);
        }
        if let (Mode::Const, Some(v)) = (x.mode, &x.val) {
            let k = self.prog.types.basic_kind(x.ty).unwrap();
            let bits = if k.is_unsigned() { k.bits() } else { None };
            return self.const_result(e, x.ty, v.unary(op, bits));
        }
        self.operand(e, Mode::Value, x.ty, None)
    }

    /// Whether every type in `t`'s type set (just `t` for ordinary types) is
    /// a basic type satisfying `pred`.
    pub fn all_terms(&self, t: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        let types = &self.prog.types;
        if types.is_type_param(t) {
            return match types.term_types(t) {
                Some(ts) => {
                    !ts.is_empty() && ts.iter().all(|&u| types.basic_kind(u).is_some_and(&pred))
                }
                None => false,
            };
        }
        types.basic_kind(t).is_some_and(pred)
    }

    /// A folded constant of type `ty`, checked against the type's range; an
    /// error (already impossible after checking the operands) is invalid.
    fn const_result(&mut self, e: &ast::Expr, ty: TypeId, r: Result<Value, ConstError>) -> Operand {
        match r {
            Ok(v) => {
                let mut o = self.operand(e, Mode::Const, ty, Some(v));
                self.check_const_overflow(&mut o, e);
                o
            }
            Err(_) => self.invalid(e),
        }
    }

    /// A typed constant must stay within its type: `c + 1 (constant 128 of
    /// type int8) overflows int8`.
    fn check_const_overflow(&mut self, x: &mut Operand, e: &ast::Expr) {
        let Some(k) = self.prog.types.basic_kind(x.ty) else {
            return;
        };
        if k.is_untyped() || self.prog.types.is_type_param(x.ty) {
            return;
        }
        if let Some(v) = &x.val {
            match v.represent(k) {
                Ok(v2) => x.val = Some(v2),
                Err(_) => {
                    let d = self.describe(x);
                    let tn = self.type_name(x.ty);
                    self.error(e.span, format!("{d} overflows {tn}"));
                    x.mode = Mode::Invalid;
                }
            }
        }
    }

    fn binary(&mut self, e: &ast::Expr, op: BinaryOp, xe: &ast::Expr, ye: &ast::Expr) -> Operand {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, xe, ye);
        }
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return self.invalid(e);
        }
        let text = self.expr_text(e);
        if op.is_comparison() {
            return self.comparison(e, op, x, y, &text);
        }
        if !self.match_types(&mut x, &mut y) {
            let (a, b) = (self.type_name(x.ty), self.type_name(y.ty));
            self.error(
                x.span,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return self.invalid(e);
        }
        if !self.identical_for_op(x.ty, y.ty) {
            let (a, b) = (self.type_name(x.ty), self.type_name(y.ty));
            self.error(
                x.span,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return self.invalid(e);
        }
        // An untyped delayed shift flows into the result.
        if let Some(d) = self
            .delayed_shifts
            .get(&x.span)
            .or_else(|| self.delayed_shifts.get(&y.span))
            .cloned()
        {
            if self.prog.types.is_untyped(x.ty) {
                self.delayed_shifts.insert(e.span, d);
            }
        }
        let ok = match op {
            BinaryOp::Add => self.all_terms(x.ty, |k| k.is_numeric() || k.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => {
                self.all_terms(x.ty, |k| k.is_numeric())
            }
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.all_terms(x.ty, |k| k.is_integer())
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.all_terms(x.ty, |k| k.is_boolean()),
            _ => true,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(
                e.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return self.invalid(e);
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) {
            if let (Mode::Const, Some(v)) = (y.mode, &y.val) {
                if v.sign() == 0
                    && (x.mode == Mode::Const || self.all_terms(x.ty, |k| k.is_integer()))
                {
                    self.error(y.span, "invalid operation: division by zero");
                    return self.invalid(e);
                }
            }
        }
        if let (Mode::Const, Mode::Const, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let int_div = self.all_terms(x.ty, |k| k.is_integer());
            return match a.binary(op, b, int_div) {
                Ok(v) => {
                    let mut o = self.operand(e, Mode::Const, x.ty, Some(v));
                    self.check_const_overflow(&mut o, e);
                    o
                }
                Err(ConstError::DivByZero) => {
                    self.error(y.span, "invalid operation: division by zero");
                    self.invalid(e)
                }
                Err(_) => {
                    self.error(
                        e.span,
                        format!("constant result of {text} is not representable"),
                    );
                    self.invalid(e)
                }
            };
        }
        self.operand(e, Mode::Value, x.ty, None)
    }

    fn identical_for_op(&self, a: TypeId, b: TypeId) -> bool {
        a == b || a == self.prog.types.error_type || b == self.prog.types.error_type
    }

    /// Makes the operands of a binary operation agree on untyped-ness: an
    /// untyped one takes the other's type; two untyped take the larger kind.
    pub(crate) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) -> bool {
        let xu = self.prog.types.is_untyped(x.ty);
        let yu = self.prog.types.is_untyped(y.ty);
        if xu && yu {
            let (xk, yk) = (
                self.prog.types.basic_kind(x.ty).unwrap(),
                self.prog.types.basic_kind(y.ty).unwrap(),
            );
            if xk == yk {
                return true;
            }
            let numeric = |k: BasicKind| {
                matches!(
                    k,
                    BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat
                )
            };
            if numeric(xk) && numeric(yk) {
                let k = xk.max(yk);
                let t = self.prog.types.basic(k);
                for o in [&mut *x, &mut *y] {
                    o.ty = t;
                    if let Some(v) = &o.val {
                        if k == BasicKind::UntypedFloat {
                            o.val = Some(v.to_float());
                        }
                    }
                }
                return true;
            }
            return false;
        }
        if xu {
            return self.implicit_convert(x, y.ty);
        }
        if yu {
            return self.implicit_convert(y, x.ty);
        }
        true
    }

    /// Converts an untyped operand to `target` for an operation; false if it
    /// cannot be (the caller reports mismatched types). Overflow is reported here.
    fn implicit_convert(&mut self, x: &mut Operand, target: TypeId) -> bool {
        let k = self.prog.types.basic_kind(x.ty).unwrap();
        if k == BasicKind::UntypedNil {
            if self.nil_assignable(target) {
                x.ty = target;
                return true;
            }
            return false;
        }
        if self.prog.types.is_interface(target) {
            // Compared with an interface: the constant takes its default type.
            let t = self.prog.types.basic(k.default_type());
            x.ty = t;
            return true;
        }
        if self.prog.types.is_type_param(target) {
            let ok = self.all_terms(target, |dk| match k {
                BasicKind::UntypedBool => dk.is_boolean(),
                BasicKind::UntypedString => dk.is_string(),
                _ => dk.is_numeric(),
            });
            if ok {
                x.ty = target;
            }
            return ok;
        }
        let Some(dk) = self.prog.types.basic_kind(target) else {
            return false;
        };
        if !self.untyped_fits(k, dk) {
            return false;
        }
        if let (Mode::Const, Some(v)) = (x.mode, x.val.clone()) {
            match v.represent(dk) {
                Ok(v2) => x.val = Some(v2),
                Err(r) => {
                    let d = self.describe(x);
                    let tn = self.type_name(target);
                    let why = match r {
                        Repr::Truncated => "truncated",
                        _ => "overflows",
                    };
                    if why == "truncated" {
                        self.error(x.span, format!("{d} truncated to {tn}"));
                    } else {
                        self.error(
                            x.span,
                            format!("cannot use {d} as {tn} value in expression ({why})"),
                        );
                    }
                    x.mode = Mode::Invalid;
                    x.ty = target;
                    return true;
                }
            }
        }
        x.ty = target;
        self.record_type_span(x.span, target, x.val.clone());
        true
    }

    fn comparison(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        mut x: Operand,
        mut y: Operand,
        text: &str,
    ) -> Operand {
        let ub = self.prog.types.basic(BasicKind::UntypedBool);
        let xnil = self.prog.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil);
        let ynil = self.prog.types.basic_kind(y.ty) == Some(BasicKind::UntypedNil);
        if xnil && ynil {
            self.error(
                y.span,
                format!(
                    "invalid operation: {text} (operator {} not defined on untyped nil)",
                    op.as_str()
                ),
            );
            return self.invalid(e);
        }
        if !self.match_types(&mut x, &mut y) || x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
                return self.invalid(e);
            }
            let (a, b) = (self.type_name(x.ty), self.type_name(y.ty));
            self.error(
                y.span,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return self.invalid(e);
        }
        // Either operand must be assignable to the other's type.
        let ok = self.assignable(x.ty, y.ty).is_ok() || self.assignable(y.ty, x.ty).is_ok();
        if !ok {
            let (a, b) = (self.type_name(x.ty), self.type_name(y.ty));
            self.error(
                y.span,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return self.invalid(e);
        }
        let equality = matches!(op, BinaryOp::Eql | BinaryOp::Neq);
        if equality {
            // Slices, maps and funcs compare only to nil.
            let (xn, yn) = (xnil || ynil, false);
            let _ = yn;
            if !xn {
                for o in [&x, &y] {
                    if let Err(why) = self.prog.types.comparable(o.ty) {
                        let why = if self.prog.types.is_type_param(o.ty)
                            && why != "incomparable types in type set"
                        {
                            why
                        } else {
                            why
                        };
                        self.error(x.span, format!("invalid operation: {text} ({why})"));
                        return self.invalid(e);
                    }
                }
            }
        } else if !self.ordered_type(x.ty) {
            if self.prog.types.is_type_param(x.ty) {
                let tn = self.type_name(x.ty);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: {text} (type parameter {tn} cannot use operator {})",
                        op.as_str()
                    ),
                );
            } else {
                let d = self.describe(&x);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: {text} (operator {} not defined on {d})",
                        op.as_str()
                    ),
                );
            }
            return self.invalid(e);
        }
        if let (Mode::Const, Mode::Const, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let v = a.compare(op, b);
            return self.operand(e, Mode::Const, ub, Some(Value::Bool(v)));
        }
        // The operands' final types are known now.
        if self.prog.types.is_untyped(x.ty) {
            self.default_type(&mut x);
        }
        if self.prog.types.is_untyped(y.ty) {
            self.default_type(&mut y);
        }
        self.operand(e, Mode::Value, ub, None)
    }

    pub(crate) fn ordered_type(&self, t: TypeId) -> bool {
        if self.prog.types.is_type_param(t) {
            return self.all_terms(t, |k| k.is_numeric() || k.is_string());
        }
        self.prog.types.ordered(t)
    }

    fn shift(&mut self, e: &ast::Expr, op: BinaryOp, xe: &ast::Expr, ye: &ast::Expr) -> Operand {
        let x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return self.invalid(e);
        }
        // The count: an integer (untyped constants must be non-negative ints).
        if self.prog.types.is_untyped(y.ty) {
            if let (Mode::Const, Some(v)) = (y.mode, &y.val) {
                if !v.is_integral() {
                    let d = self.describe(&y);
                    self.error(y.span, format!("{d} truncated to uint"));
                    return self.invalid(e);
                }
            }
            let uint = self.prog.types.basic(BasicKind::Uint);
            if y.mode != Mode::Const {
                self.assign_to(&mut y, uint, "shift count");
            } else {
                y.ty = self.prog.types.basic(BasicKind::UntypedInt);
            }
        } else if !self.all_terms(y.ty, |k| k.is_integer()) {
            let d = self.describe(&y);
            self.error(
                y.span,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return self.invalid(e);
        }
        if let (Mode::Const, Some(v)) = (y.mode, &y.val) {
            if v.as_i64().is_some_and(|n| n < 0) {
                let d = self.describe(&y);
                self.error(
                    y.span,
                    format!("invalid operation: negative shift count {d}"),
                );
                return self.invalid(e);
            }
        }
        // The shifted operand.
        if x.mode == Mode::Const && self.prog.types.is_untyped(x.ty) {
            let v = x.val.clone().unwrap();
            if !v.is_integral() {
                let d = self.describe(&x);
                self.error(
                    x.span,
                    format!("invalid operation: shifted operand {d} must be integer"),
                );
                return self.invalid(e);
            }
            if y.mode == Mode::Const {
                let count = y.val.as_ref().and_then(|v| v.as_u64()).unwrap_or(u64::MAX);
                let xv = match v {
                    Value::Float(_) => v.represent(BasicKind::UntypedInt).unwrap_or(v),
                    v => v,
                };
                return match xv.shift(op, count) {
                    Ok(r) => {
                        let k = self.prog.types.basic_kind(x.ty).unwrap();
                        let k = if k == BasicKind::UntypedFloat {
                            BasicKind::UntypedInt
                        } else {
                            k
                        };
                        let t = self.prog.types.basic(k);
                        self.operand(e, Mode::Const, t, Some(r))
                    }
                    Err(_) => {
                        let d = self.describe(&y);
                        self.error(
                            y.span,
                            format!("invalid operation: invalid shift count {d}"),
                        );
                        self.invalid(e)
                    }
                };
            }
            // A non-constant shift of an untyped constant stays untyped: it
            // takes the type its context gives it (int by default).
            let ui = self.prog.types.basic(BasicKind::UntypedInt);
            self.delayed_shifts.insert(e.span, (e.span, x.text.clone()));
            return self.operand(e, Mode::Value, ui, None);
        }
        if !self.all_terms(x.ty, |k| k.is_integer()) {
            let d = self.describe(&x);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return self.invalid(e);
        }
        if let (Mode::Const, Mode::Const, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let count = b.as_u64().unwrap_or(0);
            return self.const_result(e, x.ty, a.shift(op, count));
        }
        self.operand(e, Mode::Value, x.ty, None)
    }

    // ---- selectors -----------------------------------------------------------

    /// An exported member of an imported package, or an error naming it.
    pub fn package_member(
        &mut self,
        pkg: usize,
        pkg_ident: &ast::Ident,
        sel: &ast::Ident,
    ) -> Option<ObjId> {
        let scope = self.prog.packages[pkg].scope;
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        let found = self.prog.scopes[scope.0 as usize]
            .names
            .get(&sel.name)
            .copied();
        match found {
            Some(id) if exported => {
                self.prog.info.uses.insert((self.file, sel.span), id);
                Some(id)
            }
            _ => {
                let path = self.prog.packages[pkg].path.clone();
                let names = &self.prog.scopes[scope.0 as usize].names;
                let similar = names.keys().find(|k| {
                    k.to_lowercase() == sel.name.to_lowercase()
                        && k.chars().next().is_some_and(|c| c.is_uppercase())
                });
                let span = sel.span;
                if let Some(s) = similar.filter(|_| !exported) {
                    let s = s.clone();
                    self.error(
                        span,
                        format!("undefined: {}.{} (but have {s})", pkg_ident.name, sel.name),
                    );
                } else if exported && super::stdlib_source(&path).is_some() && found.is_none() {
                    let msg = format!("undefined: {}.{}", pkg_ident.name, sel.name);
                    self.errors.push(Diagnostic::error(span, msg).with_note(format!(
                        "minigo's {path} does not declare {}: either Go has no such name, or minigo does not support it yet",
                        sel.name
                    )));
                } else {
                    self.error(span, format!("undefined: {}.{}", pkg_ident.name, sel.name));
                }
                None
            }
        }
    }

    fn selector(&mut self, e: &ast::Expr, xe: &ast::Expr, sel: &ast::Ident) -> Operand {
        // Qualified identifier.
        if let ExprKind::Ident(pkg) = &xe.kind {
            if let Some(obj) = self.lookup_name(&pkg.name) {
                if let ObjKind::PkgName(p) = self.prog.obj(obj).kind {
                    self.use_obj(obj, xe.span);
                    let Some(member) = self.package_member(p, pkg, sel) else {
                        return self.invalid(e);
                    };
                    self.prog.obj_mut(member).used = true;
                    let o = self.prog.obj(member).clone();
                    let ty = o.ty.unwrap_or(self.prog.types.error_type);
                    return match o.kind {
                        ObjKind::Const(v) => self.operand(e, Mode::Const, ty, Some(v)),
                        ObjKind::TypeName => self.operand(e, Mode::TypeExpr, ty, None),
                        ObjKind::Var { .. } => self.operand(e, Mode::Var, ty, None),
                        ObjKind::Func => {
                            let mut o = self.operand(e, Mode::Value, ty, None);
                            if let Some(g) = self.external_generic(member) {
                                let _ = g;
                            }
                            o.mode = Mode::Value;
                            o
                        }
                        _ => self.invalid(e),
                    };
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, &x, sel);
        }
        let x = self.single_value(x, xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        use super::lookup::Found;
        match self.lookup_field_or_method(x.ty, &sel.name) {
            Found::Field { ty, indirect, .. } => {
                let mode = if x.mode == Mode::Var || indirect {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.operand(e, mode, ty, None)
            }
            Found::Method {
                sig,
                pointer_recv,
                indirect,
                func,
            } => {
                if let Some(f) = func {
                    self.prog.info.uses.insert((self.file, sel.span), f);
                }
                if pointer_recv
                    && !indirect
                    && x.mode != Mode::Var
                    && !self.prog.types.is_interface(x.ty)
                {
                    let tn = self.type_name(x.ty);
                    self.error(
                        sel.span,
                        format!("cannot call pointer method {} on {tn}", sel.name),
                    );
                    return self.invalid(e);
                }
                self.operand(e, Mode::Value, sig, None)
            }
            Found::Ambiguous => {
                let text = self.expr_text(e);
                self.error(sel.span, format!("ambiguous selector {text}"));
                self.invalid(e)
            }
            Found::NotFound => {
                let text = self.expr_text(e);
                let why = self.missing_member_reason(x.ty, &sel.name);
                self.error(sel.span, format!("{text} undefined ({why})"));
                self.invalid(e)
            }
        }
    }

    fn external_generic(&self, _id: ObjId) -> Option<()> {
        None
    }

    /// `T.M` and `(*T).M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &ast::Expr, x: &Operand, sel: &ast::Ident) -> Operand {
        use super::lookup::Found;
        match self.lookup_field_or_method(x.ty, &sel.name) {
            Found::Method {
                sig,
                pointer_recv,
                indirect,
                ..
            } => {
                let is_ptr = matches!(self.prog.types.get(x.ty), Type::Pointer(_));
                if pointer_recv && !is_ptr && !indirect && !self.prog.types.is_interface(x.ty) {
                    let tn = self.type_name(x.ty);
                    let text = self.expr_text(e);
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {text} (needs pointer receiver (*{tn}).{})",
                            sel.name
                        ),
                    );
                    return self.invalid(e);
                }
                let s = self.prog.types.signature(sig).cloned().unwrap();
                let mut params = vec![x.ty];
                params.extend(s.params);
                let t = self.prog.types.func(params, s.results, s.variadic);
                self.operand(e, Mode::Value, t, None)
            }
            _ => {
                let text = self.expr_text(e);
                let tn = self.type_name(x.ty);
                self.error(
                    sel.span,
                    format!("{text} undefined (type {tn} has no method {})", sel.name),
                );
                self.invalid(e)
            }
        }
    }

    // ---- index and slice -----------------------------------------------------

    fn index_expr(&mut self, e: &ast::Expr, xe: &ast::Expr, indices: &[ast::Expr]) -> Operand {
        let x = self.expr_or_type(xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            let t = self.type_expr(e);
            if t == self.prog.types.error_type {
                return self.invalid(e);
            }
            return self.operand(e, Mode::TypeExpr, t, None);
        }
        // Explicit instantiation of a generic function: f[int].
        if let Some(g) = self.generic_of(xe) {
            return self.instantiate_func_explicit(e, g, indices);
        }
        let x = self.single_value(x, xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        if indices.len() != 1 {
            self.error(indices[1].span, "unexpected comma; expecting ]");
            return self.invalid(e);
        }
        let ie = &indices[0];
        let core = self.prog.types.core(x.ty).unwrap_or(x.ty);
        match self.prog.types.get(core).clone() {
            Type::Basic(k) if k.is_string() => {
                let len = x
                    .val
                    .as_ref()
                    .and_then(|v| v.as_bytes())
                    .map(|b| b.len() as i64);
                let i = self.index_value(ie, len);
                let byte = self.prog.types.basic(BasicKind::Uint8);
                if let (Some(i), Some(Value::String(s))) = (i, &x.val) {
                    if let Some(&b) = s.get(i as usize) {
                        return self.operand(
                            e,
                            Mode::Const,
                            byte,
                            Some(Value::Int((b as i64).into())),
                        );
                    }
                }
                self.operand(e, Mode::Value, byte, None)
            }
            Type::Slice(elem) => {
                self.index_value(ie, None);
                self.operand(e, Mode::Var, elem, None)
            }
            Type::Array(n, elem) => {
                self.index_value(ie, Some(n as i64));
                let mode = if x.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.operand(e, mode, elem, None)
            }
            Type::Pointer(p) => match self.prog.types.under(p).clone() {
                Type::Array(n, elem) => {
                    self.index_value(ie, Some(n as i64));
                    self.operand(e, Mode::Var, elem, None)
                }
                _ => self.cannot_index(e, &x),
            },
            Type::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assign_to(&mut key, k, "map index");
                self.operand(e, Mode::MapIndex, v, None)
            }
            _ => self.cannot_index(e, &x),
        }
    }

    fn cannot_index(&mut self, e: &ast::Expr, x: &Operand) -> Operand {
        let d = self.describe(x);
        self.error(x.span, format!("invalid operation: cannot index {d}"));
        self.invalid(e)
    }

    /// Checks an index; a constant one against `len` when known. Returns the
    /// constant index.
    pub fn index_value(&mut self, ie: &ast::Expr, len: Option<i64>) -> Option<i64> {
        let mut i = self.expr(ie);
        if i.mode == Mode::Invalid {
            return None;
        }
        if self.prog.types.is_untyped(i.ty) {
            if let (Mode::Const, Some(v)) = (i.mode, &i.val) {
                if !v.is_integral() {
                    let d = self.describe(&i);
                    self.error(
                        ie.span,
                        format!("invalid argument: index {d} must be integer"),
                    );
                    return None;
                }
            }
            let int = self.prog.types.basic(BasicKind::Int);
            if !self.assign_to(&mut i, int, "index") {
                return None;
            }
        } else if !self.all_terms(i.ty, |k| k.is_integer()) {
            let d = self.describe(&i);
            self.error(
                ie.span,
                format!("invalid argument: index {d} must be integer"),
            );
            return None;
        }
        if let (Mode::Const, Some(v)) = (i.mode, &i.val) {
            let n = v.as_i64()?;
            if n < 0 {
                let d = self.describe(&i);
                self.error(
                    ie.span,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            if let Some(len) = len {
                if n >= len {
                    let text = self.expr_text(ie);
                    self.error(
                        ie.span,
                        format!("invalid argument: index {text} out of bounds [0:{len}]"),
                    );
                    return None;
                }
            }
            return Some(n);
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
    ) -> Operand {
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        let core = self.prog.types.core(x.ty).unwrap_or(x.ty);
        let (result, len) = match self.prog.types.get(core).clone() {
            Type::Basic(k) if k.is_string() => {
                if max.is_some() {
                    self.error(
                        e.span,
                        format!("invalid operation: 3-index slice of string"),
                    );
                    return self.invalid(e);
                }
                let t = if k == BasicKind::UntypedString {
                    self.prog.types.basic(BasicKind::String)
                } else {
                    x.ty
                };
                (
                    t,
                    x.val
                        .as_ref()
                        .and_then(|v| v.as_bytes())
                        .map(|b| b.len() as i64),
                )
            }
            Type::Slice(_) => (x.ty, None),
            Type::Array(n, elem) => {
                if x.mode != Mode::Var {
                    let d = self.describe(&x);
                    self.error(
                        e.span,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return self.invalid(e);
                }
                (self.prog.types.slice(elem), Some(n as i64))
            }
            Type::Pointer(p) => match self.prog.types.under(p).clone() {
                Type::Array(n, elem) => (self.prog.types.slice(elem), Some(n as i64)),
                _ => {
                    let d = self.describe(&x);
                    self.error(e.span, format!("cannot slice {d}"));
                    return self.invalid(e);
                }
            },
            _ => {
                let d = self.describe(&x);
                self.error(e.span, format!("cannot slice {d}"));
                return self.invalid(e);
            }
        };
        let cap = len.map(|l| l + 1);
        let mut consts = Vec::new();
        for part in [lo, hi, max].into_iter().flatten() {
            consts.push(self.index_value(part, cap));
        }
        let known: Vec<i64> = consts.into_iter().flatten().collect();
        for w in known.windows(2) {
            if w[0] > w[1] {
                self.error(
                    e.span,
                    format!("invalid slice indices: {} < {}", w[1], w[0]),
                );
                return self.invalid(e);
            }
        }
        self.operand(e, Mode::Value, result, None)
    }

    fn type_assert(&mut self, e: &ast::Expr, xe: &ast::Expr, te: Option<&ast::Expr>) -> Operand {
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        let Some(te) = te else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return self.invalid(e);
        };
        if !self.prog.types.is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!("invalid operation: {d} is not an interface"),
            );
            return self.invalid(e);
        }
        let t = self.type_expr(te);
        if t == self.prog.types.error_type {
            return self.invalid(e);
        }
        if !self.prog.types.is_interface(t) {
            if let Err(why) = self.implements(t, x.ty) {
                let text = self.expr_text(e);
                let (tn, xn) = (self.type_name(t), self.type_name(x.ty));
                self.errors.push(
                    Diagnostic::error(e.span, format!("impossible type assertion: {text}"))
                        .with_note(format!("{tn} does not implement {xn} {why}")),
                );
                return self.invalid(e);
            }
        }
        self.operand(e, Mode::CommaOk, t, None)
    }

    // ---- composite literals --------------------------------------------------

    fn composite_lit(
        &mut self,
        e: &ast::Expr,
        te: Option<&ast::Expr>,
        elts: &[ast::Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match te {
            Some(ast::Expr {
                kind:
                    ExprKind::ArrayType {
                        len: Some(len),
                        elem,
                    },
                ..
            }) if matches!(len.kind, ExprKind::Ellipsis(None)) => {
                // [...]T{...}: the length is the literal's.
                let elem_t = self.value_type_expr(elem);
                let n = self.array_elements(elts, elem_t, None);
                let t = self.prog.types.intern(Type::Array(n, elem_t));
                self.record_type(te.unwrap(), t, None);
                return self.operand(e, Mode::Value, t, None);
            }
            Some(te) => self.value_type_expr(te),
            None => match hint {
                Some(h) => h,
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return self.invalid(e);
                }
            },
        };
        if t == self.prog.types.error_type {
            for el in elts {
                let v = match &el.kind {
                    ExprKind::KeyValue { value, .. } => value,
                    _ => el,
                };
                if !matches!(v.kind, ExprKind::CompositeLit { ty: None, .. }) {
                    self.expr(v);
                }
            }
            return self.invalid(e);
        }
        let core = self.prog.types.core(t).unwrap_or(t);
        match self.prog.types.get(core).clone() {
            Type::Struct(fields) => self.struct_lit(e, t, &fields, elts),
            Type::Array(n, elem) => {
                self.array_elements(elts, elem, Some(n));
                self.operand(e, Mode::Value, t, None)
            }
            Type::Slice(elem) => {
                self.array_elements(elts, elem, None);
                self.operand(e, Mode::Value, t, None)
            }
            Type::Map(k, v) => {
                let mut seen: Vec<(Value, String)> = Vec::new();
                for el in elts {
                    let ExprKind::KeyValue { key, value } = &el.kind else {
                        self.error(el.span, "missing key in map literal");
                        continue;
                    };
                    let mut kx = self.element(key, k);
                    if self.assign_to(&mut kx, k, "map literal") {
                        if let (Mode::Const, Some(val)) = (kx.mode, &kx.val) {
                            if seen.iter().any(|(s, _)| s == val) {
                                let text = self.expr_text(key);
                                self.error(
                                    key.span,
                                    format!("duplicate key {text} in map literal"),
                                );
                            } else {
                                seen.push((val.clone(), String::new()));
                            }
                        }
                    }
                    let mut vx = self.element(value, v);
                    self.assign_to(&mut vx, v, "map literal");
                }
                self.operand(e, Mode::Value, t, None)
            }
            _ => {
                let tn = self.type_name(t);
                self.error(
                    te.map_or(e.span, |x| x.span),
                    format!("invalid composite literal type {tn}"),
                );
                self.invalid(e)
            }
        }
    }

    /// An element of a composite literal: a nested literal may omit its type
    /// (and `&` for pointer elements).
    fn element(&mut self, v: &ast::Expr, elem: TypeId) -> Operand {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            let (lit_t, ptr) = match self.prog.types.under(elem) {
                Type::Pointer(p) => (*p, true),
                _ => (elem, false),
            };
            let mut x = self.composite_lit(v, None, elts, Some(lit_t));
            self.record_type(v, lit_t, None);
            if ptr && x.mode != Mode::Invalid {
                x.ty = elem;
            }
            return x;
        }
        let x = self.raw_expr(v, Some(elem));
        if x.mode != Mode::Invalid {
            self.record_type(v, x.ty, x.val.clone());
        }
        self.single_value(x, v)
    }

    /// Checks array/slice elements; returns the literal's length.
    fn array_elements(&mut self, elts: &[ast::Expr], elem: TypeId, len: Option<u64>) -> u64 {
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elts {
            let value = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    match self.index_value(key, len.map(|l| l as i64)) {
                        Some(i) => index = i,
                        None => {
                            let k = self.expr(key);
                            if k.mode != Mode::Const && k.mode != Mode::Invalid {
                                let text = self.expr_text(key);
                                self.error(
                                    key.span,
                                    format!("index {text} must be integer constant"),
                                );
                            }
                        }
                    }
                    value.as_ref()
                }
                _ => {
                    if let Some(l) = len {
                        if index >= l as i64 {
                            self.error(el.span, format!("index {index} is out of bounds (>= {l})"));
                        }
                    }
                    el
                }
            };
            if !seen.insert(index) {
                self.error(
                    el.span,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let mut x = self.element(value, elem);
            self.assign_to(&mut x, elem, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max as u64
    }

    fn struct_lit(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        fields: &[crate::types::Field],
        elts: &[ast::Expr],
    ) -> Operand {
        let tn = self.type_name(t);
        if elts.is_empty() {
            return self.operand(e, Mode::Value, t, None);
        }
        let keyed = matches!(elts[0].kind, ExprKind::KeyValue { .. });
        if keyed {
            let mut seen = std::collections::HashSet::new();
            for el in elts {
                let ExprKind::KeyValue { key, value } = &el.kind else {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                };
                let ExprKind::Ident(name) = &key.kind else {
                    let text = self.expr_text(key);
                    self.error(
                        key.span,
                        format!("invalid field name {text} in struct literal"),
                    );
                    continue;
                };
                let Some(f) = fields.iter().find(|f| f.name == name.name) else {
                    self.error(
                        key.span,
                        format!("unknown field {} in struct literal of type {tn}", name.name),
                    );
                    self.expr(value);
                    continue;
                };
                if f.pkg != self.pkg && !name.name.chars().next().is_some_and(|c| c.is_uppercase())
                {
                    self.error(
                        key.span,
                        format!(
                            "cannot refer to unexported field {} in struct literal of type {tn}",
                            name.name
                        ),
                    );
                }
                if !seen.insert(name.name.clone()) {
                    self.error(
                        key.span,
                        format!("duplicate field name {} in struct literal", name.name),
                    );
                }
                let ft = f.ty;
                let mut x = self.element(value, ft);
                self.assign_to(&mut x, ft, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let ExprKind::KeyValue { .. } = el.kind {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    self.error(
                        el.span,
                        format!("too many values in struct literal of type {tn}"),
                    );
                    break;
                };
                let ft = f.ty;
                let mut x = self.element(el, ft);
                self.assign_to(&mut x, ft, "struct literal");
            }
            if elts.len() < fields.len() {
                self.error(
                    Span::new(e.span.hi - 1, e.span.hi),
                    format!("too few values in struct literal of type {tn}"),
                );
            }
        }
        self.operand(e, Mode::Value, t, None)
    }
}

pub fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}
