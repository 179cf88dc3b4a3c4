//! Statements.

use super::func::{Loop, Lowerer, Place, Var};
use crate::objects::ObjId;
use crate::types::{Type, TypeId};
use grammar::ast::{self, AssignOp, ExprKind, StmtKind};
use runtime::bytecode::{CmpImm, Op, Reg, SelectCase, SelectTable};

impl Lowerer<'_, '_> {
    pub fn block(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            let mark = self.next;
            self.stmt(s);
            // Temporaries die with the statement; locals it declared stay.
            self.next = mark.max(self.locals_top);
        }
    }

    pub fn stmt(&mut self, s: &ast::Stmt) {
        self.line = self.u.line(s.span);
        match &s.kind {
            StmtKind::Empty | StmtKind::Decl(ast::Decl::Const(_) | ast::Decl::Type(_)) => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    let names: Vec<Option<ObjId>> =
                        spec.names.iter().map(|n| self.u.def_of(n.span)).collect();
                    self.define(&names, &spec.values);
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            } => {
                let ids: Vec<Option<ObjId>> = lhs
                    .iter()
                    .map(|e| match &e.kind {
                        ExprKind::Ident(i) => self.u.def_of(i.span),
                        _ => None,
                    })
                    .collect();
                let redeclared = lhs.iter().zip(&ids).any(|(e, id)| {
                    id.is_none() && !matches!(&e.kind, ExprKind::Ident(i) if i.name.as_ref() == "_")
                });
                if redeclared {
                    // Some names already exist: new ones get variables,
                    // then it is an assignment.
                    for (e, id) in lhs.iter().zip(&ids) {
                        if let Some(id) = id {
                            let ty = self.u.obj_ty(*id).unwrap();
                            self.new_local(Some(*id), ty);
                        }
                        let _ = e;
                    }
                    self.assign(lhs, rhs);
                } else {
                    self.define(&ids, rhs);
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign,
                rhs,
            } => self.assign(lhs, rhs),
            StmtKind::Assign {
                lhs,
                op: AssignOp::Op(op),
                rhs,
            } => {
                let Some(ty) = self.type_of(&lhs[0]) else {
                    return;
                };
                let Some(place) = self.place(&lhs[0]) else {
                    return;
                };
                // A local's own registers need no copy: nothing on the right
                // can change them.
                let cur = self.load(place, ty);
                let Some(y) = self.operand(&rhs[0]) else {
                    return;
                };
                let count_signed = self.signed_count(&rhs[0]);
                let into = match place {
                    Place::Regs(r) => Some(r),
                    _ => None,
                };
                let Some(r) = self.binary_into(into, *op, ty, cur, y, count_signed, s.span) else {
                    return;
                };
                self.store(place, ty, r);
            }
            StmtKind::IncDec { x, inc } => {
                let Some(ty) = self.type_of(x) else { return };
                let Some(place) = self.place(x) else { return };
                let cur = self.load(place, ty);
                let d = match place {
                    Place::Regs(r) => r,
                    _ => self.scalar_temp(),
                };
                match self.repr(ty) {
                    Some(super::expr::Repr::Int { bits, signed }) => {
                        self.emit(Op::AddIntImm {
                            dst: d,
                            a: cur,
                            imm: if *inc { 1 } else { -1 },
                        });
                        self.wrap(d, bits, signed);
                    }
                    Some(super::expr::Repr::Float { f32 }) => {
                        let one = self.scalar_temp();
                        self.emit(Op::LoadFloat {
                            dst: one,
                            value: if *inc { 1.0 } else { -1.0 },
                        });
                        self.emit(Op::AddFloat {
                            dst: d,
                            a: cur,
                            b: one,
                        });
                        if f32 {
                            self.emit(Op::RoundF32 { dst: d });
                        }
                    }
                    _ => return self.fail(s.span, "this ++ or --"),
                }
                self.store(place, ty, d);
            }
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let Some(skip) = self.branch_unless(cond) else {
                    return;
                };
                self.block(&then.stmts);
                match els {
                    None => {
                        let here = self.here();
                        self.patch(skip, here);
                    }
                    Some(e) => {
                        let over = self.emit(Op::Jump { to: 0 });
                        let here = self.here();
                        self.patch(skip, here);
                        let mark = self.next;
                        self.stmt(e);
                        self.next = mark.max(self.locals_top);
                        let end = self.here();
                        self.patch(over, end);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Break(label) | StmtKind::Continue(label) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let target = self.loops.iter().rposition(|l| match label {
                    Some(name) => l.label.as_ref() == Some(&name.name),
                    None => is_break || l.is_loop,
                });
                let Some(t) = target else {
                    return self.fail(s.span, "this break or continue");
                };
                let j = self.emit(Op::Jump { to: 0 });
                if is_break {
                    self.loops[t].breaks.push(j);
                } else {
                    self.loops[t].continues.push(j);
                }
            }
            StmtKind::Labeled { stmt, label } => {
                // A goto target; also names a loop or switch for break/continue.
                let here = self.here();
                self.label_at.insert(label.name.clone(), here);
                if matches!(
                    stmt.kind,
                    StmtKind::For { .. }
                        | StmtKind::Range { .. }
                        | StmtKind::Switch { .. }
                        | StmtKind::TypeSwitch { .. }
                        | StmtKind::Select { .. }
                ) {
                    self.pending_label = Some(label.name.clone());
                }
                self.stmt(stmt);
            }
            StmtKind::Goto(label) => {
                // The checker has verified the jump. A backward goto is a
                // loop's back edge.
                let j = match self.label_at.get(&label.name) {
                    Some(&to) => self.emit(Op::Loop { to }),
                    None => self.emit(Op::Jump { to: 0 }),
                };
                self.gotos.push((j, label.name.clone()));
            }
            StmtKind::Fallthrough => {} // the switch lays its bodies out in order
            StmtKind::Switch { init, tag, clauses } => {
                self.switch(init.as_deref(), tag.as_ref(), clauses)
            }
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
            } => self.type_switch(init.as_deref(), guard, clauses),
            StmtKind::Defer(e) => self.defer_stmt(e),
            StmtKind::Go(e) => self.go_stmt(e),
            StmtKind::Send { ch, value } => {
                if let Some((c, v)) = self.send_operands(ch, value) {
                    self.emit(Op::Send { ch: c, src: v });
                }
            }
            StmtKind::Select { clauses } => self.select(clauses),
            StmtKind::Decl(_) => self.fail(s.span, "this declaration"),
        }
    }

    /// The type of an assignment's left side (a variable's own type: the
    /// checker records none for names that `:=` redeclares).
    pub fn lhs_type(&mut self, e: &ast::Expr) -> Option<TypeId> {
        if let ExprKind::Ident(_) = &e.kind {
            if let Some(t) = self
                .u
                .use_of(e.span)
                .or_else(|| self.u.def_of(e.span))
                .and_then(|id| self.u.obj_ty(id))
            {
                return Some(t);
            }
        }
        self.type_of(e)
    }

    /// Copies a value into fresh registers (so a later store to the
    /// variable it came from does not change it).
    pub fn copy_value(&mut self, r: Reg, ty: TypeId) -> Reg {
        let w = self.u.width(ty) as u16;
        let d = self.temps(w);
        self.mov(d, r, w);
        d
    }

    /// `var`/`:=` with new variables `ids` (None for `_`).
    fn define(&mut self, ids: &[Option<ObjId>], values: &[ast::Expr]) {
        let types: Vec<Option<TypeId>> = ids
            .iter()
            .map(|id| id.and_then(|id| self.u.obj_ty(id)))
            .collect();
        // Values first (`x := x` reads the outer x), into fresh registers.
        let mut vals: Vec<Option<Reg>> = Vec::new();
        if values.len() == 1 && ids.len() > 1 {
            let Some((base, tys)) = self.multi_value(&values[0]) else {
                return;
            };
            let mut off = 0;
            for (i, t) in tys.iter().enumerate() {
                let r = base + off;
                off += self.u.width(*t) as u16;
                vals.push(match types.get(i).copied().flatten() {
                    Some(target) => Some(self.coerce(r, *t, target)),
                    None => None,
                });
            }
        } else if !values.is_empty() {
            for (i, v) in values.iter().enumerate() {
                let r = match types.get(i).copied().flatten() {
                    // No copy: the new variables get registers of their own.
                    Some(t) => {
                        let Some(r) = self.value_as(v, t) else { return };
                        Some(r)
                    }
                    None => {
                        self.operand(v);
                        None
                    }
                };
                vals.push(r);
            }
        }
        for (i, id) in ids.iter().enumerate() {
            let (Some(id), Some(ty)) = (id, types[i]) else {
                continue;
            };
            let has_value = matches!(vals.get(i), Some(Some(_)));
            let var = self.new_local_init(Some(*id), ty, !has_value);
            if let Some(Some(r)) = vals.get(i) {
                let p = self.var_place(var);
                self.store(p, ty, *r);
            }
        }
    }

    /// A multi-value expression (a call with several results, or a
    /// comma-ok form): its first register and the types of its values.
    pub fn multi_value(&mut self, e: &ast::Expr) -> Option<(Reg, Vec<TypeId>)> {
        let e = strip_parens(e);
        let tys = match self.tv_type(e).map(|t| self.u.types.get(t).clone()) {
            Some(Type::Tuple(ts)) => ts,
            _ => {
                // A comma-ok form: the value and a bool.
                let vt = match &e.kind {
                    ExprKind::TypeAssert { ty: Some(t), .. } => self.type_of(t)?,
                    ExprKind::Index { x, .. } => {
                        let mt = self.type_of(x)?;
                        match self.u.under(mt) {
                            Type::Map(_, v) => *v,
                            _ => self.type_of(e)?,
                        }
                    }
                    ExprKind::Unary {
                        op: ast::UnaryOp::Recv,
                        x,
                    } => {
                        let ct = self.type_of(x)?;
                        match self.u.under(ct) {
                            Type::Chan(_, v) => *v,
                            _ => self.type_of(e)?,
                        }
                    }
                    _ => self.type_of(e)?,
                };
                let bool_t = self.u.types.basic(crate::basic::BasicKind::Bool);
                let r = self.comma_ok(e)?;
                return Some((r, vec![vt, bool_t]));
            }
        };
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &e.kind
        else {
            self.fail(e.span, "this multi-value expression");
            return None;
        };
        let base = self.call(e, fun, args, ellipsis.is_some())?;
        Some((base, tys))
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        if rhs.len() == 1 && lhs.len() > 1 {
            let Some((base, tys)) = self.multi_value(&rhs[0]) else {
                return;
            };
            let mut off = 0;
            for (i, l) in lhs.iter().enumerate() {
                let r = base + off;
                off += self.u.width(tys[i]) as u16;
                if is_blank(l) {
                    continue;
                }
                let Some(lt) = self.lhs_type(l) else { return };
                let v = self.coerce(r, tys[i], lt);
                let Some(p) = self.place(l) else { return };
                self.store(p, lt, v);
            }
            return;
        }
        if lhs.len() == 1 {
            if is_blank(&lhs[0]) {
                self.operand(&rhs[0]);
                return;
            }
            let Some(lt) = self.lhs_type(&lhs[0]) else {
                return;
            };
            let Some(v) = self.value_as(&rhs[0], lt) else {
                return;
            };
            let Some(p) = self.place(&lhs[0]) else { return };
            self.store(p, lt, v);
            return;
        }
        // Places and values first (x, y = y, x), then the stores in order.
        let mut places = Vec::new();
        for l in lhs {
            if is_blank(l) {
                places.push((Place::Discard, None));
                continue;
            }
            let Some(lt) = self.lhs_type(l) else { return };
            let Some(p) = self.place(l) else { return };
            places.push((p, Some(lt)));
        }
        let mut vals = Vec::new();
        for (v, (_, lt)) in rhs.iter().zip(&places) {
            match lt {
                Some(t) => {
                    let Some(r) = self.value_as(v, *t) else {
                        return;
                    };
                    vals.push(self.copy_value(r, *t));
                }
                None => {
                    self.operand(v);
                    vals.push(0);
                }
            }
        }
        for ((p, lt), v) in places.into_iter().zip(vals) {
            if let Some(t) = lt {
                self.store(p, t, v);
            }
        }
    }

    fn return_stmt(&mut self, results: &[ast::Expr]) {
        if results.is_empty() {
            return self.return_results(None);
        }
        let types = self.result_types.clone();
        if results.len() == 1 && types.len() > 1 {
            let Some((base, tys)) = self.multi_value(&results[0]) else {
                return;
            };
            // Coerce each (a concrete result into an interface).
            let total: u32 = types.iter().map(|&t| self.u.width(t)).sum();
            let win = self.temps(total as u16);
            let (mut off, mut woff) = (0u16, 0u16);
            for (t, target) in tys.iter().zip(&types) {
                let v = self.coerce(base + off, *t, *target);
                let w = self.u.width(*target) as u16;
                self.mov(win + woff, v, w);
                off += self.u.width(*t) as u16;
                woff += w;
            }
            return self.return_results(Some(win));
        }
        let mut regs = Vec::new();
        for (r, t) in results.iter().zip(&types) {
            let Some(v) = self.value_as(r, *t) else {
                return;
            };
            regs.push((v, self.u.width(*t) as u16));
        }
        let total: u16 = regs.iter().map(|(_, w)| w).sum();
        let base = if regs.len() == 1 {
            regs[0].0
        } else {
            let base = self.temps(total);
            let mut off = 0;
            for (v, w) in regs {
                self.mov(base + off, v, w);
                off += w;
            }
            base
        };
        self.return_results(Some(base));
    }

    fn for_stmt(
        &mut self,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        // Go 1.22: each iteration has its own copy of the loop variables;
        // that is only visible for variables on the heap (captured or
        // address-taken), which get a fresh box per iteration.
        let per_iteration: Vec<(ObjId, TypeId)> = match init.map(|s| &s.kind) {
            Some(StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            }) => lhs
                .iter()
                .filter_map(|e| match &e.kind {
                    ExprKind::Ident(i) => self.u.def_of(i.span),
                    _ => None,
                })
                .filter(|id| self.boxed.contains(id))
                .collect::<Vec<_>>()
                .into_iter()
                .filter_map(|id| Some((id, self.u.obj_ty(id)?)))
                .collect(),
            _ => vec![],
        };
        let top = self.here();
        let exit = match cond {
            Some(c) => {
                let mark = self.next;
                let Some(j) = self.branch_unless(c) else {
                    return;
                };
                self.next = mark;
                Some(j)
            }
            None => None,
        };
        self.open_loop();
        self.block(&body.stmts);
        let cont = self.here();
        for (id, ty) in per_iteration {
            if let Some(Var::Boxed(b)) = self.vars.get(&id).copied() {
                let mark = self.next;
                let v = self.load(Place::Mem { addr: b, off: 0 }, ty);
                let layout = self.u.layout(ty);
                self.emit(Op::Alloc { dst: b, layout });
                self.store(Place::Mem { addr: b, off: 0 }, ty, v);
                self.next = mark;
            }
        }
        if let Some(p) = post {
            let mark = self.next;
            self.stmt(p);
            self.next = mark;
        }
        self.emit(Op::Loop { to: top });
        let end = self.here();
        if let Some(j) = exit {
            self.patch(j, end);
        }
        self.close_loop(cont, end);
    }

    /// Starts a loop (named by a pending label, if any).
    pub fn open_loop(&mut self) {
        let label = self.pending_label.take();
        self.loops.push(Loop {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
    }

    /// Opens a switch or select: a `break` target that `continue` passes.
    fn open_switch(&mut self, label: Option<grammar::ast::Name>) {
        self.loops.push(Loop {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
    }

    /// Ends the innermost loop: its breaks jump to `end`, its continues to `cont`.
    pub fn close_loop(&mut self, cont: u32, end: u32) {
        let l = self.loops.pop().expect("a loop is open");
        for b in l.breaks {
            self.patch(b, end);
        }
        for c in l.continues {
            self.patch(c, cont);
        }
    }

    /// Assigns a range iteration's key or value (`r`, of type `ty`) to
    /// `target` (a new variable when `define`).
    fn range_assign(&mut self, target: Option<&ast::Expr>, define: bool, r: Reg, ty: TypeId) {
        let Some(t) = target else { return };
        if is_blank(t) {
            return;
        }
        if define {
            let ExprKind::Ident(i) = &t.kind else { return };
            let Some(id) = self.u.def_of(i.span) else {
                return;
            };
            let vt = self.u.obj_ty(id).unwrap_or(ty);
            let var = self.new_local(Some(id), vt);
            let p = self.var_place(var);
            self.store(p, vt, r);
        } else {
            let Some(lt) = self.type_of(t) else { return };
            let v = self.coerce(r, ty, lt);
            let Some(p) = self.place(t) else { return };
            self.store(p, lt, v);
        }
    }

    fn range(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
    ) {
        let Some(xt) = self.type_of(x) else { return };
        let int_t = self.u.types.basic(crate::basic::BasicKind::Int);
        let under = self.u.under(xt).clone();
        // (counter, limit) loops: integers, slices, arrays, strings.
        enum Shape {
            Int,
            Slice(TypeId),
            Str,
        }
        let (shape, base) = match &under {
            Type::Basic(k) if k.is_integer() => {
                let Some(n) = self.operand(x) else { return };
                let base = self.temps(2);
                self.emit(Op::Move { dst: base, src: n });
                (Shape::Int, base)
            }
            Type::Basic(_) => {
                let Some(s) = self.operand(x) else { return };
                let base = self.temps(2);
                self.mov(base, s, 2);
                (Shape::Str, base)
            }
            Type::Slice(e) => {
                let Some(s) = self.operand(x) else { return };
                let base = self.temps(3);
                self.mov(base, s, 3);
                (Shape::Slice(*e), base)
            }
            _ if self.array_of(xt).is_some() => {
                let (n, e) = self.array_of(xt).unwrap();
                // Only the length is needed when no value is taken.
                let base = self.temps(3);
                if value.is_some_and(|v| !is_blank(v)) {
                    // Ranging over an array ranges over a copy of it.
                    let view = if matches!(under, Type::Pointer(_)) {
                        self.array_view(x)
                    } else {
                        self.operand(x).map(|r| self.array_copy_view(r, xt, n))
                    };
                    let Some(view) = view else { return };
                    self.mov(base, view, 3);
                } else {
                    if matches!(under, Type::Pointer(_)) || has_calls(x) {
                        self.operand(x);
                    }
                    self.emit(Op::LoadInt {
                        dst: base + 1,
                        value: n as i64,
                    });
                }
                (Shape::Slice(e), base)
            }
            Type::Map(kt, vt) => {
                let (kt, vt) = (*kt, *vt);
                return self.range_map(key, value, define, x, kt, vt, xt, body);
            }
            Type::Chan(_, et) => {
                let et = *et;
                return self.range_chan(key, define, x, et, body);
            }
            _ => return self.fail(x.span, "range over this type"),
        };
        let counter = self.scalar_temp();
        self.emit(Op::LoadInt {
            dst: counter,
            value: 0,
        });
        let limit = match shape {
            Shape::Int => base,
            _ => base + 1,
        };
        let top = self.here();
        let exit = self.emit(Op::JumpIfNotLtInt {
            a: counter,
            b: limit,
            to: 0,
        });
        let mark = self.next;
        let mut step = None;
        match shape {
            Shape::Int => {
                let kt = self.tv_type(x).unwrap_or(int_t);
                self.range_assign(key, define, counter, kt);
            }
            Shape::Slice(e) => {
                self.range_assign(key, define, counter, int_t);
                if value.is_some_and(|v| !is_blank(v)) {
                    let w = self.u.width(e);
                    let v = if w == 1 {
                        let d = self.temp();
                        self.emit(Op::IndexLoad {
                            dst: d,
                            s: base,
                            i: counter,
                        });
                        d
                    } else {
                        let a = self.temp();
                        self.emit(Op::IndexAddr {
                            dst: a,
                            s: base,
                            i: counter,
                            size: 8 * w,
                        });
                        self.load(Place::Mem { addr: a, off: 0 }, e)
                    };
                    self.range_assign(value, define, v, e);
                }
            }
            Shape::Str => {
                let rune_t = self.u.types.basic(crate::basic::BasicKind::Int32);
                let d = self.temps(2);
                self.emit(Op::StrNext {
                    dst: d,
                    s: base,
                    i: counter,
                });
                step = Some(d + 1);
                self.range_assign(key, define, counter, int_t);
                self.range_assign(value, define, d, rune_t);
            }
        }
        self.open_loop();
        self.block(&body.stmts);
        self.next = self.next.max(mark);
        let cont = self.here();
        match step {
            Some(w) => self.emit(Op::AddInt {
                dst: counter,
                a: counter,
                b: w,
            }),
            None => self.emit(Op::AddIntImm {
                dst: counter,
                a: counter,
                imm: 1,
            }),
        };
        self.emit(Op::Loop { to: top });
        let end = self.here();
        self.patch(exit, end);
        self.close_loop(cont, end);
    }

    /// `for v := range ch`: receive until the channel is closed.
    fn range_chan(
        &mut self,
        key: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        et: TypeId,
        body: &ast::Block,
    ) {
        let Some(ct) = self.type_of(x) else { return };
        let Some(ch) = self.operand(x) else { return };
        let ch = self.copy_value(ch, ct);
        let w = self.u.width(et) as u16;
        let d = self.temps_of_ok(et, true);
        let top = self.here();
        self.emit(Op::Recv {
            dst: d,
            ch,
            ok: true,
        });
        let exit = self.emit(Op::JumpIfNot { cond: d + w, to: 0 });
        self.range_assign(key, define, d, et);
        self.range_body(body, top, exit);
    }

    /// A range loop's body after its variables are set: `continue` goes
    /// back to `top`, the jump at `exit` and `break` to the end.
    fn range_body(&mut self, body: &ast::Block, top: u32, exit: usize) {
        self.open_loop();
        self.block(&body.stmts);
        let cont = self.here();
        self.emit(Op::Loop { to: top });
        let end = self.here();
        self.patch(exit, end);
        self.close_loop(cont, end);
    }

    /// A send's channel and value, evaluated in that order.
    fn send_operands(&mut self, ch: &ast::Expr, value: &ast::Expr) -> Option<(Reg, Reg)> {
        let ct = self.type_of(ch)?;
        let Type::Chan(_, et) = self.u.under(ct).clone() else {
            return None;
        };
        let c = self.operand(ch)?;
        let c = self.copy_value(c, ct);
        let v = self.value_as(value, et)?;
        // A zero-size value still names a register of the frame.
        let v = if self.u.width(et) == 0 {
            self.temp()
        } else {
            v
        };
        Some((c, v))
    }

    /// `select`: every case's channel (and value to send) evaluated in
    /// source order, one `Select` instruction, then a jump to the body of
    /// the case it ran, which first stores what was received.
    fn select(&mut self, clauses: &[ast::CommClause]) {
        let label = self.pending_label.take();
        let mut table = SelectTable::default();
        // Per case: the received value's register and type, and the
        // statement receiving it (an assignment or definition).
        let mut received: Vec<Option<(Reg, TypeId, &ast::Stmt)>> = Vec::new();
        for c in clauses {
            let Some(comm) = &c.comm else {
                table.has_default = true;
                received.push(None);
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let Some((ch, val)) = self.send_operands(ch, value) else {
                        return;
                    };
                    table.cases.push(SelectCase {
                        ch,
                        val,
                        send: true,
                    });
                    received.push(None);
                }
                _ => {
                    let rx = match &comm.kind {
                        StmtKind::Expr(e) => e,
                        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
                        _ => return self.fail(comm.span, "this select case"),
                    };
                    let ExprKind::Unary { x, .. } = &strip_parens(rx).kind else {
                        return self.fail(comm.span, "this select case");
                    };
                    let Some(ct) = self.type_of(x) else { return };
                    let Type::Chan(_, et) = self.u.under(ct).clone() else {
                        return;
                    };
                    let Some(ch) = self.operand(x) else { return };
                    let ch = self.copy_value(ch, ct);
                    let val = self.temps_of_ok(et, true);
                    table.cases.push(SelectCase {
                        ch,
                        val,
                        send: false,
                    });
                    received.push(Some((val, et, comm)));
                }
            }
        }
        let dst = self.temp();
        let index = self.u.prog.selects.len() as u32;
        self.u.prog.selects.push(table);
        self.emit(Op::Select { table: index, dst });
        self.open_switch(label);
        let mut ends = Vec::new();
        let n_cases = clauses.iter().filter(|c| c.comm.is_some()).count() as i64;
        let mut case = 0i64;
        for (c, rx) in clauses.iter().zip(received) {
            let this = if c.comm.is_some() {
                case += 1;
                case - 1
            } else {
                n_cases
            };
            let skip = self.emit(Op::JumpIfNotCmpImm {
                a: dst,
                imm: this as i32,
                cmp: CmpImm::Eq,
                to: 0,
            });
            let mark = self.next;
            if let Some((val, et, comm)) = rx {
                self.select_receive(comm, val, et);
            }
            self.block(&c.body);
            self.next = mark.max(self.locals_top);
            ends.push(self.emit(Op::Jump { to: 0 }));
            let next = self.here();
            self.patch(skip, next);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.close_loop(end, end);
    }

    /// A receive case's `v := <-ch`, `v, ok = <-ch`...: the received value
    /// (at `val`, its `ok` after it) stored to the case's operands.
    fn select_receive(&mut self, comm: &ast::Stmt, val: Reg, et: TypeId) {
        let StmtKind::Assign { lhs, op, .. } = &comm.kind else {
            return;
        };
        let define = matches!(op, AssignOp::Define);
        let bool_t = self.u.types.basic(crate::basic::BasicKind::Bool);
        let w = self.u.width(et) as u16;
        self.range_assign(lhs.first(), define, val, et);
        self.range_assign(lhs.get(1), define, val + w, bool_t);
    }

    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        kt: TypeId,
        vt: TypeId,
        mt: TypeId,
        body: &ast::Block,
    ) {
        let Some(m) = self.operand(x) else { return };
        let map = self.u.map_info(mt);
        let it = self.temps(2);
        self.emit(Op::MapIter { dst: it, m });
        let (kw, vw) = (self.u.width(kt) as u16, self.u.width(vt) as u16);
        let kv = self.temps(kw + vw);
        let top = self.here();
        let next = self.emit(Op::MapNext {
            it,
            dst: kv,
            map,
            to: 0,
        });
        self.range_assign(key, define, kv, kt);
        self.range_assign(value, define, kv + kw, vt);
        self.range_body(body, top, next);
    }

    fn switch(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
    ) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag = match tag {
            Some(t) => {
                let Some(ty) = self.type_of(t) else { return };
                let ty = self.default_type(ty);
                let Some(r) = self.value_as(t, ty) else {
                    return;
                };
                Some((self.copy_value(r, ty), ty))
            }
            None => None,
        };
        // First every case's tests, in order, each jumping to its body;
        // then the bodies in source order, so `fallthrough` simply runs on
        // into the next one.
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        for c in clauses {
            let mut jumps = Vec::new();
            for e in c.exprs.iter().flatten() {
                let mark = self.next;
                let cond = match tag {
                    Some((t, ty)) => {
                        let Some(v) = self.value_as(e, ty) else {
                            return;
                        };
                        let Some(d) = self.equal(ty, t, v, e.span) else {
                            return;
                        };
                        d
                    }
                    None => {
                        let Some(v) = self.operand(e) else { return };
                        v
                    }
                };
                jumps.push(self.emit(Op::JumpIf { cond, to: 0 }));
                self.next = mark.max(self.locals_top);
            }
            to_body.push(jumps);
        }
        self.switch_bodies(label, clauses, to_body, |_, _| {});
    }

    /// Lays out a switch's clause bodies after its tests; `bind` runs at
    /// the start of each body (a type switch's variable).
    fn switch_bodies(
        &mut self,
        label: Option<grammar::ast::Name>,
        clauses: &[ast::CaseClause],
        to_body: Vec<Vec<usize>>,
        mut bind: impl FnMut(&mut Self, usize),
    ) {
        // No case matched: the default clause, or the end.
        let no_match = self.emit(Op::Jump { to: 0 });
        self.open_switch(label);
        let mut ends = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            let body = self.here();
            for &j in &to_body[i] {
                self.patch(j, body);
            }
            if c.exprs.is_none() {
                self.patch(no_match, body);
            }
            let mark = self.next;
            bind(self, i);
            self.block(&c.body);
            self.next = mark.max(self.locals_top);
            let falls = c
                .body
                .last()
                .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
            if !falls {
                ends.push(self.emit(Op::Jump { to: 0 }));
            }
        }
        let end = self.here();
        if !clauses.iter().any(|c| c.exprs.is_none()) {
            self.patch(no_match, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        self.close_loop(end, end);
    }

    fn type_switch(
        &mut self,
        init: Option<&ast::Stmt>,
        guard: &ast::Stmt,
        clauses: &[ast::CaseClause],
    ) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let x = match &guard.kind {
            StmtKind::Expr(e) => e,
            StmtKind::Assign { rhs, .. } => &rhs[0],
            _ => return self.fail(guard.span, "this type switch"),
        };
        let ExprKind::TypeAssert { x: subject, .. } = &strip_parens(x).kind else {
            return self.fail(guard.span, "this type switch");
        };
        let Some(r) = self.operand(subject) else {
            return;
        };
        let Some(st) = self.type_of(subject) else {
            return;
        };
        let v = self.temps(2);
        self.mov(v, r, 2);
        let mut to_body = Vec::new();
        // The single type of each clause, if it has exactly one.
        let mut single: Vec<Option<TypeId>> = Vec::new();
        for c in clauses {
            let mut jumps = Vec::new();
            let exprs = c.exprs.as_deref().unwrap_or(&[]);
            // `nil` in a case list has no type (and no recorded use).
            let is_nil = |l: &mut Self, e: &ast::Expr| {
                l.is_nil(e)
                    || (l.tv_type(e).is_none()
                        && matches!(&e.kind, ExprKind::Ident(i) if i.name.as_ref() == "nil"))
            };
            single.push(match exprs {
                [one] if !is_nil(self, one) => self.tv_type(one),
                _ => None,
            });
            for e in exprs {
                let mark = self.next;
                let d = self.temp();
                if is_nil(self, e) {
                    self.emit(Op::Not { dst: d, a: v });
                } else {
                    let Some(t) = self.type_of(e) else { return };
                    let ty = self.u.rtype(t);
                    self.emit(Op::HasType { dst: d, src: v, ty });
                }
                jumps.push(self.emit(Op::JumpIf { cond: d, to: 0 }));
                self.next = mark.max(self.locals_top);
            }
            to_body.push(jumps);
        }
        let from = self.u.rtype(st);
        self.switch_bodies(label, clauses, to_body, |l, i| {
            let Some(&id) = l.u.checked.info.implicits.get(&(l.u.file, clauses[i].span)) else {
                return;
            };
            let Some(vt) = l.u.obj_ty(id) else {
                return;
            };
            let var = l.new_local(Some(id), vt);
            let val = match single[i] {
                Some(t) if !l.u.types.is_interface(t) => {
                    let w = l.u.width(t) as u16;
                    let d = l.temps(w);
                    let ty = l.u.rtype(t);
                    l.emit(Op::Assert {
                        dst: d,
                        src: v,
                        ty,
                        from,
                        ok: false,
                    });
                    d
                }
                _ => v,
            };
            let p = l.var_place(var);
            l.store(p, vt, val);
        });
    }

    fn expr_stmt(&mut self, e: &ast::Expr) {
        match &strip_parens(e).kind {
            ExprKind::Call { .. }
            | ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            } => {
                self.operand_any(e);
            }
            _ => self.fail(e.span, "this expression statement"),
        }
    }
}

pub fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

pub fn is_blank(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(i) if i.name.as_ref() == "_")
}

/// Whether evaluating `e` may have effects (calls, receives).
fn has_calls(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Star(x) => has_calls(x),
        ExprKind::Index { x, indices } => has_calls(x) || indices.iter().any(has_calls),
        ExprKind::Unary { x, .. } => has_calls(x),
        _ => false,
    }
}
