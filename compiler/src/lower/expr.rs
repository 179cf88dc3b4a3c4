//! Expressions: operands, constants, operators, conversions, selectors,
//! indexing, slicing, composite literals, places.

use super::func::{Lowerer, Place};
use super::stmt::strip_parens;
use crate::basic::BasicKind;
use crate::constant::Value;
use crate::objects::{ObjId, ObjKind};
use crate::types::{Type, TypeId};
use grammar::ast::{self, BinaryOp, ExprKind, UnaryOp};
use grammar::Span;
use runtime::bytecode::{CmpImm, Conversion, Op, Reg};

/// How a value of a basic type is operated on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    Int { bits: u8, signed: bool },
    Float { f32: bool },
    Bool,
    Str,
}

/// One step from a value to one of its (promoted) fields.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    /// A field `offset` slots into the struct.
    Field(u32),
    /// Through the pointer held here (an embedded `*T`).
    Deref,
}

impl Lowerer<'_, '_> {
    /// The type the checker gave `e` (in an instance of a generic
    /// function, with the type arguments in place of the parameters).
    pub fn tv_type(&mut self, e: &ast::Expr) -> Option<TypeId> {
        let t = self
            .u
            .checked
            .info
            .types
            .get(&(self.u.file, e.span))
            .map(|t| t.ty)?;
        Some(self.u.subst(t))
    }

    /// The instance of the generic function `fun` denotes (`f`, `f[int]`),
    /// from the type arguments the checker recorded for this use.
    pub fn generic_callee(&mut self, fun: &ast::Expr) -> Option<runtime::bytecode::FuncId> {
        let fun = super::stmt::strip_parens(fun);
        let targs = self
            .u
            .checked
            .info
            .func_instances
            .get(&(self.u.file, fun.span))?
            .clone();
        let mut f = fun;
        let id = loop {
            match &f.kind {
                ExprKind::Ident(_) => break self.u.use_of(f.span)?,
                ExprKind::Selector { sel, .. } => break self.u.use_of(sel.span)?,
                ExprKind::Index { x, .. } => f = super::stmt::strip_parens(x),
                _ => return None,
            }
        };
        self.u.instance(id, &targs)
    }

    fn tv_value(&self, e: &ast::Expr) -> Option<Value> {
        self.u
            .checked
            .info
            .types
            .get(&(self.u.file, e.span))
            .and_then(|t| t.value.clone())
    }

    /// The type of `e` (reported when unknown: the checker types everything
    /// the lowering asks about, so that is a bug, not silence).
    pub fn type_of(&mut self, e: &ast::Expr) -> Option<TypeId> {
        let t = self.tv_type(e);
        if t.is_none() {
            self.fail(e.span, "this expression (no type recorded)");
        }
        t
    }

    pub fn repr(&self, t: TypeId) -> Option<Repr> {
        let k = self
            .u
            .checked
            .types
            .basic_kind(self.u.types.underlying(t))?;
        use BasicKind::*;
        Some(match k {
            Bool | UntypedBool => Repr::Bool,
            String | UntypedString => Repr::Str,
            Float32 => Repr::Float { f32: true },
            Float64 | UntypedFloat => Repr::Float { f32: false },
            Int8 => Repr::Int {
                bits: 8,
                signed: true,
            },
            Int16 => Repr::Int {
                bits: 16,
                signed: true,
            },
            Int32 | UntypedRune => Repr::Int {
                bits: 32,
                signed: true,
            },
            Int | Int64 | UntypedInt => Repr::Int {
                bits: 64,
                signed: true,
            },
            Uint8 => Repr::Int {
                bits: 8,
                signed: false,
            },
            Uint16 => Repr::Int {
                bits: 16,
                signed: false,
            },
            Uint32 => Repr::Int {
                bits: 32,
                signed: false,
            },
            Uint | Uint64 | Uintptr => Repr::Int {
                bits: 64,
                signed: false,
            },
            _ => return None,
        })
    }

    /// An untyped type's default type (`untyped int` → `int`).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        use BasicKind::*;
        let types = &self.u.types;
        match types.basic_kind(t) {
            Some(UntypedBool) => types.basic(Bool),
            Some(UntypedInt) => types.basic(Int),
            Some(UntypedRune) => types.basic(Int32),
            Some(UntypedFloat) => types.basic(Float64),
            Some(UntypedString) => types.basic(String),
            _ => t,
        }
    }

    pub fn is_nil(&self, e: &ast::Expr) -> bool {
        let e = strip_parens(e);
        matches!(e.kind, ExprKind::Ident(_))
            && self
                .u
                .use_of(e.span)
                .is_some_and(|id| matches!(self.u.checked.obj(id).kind, ObjKind::Nil))
    }

    pub fn wrap(&mut self, dst: Reg, bits: u8, signed: bool) {
        if bits < 64 {
            self.emit(Op::Wrap { dst, bits, signed });
        }
    }

    /// `e` as a value of type `target`: converted to an interface when
    /// `target` is one and `e` is not; `nil` as `target`'s zero value.
    pub fn value_as(&mut self, e: &ast::Expr, target: TypeId) -> Option<Reg> {
        if self.is_nil(e) {
            let w = self.u.width(target) as u16;
            let d = self.temps(w);
            self.emit(Op::Zero { dst: d, n: w });
            return Some(d);
        }
        let t = self.type_of(e)?;
        if let Some(v) = self.tv_value(e) {
            // A constant: at the target's type, or its default type when
            // the target is an interface.
            let ct = if self.u.types.is_interface(target) {
                self.default_type(t)
            } else {
                target
            };
            let r = self.constant(e, &v, ct)?;
            return Some(self.coerce(r, ct, target));
        }
        let r = self.operand(e)?;
        Some(self.coerce(r, t, target))
    }

    /// Converts the value at `r` from `from` to `to` where Go converts
    /// implicitly: a concrete value into an interface.
    pub fn coerce(&mut self, r: Reg, from: TypeId, to: TypeId) -> Reg {
        let types = &self.u.types;
        if types.is_interface(to) && !types.is_interface(from) {
            if types.basic_kind(from) == Some(BasicKind::UntypedNil) {
                let d = self.temps(2);
                self.emit(Op::Zero { dst: d, n: 2 });
                return d;
            }
            let from = self.default_type(from);
            let ty = self.u.rtype(from);
            let d = self.temps(2);
            self.emit(Op::ToIface { dst: d, src: r, ty });
            return d;
        }
        r
    }

    /// A register holding `e`'s value (the first of `width` registers): a
    /// variable's own registers, or temporaries. `None` only after an error
    /// was reported: no expression is ever silently dropped.
    pub fn operand(&mut self, e: &ast::Expr) -> Option<Reg> {
        let before = self.u.errors.len();
        let r = self.operand_inner(e);
        if r.is_none() && self.u.errors.len() == before {
            self.fail(e.span, "this expression");
        }
        r
    }

    /// An expression statement's operand (a call that may return nothing).
    pub fn operand_any(&mut self, e: &ast::Expr) {
        let e = strip_parens(e);
        if let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &e.kind
        {
            if !self.is_conversion(fun) {
                self.call(e, fun, args, ellipsis.is_some());
                return;
            }
        }
        self.operand(e);
    }

    fn operand_inner(&mut self, e: &ast::Expr) -> Option<Reg> {
        if let Some(v) = self.tv_value(e) {
            let ty = self.type_of(e)?;
            return self.constant(e, &v, ty);
        }
        if matches!(
            e.kind,
            ExprKind::Ident(_) | ExprKind::Index { .. } | ExprKind::Selector { .. }
        ) {
            // A generic function as a value: its instance.
            if let Some(f) = self.generic_callee(e) {
                return Some(self.closure_of(f));
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.operand(x),
            ExprKind::Ident(_) => {
                let id = self.u.use_of(e.span)?;
                match self.u.checked.obj(id).kind.clone() {
                    ObjKind::Var { .. } => {
                        let ty = self.type_of(e)?;
                        let p = self.obj_place(id)?;
                        Some(self.load(p, ty))
                    }
                    ObjKind::Func => self.func_value(id, e.span),
                    ObjKind::Nil => {
                        self.fail(e.span, "nil without a type here");
                        None
                    }
                    _ => {
                        self.fail(e.span, "this name");
                        None
                    }
                }
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices } => self.index(e, x, &indices[0]),
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, ty: Some(t) } => self.type_assert(x, t, false),
            ExprKind::Star(x) => {
                let ty = self.type_of(e)?;
                let p = self.operand(x)?;
                Some(self.load(Place::Mem { addr: p, off: 0 }, ty))
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => self.address_of(x),
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => self.recv(x, false),
            ExprKind::Unary { op, x } => {
                let ty = self.type_of(e)?;
                let repr = self.repr(ty);
                let a = self.operand(x)?;
                let dst = self.scalar_temp();
                match (op, repr) {
                    (UnaryOp::Pos, _) => {
                        self.emit(Op::Move { dst, src: a });
                    }
                    (UnaryOp::Neg, Some(Repr::Int { bits, signed })) => {
                        self.emit(Op::NegInt { dst, a });
                        self.wrap(dst, bits, signed);
                    }
                    (UnaryOp::Neg, Some(Repr::Float { .. })) => {
                        self.emit(Op::NegFloat { dst, a });
                    }
                    (UnaryOp::Xor, Some(Repr::Int { bits, signed })) => {
                        self.emit(Op::ComplInt { dst, a });
                        self.wrap(dst, bits, signed);
                    }
                    (UnaryOp::Not, _) => {
                        self.emit(Op::Not { dst, a });
                    }
                    _ => {
                        self.fail(e.span, "this operator");
                        return None;
                    }
                }
                Some(dst)
            }
            ExprKind::Binary {
                op: op @ (BinaryOp::LAnd | BinaryOp::LOr),
                x,
                y,
            } => {
                let dst = self.scalar_temp();
                let a = self.operand(x)?;
                self.emit(Op::Move { dst, src: a });
                let skip = if *op == BinaryOp::LAnd {
                    self.emit(Op::JumpIfNot { cond: dst, to: 0 })
                } else {
                    self.emit(Op::JumpIf { cond: dst, to: 0 })
                };
                let b = self.operand(y)?;
                self.emit(Op::Move { dst, src: b });
                let end = self.here();
                self.patch(skip, end);
                Some(dst)
            }
            ExprKind::Binary { op, x, y } if op.is_comparison() => self.comparison(*op, x, y),
            ExprKind::Binary {
                op: op @ (BinaryOp::Add | BinaryOp::Sub),
                x,
                y,
            } if matches!(
                self.tv_type(e).and_then(|t| self.repr(t)),
                Some(Repr::Int { .. })
            ) && self.small_int(y).is_some() =>
            {
                let Some(Repr::Int { bits, signed }) = self.tv_type(e).and_then(|t| self.repr(t))
                else {
                    unreachable!()
                };
                let imm = self.small_int(y)?;
                let imm = if *op == BinaryOp::Sub {
                    imm.checked_neg()?
                } else {
                    imm
                };
                let a = self.operand(x)?;
                let dst = self.scalar_temp();
                self.emit(Op::AddIntImm { dst, a, imm });
                self.wrap(dst, bits, signed);
                Some(dst)
            }
            ExprKind::Binary { op, x, y } => {
                // Arithmetic is at the result's type, which for `1 << s` is
                // the type its context gave it.
                let ty = self.type_of(e)?;
                let count_signed = self.signed_count(y);
                let a = self.value_as(x, ty)?;
                let b = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.operand(y)?
                } else {
                    self.value_as(y, ty)?
                };
                self.binary(*op, ty, a, b, count_signed, e.span)
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => {
                if self.is_conversion(fun) {
                    let to = self.type_of(fun)?;
                    return self.convert(&args[0], to, e.span);
                }
                self.call(e, fun, args, ellipsis.is_some())
            }
            ExprKind::CompositeLit { elts, .. } => {
                let ty = self.type_of(e)?;
                self.composite(e, ty, elts)
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(ty, body, e.span),
            _ => {
                self.fail(e.span, "this kind of expression");
                None
            }
        }
    }

    pub fn is_conversion(&self, fun: &ast::Expr) -> bool {
        let f = strip_parens(fun);
        match &f.kind {
            ExprKind::Ident(_) => self
                .u
                .use_of(f.span)
                .is_some_and(|id| self.u.is_type_name(id)),
            ExprKind::Selector { sel, .. } => self
                .u
                .use_of(sel.span)
                .is_some_and(|id| self.u.is_type_name(id)),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. }
            | ExprKind::Star(_) => {
                // `(*T)(x)` and literal types.
                matches!(&f.kind, ExprKind::Star(x) if self.is_conversion(x))
                    || !matches!(f.kind, ExprKind::Star(_))
            }
            _ => false,
        }
    }

    /// A small integer constant operand (for immediate forms).
    pub fn small_int(&self, e: &ast::Expr) -> Option<i32> {
        let v = self.tv_value(e)?.as_i64()?;
        i32::try_from(v).ok().filter(|&v| v != i32::MIN)
    }

    /// Whether a shift count of this expression's type may be negative.
    pub fn signed_count(&mut self, count: &ast::Expr) -> bool {
        !matches!(
            self.tv_type(count).and_then(|t| self.repr(t)),
            Some(Repr::Int { signed: false, .. })
        )
    }

    pub fn constant(&mut self, e: &ast::Expr, v: &Value, ty: TypeId) -> Option<Reg> {
        let ty = if self.u.types.is_interface(ty) {
            let t = self.tv_type(e)?;
            self.default_type(t)
        } else {
            ty
        };
        match (self.repr(ty), v) {
            (Some(Repr::Bool), Value::Bool(b)) => {
                let dst = self.scalar_temp();
                self.emit(Op::LoadInt {
                    dst,
                    value: *b as i64,
                });
                Some(dst)
            }
            (Some(Repr::Str), Value::String(s)) => {
                let dst = self.temps(2);
                let index = self.u.prog.add_string(&mut self.u.heap, s);
                self.emit(Op::LoadStr { dst, index });
                Some(dst)
            }
            (Some(Repr::Float { .. }), v) => {
                let dst = self.scalar_temp();
                self.emit(Op::LoadFloat {
                    dst,
                    value: v.as_f64().unwrap_or(0.0),
                });
                Some(dst)
            }
            (Some(Repr::Int { signed, .. }), v) => {
                let value = if signed {
                    v.as_i64()?
                } else {
                    v.as_u64()? as i64
                };
                let dst = self.scalar_temp();
                self.emit(Op::LoadInt { dst, value });
                Some(dst)
            }
            _ => {
                self.fail(e.span, "this constant");
                None
            }
        }
    }

    /// Arithmetic `a op b` on values of type `ty`; the result's register.
    pub fn binary(
        &mut self,
        op: BinaryOp,
        ty: TypeId,
        a: Reg,
        b: Reg,
        count_signed: bool,
        span: Span,
    ) -> Option<Reg> {
        self.binary_into(None, op, ty, a, b, count_signed, span)
    }

    /// `binary`, writing into `into` when given (`x op= y` on a local).
    #[allow(clippy::too_many_arguments)]
    pub fn binary_into(
        &mut self,
        into: Option<Reg>,
        op: BinaryOp,
        ty: TypeId,
        a: Reg,
        b: Reg,
        count_signed: bool,
        span: Span,
    ) -> Option<Reg> {
        let Some(repr) = self.repr(ty) else {
            self.fail(span, "this operator");
            return None;
        };
        if repr == Repr::Str {
            let dst = self.temps(2);
            self.emit(Op::Concat { dst, a, b });
            return Some(dst);
        }
        // Only numbers from here (bools have no arithmetic).
        let dst = match into {
            Some(r) => r,
            None => self.scalar_temp(),
        };
        match repr {
            Repr::Int { bits, signed } => {
                let o = match op {
                    BinaryOp::Add => Op::AddInt { dst, a, b },
                    BinaryOp::Sub => Op::SubInt { dst, a, b },
                    BinaryOp::Mul => Op::MulInt { dst, a, b },
                    BinaryOp::Quo if signed => Op::DivInt { dst, a, b },
                    BinaryOp::Quo => Op::DivUint { dst, a, b },
                    BinaryOp::Rem if signed => Op::RemInt { dst, a, b },
                    BinaryOp::Rem => Op::RemUint { dst, a, b },
                    BinaryOp::And => Op::AndInt { dst, a, b },
                    BinaryOp::Or => Op::OrInt { dst, a, b },
                    BinaryOp::Xor => Op::XorInt { dst, a, b },
                    BinaryOp::AndNot => Op::AndNotInt { dst, a, b },
                    BinaryOp::Shl | BinaryOp::Shr => {
                        if count_signed {
                            self.emit(Op::CheckShift { count: b });
                        }
                        match (op, signed) {
                            (BinaryOp::Shl, _) => Op::Shl { dst, a, b },
                            (_, true) => Op::ShrInt { dst, a, b },
                            _ => Op::ShrUint { dst, a, b },
                        }
                    }
                    _ => {
                        self.fail(span, "this operator");
                        return None;
                    }
                };
                self.emit(o);
                self.wrap(dst, bits, signed);
            }
            Repr::Float { f32 } => {
                let o = match op {
                    BinaryOp::Add => Op::AddFloat { dst, a, b },
                    BinaryOp::Sub => Op::SubFloat { dst, a, b },
                    BinaryOp::Mul => Op::MulFloat { dst, a, b },
                    BinaryOp::Quo => Op::DivFloat { dst, a, b },
                    _ => {
                        self.fail(span, "this operator");
                        return None;
                    }
                };
                self.emit(o);
                if f32 {
                    self.emit(Op::RoundF32 { dst });
                }
            }
            _ => {
                self.fail(span, "this operator on bools");
                return None;
            }
        }
        Some(dst)
    }

    /// `x op y` for a comparison operator.
    fn comparison(&mut self, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> Option<Reg> {
        // Compare at the operands' common type: an interface when one is,
        // the typed one when the other is untyped (or nil).
        let (xt, yt) = (self.type_of(x)?, self.type_of(y)?);
        let types = &self.u.types;
        let ty = if self.is_nil(x) {
            yt
        } else if self.is_nil(y) {
            xt
        } else if types.is_interface(xt) {
            xt
        } else if types.is_interface(yt) {
            yt
        } else if types.is_untyped(xt) {
            self.default_type(if types.is_untyped(yt) { xt } else { yt })
        } else {
            xt
        };
        let ty = self.default_type(ty);
        // Comparisons with nil look at the first slot only.
        if self.is_nil(x) || self.is_nil(y) {
            let other = if self.is_nil(x) { y } else { x };
            let r = self.operand(other)?;
            let dst = self.scalar_temp();
            let zero = self.scalar_temp();
            self.emit(Op::LoadInt {
                dst: zero,
                value: 0,
            });
            self.emit(if op == BinaryOp::Eql {
                Op::EqInt { dst, a: r, b: zero }
            } else {
                Op::NeInt { dst, a: r, b: zero }
            });
            return Some(dst);
        }
        let a = self.value_as(x, ty)?;
        let b = self.value_as(y, ty)?;
        match op {
            BinaryOp::Eql => self.equal(ty, a, b, x.span),
            BinaryOp::Neq => {
                let d = self.equal(ty, a, b, x.span)?;
                self.emit(Op::Not { dst: d, a: d });
                Some(d)
            }
            _ => {
                let repr = self.repr(ty)?;
                let dst = self.scalar_temp();
                self.ordered(op, repr, dst, a, b);
                Some(dst)
            }
        }
    }

    /// `<`, `<=`, `>`, `>=` on basic values.
    fn ordered(&mut self, op: BinaryOp, repr: Repr, dst: Reg, a: Reg, b: Reg) {
        // a > b is b < a; a >= b is b <= a.
        let (op, a, b) = match op {
            BinaryOp::Gtr => (BinaryOp::Lss, b, a),
            BinaryOp::Geq => (BinaryOp::Leq, b, a),
            o => (o, a, b),
        };
        let o = match (repr, op) {
            (Repr::Int { signed: true, .. }, BinaryOp::Lss) => Op::LtInt { dst, a, b },
            (Repr::Int { signed: true, .. }, _) => Op::LeInt { dst, a, b },
            (Repr::Int { signed: false, .. }, BinaryOp::Lss) => Op::LtUint { dst, a, b },
            (Repr::Int { signed: false, .. }, _) => Op::LeUint { dst, a, b },
            (Repr::Float { .. }, BinaryOp::Lss) => Op::LtFloat { dst, a, b },
            (Repr::Float { .. }, _) => Op::LeFloat { dst, a, b },
            (Repr::Str, BinaryOp::Lss) => Op::LtStr { dst, a, b },
            (Repr::Str, _) => {
                // a <= b is !(b < a)
                self.emit(Op::LtStr { dst, a: b, b: a });
                Op::Not { dst, a: dst }
            }
            (Repr::Bool, _) => unreachable!("bools are not ordered"),
        };
        self.emit(o);
    }

    /// `a == b` for values of type `ty`: a bool register.
    pub fn equal(&mut self, ty: TypeId, a: Reg, b: Reg, span: Span) -> Option<Reg> {
        let dst = self.scalar_temp();
        match self.u.under(ty).clone() {
            Type::Basic(_) => match self.repr(ty) {
                Some(Repr::Str) => {
                    self.emit(Op::EqStr { dst, a, b });
                }
                Some(Repr::Float { .. }) => {
                    self.emit(Op::EqFloat { dst, a, b });
                }
                _ => {
                    self.emit(Op::EqInt { dst, a, b });
                }
            },
            Type::Interface(_) => {
                self.emit(Op::EqIface { dst, a, b });
            }
            Type::Struct(fields) => {
                // Field by field, stopping at the first difference.
                self.emit(Op::LoadInt { dst, value: 1 });
                let mut exits = Vec::new();
                let mut off = 0u16;
                for f in fields {
                    let r = self.equal(f.ty, a + off, b + off, span)?;
                    self.emit(Op::Move { dst, src: r });
                    exits.push(self.emit(Op::JumpIfNot { cond: dst, to: 0 }));
                    off += self.u.width(f.ty) as u16;
                }
                let end = self.here();
                for j in exits {
                    self.patch(j, end);
                }
            }
            Type::Array(n, e) => {
                self.emit(Op::LoadInt { dst, value: 1 });
                let w = self.u.width(e) as u16;
                let mut exits = Vec::new();
                for k in 0..n as u16 {
                    let r = self.equal(e, a + k * w, b + k * w, span)?;
                    self.emit(Op::Move { dst, src: r });
                    exits.push(self.emit(Op::JumpIfNot { cond: dst, to: 0 }));
                }
                let end = self.here();
                for j in exits {
                    self.patch(j, end);
                }
            }
            _ => {
                // Pointers, channels: by address.
                self.emit(Op::EqInt { dst, a, b });
            }
        }
        Some(dst)
    }

    /// A jump taken when `cond` is false, fusing an integer comparison into
    /// the branch when it can.
    pub fn branch_unless(&mut self, cond: &ast::Expr) -> Option<usize> {
        if let ExprKind::Binary { op, x, y } = &cond.kind {
            let signed_int = matches!(
                self.tv_type(x).and_then(|t| self.repr(t)),
                Some(Repr::Int { signed: true, .. })
            ) && matches!(
                self.tv_type(y).and_then(|t| self.repr(t)),
                Some(Repr::Int { signed: true, .. })
            );
            if op.is_comparison() && signed_int && self.tv_value(cond).is_none() {
                if let Some(imm) = self.small_int(y) {
                    let a = self.operand(x)?;
                    let cmp = match op {
                        BinaryOp::Lss => CmpImm::Lt,
                        BinaryOp::Leq => CmpImm::Le,
                        BinaryOp::Gtr => CmpImm::Gt,
                        BinaryOp::Geq => CmpImm::Ge,
                        BinaryOp::Eql => CmpImm::Eq,
                        _ => CmpImm::Ne,
                    };
                    return Some(self.emit(Op::JumpIfNotCmpImm { a, cmp, imm, to: 0 }));
                }
                let a = self.operand(x)?;
                let b = self.operand(y)?;
                let op = match op {
                    BinaryOp::Lss => Op::JumpIfNotLtInt { a, b, to: 0 },
                    BinaryOp::Leq => Op::JumpIfNotLeInt { a, b, to: 0 },
                    BinaryOp::Gtr => Op::JumpIfNotLtInt { a: b, b: a, to: 0 },
                    BinaryOp::Geq => Op::JumpIfNotLeInt { a: b, b: a, to: 0 },
                    BinaryOp::Eql => Op::JumpIfNotEqInt { a, b, to: 0 },
                    _ => Op::JumpIfNotNeInt { a, b, to: 0 },
                };
                return Some(self.emit(op));
            }
        }
        let c = self.operand(cond)?;
        Some(self.emit(Op::JumpIfNot { cond: c, to: 0 }))
    }

    pub fn convert(&mut self, x: &ast::Expr, to: TypeId, span: Span) -> Option<Reg> {
        let from = self.type_of(x)?;
        if self.is_nil(x) {
            return self.value_as(x, to);
        }
        if self.u.types.is_interface(to) {
            return self.value_as(x, to);
        }
        let tu = self.u.under(to).clone();
        let fu = self.u.under(from).clone();
        // string <-> []byte / []rune, string(rune)
        let conv = match (&fu, &tu) {
            (Type::Slice(e), Type::Basic(k)) if k.is_string() => Some(if self.is_byte(*e) {
                Conversion::BytesToStr
            } else {
                Conversion::RunesToStr
            }),
            (Type::Basic(k), Type::Slice(e)) if k.is_string() => Some(if self.is_byte(*e) {
                Conversion::StrToBytes
            } else {
                Conversion::StrToRunes
            }),
            (Type::Basic(k), Type::Basic(t)) if k.is_integer() && t.is_string() => {
                Some(Conversion::RuneToStr)
            }
            _ => None,
        };
        // []T to [N]T or *[N]T (Go 1.20).
        if let Type::Slice(_) = fu {
            let target = match &tu {
                Type::Array(n, _) => Some((*n, false)),
                Type::Pointer(p) => match self.u.under(*p) {
                    Type::Array(n, _) => Some((*n, true)),
                    _ => None,
                },
                _ => None,
            };
            if let Some((n, pointer)) = target {
                let s = self.operand(x)?;
                let p = self.temp();
                self.emit(Op::SliceToArray {
                    dst: p,
                    s,
                    len: n as u32,
                });
                if pointer {
                    return Some(p);
                }
                return Some(self.load(Place::Mem { addr: p, off: 0 }, to));
            }
        }
        if let Some(kind) = conv {
            let a = self.operand(x)?;
            let d = self.temps(3);
            self.emit(Op::Convert { dst: d, a, kind });
            return Some(d);
        }
        let (Some(fr), Some(tr)) = (self.repr(from), self.repr(to)) else {
            // Same underlying types: the value as it is.
            return self.operand(x);
        };
        let a = self.operand(x)?;
        let dst = self.temp();
        match (fr, tr) {
            (Repr::Int { .. }, Repr::Int { bits, signed }) => {
                self.emit(Op::Move { dst, src: a });
                self.wrap(dst, bits, signed);
            }
            (Repr::Int { signed, .. }, Repr::Float { f32 }) => {
                self.emit(match (signed, f32) {
                    (true, false) => Op::IntToFloat { dst, a },
                    (false, false) => Op::UintToFloat { dst, a },
                    (true, true) => Op::IntToFloat32 { dst, a },
                    (false, true) => Op::UintToFloat32 { dst, a },
                });
            }
            (Repr::Float { .. }, Repr::Int { bits, signed }) => {
                self.emit(if signed {
                    Op::FloatToInt { dst, a }
                } else {
                    Op::FloatToUint { dst, a }
                });
                self.wrap(dst, bits, signed);
            }
            (Repr::Float { .. }, Repr::Float { f32 }) => {
                self.emit(Op::Move { dst, src: a });
                if f32 {
                    self.emit(Op::RoundF32 { dst });
                }
            }
            (Repr::Str, Repr::Str) => return Some(a),
            (a1, b1) if a1 == b1 => {
                self.emit(Op::Move { dst, src: a });
            }
            _ => {
                self.fail(span, "this conversion");
                return None;
            }
        }
        Some(dst)
    }

    fn is_byte(&self, t: TypeId) -> bool {
        matches!(
            self.u.checked.types.basic_kind(self.u.types.underlying(t)),
            Some(BasicKind::Uint8)
        )
    }

    // ---- selectors, fields --------------------------------------------------

    /// The steps from a value of type `t` to its field `name` (through
    /// embedded fields, breadth-first as Go's lookup), and the field's type.
    pub fn field_path(&self, t: TypeId, name: &str) -> Option<(Vec<Step>, TypeId)> {
        self.find_field(t, |f| f.name.as_ref() == name)
    }

    /// Breadth-first over the fields of `t` (or of what `t` points to) and
    /// of its embedded fields, through embedded pointers, as Go's selector
    /// lookup goes: the first field `hit` accepts, with the steps to it.
    pub fn find_field(
        &self,
        t: TypeId,
        mut hit: impl FnMut(&crate::types::Field) -> bool,
    ) -> Option<(Vec<Step>, TypeId)> {
        let start = match self.u.under(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        let mut current: Vec<(TypeId, Vec<Step>)> = vec![(start, vec![])];
        for _ in 0..16 {
            let mut next = Vec::new();
            for (ty, path) in current {
                let Type::Struct(fields) = self.u.under(ty).clone() else {
                    continue;
                };
                let mut off = 0;
                for f in &fields {
                    let mut p = path.clone();
                    p.push(Step::Field(off));
                    if hit(f) {
                        return Some((p, f.ty));
                    }
                    if f.embedded {
                        let et = match self.u.under(f.ty) {
                            Type::Pointer(e) => {
                                p.push(Step::Deref);
                                *e
                            }
                            _ => f.ty,
                        };
                        next.push((et, p));
                    }
                    off += self.u.width(f.ty);
                }
            }
            if next.is_empty() {
                return None;
            }
            current = next;
        }
        None
    }

    /// The place of `x` for a selection: through a pointer when `x` is one,
    /// else `x`'s own place, else its value in registers.
    pub fn base_place(&mut self, x: &ast::Expr) -> Option<Place> {
        let t = self.type_of(x)?;
        if matches!(self.u.under(t), Type::Pointer(_)) {
            let p = self.operand(x)?;
            return Some(Place::Mem { addr: p, off: 0 });
        }
        if self.addressable(x) {
            return self.place(x);
        }
        let r = self.operand(x)?;
        Some(Place::Regs(r))
    }

    /// Follows `steps` from place `p`.
    pub fn walk(&mut self, mut p: Place, steps: &[Step]) -> Place {
        for s in steps {
            p = match *s {
                Step::Field(off) => self.offset(p, off),
                Step::Deref => {
                    let ptr_t = self.u.types.basic(BasicKind::Uintptr);
                    let a = self.load(p, ptr_t);
                    Place::Mem { addr: a, off: 0 }
                }
            };
        }
        p
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Option<Reg> {
        let id = self.u.use_of(sel.span);
        // A package member.
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(pid) = self.u.use_of(pkg.span) {
                if let ObjKind::PkgName(pi) = self.u.checked.obj(pid).kind {
                    // By import path: the file may name the package otherwise.
                    let path = self.u.checked.packages[pi].path.clone();
                    let name = format!("{path}.{}", sel.name);
                    if let Some(r) = self.library_value(&name) {
                        return Some(r);
                    }
                    // A variable or function of a package written in Go.
                    if let Some(id) = id {
                        if self.u.globals.contains_key(&id) {
                            let ty = self.type_of(e)?;
                            let p = self.obj_place(id)?;
                            return Some(self.load(p, ty));
                        }
                        if let Some(f) = self.u.func_of(id) {
                            return Some(self.closure_of(f));
                        }
                    }
                    // A native function as a func value (`apply(strings.ToUpper)`).
                    if let Some(sig) = self.tv_type(e) {
                        if matches!(self.u.types.get(sig), Type::Func(_)) {
                            if let Some(f) = self.u.native_method(&name, 0, sig) {
                                return Some(self.closure_of(f));
                            }
                        }
                    }
                    self.fail(e.span, &name);
                    return None;
                }
            }
        }
        let ty = self.type_of(e)?;
        if self.is_type_expr(x) {
            return self.method_expr(e, x, sel);
        }
        if id.is_some_and(|id| matches!(self.u.checked.obj(id).kind, ObjKind::Func)) {
            return self.method_value(e, x, sel, id.unwrap());
        }
        let xt = self.type_of(x)?;
        if self.u.types.is_interface(xt) && matches!(self.u.types.get(ty), Type::Func(_)) {
            // A method value of an interface (its method has no object).
            if self.field_path(xt, &sel.name).is_none() {
                return self.iface_method_value(e, x, &sel.name);
            }
        }
        let (steps, _) = self.field_path(xt, &sel.name)?;
        let base = self.base_place(x)?;
        let p = self.walk(base, &steps);
        Some(self.load(p, ty))
    }

    /// Package-level values of the library: os.Args, the standard files,
    /// bufio's split functions, io.EOF.
    fn library_value(&mut self, name: &str) -> Option<Reg> {
        use runtime::natives::bufio;
        let word = match name {
            "os.Args" => return self.os_args(),
            "io.EOF" | "os.ErrNotExist" => {
                let wk = &self.u.prog.well_known;
                let [t, p] = if name == "io.EOF" {
                    wk.eof
                } else {
                    wk.not_exist
                };
                let d = self.temps(2);
                self.emit(Op::LoadInt {
                    dst: d,
                    value: t as i64,
                });
                self.emit(Op::LoadInt {
                    dst: d + 1,
                    value: p as i64,
                });
                return Some(d);
            }
            "os.Stdin" => bufio::STDIN,
            "os.Stdout" => bufio::STDOUT,
            "os.Stderr" => bufio::STDERR,
            "bufio.ScanLines" => bufio::SCAN_LINES,
            "bufio.ScanWords" => bufio::SCAN_WORDS,
            "bufio.ScanRunes" => bufio::SCAN_RUNES,
            "bufio.ScanBytes" => bufio::SCAN_BYTES,
            "time.UTC" => runtime::natives::time::UTC,
            "time.Local" => runtime::natives::time::LOCAL,
            _ => return None,
        };
        let d = self.temp();
        self.emit(Op::LoadInt {
            dst: d,
            value: word as i64,
        });
        Some(d)
    }

    /// Whether `e` denotes a type (`T`, `(*T)`).
    pub fn is_type_expr(&self, e: &ast::Expr) -> bool {
        match &strip_parens(e).kind {
            ExprKind::Ident(_) => self
                .u
                .use_of(strip_parens(e).span)
                .is_some_and(|id| self.u.is_type_name(id)),
            ExprKind::Star(x) => self.is_type_expr(x),
            _ => false,
        }
    }

    /// Whether `e` denotes a variable (so it has a place).
    pub fn addressable(&mut self, e: &ast::Expr) -> bool {
        match &strip_parens(e).kind {
            ExprKind::Ident(_) => self
                .u
                .use_of(strip_parens(e).span)
                .is_some_and(|id| matches!(self.u.checked.obj(id).kind, ObjKind::Var { .. })),
            ExprKind::Star(_) => true,
            ExprKind::Selector { x, .. } => {
                let xt = self.tv_type(x);
                xt.is_some_and(|t| matches!(self.u.under(t), Type::Pointer(_)))
                    || self.addressable(x)
            }
            ExprKind::Index { x, .. } => match self.tv_type(x).map(|t| self.u.under(t).clone()) {
                Some(Type::Slice(_)) | Some(Type::Pointer(_)) => true,
                Some(Type::Array(..)) => self.addressable(x),
                _ => false,
            },
            ExprKind::CompositeLit { .. } => false,
            _ => false,
        }
    }

    /// The place an assignment to `e` writes.
    pub fn place(&mut self, e: &ast::Expr) -> Option<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(i) if i.name.as_ref() == "_" => Some(Place::Discard),
            ExprKind::Ident(_) => {
                let key = e.span;
                let id = self.u.use_of(key).or_else(|| self.u.def_of(key))?;
                let p = self.obj_place(id);
                if p.is_none() {
                    self.fail(e.span, "this variable");
                }
                p
            }
            ExprKind::Star(x) => {
                let p = self.operand(x)?;
                Some(Place::Mem { addr: p, off: 0 })
            }
            ExprKind::Selector { x, sel } => {
                let xt = self.type_of(x)?;
                let Some((steps, _)) = self.field_path(xt, &sel.name) else {
                    self.fail(e.span, "this assignment");
                    return None;
                };
                let base = self.base_place(x)?;
                Some(self.walk(base, &steps))
            }
            ExprKind::Index { x, indices } => {
                let xt = self.type_of(x)?;
                match self.u.under(xt).clone() {
                    Type::Map(k, _) => {
                        let m = self.operand(x)?;
                        let key = self.value_as(&indices[0], k)?;
                        let map = self.u.map_info(xt);
                        Some(Place::Map { m, key, map })
                    }
                    Type::Slice(elem) => {
                        let s = self.operand(x)?;
                        let i = self.operand(&indices[0])?;
                        let a = self.temp();
                        let size = 8 * self.u.width(elem);
                        self.emit(Op::IndexAddr { dst: a, s, i, size });
                        Some(Place::Mem { addr: a, off: 0 })
                    }
                    _ => {
                        let (_, elem) = self.array_of(xt)?;
                        let view = self.array_view(x)?;
                        let i = self.operand(&indices[0])?;
                        let a = self.temp();
                        let size = 8 * self.u.width(elem);
                        self.emit(Op::IndexAddr {
                            dst: a,
                            s: view,
                            i,
                            size,
                        });
                        Some(Place::Mem { addr: a, off: 0 })
                    }
                }
            }
            _ => {
                self.fail(e.span, "this kind of assignment");
                None
            }
        }
    }

    /// The length and element type of an array, or of the array a pointer
    /// points to.
    pub fn array_of(&self, t: TypeId) -> Option<(u64, TypeId)> {
        match self.u.under(t) {
            Type::Array(n, e) => Some((*n, *e)),
            Type::Pointer(p) => match self.u.under(*p) {
                Type::Array(n, e) => Some((*n, *e)),
                _ => None,
            },
            _ => None,
        }
    }

    /// An array (or pointer to one) as a slice (address, length, capacity)
    /// in three registers; an array value in registers is copied to the heap.
    pub fn array_view(&mut self, x: &ast::Expr) -> Option<Reg> {
        let t = self.type_of(x)?;
        let (n, _) = self.array_of(t)?;
        let addr = if matches!(self.u.under(t), Type::Pointer(_)) {
            self.operand(x)?
        } else if self.addressable(x) {
            let p = self.place(x)?;
            self.address(p)?
        } else {
            let r = self.operand(x)?;
            return Some(self.array_copy_view(r, t, n));
        };
        let v = self.temps(3);
        self.emit(Op::Move { dst: v, src: addr });
        self.emit(Op::LoadInt {
            dst: v + 1,
            value: n as i64,
        });
        self.emit(Op::LoadInt {
            dst: v + 2,
            value: n as i64,
        });
        Some(v)
    }

    /// An array value in registers copied to the heap, as a slice view.
    pub fn array_copy_view(&mut self, r: Reg, t: TypeId, n: u64) -> Reg {
        let b = self.new_box(t);
        self.store_words(b, 0, r, self.u.width(t));
        let v = self.temps(3);
        self.emit(Op::Move { dst: v, src: b });
        self.emit(Op::LoadInt {
            dst: v + 1,
            value: n as i64,
        });
        self.emit(Op::LoadInt {
            dst: v + 2,
            value: n as i64,
        });
        v
    }

    /// The address of a place in memory.
    pub fn address(&mut self, p: Place) -> Option<Reg> {
        match p {
            Place::Mem { addr, off: 0 } => Some(addr),
            Place::Mem { addr, off } => {
                let d = self.temp();
                self.emit(Op::AddIntImm {
                    dst: d,
                    a: addr,
                    imm: off as i32,
                });
                Some(d)
            }
            _ => None,
        }
    }

    fn address_of(&mut self, x: &ast::Expr) -> Option<Reg> {
        let x = strip_parens(x);
        if let ExprKind::CompositeLit { elts, .. } = &x.kind {
            // &T{...}: a new object.
            let t = self.type_of(x)?;
            let v = self.composite(x, t, elts)?;
            let b = self.new_box(t);
            self.store_words(b, 0, v, self.u.width(t));
            return Some(b);
        }
        let p = self.place(x)?;
        let a = self.address(p);
        if a.is_none() {
            self.fail(x.span, "taking this address");
        }
        a
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, i: &ast::Expr) -> Option<Reg> {
        let xt = self.type_of(x)?;
        let ty = self.type_of(e)?;
        match self.u.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.operand(x)?;
                let i = self.operand(i)?;
                let d = self.temp();
                self.emit(Op::StrIndex { dst: d, s, i });
                Some(d)
            }
            Type::Map(k, _) => {
                let m = self.operand(x)?;
                let key = self.value_as(i, k)?;
                let map = self.u.map_info(xt);
                Some(self.load(Place::Map { m, key, map }, ty))
            }
            Type::Slice(elem) if self.u.width(elem) == 1 => {
                let s = self.operand(x)?;
                let i = self.operand(i)?;
                let d = self.temp();
                self.emit(Op::IndexLoad { dst: d, s, i });
                Some(d)
            }
            Type::Array(n, elem) if !self.addressable(x) => {
                // An array value in registers: a constant index picks its
                // slots; a variable one goes through memory.
                if let Some(k) = self.tv_value(i).and_then(|v| v.as_i64()) {
                    let r = self.operand(x)?;
                    let _ = n;
                    return Some(r + (k as u32 * self.u.width(elem)) as u16);
                }
                let p = self.place_of_index(x, i)?;
                Some(self.load(p, ty))
            }
            _ => {
                let p = self.place_of_index(x, i)?;
                Some(self.load(p, ty))
            }
        }
    }

    fn place_of_index(&mut self, x: &ast::Expr, i: &ast::Expr) -> Option<Place> {
        let xt = self.type_of(x)?;
        let (s, elem) = match self.u.under(xt).clone() {
            Type::Slice(e) => (self.operand(x)?, e),
            _ => {
                let (_, e) = self.array_of(xt)?;
                (self.array_view(x)?, e)
            }
        };
        let i = self.operand(i)?;
        let a = self.temp();
        let size = 8 * self.u.width(elem);
        self.emit(Op::IndexAddr { dst: a, s, i, size });
        Some(Place::Mem { addr: a, off: 0 })
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
    ) -> Option<Reg> {
        let xt = self.type_of(x)?;
        let int_t = self.u.types.basic(BasicKind::Int);
        if let Type::Basic(_) = self.u.under(xt) {
            let s = self.operand(x)?;
            let l = match lo {
                Some(l) => self.value_as(l, int_t)?,
                None => {
                    let z = self.temp();
                    self.emit(Op::LoadInt { dst: z, value: 0 });
                    z
                }
            };
            let h = match hi {
                Some(h) => self.value_as(h, int_t)?,
                None => s + 1,
            };
            let d = self.temps(2);
            self.emit(Op::StrSlice {
                dst: d,
                s,
                lo: l,
                hi: h,
            });
            return Some(d);
        }
        let array = !matches!(self.u.under(xt), Type::Slice(_));
        let (s, elem) = match self.u.under(xt).clone() {
            Type::Slice(el) => (self.operand(x)?, el),
            _ => {
                let (_, el) = self.array_of(xt)?;
                (self.array_view(x)?, el)
            }
        };
        let _ = e;
        let bounds = self.temps(3);
        match lo {
            Some(l) => {
                let r = self.value_as(l, int_t)?;
                self.emit(Op::Move {
                    dst: bounds,
                    src: r,
                });
            }
            None => {
                self.emit(Op::LoadInt {
                    dst: bounds,
                    value: 0,
                });
            }
        }
        match hi {
            Some(h) => {
                let r = self.value_as(h, int_t)?;
                self.emit(Op::Move {
                    dst: bounds + 1,
                    src: r,
                });
            }
            None => {
                self.emit(Op::Move {
                    dst: bounds + 1,
                    src: s + 1,
                });
            }
        }
        if let Some(m) = max {
            let r = self.value_as(m, int_t)?;
            self.emit(Op::Move {
                dst: bounds + 2,
                src: r,
            });
        }
        let d = self.temps(3);
        let size = 8 * self.u.width(elem);
        self.emit(Op::SliceExpr {
            dst: d,
            s,
            bounds,
            size,
            three: max.is_some(),
            array,
        });
        Some(d)
    }

    /// `x.(T)`; with `ok`, the comma-ok flag follows the value.
    pub fn type_assert(&mut self, x: &ast::Expr, t: &ast::Expr, ok: bool) -> Option<Reg> {
        let target = self.type_of(t)?;
        // Library error types (*strconv.NumError...) are never made by
        // minigo's natives: refuse, not answer wrongly.
        if self.u.foreign_error_type(target) {
            let name = self.u.display(target);
            self.fail(t.span, &format!("type assertions to {name}"));
            return None;
        }
        let from_t = self.type_of(x)?;
        let v = self.operand(x)?;
        let from = self.u.rtype(from_t);
        let ty = self.u.rtype(target);
        let w = self.u.width(target) as u16;
        let d = self.temps(w + ok as u16);
        if self.u.types.is_interface(target) {
            self.emit(Op::AssertIface {
                dst: d,
                src: v,
                ty,
                from,
                ok,
            });
        } else {
            self.emit(Op::Assert {
                dst: d,
                src: v,
                ty,
                from,
                ok,
            });
        }
        Some(d)
    }

    /// The comma-ok forms: `v, ok := m[k]`, `v, ok := x.(T)`.
    pub fn comma_ok(&mut self, e: &ast::Expr) -> Option<Reg> {
        match &e.kind {
            ExprKind::Index { x, indices } => {
                let xt = self.type_of(x)?;
                let Type::Map(k, v) = self.u.under(xt).clone() else {
                    self.fail(e.span, "this comma-ok form");
                    return None;
                };
                let m = self.operand(x)?;
                let key = self.value_as(&indices[0], k)?;
                let map = self.u.map_info(xt);
                let d = self.temps(self.u.width(v) as u16 + 1);
                self.emit(Op::MapLoad {
                    dst: d,
                    m,
                    key,
                    map,
                    ok: true,
                });
                Some(d)
            }
            ExprKind::TypeAssert { x, ty: Some(t) } => self.type_assert(x, t, true),
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => self.recv(x, true),
            _ => {
                self.fail(e.span, "this comma-ok form");
                None
            }
        }
    }

    /// `<-ch` (with `ok`, the flag after the value).
    fn recv(&mut self, x: &ast::Expr, ok: bool) -> Option<Reg> {
        let ct = self.type_of(x)?;
        let Type::Chan(_, et) = self.u.under(ct).clone() else {
            return None;
        };
        let ch = self.operand(x)?;
        let d = self.temps_of_ok(et, ok);
        self.emit(Op::Recv { dst: d, ch, ok });
        Some(d)
    }

    // ---- composite literals -------------------------------------------------

    /// `T{...}`: the value in registers.
    pub fn composite(&mut self, e: &ast::Expr, ty: TypeId, elts: &[ast::Expr]) -> Option<Reg> {
        let ty = match self.u.under(ty) {
            // `&T{}` elided in a literal of pointers: `[]*T{{...}}`.
            Type::Pointer(p) => {
                let p = *p;
                let v = self.composite(e, p, elts)?;
                let b = self.new_box(p);
                self.store_words(b, 0, v, self.u.width(p));
                return Some(b);
            }
            _ => ty,
        };
        match self.u.under(ty).clone() {
            Type::Struct(fields) => {
                let w = self.u.width(ty) as u16;
                let vals: Vec<(u16, TypeId, &ast::Expr)> = {
                    let mut v = Vec::new();
                    let offsets: Vec<u16> = fields
                        .iter()
                        .scan(0u16, |acc, f| {
                            let o = *acc;
                            *acc += self.u.width(f.ty) as u16;
                            Some(o)
                        })
                        .collect();
                    for (i, el) in elts.iter().enumerate() {
                        match &el.kind {
                            ExprKind::KeyValue { key, value } => {
                                let ExprKind::Ident(k) = &key.kind else {
                                    continue;
                                };
                                let Some(fi) = fields.iter().position(|f| f.name == k.name) else {
                                    continue;
                                };
                                v.push((offsets[fi], fields[fi].ty, value.as_ref()));
                            }
                            _ => v.push((offsets[i], fields[i].ty, el)),
                        }
                    }
                    v
                };
                // Evaluate in order, then place.
                let mut regs = Vec::new();
                for (off, fty, ex) in vals {
                    let r = self.elem_value(ex, fty)?;
                    regs.push((off, fty, r));
                }
                let d = self.temps(w);
                if w > 0 {
                    self.emit(Op::Zero { dst: d, n: w });
                }
                for (off, fty, r) in regs {
                    self.mov(d + off, r, self.u.width(fty) as u16);
                }
                Some(d)
            }
            Type::Array(n, elem) => {
                let w = self.u.width(ty);
                if w > super::types::MAX_VALUE_WIDTH {
                    self.fail(e.span, "array values this large");
                    return None;
                }
                let ew = self.u.width(elem) as u16;
                let d = self.temps(w as u16);
                if w > 0 {
                    self.emit(Op::Zero {
                        dst: d,
                        n: w as u16,
                    });
                }
                let mut idx = 0i64;
                for el in elts {
                    let (k, v) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            idx = self.tv_value(key).and_then(|v| v.as_i64())?;
                            (idx, value.as_ref())
                        }
                        _ => (idx, el),
                    };
                    let r = self.elem_value(v, elem)?;
                    if (k as u64) < n {
                        self.mov(d + k as u16 * ew, r, ew);
                    }
                    idx = k + 1;
                }
                Some(d)
            }
            Type::Slice(elem) => {
                // Indexes first, to know the length.
                let mut items = Vec::new();
                let mut idx = 0i64;
                let mut len = 0i64;
                for el in elts {
                    let (k, v) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            idx = self.tv_value(key).and_then(|v| v.as_i64())?;
                            (idx, value.as_ref())
                        }
                        _ => (idx, el),
                    };
                    items.push((k, v));
                    idx = k + 1;
                    len = len.max(idx);
                }
                let d = self.temps(3);
                let n = self.temp();
                self.emit(Op::LoadInt { dst: n, value: len });
                let info = self.u.elem_info(elem);
                self.emit(Op::MakeSlice {
                    dst: d,
                    len: n,
                    cap: n,
                    elem: info,
                });
                let ew = self.u.width(elem);
                for (k, v) in items {
                    let mark = self.next;
                    let r = self.elem_value(v, elem)?;
                    let a = self.temp();
                    self.emit(Op::LoadInt { dst: a, value: k });
                    self.emit(Op::IndexAddr {
                        dst: a,
                        s: d,
                        i: a,
                        size: 8 * ew,
                    });
                    self.store_words(a, 0, r, ew);
                    self.next = mark;
                }
                Some(d)
            }
            Type::Map(kt, vt) => {
                let map = self.u.map_info(ty);
                let m = self.temp();
                self.emit(Op::MakeMap { dst: m, map });
                for el in elts {
                    let ExprKind::KeyValue { key, value } = &el.kind else {
                        continue;
                    };
                    let mark = self.next;
                    let k = self.elem_value(key, kt)?;
                    let k = self.copy_value(k, kt);
                    let v = self.elem_value(value, vt)?;
                    let v = if self.u.width(vt) == 0 {
                        self.temp()
                    } else {
                        v
                    };
                    self.emit(Op::MapStore {
                        m,
                        key: k,
                        val: v,
                        map,
                    });
                    self.next = mark;
                }
                Some(m)
            }
            _ => {
                self.fail(e.span, "this composite literal");
                None
            }
        }
    }

    /// An element of a composite literal (whose type may be elided).
    fn elem_value(&mut self, e: &ast::Expr, ty: TypeId) -> Option<Reg> {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &e.kind {
            return self.composite(e, ty, elts);
        }
        self.value_as(e, ty)
    }

    /// A function used as a value: a closure without captures.
    pub fn func_value(&mut self, id: ObjId, span: Span) -> Option<Reg> {
        let Some(func) = self.u.func_of(id) else {
            self.fail(span, "this function as a value");
            return None;
        };
        Some(self.closure_of(func))
    }
}
