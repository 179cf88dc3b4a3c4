//! Calls: conversions, built-in functions, function and method calls, and
//! type-argument inference for generic functions.

use super::expr::{Mode, Operand};
use super::Checker;
use crate::basic::BasicKind;
use crate::constant::Value;
use crate::objects::*;
use crate::types::{Signature, Type, TypeId};
use grammar::ast::{self, ExprKind};
use grammar::Span;
use std::collections::HashMap;

impl<'a> Checker<'a> {
    pub fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let f = self.expr_or_type(fun);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr_any(a);
                }
                self.invalid(e)
            }
            Mode::TypeExpr => self.conversion(e, f.ty, args),
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis),
            _ => {
                let f = self.single_value(f, fun);
                if f.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let Some(sig) = self
                    .prog
                    .types
                    .core(f.ty)
                    .and_then(|t| self.prog.types.signature(t).cloned())
                else {
                    let d = self.describe(&f);
                    let tn = self.type_name(f.ty);
                    self.error(
                        e.span,
                        format!("invalid operation: cannot call {d}: {tn} is not a function"),
                    );
                    for a in args {
                        self.expr_any(a);
                    }
                    return self.invalid(e);
                };
                let fname = self.expr_text(fun);
                let sig = match self.generic_of(fun) {
                    Some((tparams, _)) => match self.infer_call(e, &fname, &tparams, &sig, args) {
                        Some(s) => s,
                        None => return self.invalid(e),
                    },
                    None => {
                        self.check_args(e, &fname, &sig, args, ellipsis);
                        sig
                    }
                };
                match sig.results.len() {
                    0 => self.result(e, Mode::NoValue, self.prog.types.error_type),
                    1 => self.result(e, Mode::Value, sig.results[0]),
                    _ => {
                        let t = self.prog.types.tuple(sig.results.clone());
                        self.result(e, Mode::Value, t)
                    }
                }
            }
        }
    }

    fn result(&self, e: &ast::Expr, mode: Mode, ty: TypeId) -> Operand {
        Operand {
            mode,
            ty,
            val: None,
            text: self.expr_text(e),
            span: e.span,
        }
    }

    /// The type parameters of a generic function named by `fun`, if it is one.
    pub fn generic_of(&mut self, fun: &ast::Expr) -> Option<(Vec<TypeId>, ScopeId)> {
        let id = match &fun.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => *self
                .prog
                .info
                .uses
                .get(&(self.file, fun.span))
                .or_else(|| match &fun.kind {
                    ExprKind::Selector { sel, .. } => {
                        self.prog.info.uses.get(&(self.file, sel.span))
                    }
                    _ => None,
                })?,
            ExprKind::Paren(x) => return self.generic_of(x),
            ExprKind::Index { x, .. } if self.partial_targs.contains_key(&fun.span) => {
                return self.generic_of(x)
            }
            _ => return None,
        };
        if let Some(g) = self.prog.generic_funcs.get(&id) {
            return Some(g.clone());
        }
        None
    }

    /// Checks arguments against a (non-generic) signature.
    fn check_args(
        &mut self,
        e: &ast::Expr,
        fname: &str,
        sig: &Signature,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) {
        let ops = self.arg_operands(args);
        self.assign_args(e, fname, sig, ops, ellipsis);
    }

    /// Evaluates arguments; a single multi-value call spreads into several.
    fn arg_operands(&mut self, args: &[ast::Expr]) -> Vec<Operand> {
        if args.len() == 1 {
            let x = self.expr_any(&args[0]);
            if let Some(values) = self.spread_tuple(&x) {
                return values;
            }
            return vec![self.single_value(x, &args[0])];
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    fn assign_args(
        &mut self,
        e: &ast::Expr,
        fname: &str,
        sig: &Signature,
        mut ops: Vec<Operand>,
        ellipsis: Option<Span>,
    ) {
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return;
        }
        let n = sig.params.len();
        if let Some(sp) = ellipsis {
            if !sig.variadic {
                let _ = sp;
                self.error(
                    e.span,
                    format!("cannot use ... in call to non-variadic {fname}"),
                );
                return;
            }
        }
        let count_ok = if sig.variadic && ellipsis.is_none() {
            ops.len() + 1 >= n
        } else {
            ops.len() == n
        };
        if !count_ok {
            let have: Vec<String> = ops.iter().map(|o| self.arg_type_name(o)).collect();
            let want = self.params_string(sig);
            let (which, at) = if ops.len() < n {
                (
                    "not enough",
                    ops.last()
                        .map_or(Span::new(e.span.hi - 1, e.span.hi), |o| o.span),
                )
            } else {
                ("too many", ops[n.min(ops.len() - 1)].span)
            };
            self.error(
                at,
                format!(
                    "{which} arguments in call to {fname}\n\thave ({})\n\twant {want}",
                    have.join(", ")
                ),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (i, o) in ops.iter_mut().enumerate() {
            let t = if sig.variadic && i >= n - 1 && ellipsis.is_none() {
                match self.prog.types.get(sig.params[n - 1]) {
                    Type::Slice(elem) => *elem,
                    _ => sig.params[n - 1],
                }
            } else {
                sig.params[i]
            };
            self.assign_to(o, t, &context);
        }
    }

    /// How gc names an argument's type in `have (...)` lists: untyped
    /// constants as `number`, `string` or `bool`.
    pub(crate) fn arg_type_name(&self, o: &Operand) -> String {
        if self.prog.types.is_untyped(o.ty) && o.mode == Mode::Const {
            let k = self.prog.types.basic_kind(o.ty).unwrap();
            return match k {
                BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat => {
                    "number".into()
                }
                BasicKind::UntypedString => "string".into(),
                BasicKind::UntypedBool => "bool".into(),
                _ => k.name().into(),
            };
        }
        self.type_name(o.ty)
    }

    fn params_string(&self, sig: &Signature) -> String {
        let n = sig.params.len();
        let parts: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(
                |(i, &p)| match (sig.variadic && i == n - 1, self.prog.types.get(p)) {
                    (true, Type::Slice(e)) => format!("...{}", self.type_name(*e)),
                    _ => self.type_name(p),
                },
            )
            .collect();
        format!("({})", parts.join(", "))
    }

    // ---- conversions ----------------------------------------------------------

    fn conversion(&mut self, e: &ast::Expr, t: TypeId, args: &[ast::Expr]) -> Operand {
        let tn = self.type_name(t);
        if args.len() != 1 {
            for a in args {
                self.expr(a);
            }
            if args.is_empty() {
                self.error(e.span, format!("missing argument in conversion to {tn}"));
            } else {
                self.error(
                    args[1].span,
                    format!("too many arguments in conversion to {tn}"),
                );
            }
            return self.invalid(e);
        }
        let x = self.expr(&args[0]);
        if x.mode == Mode::Invalid {
            return self.invalid(e);
        }
        // Constant conversions stay constant (to basic, non-type-parameter types).
        if let (Mode::Const, Some(v)) = (x.mode, &x.val) {
            if let Some(k) = self
                .prog
                .types
                .basic_kind(t)
                .filter(|_| !self.prog.types.is_type_param(t))
            {
                let xk = self.prog.types.basic_kind(x.ty).unwrap();
                if k.is_string() && xk.is_integer() {
                    return self.result_const(e, t, v.int_to_string());
                }
                let compatible = (k.is_numeric() && xk.is_numeric())
                    || (k.is_string() && xk.is_string())
                    || (k.is_boolean() && xk.is_boolean());
                if compatible {
                    return match v.represent(k) {
                        Ok(v2) => self.result_const(e, t, v2),
                        Err(_) if v.is_integral() || !k.is_integer() => {
                            self.error(
                                args[0].span,
                                format!("constant {} overflows {tn}", v.describe(xk)),
                            );
                            self.invalid(e)
                        }
                        Err(_) => {
                            let d = self.describe(&x);
                            self.error(args[0].span, format!("cannot convert {d} to type {tn}"));
                            self.invalid(e)
                        }
                    };
                }
            }
        }
        if !self.convertible(&x, t) {
            let d = self.describe(&x);
            self.error(args[0].span, format!("cannot convert {d} to type {tn}"));
            return self.invalid(e);
        }
        let mut x = x;
        if self.prog.types.is_untyped(x.ty) {
            // An untyped constant converted to a non-basic type: default first.
            let target =
                if self.prog.types.basic_kind(t).is_some() && !self.prog.types.is_type_param(t) {
                    t
                } else {
                    let k = self.prog.types.basic_kind(x.ty).unwrap();
                    if k == BasicKind::UntypedNil {
                        t
                    } else {
                        self.prog.types.basic(k.default_type())
                    }
                };
            if self.prog.types.basic_kind(x.ty) != Some(BasicKind::UntypedNil) {
                self.assign_to(&mut x, target, "conversion");
            }
        }
        self.result(e, Mode::Value, t)
    }

    fn result_const(&self, e: &ast::Expr, t: TypeId, v: Value) -> Operand {
        Operand {
            mode: Mode::Const,
            ty: t,
            val: Some(v),
            text: self.expr_text(e),
            span: e.span,
        }
    }

    fn convertible(&mut self, x: &Operand, t: TypeId) -> bool {
        let types = &self.prog.types;
        let v = x.ty;
        if types.basic_kind(v) == Some(BasicKind::UntypedNil) {
            return self.nil_assignable(t);
        }
        if self.prog.types.is_untyped(v) {
            let k = self.prog.types.basic_kind(v).unwrap();
            let ok = |dk: BasicKind| match k {
                BasicKind::UntypedBool => dk.is_boolean(),
                BasicKind::UntypedString => dk.is_string(),
                _ => dk.is_numeric() || (dk.is_string() && k != BasicKind::UntypedFloat),
            };
            if self.prog.types.is_type_param(t) {
                return self.all_terms(t, ok);
            }
            if let Some(dk) = self.prog.types.basic_kind(t) {
                return ok(dk);
            }
            if self.prog.types.is_interface(t) {
                return true;
            }
            // []byte("...") and []rune("...").
            if k == BasicKind::UntypedString {
                return self.bytes_or_runes(t);
            }
            return false;
        }
        if self.assignable(v, t).is_ok() {
            return true;
        }
        let types = &self.prog.types;
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        if vu == tu {
            return true;
        }
        // Identical underlying types ignoring struct tags.
        if let (Type::Struct(a), Type::Struct(b)) = (types.get(vu), types.get(tu)) {
            if a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x.name == y.name && x.ty == y.ty && x.embedded == y.embedded)
            {
                return true;
            }
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(v), types.get(t)) {
            if types.underlying(*a) == types.underlying(*b) {
                return true;
            }
        }
        let (vk, tk) = (types.basic_kind(v), types.basic_kind(t));
        if let (Some(a), Some(b)) = (vk, tk) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        if tk.is_some_and(|k| k.is_string()) && self.bytes_or_runes(v) {
            return true;
        }
        if vk.is_some_and(|k| k.is_string()) && self.bytes_or_runes(t) {
            return true;
        }
        // Slice to array or array pointer.
        if let Type::Slice(se) = self.prog.types.get(vu).clone() {
            match self.prog.types.get(tu).clone() {
                Type::Array(_, ae) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = self.prog.types.under(p) {
                        if *ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        // Type parameters: every pair of terms must convert.
        if self.prog.types.is_type_param(v) || self.prog.types.is_type_param(t) {
            let vs = self.prog.types.term_types(v).unwrap_or_else(|| vec![v]);
            let ts = self.prog.types.term_types(t).unwrap_or_else(|| vec![t]);
            if vs.is_empty() || ts.is_empty() {
                return false;
            }
            for &a in &vs {
                for &b in &ts {
                    let o = Operand {
                        mode: Mode::Value,
                        ty: a,
                        val: None,
                        text: String::new(),
                        span: x.span,
                    };
                    if !self.convertible(&o, b) {
                        return false;
                    }
                }
            }
            return true;
        }
        false
    }

    fn bytes_or_runes(&self, t: TypeId) -> bool {
        match self.prog.types.under(t) {
            Type::Slice(e) => matches!(
                self.prog.types.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    // ---- built-in functions -------------------------------------------------

    fn builtin(
        &mut self,
        e: &ast::Expr,
        b: Builtin,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let name = b.name();
        let int = self.prog.types.basic(BasicKind::Int);
        let nargs = args.len();
        let arity = |min: usize, max: Option<usize>| nargs >= min && max.is_none_or(|m| nargs <= m);
        let (min, max) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.error(
                    e.span,
                    format!("minigo does not support complex numbers (built-in {name})"),
                );
                return self.invalid(e);
            }
        };
        if ellipsis.is_some() && b != Builtin::Append {
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            let _ = text;
            return self.invalid(e);
        }
        if !arity(min, max) {
            let text = self.expr_text(e);
            if b == Builtin::Make {
                self.error(
                    e.span,
                    format!("invalid operation: {text} expects 2 or 3 arguments; found {nargs}"),
                );
            } else if nargs < min {
                self.error(
                    e.span,
                    format!("not enough arguments for {text} (expected {min}, found {nargs})"),
                );
            } else {
                self.error(
                    e.span,
                    format!(
                        "too many arguments for {text} (expected {}, found {nargs})",
                        max.unwrap()
                    ),
                );
            }
            for a in args {
                self.expr_any(a);
            }
            return self.invalid(e);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let core = self.prog.types.core(x.ty).unwrap_or(x.ty);
                let t = match self.prog.types.get(core).clone() {
                    Type::Pointer(p) => self.prog.types.underlying(p),
                    _ => core,
                };
                let ok = match self.prog.types.get(t).clone() {
                    Type::Basic(k) => k.is_string() && b == Builtin::Len,
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} for built-in {name}"),
                    );
                    return self.invalid(e);
                }
                // Constant for constant strings and for arrays without calls or receives.
                if let (Mode::Const, Some(Value::String(s))) = (x.mode, &x.val) {
                    return self.result_const(e, int, Value::Int((s.len() as i64).into()));
                }
                if let Type::Array(n, _) = self.prog.types.get(t) {
                    if !contains_call_or_recv(&args[0]) {
                        return self.result_const(e, int, Value::Int((*n as i64).into()));
                    }
                }
                self.result(e, Mode::Value, int)
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let core = self
                    .prog
                    .types
                    .core(s.ty)
                    .map(|t| self.prog.types.get(t).clone());
                let Some(Type::Slice(elem)) = core else {
                    if self.prog.types.basic_kind(s.ty) == Some(BasicKind::UntypedNil) {
                        self.error(args[0].span, "invalid append: first argument must be a typed slice; have untyped nil");
                    } else {
                        let d = self.describe(&s);
                        self.error(
                            args[0].span,
                            format!("invalid append: argument must be a slice; have {d}"),
                        );
                    }
                    return self.invalid(e);
                };
                if ellipsis.is_some() {
                    if nargs != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return self.invalid(e);
                    }
                    let mut x = self.expr(&args[1]);
                    // append([]byte, string...) is allowed.
                    let is_bytes = self.prog.types.basic_kind(elem) == Some(BasicKind::Uint8);
                    if is_bytes
                        && self
                            .prog
                            .types
                            .basic_kind(x.ty)
                            .is_some_and(|k| k.is_string())
                    {
                        let st = self.prog.types.basic(BasicKind::String);
                        self.assign_to(&mut x, st, "argument to append");
                    } else {
                        self.assign_to(&mut x, s.ty, "argument to append");
                    }
                } else {
                    for a in &args[1..] {
                        let mut x = self.expr(a);
                        self.assign_to(&mut x, elem, "argument to append");
                    }
                }
                self.result(e, Mode::Value, s.ty)
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if t == self.prog.types.error_type {
                    return self.invalid(e);
                }
                let core = self
                    .prog
                    .types
                    .core(t)
                    .map(|c| self.prog.types.get(c).clone());
                let (min_sizes, max_sizes) = match core {
                    Some(Type::Slice(_)) => (1, 2),
                    Some(Type::Map(..)) | Some(Type::Chan(..)) => (0, 1),
                    _ => {
                        let text = self.expr_text(&args[0]);
                        self.error(args[0].span, format!("invalid argument: cannot make {text}: type must be slice, map, or channel"));
                        return self.invalid(e);
                    }
                };
                let sizes = nargs - 1;
                if sizes < min_sizes || sizes > max_sizes {
                    let text = self.expr_text(e);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {text} expects {} or {} arguments; found {nargs}",
                            min_sizes + 1,
                            max_sizes + 1
                        ),
                    );
                    return self.invalid(e);
                }
                let mut consts = Vec::new();
                for a in &args[1..] {
                    consts.push(self.size_arg(a, name));
                }
                if let [Some(l), Some(c)] = consts[..] {
                    if l > c {
                        self.error(
                            args[1].span,
                            format!("invalid argument: length and capacity swapped"),
                        );
                    }
                }
                self.result(e, Mode::Value, t)
            }
            Builtin::New => {
                let x = self.expr_or_type(&args[0]);
                let t = match x.mode {
                    Mode::Invalid => return self.invalid(e),
                    Mode::TypeExpr => x.ty,
                    _ => {
                        // Go 1.26: new(expr) allocates a copy of the value.
                        let mut x = self.single_value(x, &args[0]);
                        self.default_type(&mut x);
                        x.ty
                    }
                };
                let p = self.prog.types.pointer(t);
                self.result(e, Mode::Value, p)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                if m.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let Some(Type::Map(k, _)) = self
                    .prog
                    .types
                    .core(m.ty)
                    .map(|t| self.prog.types.get(t).clone())
                else {
                    let d = self.describe(&m);
                    self.error(args[0].span, format!("invalid argument: {d} is not a map"));
                    return self.invalid(e);
                };
                let mut key = self.expr(&args[1]);
                self.assign_to(&mut key, k, "argument to delete");
                self.result(e, Mode::NoValue, self.prog.types.error_type)
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                if dst.mode == Mode::Invalid || src.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                let de = match self
                    .prog
                    .types
                    .core(dst.ty)
                    .map(|t| self.prog.types.get(t).clone())
                {
                    Some(Type::Slice(el)) => el,
                    _ => {
                        let d = self.describe(&dst);
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: copy expects slice arguments; found {d} and {}",
                                self.describe(&src)
                            ),
                        );
                        return self.invalid(e);
                    }
                };
                let ok = match self
                    .prog
                    .types
                    .core(src.ty)
                    .map(|t| self.prog.types.get(t).clone())
                {
                    Some(Type::Slice(se)) => se == de,
                    Some(Type::Basic(k)) if k.is_string() => {
                        self.prog.types.basic_kind(de) == Some(BasicKind::Uint8)
                    }
                    _ => false,
                };
                if !ok {
                    let (a, b) = (self.describe(&dst), self.describe(&src));
                    self.error(e.span, format!("invalid argument: arguments to copy {a} and {b} have different element types"));
                    return self.invalid(e);
                }
                self.result(e, Mode::Value, int)
            }
            Builtin::Close => {
                let c = self.expr(&args[0]);
                if c.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                match self
                    .prog
                    .types
                    .core(c.ty)
                    .map(|t| self.prog.types.get(t).clone())
                {
                    Some(Type::Chan(ast::ChanDir::Recv, _)) => {
                        let d = self.describe(&c);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                        self.invalid(e)
                    }
                    Some(Type::Chan(..)) => {
                        self.result(e, Mode::NoValue, self.prog.types.error_type)
                    }
                    _ => {
                        let d = self.describe(&c);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                        self.invalid(e)
                    }
                }
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return self.invalid(e);
                }
                match self
                    .prog
                    .types
                    .core(x.ty)
                    .map(|t| self.prog.types.get(t).clone())
                {
                    Some(Type::Map(..)) | Some(Type::Slice(_)) => {
                        self.result(e, Mode::NoValue, self.prog.types.error_type)
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {d} must be a map or slice"),
                        );
                        self.invalid(e)
                    }
                }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.prog.any_type;
                self.assign_to(&mut x, any, "argument to panic");
                self.result(e, Mode::NoValue, self.prog.types.error_type)
            }
            Builtin::Print | Builtin::Println => {
                // println(f()) spreads f's results, as for any call.
                let ops = self.arg_operands(args);
                for (a, mut x) in args.iter().cycle().zip(ops) {
                    if x.mode != Mode::Invalid {
                        if self.prog.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(a.span, "use of untyped nil in argument to built-in print");
                        } else {
                            self.default_type(&mut x);
                        }
                    }
                }
                self.result(e, Mode::NoValue, self.prog.types.error_type)
            }
            Builtin::Recover => {
                let any = self.prog.any_type;
                self.result(e, Mode::Value, any)
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => unreachable!(),
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if ops.iter().any(|o| o.mode == Mode::Invalid) {
                    return self.invalid(e);
                }
                // Unify like a chain of binary operations.
                let mut acc = ops[0].clone();
                for o in ops.iter_mut().skip(1) {
                    let mut a2 = acc.clone();
                    if !self.match_types(&mut a2, o)
                        || (a2.ty != o.ty && !self.prog.types.is_untyped(a2.ty))
                    {
                        let (x, y) = (self.type_name(a2.ty), self.type_name(o.ty));
                        self.error(o.span, format!("invalid argument: mismatched types {x} (previous argument) and {y} (type of {})", o.text));
                        return self.invalid(e);
                    }
                    acc = if a2.mode == Mode::Const && o.mode == Mode::Const {
                        let keep_first = match (&a2.val, &o.val) {
                            (Some(x), Some(y)) => {
                                let less = x.compare(ast::BinaryOp::Lss, y);
                                if b == Builtin::Min {
                                    less || !y.compare(ast::BinaryOp::Lss, x)
                                } else {
                                    !less
                                }
                            }
                            _ => true,
                        };
                        if keep_first {
                            a2
                        } else {
                            o.clone()
                        }
                    } else {
                        Operand {
                            mode: Mode::Value,
                            val: None,
                            ..o.clone()
                        }
                    };
                }
                if !self.ordered_type(acc.ty) {
                    let d = self.describe(&ops[0]);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} cannot be ordered"),
                    );
                    return self.invalid(e);
                }
                let mut out = acc;
                out.text = self.expr_text(e);
                out.span = e.span;
                if out.mode != Mode::Const {
                    out.mode = Mode::Value;
                }
                out
            }
        }
    }

    /// A length or capacity argument of make: a non-negative integer.
    fn size_arg(&mut self, a: &ast::Expr, builtin: &str) -> Option<i64> {
        let mut x = self.expr(a);
        if x.mode == Mode::Invalid {
            return None;
        }
        if self.prog.types.is_untyped(x.ty) {
            if let (Mode::Const, Some(v)) = (x.mode, &x.val) {
                if !v.is_integral() {
                    let d = self.describe(&x);
                    self.error(a.span, format!("{d} truncated to int"));
                    return None;
                }
            }
            let int = self.prog.types.basic(BasicKind::Int);
            self.assign_to(&mut x, int, &format!("argument to {builtin}"));
        } else if !self.all_terms(x.ty, |k| k.is_integer()) {
            let d = self.describe(&x);
            self.error(a.span, format!("cannot convert {d} to type int"));
            return None;
        }
        if let (Mode::Const, Some(v)) = (x.mode, &x.val) {
            let n = v.as_i64()?;
            if n < 0 {
                let d = self.describe(&x);
                self.error(
                    a.span,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            return Some(n);
        }
        None
    }

    // ---- generics -------------------------------------------------------------

    /// `f[int]` or `f[int, string]`: explicit (possibly partial) instantiation.
    pub fn instantiate_func_explicit(
        &mut self,
        e: &ast::Expr,
        g: (Vec<TypeId>, ScopeId),
        indices: &[ast::Expr],
    ) -> Operand {
        let (tparams, _) = g;
        let targs: Vec<TypeId> = indices.iter().map(|i| self.type_expr(i)).collect();
        if targs.contains(&self.prog.types.error_type) {
            return self.invalid(e);
        }
        if targs.len() > tparams.len() {
            self.error(
                indices[tparams.len()].span,
                format!(
                    "got {} type arguments but want {}",
                    targs.len(),
                    tparams.len()
                ),
            );
            return self.invalid(e);
        }
        // The generic function's own (uninstantiated) type.
        let fun = match &e.kind {
            ExprKind::Index { x, .. } => x,
            _ => unreachable!(),
        };
        let ft = self
            .prog
            .info
            .types
            .get(&(self.file, fun.span))
            .map_or(self.prog.types.error_type, |t| t.ty);
        if targs.len() < tparams.len() {
            // Partial instantiation: the call infers the rest.
            self.partial_targs.insert(e.span, targs);
            return Operand {
                mode: Mode::Value,
                ty: ft,
                val: None,
                text: self.expr_text(e),
                span: e.span,
            };
        }
        let map: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, &tp) in tparams.iter().enumerate() {
            let c = self.prog.types.tparam_info(tp).unwrap().constraint;
            let c = self.subst(c, &map);
            if let Err(why) = self.satisfies(targs[i], c) {
                self.error(indices[i].span, why);
                return self.invalid(e);
            }
        }
        let t = self.subst(ft, &map);
        self.record_type(fun, t, None);
        self.prog
            .info
            .func_instances
            .insert((self.file, e.span), targs);
        Operand {
            mode: Mode::Value,
            ty: t,
            val: None,
            text: self.expr_text(e),
            span: e.span,
        }
    }

    /// Infers type arguments from the call's arguments, checks them against
    /// the constraints and returns the instantiated signature.
    fn infer_call(
        &mut self,
        e: &ast::Expr,
        fname: &str,
        tparams: &[TypeId],
        sig: &Signature,
        args: &[ast::Expr],
    ) -> Option<Signature> {
        let ops = self.arg_operands(args);
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return None;
        }
        let mut bound: HashMap<TypeId, TypeId> = HashMap::new();
        if let ExprKind::Call { fun, .. } = &e.kind {
            if let Some(explicit) = self.partial_targs.get(&fun.span) {
                bound.extend(tparams.iter().copied().zip(explicit.iter().copied()));
            }
        }
        let n = sig.params.len();
        let param_for = |i: usize, types: &crate::types::Types| -> TypeId {
            if sig.variadic && i >= n - 1 {
                match types.get(sig.params[n - 1]) {
                    Type::Slice(el) => *el,
                    _ => sig.params[n - 1],
                }
            } else {
                sig.params[i.min(n.saturating_sub(1))]
            }
        };
        if (n == 0 && !ops.is_empty()) || (n > 0 && !sig.variadic && ops.len() != n) {
            // Let the ordinary argument check word the count error.
            self.assign_args(e, fname, sig, ops, None);
            return None;
        }
        // Typed arguments first.
        for (i, o) in ops.iter().enumerate() {
            if self.prog.types.is_untyped(o.ty) {
                continue;
            }
            let p = param_for(i, &self.prog.types);
            if !self.unify(p, o.ty, tparams, &mut bound) {
                // A type parameter bound to another type by an earlier argument.
                if let Some(&tp) = tparams.iter().find(|&&tp| tp == p) {
                    let inferred = bound.get(&tp).copied();
                    if let Some(inf) = inferred {
                        let (on, inn, tpn) = (
                            self.type_name(o.ty),
                            self.type_name(inf),
                            self.type_name(tp),
                        );
                        self.error(o.span, format!("in call to {fname}, type {on} of {} does not match inferred type {inn} for {tpn}", o.text));
                        return None;
                    }
                }
                let (on, pn) = (self.type_name(o.ty), self.type_name(p));
                self.error(
                    o.span,
                    format!(
                        "in call to {fname}, type {on} of {} does not match {pn}",
                        o.text
                    ),
                );
                return None;
            }
        }
        // Then untyped constants, by default type.
        for (i, o) in ops.iter().enumerate() {
            if !self.prog.types.is_untyped(o.ty) {
                continue;
            }
            let p = param_for(i, &self.prog.types);
            if tparams.contains(&p) && !bound.contains_key(&p) {
                let k = self.prog.types.basic_kind(o.ty).unwrap();
                if k != BasicKind::UntypedNil {
                    let t = self.prog.types.basic(k.default_type());
                    bound.insert(p, t);
                }
            }
        }
        // Constraint type inference: a parameter whose constraint has a core
        // type (`S ~[]E`) unifies that type with its argument's, binding E.
        loop {
            let mut progress = false;
            for &tp in tparams {
                let Some(&arg) = bound.get(&tp) else { continue };
                let c = self.prog.types.tparam_info(tp).unwrap().constraint;
                let terms = self.prog.types.interface(c).and_then(|i| i.terms.clone());
                if let Some(terms) = terms.filter(|t| t.len() == 1) {
                    let before = bound.len();
                    let core = terms[0].ty;
                    let au = if terms[0].tilde {
                        self.prog.types.underlying(arg)
                    } else {
                        arg
                    };
                    self.unify(core, au, tparams, &mut bound);
                    progress |= bound.len() > before;
                }
            }
            if !progress {
                break;
            }
        }
        for &tp in tparams {
            if !bound.contains_key(&tp) {
                let name = self.type_name(tp);
                let decl = self.tparam_decl_pos(tp);
                let at = lparen(e);
                self.error(
                    at,
                    format!("in call to {fname}, cannot infer {name} (declared at {decl})"),
                );
                return None;
            }
        }
        // Constraints.
        for &tp in tparams {
            let c = self.prog.types.tparam_info(tp).unwrap().constraint;
            let c = self.subst(c, &bound);
            let t = bound[&tp];
            if let Err(why) = self.satisfies(t, c) {
                let (tpn, tn) = (self.type_name(tp), self.type_name(t));
                let at = lparen(e);
                // Method-set failures name the type parameter; type-set ones do not.
                if why.contains("method") {
                    let why = why.replacen(
                        &format!("{tn} does not satisfy"),
                        &format!("{tpn} (type {tn}) does not satisfy"),
                        1,
                    );
                    self.error(at, format!("in call to {fname}, {why}"));
                } else {
                    self.error(at, why);
                }
                return None;
            }
        }
        if let ExprKind::Call { fun, .. } = &e.kind {
            let targs = tparams.iter().map(|tp| bound[tp]).collect();
            self.prog
                .info
                .func_instances
                .insert((self.file, fun.span), targs);
        }
        let params: Vec<TypeId> = sig.params.iter().map(|&p| self.subst(p, &bound)).collect();
        let results: Vec<TypeId> = sig.results.iter().map(|&p| self.subst(p, &bound)).collect();
        let inst = Signature {
            params,
            results,
            variadic: sig.variadic,
        };
        let ft = self
            .prog
            .types
            .func(inst.params.clone(), inst.results.clone(), inst.variadic);
        if let ExprKind::Call { fun, .. } = &e.kind {
            self.record_type(fun, ft, None);
        }
        self.assign_args(e, fname, &inst, ops, None);
        Some(inst)
    }

    fn tparam_decl_pos(&self, tp: TypeId) -> String {
        let obj = self
            .prog
            .objs
            .iter()
            .find(|o| o.ty == Some(tp) && matches!(o.kind, ObjKind::TypeName));
        match obj {
            Some(o) => self.position(o.file, o.span),
            None => "?".into(),
        }
    }

    /// Structural unification of parameter type `p` with argument type `a`.
    fn unify(
        &mut self,
        p: TypeId,
        a: TypeId,
        tparams: &[TypeId],
        bound: &mut HashMap<TypeId, TypeId>,
    ) -> bool {
        if tparams.contains(&p) {
            return match bound.get(&p) {
                Some(&b) => {
                    b == a || (self.assignable(a, b).is_ok() && !self.prog.types.is_named(a))
                }
                None => {
                    bound.insert(p, a);
                    true
                }
            };
        }
        if p == a {
            return true;
        }
        let (pt, at) = (
            self.prog.types.get(p).clone(),
            self.prog.types.get(a).clone(),
        );
        // An argument of a named type against an unnamed parameter type: use its underlying type.
        let at = if !matches!(pt, Type::Named(_)) && matches!(at, Type::Named(_)) {
            self.prog.types.under(a).clone()
        } else {
            at
        };
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tparams, bound)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tparams, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tparams, bound) && self.unify(v1, v2, tparams, bound)
            }
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tparams, bound),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .all(|(&x, &y)| self.unify(x, y, tparams, bound))
                    && s1
                        .results
                        .iter()
                        .zip(&s2.results)
                        .all(|(&x, &y)| self.unify(x, y, tparams, bound))
            }
            (Type::Named(_), Type::Named(_)) => {
                let (pn, an) = (
                    self.prog.types.named_info(p).unwrap().clone(),
                    self.prog.types.named_info(a).unwrap().clone(),
                );
                pn.origin.is_some()
                    && pn.origin == an.origin
                    && pn
                        .targs
                        .iter()
                        .zip(&an.targs)
                        .all(|(&x, &y)| self.unify(x, y, tparams, bound))
            }
            _ => {
                // Not structurally related: plain assignability (interfaces).
                self.assignable(a, p).is_ok()
            }
        }
    }
}

/// Where gc reports inference errors: the call's opening parenthesis.
fn lparen(e: &ast::Expr) -> Span {
    match &e.kind {
        ExprKind::Call { fun, .. } => Span::new(fun.span.hi, fun.span.hi + 1),
        _ => e.span,
    }
}

fn contains_call_or_recv(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            ..
        } => true,
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Selector { x, .. } => contains_call_or_recv(x),
        ExprKind::Index { x, indices } => {
            contains_call_or_recv(x) || indices.iter().any(contains_call_or_recv)
        }
        ExprKind::Binary { x, y, .. } => contains_call_or_recv(x) || contains_call_or_recv(y),
        _ => false,
    }
}
