//! Statements and function bodies: scopes, assignments and declarations,
//! control flow and labels, terminating statements (`missing return`), and
//! unused variables.

use super::expr::{strip_parens, Mode, Operand};
use super::Checker;
use crate::basic::BasicKind;
use crate::objects::*;
use crate::types::{Type, TypeId};
use grammar::ast::{self, AssignOp, ExprKind, Name, Stmt, StmtKind};
use grammar::{Diagnostic, Span};
use std::collections::HashMap;

/// What the checker knows about the function whose body it is in.
pub struct FuncContext {
    /// The innermost scope.
    pub scope: ScopeId,
    pub results: Vec<TypeId>,
    /// Named result variables (empty for unnamed results).
    pub named_results: Vec<ObjId>,
    labels: HashMap<Name, Label>,
    /// Enclosing breakable statements, innermost last: (label, is_loop).
    targets: Vec<(Option<Name>, bool)>,
}

impl FuncContext {
    /// The context of a statement list checked on its own (REPL input).
    pub fn new(scope: ScopeId) -> FuncContext {
        FuncContext {
            scope,
            results: vec![],
            named_results: vec![],
            labels: HashMap::new(),
            targets: vec![],
        }
    }
}

struct Label {
    span: Span,
    used: bool,
    /// The blocks enclosing the label (by start offset), outermost first.
    blocks: Vec<u32>,
}

impl<'a> Checker<'a> {
    fn push_scope(&mut self) {
        let f = self.func.as_mut().unwrap();
        let s = self.prog.new_scope(Some(f.scope), false);
        self.func.as_mut().unwrap().scope = s;
    }

    fn pop_scope(&mut self) {
        let f = self.func.as_ref().unwrap();
        let parent = self.prog.scopes[f.scope.0 as usize].parent.unwrap();
        self.func.as_mut().unwrap().scope = parent;
    }

    fn scope(&self) -> ScopeId {
        self.func.as_ref().unwrap().scope
    }

    /// Declares a local variable in the current scope.
    fn declare_var(&mut self, name: &ast::Ident, ty: TypeId, param: bool) -> ObjId {
        let id = self.new_obj(
            name.name.clone(),
            ObjKind::Var { local: true, param },
            Some(ty),
            name.span,
        );
        self.prog.info.defs.insert((self.file, name.span), id);
        if param || name.name.as_ref() == "_" {
            self.prog.obj_mut(id).used = true;
        } else {
            self.unused_candidates.push(id);
        }
        let scope = self.scope();
        if !self.declare(scope, id) {
            // Redeclared: reported once, not also as unused.
            self.prog.obj_mut(id).used = true;
        }
        id
    }

    /// Checks a function declaration's body.
    pub fn func_body(&mut self, id: ObjId, f: &'a ast::FuncDecl) {
        let sig = self.prog.obj(id).ty.unwrap_or(self.prog.types.error_type);
        let outer = match (
            self.prog.generic_funcs.get(&id),
            self.prog.method_recv.get(&id),
        ) {
            (Some((_, s)), _) => *s,
            (_, Some((_, s))) => *s,
            _ => self.file_scope,
        };
        let scope = self.prog.new_scope(Some(outer), true);
        self.current_decl = Some(id);
        let saved = self.func.replace(FuncContext {
            scope,
            results: vec![],
            named_results: vec![],
            labels: HashMap::new(),
            targets: vec![],
        });
        if let Some(recv) = &f.recv {
            let rt = self
                .prog
                .method_recv
                .get(&id)
                .map(|r| r.0)
                .unwrap_or(self.prog.types.error_type);
            for n in &recv.names {
                self.declare_var(n, rt, true);
            }
        }
        self.params_and_body(sig, &f.sig, f.body.as_ref().unwrap());
        self.func = saved;
        self.report_unused();
        self.current_decl = None;
    }

    /// A function literal: checked in place, so it sees (and uses) the
    /// enclosing function's variables.
    pub fn func_lit(&mut self, sig: TypeId, ty: &ast::FuncType, body: &ast::Block) {
        let outer = self.current_scope();
        let scope = self.prog.new_scope(Some(outer), true);
        let saved = self.func.replace(FuncContext {
            scope,
            results: vec![],
            named_results: vec![],
            labels: HashMap::new(),
            targets: vec![],
        });
        self.params_and_body(sig, ty, body);
        self.func = saved;
        if self.func.is_none() {
            // A literal at package level (in a variable's initializer).
            self.report_unused();
        }
    }

    fn params_and_body(&mut self, sig: TypeId, ty: &ast::FuncType, body: &ast::Block) {
        let s = self.prog.types.signature(sig).cloned();
        let (params, results) = s.map(|s| (s.params, s.results)).unwrap_or_default();
        let mut i = 0;
        for p in &ty.params {
            for n in &p.names {
                let t = params.get(i).copied().unwrap_or(self.prog.types.error_type);
                self.declare_var(n, t, true);
                i += 1;
            }
            if p.names.is_empty() {
                i += 1;
            }
        }
        let mut named = Vec::new();
        let mut k = 0;
        for r in &ty.results {
            for n in &r.names {
                let t = results
                    .get(k)
                    .copied()
                    .unwrap_or(self.prog.types.error_type);
                named.push(self.declare_var(n, t, true));
                k += 1;
            }
            if r.names.is_empty() {
                k += 1;
            }
        }
        {
            let f = self.func.as_mut().unwrap();
            f.results = results.clone();
            f.named_results = named;
        }
        self.collect_labels(&body.stmts);
        // The body shares the parameters' scope, as in Go.
        self.stmt_list(&body.stmts);
        if !results.is_empty() && !self.terminating_list(&body.stmts) {
            let end = Span::new(body.span.hi - 1, body.span.hi);
            self.error(end, "missing return");
        }
        let labels: Vec<(Name, Span, bool)> = self
            .func
            .as_ref()
            .unwrap()
            .labels
            .iter()
            .map(|(n, l)| (n.clone(), l.span, l.used))
            .collect();
        for (name, span, used) in labels {
            if !used {
                self.error(span, format!("label {name} defined and not used"));
            }
        }
    }

    pub fn report_unused(&mut self) {
        for id in std::mem::take(&mut self.unused_candidates) {
            let o = self.prog.obj(id);
            if !o.used {
                let msg = if self.type_switch_vars.contains(&id) {
                    format!("{} declared and not used", o.name)
                } else {
                    format!("declared and not used: {}", o.name)
                };
                let span = o.span;
                self.error(span, msg);
            }
        }
    }

    /// Labels are function-wide: find them all first (not inside literals).
    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_in(s);
        }
    }

    fn collect_labels_block(&mut self, at: u32, stmts: &[Stmt]) {
        self.block_chain.push(at);
        self.collect_labels(stmts);
        self.block_chain.pop();
    }

    fn collect_labels_in(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name.as_ref() != "_" {
                    let prev = self
                        .func
                        .as_ref()
                        .unwrap()
                        .labels
                        .get(&label.name)
                        .map(|l| l.span);
                    if let Some(prev) = prev {
                        let at = self.position(self.file, prev);
                        self.error(
                            label.span,
                            format!("label {} already defined at {at}", label.name),
                        );
                    } else {
                        let blocks = self.block_chain.clone();
                        self.func.as_mut().unwrap().labels.insert(
                            label.name.clone(),
                            Label {
                                span: label.span,
                                used: false,
                                blocks,
                            },
                        );
                    }
                }
                self.collect_labels_in(stmt);
            }
            StmtKind::Block(b) => self.collect_labels_block(b.span.lo, &b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels_block(then.span.lo, &then.stmts);
                if let Some(e) = els {
                    self.collect_labels_in(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels_block(body.span.lo, &body.stmts)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels_block(c.span.lo, &c.body);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.collect_labels_block(c.span.lo, &c.body);
                }
            }
            _ => {}
        }
    }

    pub fn check_stmt_list(&mut self, stmts: &[Stmt]) {
        self.collect_labels(stmts);
        self.stmt_list(stmts);
    }

    fn stmt_list(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            if let StmtKind::Goto(label) = &s.kind {
                self.check_goto(label, stmts, i);
            }
            self.stmt(s);
        }
    }

    /// `goto L` may not jump over a variable declaration into its scope, or
    /// into a block.
    fn check_goto(&mut self, label: &ast::Ident, stmts: &[Stmt], at: usize) {
        // A label at this level after the goto: no declarations in between.
        if let Some(j) = stmts.iter().position(
            |s| matches!(&s.kind, StmtKind::Labeled { label: l, .. } if l.name == label.name),
        ) {
            if j > at {
                for s in &stmts[at + 1..j] {
                    if let Some((name, span)) = declared_var(s) {
                        let span = if matches!(s.kind, StmtKind::Assign { .. }) {
                            self.op_position(span.hi)
                        } else {
                            span
                        };
                        let pos = self.position(self.file, span);
                        self.error(
                            label.span,
                            format!(
                                "goto {} jumps over declaration of {name} at {pos}",
                                label.name
                            ),
                        );
                        return;
                    }
                }
            }
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.push_scope();
        self.block_chain.push(b.span.lo);
        self.stmt_list(&b.stmts);
        self.block_chain.pop();
        self.pop_scope();
    }

    pub fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let is_target = matches!(
                    stmt.kind,
                    StmtKind::For { .. }
                        | StmtKind::Range { .. }
                        | StmtKind::Switch { .. }
                        | StmtKind::TypeSwitch { .. }
                        | StmtKind::Select { .. }
                );
                if is_target {
                    self.pending_label = Some(label.name.clone());
                }
                self.stmt(stmt);
                self.pending_label = None;
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => self.send(ch, value),
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(x);
                if xo.mode == Mode::Invalid {
                    return;
                }
                if !self.all_terms(xo.ty, |k| k.is_numeric()) {
                    let op = if *inc { "++" } else { "--" };
                    let text = self.expr_text(x);
                    let tn = self.type_name(xo.ty);
                    self.error(
                        x.span,
                        format!("invalid operation: {text}{op} (non-numeric type {tn})"),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &xo);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s, lhs, rhs),
                AssignOp::Assign => self.assignment(lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    // x op= y is x = x op y, with x evaluated once.
                    let bin = ast::Expr::new(
                        ExprKind::Binary {
                            op: *bop,
                            x: Box::new(lhs[0].clone()),
                            y: Box::new(rhs[0].clone()),
                        },
                        s.span,
                    );
                    let mut v = self.expr(&bin);
                    if v.mode == Mode::Invalid {
                        return;
                    }
                    let l = self.lhs_operand(&lhs[0]);
                    if let Some(t) = l {
                        self.assign_to(&mut v, t, "assignment");
                    }
                }
            },
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => self.branch(s, label.as_ref(), false),
            StmtKind::Continue(label) => self.branch(s, label.as_ref(), true),
            StmtKind::Goto(label) => {
                let f = self.func.as_mut().unwrap();
                let chain = match f.labels.get_mut(&label.name) {
                    Some(l) => {
                        l.used = true;
                        l.blocks.clone()
                    }
                    None => {
                        self.error(label.span, format!("label {} not defined", label.name));
                        return;
                    }
                };
                // The label's blocks must all enclose the goto too.
                if let Some(&inner) = chain.iter().find(|b| !self.block_chain.contains(b)) {
                    let at = self.position(self.file, Span::new(inner, inner));
                    self.error(
                        label.span,
                        format!("goto {} jumps into block starting at {at}", label.name),
                    );
                }
            }
            StmtKind::Fallthrough => {
                if !self.fallthrough_ok.remove(&s.span.lo) {
                    let msg = if self.in_type_switch_clause {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    let msg = if self.fallthrough_final.remove(&s.span.lo) {
                        "cannot fallthrough final case in switch"
                    } else {
                        msg
                    };
                    self.error(s.span, msg);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let label = self.pending_label.take();
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.func.as_mut().unwrap().targets.push((label, true));
                self.block(body);
                self.func.as_mut().unwrap().targets.pop();
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                let label = self.pending_label.take();
                self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Switch { init, tag, clauses } => {
                let label = self.pending_label.take();
                self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, label);
            }
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
            } => {
                let label = self.pending_label.take();
                self.type_switch(init.as_deref(), guard, clauses, label);
            }
            StmtKind::Select { clauses } => {
                let label = self.pending_label.take();
                self.func.as_mut().unwrap().targets.push((label, false));
                for c in clauses {
                    self.push_scope();
                    if let Some(comm) = &c.comm {
                        self.comm(comm);
                    }
                    self.block_chain.push(c.span.lo);
                    self.stmt_list(&c.body);
                    self.block_chain.pop();
                    self.pop_scope();
                }
                self.func.as_mut().unwrap().targets.pop();
            }
        }
    }

    fn condition(&mut self, cond: &ast::Expr, what: &str) {
        let x = self.expr(cond);
        if x.mode != Mode::Invalid && !self.all_terms(x.ty, |k| k.is_boolean()) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr) {
        let x = self.expr_any(e);
        if x.mode == Mode::Invalid {
            return;
        }
        let inner = strip_parens(e);
        let ok = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                // Conversions and most builtins are not statements.
                let f = self.prog.info.types.get(&(self.file, fun.span)).cloned();
                match self.builtin_of(fun) {
                    Some(b) => !matches!(
                        b,
                        Builtin::Append
                            | Builtin::Cap
                            | Builtin::Len
                            | Builtin::Make
                            | Builtin::New
                            | Builtin::Max
                            | Builtin::Min
                    ),
                    None => !(f.is_some() && x.mode == Mode::Const) && !self.is_conversion(fun),
                }
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            } => true,
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(e.span, format!("{d} is not used"));
        }
    }

    fn builtin_of(&self, fun: &ast::Expr) -> Option<Builtin> {
        let id = self
            .prog
            .info
            .uses
            .get(&(self.file, strip_parens(fun).span))?;
        match self.prog.obj(*id).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    fn is_conversion(&self, fun: &ast::Expr) -> bool {
        let f = strip_parens(fun);
        match &f.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let id = match &f.kind {
                    ExprKind::Selector { sel, .. } => {
                        self.prog.info.uses.get(&(self.file, sel.span))
                    }
                    _ => self.prog.info.uses.get(&(self.file, f.span)),
                };
                id.is_some_and(|id| matches!(self.prog.obj(*id).kind, ObjKind::TypeName))
            }
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::Star(_)
            | ExprKind::StructType { .. } => true,
            _ => false,
        }
    }

    fn go_defer(&mut self, e: &ast::Expr, what: &str) {
        let inner = strip_parens(e);
        let ExprKind::Call { fun, .. } = &inner.kind else {
            self.expr_any(e);
            self.error(
                e.span,
                format!("expression in {what} must be function call"),
            );
            return;
        };
        let x = self.expr_any(e);
        if x.mode == Mode::Invalid {
            return;
        }
        if self.is_conversion(fun) {
            let d = self.describe(&x);
            self.error(
                e.span,
                format!("{what} requires function call, not conversion {d}")
                    .replace(&format!("{what} requires"), &format!("{what} requires")),
            );
            return;
        }
        if let Some(b) = self.builtin_of(fun) {
            if matches!(
                b,
                Builtin::Append
                    | Builtin::Cap
                    | Builtin::Len
                    | Builtin::Make
                    | Builtin::New
                    | Builtin::Max
                    | Builtin::Min
            ) {
                let d = self.describe(&x);
                self.error(e.span, format!("{what} discards result of {d}"));
            }
        }
    }

    fn send(&mut self, ch: &ast::Expr, value: &ast::Expr) {
        let c = self.expr(ch);
        let mut v = self.expr(value);
        if c.mode == Mode::Invalid || v.mode == Mode::Invalid {
            return;
        }
        match self
            .prog
            .types
            .core(c.ty)
            .map(|t| self.prog.types.get(t).clone())
        {
            Some(Type::Chan(dir, elem)) => {
                if dir == ast::ChanDir::Recv {
                    let d = self.describe(&c);
                    let tn = self.type_name(c.ty);
                    self.error(
                        ch.span,
                        format!("invalid operation: cannot send to receive-only channel {tn} {d}"),
                    );
                    return;
                }
                self.assign_to(&mut v, elem, "send");
            }
            _ => {
                let d = self.describe(&c);
                let tn = self.type_name(c.ty);
                self.error(
                    ch.span,
                    format!("invalid operation: cannot send to non-channel {tn} {d}"),
                );
            }
        }
    }

    fn comm(&mut self, s: &Stmt) {
        let is_recv = |e: &ast::Expr| {
            matches!(
                strip_parens(e).kind,
                ExprKind::Unary {
                    op: ast::UnaryOp::Recv,
                    ..
                }
            )
        };
        let ok = match &s.kind {
            StmtKind::Send { .. } => true,
            StmtKind::Expr(e) => is_recv(e),
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign | AssignOp::Define,
                rhs,
            } => rhs.len() == 1 && lhs.len() <= 2 && is_recv(&rhs[0]),
            _ => false,
        };
        if !ok {
            let at = match &s.kind {
                StmtKind::Expr(ast::Expr {
                    kind: ExprKind::Binary { x, .. },
                    ..
                }) => self.op_position(x.span.hi),
                _ => s.span,
            };
            self.error(
                at,
                "select case must be send or receive (possibly with assignment)",
            );
            return;
        }
        self.stmt(s);
    }

    fn branch(&mut self, s: &Stmt, label: Option<&ast::Ident>, is_continue: bool) {
        let f = self.func.as_mut().unwrap();
        match label {
            None => {
                let ok = if is_continue {
                    f.targets.iter().any(|t| t.1)
                } else {
                    !f.targets.is_empty()
                };
                if !ok {
                    let msg = if is_continue {
                        "continue is not in a loop"
                    } else {
                        "break is not in a loop, switch, or select"
                    };
                    self.error(s.span, msg);
                }
            }
            Some(l) => {
                let defined = f.labels.get_mut(&l.name).map(|lab| {
                    lab.used = true;
                });
                let target = f
                    .targets
                    .iter()
                    .find(|t| t.0.as_ref() == Some(&l.name))
                    .cloned();
                let what = if is_continue { "continue" } else { "break" };
                match (defined, target) {
                    (None, _) => {
                        self.error(l.span, format!("{what} label not defined: {}", l.name))
                    }
                    (Some(()), Some((_, is_loop))) if is_continue && !is_loop => {
                        self.error(l.span, format!("invalid continue label {}", l.name))
                    }
                    (Some(()), None) => {
                        self.error(l.span, format!("invalid {what} label {}", l.name))
                    }
                    _ => {}
                }
            }
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[ast::Expr]) {
        let f = self.func.as_ref().unwrap();
        let want = f.results.clone();
        let named = f.named_results.clone();
        if results.is_empty() {
            if !want.is_empty() && named.is_empty() {
                let w = self.tuple_string(&want);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {w}"),
                );
            }
            // A named result shadowed at the return.
            for &r in &named {
                let name = self.prog.obj(r).name.clone();
                if let Some(found) = self.prog.lookup(self.scope(), &name) {
                    if found != r {
                        let at = self.position(self.file, self.prog.obj(found).span);
                        self.errors.push(
                            Diagnostic::error(
                                s.span,
                                format!("result parameter {name} not in scope at return"),
                            )
                            .with_note(format!(
                                "inner declaration of var {name} {}",
                                self.type_name(
                                    self.prog
                                        .obj(found)
                                        .ty
                                        .unwrap_or(self.prog.types.error_type)
                                )
                            ))
                            .with_label(
                                self.prog.obj(found).span,
                                format!("inner declaration at {at}"),
                            ),
                        );
                    }
                }
            }
            return;
        }
        let ops = self.rhs_operands(results, want.len());
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return;
        }
        if ops.len() != want.len() {
            let have: Vec<String> = ops.iter().map(|o| self.arg_type_name(o)).collect();
            let w = self.tuple_string(&want);
            let which = if ops.len() < want.len() {
                "not enough"
            } else {
                "too many"
            };
            let at = if ops.len() > want.len() {
                ops[want.len()].span
            } else {
                results[0].span
            };
            self.error(
                at,
                format!(
                    "{which} return values\n\thave ({})\n\twant {w}",
                    have.join(", ")
                ),
            );
            return;
        }
        for (mut o, t) in ops.into_iter().zip(want) {
            self.assign_to(&mut o, t, "return statement");
        }
    }

    fn tuple_string(&self, ts: &[TypeId]) -> String {
        let names: Vec<String> = ts.iter().map(|&t| self.type_name(t)).collect();
        format!("({})", names.join(", "))
    }

    /// Right-hand sides: n expressions, or one call returning n values.
    fn rhs_operands(&mut self, rhs: &[ast::Expr], want: usize) -> Vec<Operand> {
        if rhs.len() == 1 {
            let x = self.expr_any(&rhs[0]);
            if let Some(values) = self.spread_tuple(&x) {
                return values;
            }
            let _ = want;
            return vec![self.value_check(x, &rhs[0])];
        }
        rhs.iter().map(|e| self.expr(e)).collect()
    }

    /// `lhs = rhs`, and the comma-ok forms.
    fn assignment(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        // v, ok = m[k] / <-ch / x.(T)
        if lhs.len() == 2 && rhs.len() == 1 {
            if let Some(mut pair) = self.comma_ok(&rhs[0]) {
                let lts: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_operand(l)).collect();
                if let Some(t) = lts[0] {
                    self.assign_to(&mut pair.0, t, "assignment");
                }
                if let Some(t) = lts[1] {
                    self.assign_to(&mut pair.1, t, "assignment");
                }
                return;
            }
        }
        let ops = self.rhs_operands(rhs, lhs.len());
        if ops.len() != lhs.len() {
            for l in lhs {
                self.lhs_operand(l);
            }
            if ops.iter().all(|o| o.mode != Mode::Invalid) {
                self.mismatch(lhs.len(), rhs, ops.len(), lhs[0].span);
            }
            return;
        }
        for (l, mut o) in lhs.iter().zip(ops) {
            let t = self.lhs_operand(l);
            if o.mode == Mode::Invalid {
                continue;
            }
            match t {
                Some(t) => {
                    self.assign_to(&mut o, t, "assignment");
                }
                None => {
                    // `_ = x`: x must still be a value with a type.
                    if self.prog.types.basic_kind(o.ty) == Some(BasicKind::UntypedNil) {
                        self.error(o.span, "use of untyped nil in assignment");
                    } else {
                        self.default_type(&mut o);
                    }
                }
            }
        }
    }

    fn mismatch(&mut self, nl: usize, rhs: &[ast::Expr], nr: usize, _at: Span) {
        let at = rhs[0].span;
        let vars = if nl == 1 {
            "variable".to_string()
        } else {
            "variables".to_string()
        };
        let msg = if rhs.len() == 1 && nr != 1 {
            let call = match &strip_parens(&rhs[0]).kind {
                ExprKind::Call { fun, .. } => self.expr_text(fun),
                _ => self.expr_text(&rhs[0]),
            };
            format!(
                "assignment mismatch: {nl} {vars} but {call} returns {nr} value{}",
                if nr == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "assignment mismatch: {nl} {vars} but {nr} value{}",
                if nr == 1 { "" } else { "s" }
            )
        };
        self.error(at, msg);
    }

    /// A comma-ok right-hand side: its value and the untyped bool.
    fn comma_ok(&mut self, e: &ast::Expr) -> Option<(Operand, Operand)> {
        let inner = strip_parens(e);
        let is_candidate = matches!(
            inner.kind,
            ExprKind::Index { .. }
                | ExprKind::TypeAssert { .. }
                | ExprKind::Unary {
                    op: ast::UnaryOp::Recv,
                    ..
                }
        );
        if !is_candidate {
            return None;
        }
        let x = self.expr(e);
        if !matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
            if x.mode == Mode::Invalid {
                let ok = Operand {
                    mode: Mode::Invalid,
                    ..x.clone()
                };
                return Some((x, ok));
            }
            return None;
        }
        let ub = self.prog.types.basic(BasicKind::UntypedBool);
        let ok = Operand {
            mode: Mode::Value,
            ty: ub,
            val: None,
            text: x.text.clone(),
            span: x.span,
        };
        Some((
            Operand {
                mode: Mode::Value,
                ..x
            },
            ok,
        ))
    }

    /// The type an assignment's left side accepts (None for `_`), after
    /// checking it is assignable.
    fn lhs_operand(&mut self, l: &ast::Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &strip_parens(l).kind {
            if id.name.as_ref() == "_" {
                self.prog.info.defs.remove(&(self.file, l.span));
                return None;
            }
            // Assigning to a variable is not a use of it.
            if let Some(obj) = self.lookup_name(&id.name) {
                let was_used = self.prog.obj(obj).used;
                let x = self.expr(l);
                if matches!(self.prog.obj(obj).kind, ObjKind::Var { .. }) {
                    self.prog.obj_mut(obj).used = was_used;
                }
                if x.mode == Mode::Invalid {
                    return None;
                }
                return self.check_assignable_lhs(l, &x).then_some(x.ty);
            }
        }
        let x = self.expr(l);
        if x.mode == Mode::Invalid {
            return None;
        }
        self.check_assignable_lhs(l, &x).then_some(x.ty)
    }

    fn check_assignable_lhs(&mut self, l: &ast::Expr, x: &Operand) -> bool {
        match x.mode {
            Mode::Var | Mode::MapIndex => true,
            _ => {
                let text = self.expr_text(l);
                // A field of a struct stored in a map.
                if let ExprKind::Selector { x: base, .. } = &strip_parens(l).kind {
                    let bt = self
                        .prog
                        .info
                        .types
                        .get(&(self.file, base.span))
                        .map(|t| t.ty);
                    if matches!(strip_parens(base).kind, ExprKind::Index { .. }) {
                        if let Some(ExprKind::Index { x: m, .. }) = Some(&strip_parens(base).kind) {
                            let mt = self.prog.info.types.get(&(self.file, m.span)).map(|t| t.ty);
                            if mt.is_some_and(|t| matches!(self.prog.types.under(t), Type::Map(..)))
                                && bt.is_some()
                            {
                                self.error(
                                    l.span,
                                    format!("cannot assign to struct field {text} in map"),
                                );
                                return false;
                            }
                        }
                    }
                }
                let d = self.describe(x);
                if x.mode == Mode::Const || x.mode == Mode::Value && self.is_unaddressable_name(l) {
                    self.error(l.span, format!("cannot assign to {text} (neither addressable nor a map index expression)"));
                } else {
                    let _ = d;
                    self.error(l.span, format!("cannot assign to {text} (neither addressable nor a map index expression)"));
                }
                false
            }
        }
    }

    fn is_unaddressable_name(&self, _l: &ast::Expr) -> bool {
        true
    }

    /// The position of the first token after `offset` (an assignment's
    /// operator, after its left-hand side).
    pub fn op_position(&self, offset: u32) -> Span {
        let src = self.src();
        let mut i = offset as usize;
        while i < src.len() && (src[i] == b' ' || src[i] == b'\t') {
            i += 1;
        }
        Span::new(i as u32, i as u32 + 1)
    }

    fn short_var_decl(&mut self, _s: &Stmt, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        let idents: Vec<&ast::Ident> = lhs
            .iter()
            .filter_map(|e| match &e.kind {
                ExprKind::Ident(i) => Some(i),
                _ => None,
            })
            .collect();
        if idents.len() != lhs.len() {
            return; // reported by the parser
        }
        // Which names are new in this scope.
        let scope = self.scope();
        let mut any_new = false;
        let mut seen = Vec::new();
        for id in &idents {
            if id.name.as_ref() == "_" {
                continue;
            }
            if seen.contains(&id.name) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
                return;
            }
            seen.push(id.name.clone());
            if !self.prog.scopes[scope.0 as usize]
                .names
                .contains_key(&id.name)
            {
                any_new = true;
            }
        }
        // Right-hand sides.
        let mut ops: Vec<Operand> = if lhs.len() == 2 && rhs.len() == 1 {
            match self.comma_ok(&rhs[0]) {
                Some((v, ok)) => vec![v, ok],
                None => self.rhs_operands(rhs, 2),
            }
        } else {
            self.rhs_operands(rhs, lhs.len())
        };
        if !any_new {
            let at = self.op_position(lhs.last().unwrap().span.hi);
            self.error(at, "no new variables on left side of :=");
        }
        if ops.len() != lhs.len() && !ops.iter().any(|o| o.mode == Mode::Invalid) {
            self.mismatch(lhs.len(), rhs, ops.len(), lhs[0].span);
            ops = vec![];
        }
        let invalid = self.prog.types.error_type;
        let mut new_vars = Vec::new();
        for (i, id) in idents.iter().enumerate() {
            let existing = self.prog.scopes[scope.0 as usize]
                .names
                .get(&id.name)
                .copied();
            let mut o = ops.get(i).cloned();
            match existing.filter(|_| id.name.as_ref() != "_") {
                Some(obj) => {
                    // Redeclared: plain assignment to the existing variable.
                    self.prog.info.uses.insert((self.file, id.span), obj);
                    let t = self.prog.obj(obj).ty.unwrap_or(invalid);
                    if let Some(o) = o.as_mut() {
                        if o.mode != Mode::Invalid {
                            self.assign_to(o, t, "assignment");
                        }
                    }
                }
                None => {
                    let t = match o.as_mut() {
                        Some(o) if o.mode != Mode::Invalid => {
                            if self.prog.types.basic_kind(o.ty) == Some(BasicKind::UntypedNil) {
                                self.error(o.span, "use of untyped nil in assignment");
                                invalid
                            } else {
                                self.default_type(o);
                                o.ty
                            }
                        }
                        _ => invalid,
                    };
                    new_vars.push((*id, t));
                }
            }
        }
        // New variables come into scope after the whole statement.
        for (id, t) in new_vars {
            let obj = self.declare_var(id, t, false);
            if t == invalid {
                self.prog.obj_mut(obj).used = true;
            }
        }
    }

    fn local_decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(g) => {
                for spec in &g.specs {
                    let ids: Vec<ObjId> = Vec::new();
                    let _ = ids;
                    self.local_var_spec(spec);
                }
            }
            ast::Decl::Const(g) => {
                let mut source: Option<&ast::ValueSpec> = None;
                for spec in &g.specs {
                    if !spec.values.is_empty() || spec.ty.is_some() || source.is_none() {
                        source = Some(spec);
                    }
                    let src_spec = source.unwrap();
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let id = self.new_obj(
                            n.name.clone(),
                            ObjKind::Const(crate::constant::Value::Bool(false)),
                            None,
                            n.span,
                        );
                        self.prog.obj_mut(id).used = true;
                        self.local_const(id, spec, src_spec, i);
                        objs.push(id);
                    }
                    let scope = self.scope();
                    for id in objs {
                        self.declare(scope, id);
                    }
                }
            }
            ast::Decl::Type(g) => {
                for spec in &g.specs {
                    let id = self.new_obj(
                        spec.name.name.clone(),
                        ObjKind::TypeName,
                        None,
                        spec.name.span,
                    );
                    self.prog.obj_mut(id).used = true;
                    let scope = self.scope();
                    self.declare(scope, id);
                    self.local_type(id, spec);
                }
            }
            ast::Decl::Func(_) => {}
        }
    }

    fn local_const(
        &mut self,
        id: ObjId,
        spec: &ast::ValueSpec,
        source: &ast::ValueSpec,
        index: usize,
    ) {
        let saved = self.iota.replace(spec.iota);
        let declared = source.ty.as_ref().map(|t| self.type_expr(t));
        let invalid = self.prog.types.error_type;
        let Some(init) = source.values.get(index) else {
            self.error(
                spec.names[index.min(spec.names.len() - 1)].span,
                "missing init expr for const declaration",
            );
            self.prog.obj_mut(id).ty = Some(invalid);
            self.iota = saved;
            return;
        };
        let mut x = self.expr(init);
        if x.mode != Mode::Const && x.mode != Mode::Invalid {
            let d = self.describe(&x);
            self.error(init.span, format!("{d} is not constant"));
            x.mode = Mode::Invalid;
        }
        if let (Some(t), true) = (declared, x.mode != Mode::Invalid) {
            self.assign_to(&mut x, t, "constant declaration");
        }
        let o = self.prog.obj_mut(id);
        if x.mode == Mode::Invalid {
            o.ty = Some(invalid);
        } else {
            o.ty = Some(x.ty);
            o.kind = ObjKind::Const(x.val.unwrap_or(crate::constant::Value::Bool(false)));
        }
        self.iota = saved;
    }

    fn local_type(&mut self, id: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.prog.obj_mut(id).ty = Some(t);
            return;
        }
        let named = self
            .prog
            .types
            .new_named(spec.name.name.clone(), self.pkg.clone());
        self.prog.obj_mut(id).ty = Some(named);
        let u = self.type_expr(&spec.ty);
        let under = self.prog.types.underlying(u);
        self.prog.types.named_info_mut(named).unwrap().underlying = Some(under);
    }

    /// `var a, b T = x, y` inside a function.
    fn local_var_spec(&mut self, spec: &ast::ValueSpec) {
        let declared = spec.ty.as_ref().map(|t| self.value_type_expr(t));
        let invalid = self.prog.types.error_type;
        let mut types = vec![declared.unwrap_or(invalid); spec.names.len()];
        if !spec.values.is_empty() {
            types = self.init_values(spec, declared);
        }
        let scope = self.scope();
        let _ = scope;
        for (n, t) in spec.names.iter().zip(types) {
            let obj = self.declare_var(n, t, false);
            if t == invalid {
                self.prog.obj_mut(obj).used = true;
            }
        }
    }

    /// Checks a var spec's initializers; returns each name's type.
    pub fn init_values(&mut self, spec: &ast::ValueSpec, declared: Option<TypeId>) -> Vec<TypeId> {
        let invalid = self.prog.types.error_type;
        let n = spec.names.len();
        let mut ops = if n == 2 && spec.values.len() == 1 {
            match self.comma_ok(&spec.values[0]) {
                Some((v, ok)) => vec![v, ok],
                None => self.rhs_operands(&spec.values, n),
            }
        } else {
            self.rhs_operands(&spec.values, n)
        };
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return vec![declared.unwrap_or(invalid); n];
        }
        if ops.len() != n {
            if spec.values.len() > n {
                let extra = &spec.values[n];
                let text = self.expr_text(extra);
                self.error(extra.span, format!("extra init expr {text}"));
            } else if spec.values.len() == 1 {
                self.mismatch(n, &spec.values, ops.len(), spec.names[0].span);
            } else {
                let at = spec.names[ops.len().min(n - 1)].span;
                self.error(
                    at,
                    format!(
                        "assignment mismatch: {n} variable{} but {} value{}",
                        if n == 1 { "" } else { "s" },
                        ops.len(),
                        if ops.len() == 1 { "" } else { "s" }
                    ),
                );
            }
            return vec![declared.unwrap_or(invalid); n];
        }
        let mut out = Vec::new();
        for o in ops.iter_mut() {
            match declared {
                Some(t) => {
                    self.assign_to(o, t, "variable declaration");
                    out.push(t);
                }
                None => {
                    if self.prog.types.basic_kind(o.ty) == Some(BasicKind::UntypedNil) {
                        self.error(o.span, "use of untyped nil in variable declaration");
                        out.push(invalid);
                        continue;
                    }
                    self.default_type(o);
                    out.push(if o.mode == Mode::Invalid {
                        invalid
                    } else {
                        o.ty
                    });
                }
            }
        }
        out
    }

    /// A package-level var spec: types every name in `ids`.
    pub fn var_spec(&mut self, spec: &ast::ValueSpec, ids: &[ObjId]) {
        let declared = spec.ty.as_ref().map(|t| self.value_type_expr(t));
        let invalid = self.prog.types.error_type;
        let types = if spec.values.is_empty() {
            vec![declared.unwrap_or(invalid); ids.len()]
        } else {
            self.init_values(spec, declared)
        };
        for (&id, t) in ids.iter().zip(types) {
            self.prog.obj_mut(id).ty = Some(t);
        }
    }

    fn range_stmt(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        label: Option<Name>,
    ) {
        let xo = self.expr(x);
        self.push_scope();
        let invalid = self.prog.types.error_type;
        let (kt, vt, max_vars): (TypeId, TypeId, usize) = if xo.mode == Mode::Invalid {
            (invalid, invalid, 2)
        } else {
            let core = self
                .prog
                .types
                .core(xo.ty)
                .map(|t| self.prog.types.get(t).clone());
            let int = self.prog.types.basic(BasicKind::Int);
            match core {
                Some(Type::Basic(k)) if k.is_string() => {
                    (int, self.prog.types.basic(BasicKind::Int32), 2)
                }
                Some(Type::Basic(k)) if k.is_integer() => {
                    let t = if k.is_untyped() {
                        if let (Mode::Const, Some(v)) = (xo.mode, &xo.val) {
                            if v.represent(BasicKind::Int).is_err() {
                                let d = self.describe(&xo);
                                self.error(
                                    x.span,
                                    format!(
                                        "cannot use {d} as int value in range clause (overflows)"
                                    ),
                                );
                            }
                        }
                        int
                    } else {
                        xo.ty
                    };
                    (t, invalid, 1)
                }
                Some(Type::Slice(e)) => (int, e, 2),
                Some(Type::Array(_, e)) => (int, e, 2),
                Some(Type::Pointer(p)) if matches!(self.prog.types.under(p), Type::Array(..)) => {
                    let Type::Array(_, e) = self.prog.types.under(p).clone() else {
                        unreachable!()
                    };
                    (int, e, 2)
                }
                Some(Type::Map(k, v)) => (k, v, 2),
                Some(Type::Chan(dir, e)) => {
                    if dir == ast::ChanDir::Send {
                        let d = self.describe(&xo);
                        let tn = self.type_name(xo.ty);
                        self.error(
                            x.span,
                            format!("cannot range over {d}: receive from send-only channel {tn}"),
                        );
                        (invalid, invalid, 2)
                    } else {
                        (e, invalid, 1)
                    }
                }
                Some(Type::Func(sig)) => {
                    // Range over a function: func(yield func(K, V) bool).
                    let yield_sig = (sig.params.len() == 1 && sig.results.is_empty())
                        .then(|| self.prog.types.signature(sig.params[0]).cloned())
                        .flatten()
                        .filter(|y| {
                            y.params.len() <= 2
                                && y.results.len() == 1
                                && self.prog.types.basic_kind(y.results[0]) == Some(BasicKind::Bool)
                        });
                    match yield_sig {
                        Some(y) => {
                            let k = y.params.first().copied().unwrap_or(invalid);
                            let v = y.params.get(1).copied().unwrap_or(invalid);
                            (k, v, y.params.len())
                        }
                        None => {
                            let d = self.describe(&xo);
                            self.error(x.span, format!("cannot range over {d}"));
                            (invalid, invalid, 2)
                        }
                    }
                }
                _ => {
                    let d = self.describe(&xo);
                    self.error(x.span, format!("cannot range over {d}"));
                    (invalid, invalid, 2)
                }
            }
        };
        let nvars = if value.is_some() {
            2
        } else if key.is_some() {
            1
        } else {
            0
        };
        if nvars > max_vars && xo.mode != Mode::Invalid {
            let d = self.describe(&xo);
            self.error(
                value.unwrap().span,
                format!("range over {d} permits only one iteration variable"),
            );
        }
        let pairs = [(key, kt), (value, vt)];
        if define {
            for (e, t) in pairs {
                if let Some(e) = e {
                    if let ExprKind::Ident(id) = &e.kind {
                        let obj = self.declare_var(id, t, false);
                        if t == invalid {
                            self.prog.obj_mut(obj).used = true;
                        }
                    } else {
                        let text = self.expr_text(e);
                        self.error(e.span, format!("non-name {text} on left side of :="));
                    }
                }
            }
        } else {
            for (e, t) in pairs {
                if let Some(e) = e {
                    if let Some(lt) = self.lhs_operand(e) {
                        if t != invalid {
                            let mut o = Operand {
                                mode: Mode::Value,
                                ty: t,
                                val: None,
                                text: self.expr_text(x),
                                span: e.span,
                            };
                            self.assign_to(&mut o, lt, "range clause");
                        }
                    }
                }
            }
        }
        self.func.as_mut().unwrap().targets.push((label, true));
        self.block(body);
        self.func.as_mut().unwrap().targets.pop();
        self.pop_scope();
    }

    fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
        label: Option<Name>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut t = tag.map(|e| self.expr(e));
        if let Some(x) = t.as_mut() {
            if x.mode != Mode::Invalid {
                self.default_type(x);
            }
            if x.mode != Mode::Invalid
                && self.prog.types.comparable(x.ty).is_err()
                && x.ty != self.prog.types.error_type
            {
                let d = self.describe(x);
                self.error(x.span, format!("cannot switch on {d}"));
                x.mode = Mode::Invalid;
            }
        }
        self.multiple_defaults(clauses.iter().map(|c| (c.exprs.is_none(), c.span)));
        let mut seen: Vec<(crate::constant::Value, TypeId, Span)> = Vec::new();
        self.func.as_mut().unwrap().targets.push((label, false));
        for (ci, c) in clauses.iter().enumerate() {
            for e in c.exprs.iter().flatten() {
                let mut v = self.expr(e);
                if v.mode == Mode::Invalid {
                    continue;
                }
                match &t {
                    Some(x) if x.mode != Mode::Invalid => {
                        let mut xx = x.clone();
                        // Like x == v: the case converts to the tag's type.
                        if self.prog.types.is_untyped(v.ty) {
                            if !self.convert_case(&mut v, x.ty) {
                                continue;
                            }
                        }
                        if self.assignable(v.ty, xx.ty).is_err()
                            && self.assignable(xx.ty, v.ty).is_err()
                        {
                            let (a, b) = (self.type_name(v.ty), self.type_name(xx.ty));
                            let (vt, xt) = (self.expr_text(e), xx.text.clone());
                            self.error(e.span, format!("invalid case {vt} in switch on {xt} (mismatched types {a} and {b})"));
                            continue;
                        }
                        xx.mode = Mode::Value;
                    }
                    Some(_) => continue,
                    None => {
                        let ub = self.prog.types.basic(BasicKind::Bool);
                        if self.prog.types.is_untyped(v.ty) {
                            self.assign_to(&mut v, ub, "switch case");
                        }
                        if !self.all_terms(v.ty, |k| k.is_boolean()) {
                            let d = self.describe(&v);
                            self.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch (mismatched types {} and bool)",
                                    v.text,
                                    self.type_name(v.ty)
                                ),
                            );
                            let _ = d;
                            continue;
                        }
                    }
                }
                if let (Mode::Const, Some(val)) = (v.mode, &v.val) {
                    if let Some((_, _, prev)) =
                        seen.iter().find(|(pv, pt, _)| pv == val && *pt == v.ty)
                    {
                        let d = self.describe(&v);
                        let prev = *prev;
                        self.errors.push(
                            Diagnostic::error(
                                e.span,
                                format!("duplicate case {d} in expression switch"),
                            )
                            .with_label(prev, "previous case"),
                        );
                    } else {
                        seen.push((val.clone(), v.ty, e.span));
                    }
                }
            }
            self.push_scope();
            self.mark_fallthrough(&c.body, ci == clauses.len() - 1, false);
            self.block_chain.push(c.span.lo);
            self.stmt_list(&c.body);
            self.block_chain.pop();
            self.pop_scope();
        }
        self.func.as_mut().unwrap().targets.pop();
        self.pop_scope();
    }

    /// A case value converted to the switch tag's type, with Go's messages.
    fn convert_case(&mut self, v: &mut Operand, t: TypeId) -> bool {
        if self.prog.types.is_interface(t) {
            self.default_type(v);
            return true;
        }
        let Some(dk) = self.prog.types.basic_kind(t) else {
            return self.assign_to(v, t, "switch case");
        };
        let k = self.prog.types.basic_kind(v.ty).unwrap();
        let fits = match k {
            BasicKind::UntypedBool => dk.is_boolean(),
            BasicKind::UntypedString => dk.is_string(),
            BasicKind::UntypedNil => false,
            _ => dk.is_numeric(),
        };
        let tn = self.type_name(t);
        if !fits {
            let d = self.describe(v);
            self.error(v.span, format!("cannot convert {d} to type {tn}"));
            return false;
        }
        if let Some(val) = v.val.clone() {
            match val.represent(dk) {
                Ok(v2) => v.val = Some(v2),
                Err(crate::constant::Repr::Truncated) => {
                    let d = self.describe(v);
                    self.error(v.span, format!("{d} truncated to {tn}"));
                    return false;
                }
                Err(_) => {
                    let d = self.describe(v);
                    self.error(
                        v.span,
                        format!("cannot use {d} as {tn} value in switch case (overflows)"),
                    );
                    return false;
                }
            }
        }
        v.ty = t;
        true
    }

    fn multiple_defaults(&mut self, clauses: impl Iterator<Item = (bool, Span)>) {
        let mut first: Option<Span> = None;
        for (is_default, span) in clauses {
            if !is_default {
                continue;
            }
            match first {
                None => first = Some(span),
                Some(f) => {
                    let at = self.position(self.file, f);
                    self.error(span, format!("multiple defaults (first at {at})"));
                }
            }
        }
    }

    /// Records which `fallthrough` statements are in place: the last
    /// statement of a clause that is not the last one.
    fn mark_fallthrough(&mut self, body: &[Stmt], last_clause: bool, type_switch: bool) {
        if let Some(s) = body.last() {
            if matches!(s.kind, StmtKind::Fallthrough) {
                if type_switch {
                    return;
                }
                if last_clause {
                    self.fallthrough_final.insert(s.span.lo);
                } else {
                    self.fallthrough_ok.insert(s.span.lo);
                }
            }
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        guard: &Stmt,
        clauses: &[ast::CaseClause],
        label: Option<Name>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let (binding, xe) = match &guard.kind {
            StmtKind::Assign { lhs, rhs, .. } => match (&lhs[0].kind, &rhs[0].kind) {
                (ExprKind::Ident(id), ExprKind::TypeAssert { x, .. }) => (Some(id), x.as_ref()),
                _ => unreachable!(),
            },
            StmtKind::Expr(ast::Expr {
                kind: ExprKind::TypeAssert { x, .. },
                ..
            }) => (None, x.as_ref()),
            _ => unreachable!(),
        };
        let x = self.expr(xe);
        let valid = x.mode != Mode::Invalid;
        if valid && !self.prog.types.is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(xe.span, format!("{d} is not an interface"));
        }
        self.multiple_defaults(clauses.iter().map(|c| (c.exprs.is_none(), c.span)));
        if let Some(b) = binding {
            if b.name.as_ref() == "_" {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut binding_objs = Vec::new();
        self.func.as_mut().unwrap().targets.push((label, false));
        for c in clauses {
            let mut single: Option<TypeId> = None;
            let mut count = 0;
            for e in c.exprs.iter().flatten() {
                count += 1;
                let is_nil = matches!(&e.kind, ExprKind::Ident(i) if i.name.as_ref() == "nil" && self.lookup_name("nil").is_some_and(|o| matches!(self.prog.obj(o).kind, ObjKind::Nil)));
                let t = if is_nil {
                    None
                } else {
                    let t = self.type_expr(e);
                    if t == self.prog.types.error_type {
                        continue;
                    }
                    Some(t)
                };
                if let Some((_, prev)) = seen.iter().find(|(st, _)| *st == t) {
                    let text = self.expr_text(e);
                    let prev = *prev;
                    self.errors.push(
                        Diagnostic::error(e.span, format!("duplicate case {text} in type switch"))
                            .with_label(prev, "previous case"),
                    );
                } else {
                    seen.push((t, e.span));
                }
                if let (Some(t), true) = (t, valid && self.prog.types.is_interface(x.ty)) {
                    if !self.prog.types.is_interface(t) {
                        if let Err(why) = self.implements(t, x.ty) {
                            let text = self.expr_text(e);
                            let (tn, xn) = (self.type_name(t), self.type_name(x.ty));
                            self.errors.push(
                                Diagnostic::error(
                                    e.span,
                                    format!("impossible type switch case: {text}"),
                                )
                                .with_note(
                                    format!("{} cannot have dynamic type {tn} {why}", x.text)
                                        .replace(&format!(" {xn} "), " "),
                                ),
                            );
                        }
                    }
                }
                single = t;
            }
            self.push_scope();
            if let Some(b) = binding.filter(|b| b.name.as_ref() != "_") {
                let t = if count == 1 {
                    single.unwrap_or(x.ty)
                } else {
                    x.ty
                };
                let t = if valid { t } else { self.prog.types.error_type };
                let obj = self.new_obj(
                    b.name.clone(),
                    ObjKind::Var {
                        local: true,
                        param: false,
                    },
                    Some(t),
                    b.span,
                );
                let scope = self.scope();
                self.declare(scope, obj);
                self.prog.info.implicits.insert((self.file, c.span), obj);
                binding_objs.push(obj);
            }
            self.in_type_switch_clause = true;
            self.mark_fallthrough(&c.body, false, true);
            self.in_type_switch_clause = false;
            let saved = std::mem::replace(&mut self.in_type_switch_clause, true);
            self.block_chain.push(c.span.lo);
            self.stmt_list(&c.body);
            self.block_chain.pop();
            self.in_type_switch_clause = saved;
            self.pop_scope();
        }
        self.func.as_mut().unwrap().targets.pop();
        // The binding is unused only if no clause uses it.
        if let Some(b) = binding.filter(|b| b.name.as_ref() != "_") {
            let used = binding_objs.iter().any(|&o| self.prog.obj(o).used);
            if !used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
        self.pop_scope();
    }

    // ---- terminating statements (spec: "Terminating statements") ----------

    fn terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts.last().is_some_and(|s| self.terminating(s, None))
    }

    fn terminating(&self, s: &Stmt, label: Option<&Name>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => match &strip_parens(e).kind {
                ExprKind::Call { fun, .. } => self.builtin_of(fun) == Some(Builtin::Panic),
                _ => false,
            },
            StmtKind::Block(b) => self.terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.terminating(e, None))
                    && self.terminating_list(&then.stmts)
            }
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Labeled { label: l, stmt } => self.terminating(stmt, Some(&l.name)),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.terminating_list(&c.body)
                                || c.body
                                    .last()
                                    .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::Select { clauses } => clauses
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.terminating_list(&c.body)),
            _ => false,
        }
    }
}

/// Whether a `break` in `stmts` leaves the enclosing statement (an
/// unlabeled one at this level, or one naming `label`).
fn has_break(stmts: &[Stmt], label: Option<&Name>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&Name>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => label == Some(&l.name),
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

/// The variable a statement declares (for `goto` jumping over it).
fn declared_var(s: &Stmt) -> Option<(Name, Span)> {
    match &s.kind {
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            ..
        } => match &lhs[0].kind {
            ExprKind::Ident(i) => Some((i.name.clone(), i.span)),
            _ => None,
        },
        StmtKind::Decl(ast::Decl::Var(g)) => g
            .specs
            .first()
            .and_then(|s| s.names.first())
            .map(|n| (n.name.clone(), n.span)),
        StmtKind::Labeled { stmt, .. } => declared_var(stmt),
        _ => None,
    }
}
