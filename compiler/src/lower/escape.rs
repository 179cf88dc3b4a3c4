//! Which local variables live on the heap: those whose address is taken
//! (`&x`, `&x.f`, `x[:]` of an array, a pointer-receiver method called on
//! `x`), those closures capture, and arrays (indexed at run time, so they
//! need memory). Everything else lives in registers.

use super::Unit;
use crate::objects::{ObjId, ObjKind};
use crate::types::Type;
use grammar::ast::{self, ExprKind, StmtKind, UnaryOp};
use std::collections::HashSet;

/// Walks a function body (closures included) collecting escaping variables.
/// The results of one body's escape analysis (`Escapes::into_parts`).
pub struct EscapeParts {
    pub stack_buffers: HashSet<ObjId>,
    pub lit_captures: std::collections::HashMap<grammar::Span, Vec<ObjId>>,
    pub boxed: HashSet<ObjId>,
}

pub struct Escapes<'u, 'a> {
    pub u: &'u Unit<'a>,
    pub boxed: HashSet<ObjId>,
    /// Variables declared inside the function literal being walked, per
    /// nesting level: a use of a variable not declared at this level or
    /// deeper is a capture.
    declared: Vec<HashSet<ObjId>>,
    /// For Go 1.25's append stack buffers: slices declared `var s []T`,
    /// every use of a variable, and the uses that do not make a slice
    /// escape (`s = append(s, x)`, `len(s)`, `s[i]`, `range s`).
    slice_decls: Vec<ObjId>,
    uses: Vec<(ObjId, grammar::Span)>,
    harmless: HashSet<grammar::Span>,
    /// The function-literal nesting level declaring each variable, the
    /// literals open at each level, and what each literal (by span)
    /// captures from enclosing levels — all in one walk, so nested
    /// closures cost linear time.
    var_level: std::collections::HashMap<ObjId, usize>,
    open_lits: Vec<grammar::Span>,
    pub lit_captures: std::collections::HashMap<grammar::Span, Vec<ObjId>>,
}

impl<'u, 'a> Escapes<'u, 'a> {
    pub fn new(u: &'u Unit<'a>) -> Self {
        Escapes {
            u,
            boxed: HashSet::new(),
            declared: vec![HashSet::new()],
            slice_decls: Vec::new(),
            uses: Vec::new(),
            harmless: HashSet::new(),
            var_level: Default::default(),
            open_lits: Vec::new(),
            lit_captures: Default::default(),
        }
    }

    fn local_var(&self, id: ObjId) -> bool {
        matches!(
            self.u.checked.obj(id).kind,
            ObjKind::Var { local: true, .. }
        )
    }

    /// Declares the parameters and results of a function (by their names).
    pub fn params(&mut self, ft: &ast::FuncType) {
        for p in ft.params.iter().chain(ft.results.iter()) {
            for n in &p.names {
                self.def(n.span);
            }
        }
    }

    pub fn def(&mut self, span: grammar::Span) {
        if let Some(&id) = self.u.checked.info.defs.get(&(self.u.file, span)) {
            self.declared.last_mut().unwrap().insert(id);
            self.var_level.insert(id, self.declared.len() - 1);
            if let Some(t) = self.u.checked.obj(id).ty {
                if self.u.needs_memory(t) {
                    self.boxed.insert(id);
                }
            }
        }
    }

    pub fn block(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    for n in &spec.names {
                        self.def(n.span);
                        if spec.values.is_empty() {
                            if let Some(&id) = self.u.checked.info.defs.get(&(self.u.file, n.span))
                            {
                                self.slice_decls.push(id);
                            }
                        }
                    }
                    for v in &spec.values {
                        self.expr(v);
                    }
                }
            }
            StmtKind::Decl(_) | StmtKind::Empty => {}
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, op, rhs } => {
                // s = append(s, x, y)
                if let ([l], [r]) = (lhs.as_slice(), rhs.as_slice()) {
                    if let ExprKind::Call {
                        fun,
                        args,
                        ellipsis: None,
                    } = &r.kind
                    {
                        if self.is_builtin(fun, crate::objects::Builtin::Append)
                            && matches!(l.kind, ExprKind::Ident(_))
                            && args.first().is_some_and(|a| {
                                matches!(a.kind, ExprKind::Ident(_))
                                    && self.u.use_of(a.span).is_some()
                                    && self.u.use_of(a.span) == self.u.use_of(l.span)
                            })
                        {
                            self.harmless.insert(l.span);
                            self.harmless.insert(args[0].span);
                        }
                    }
                }
                for l in lhs {
                    if *op == ast::AssignOp::Define {
                        if let ExprKind::Ident(i) = &l.kind {
                            self.def(i.span);
                            continue;
                        }
                    }
                    self.expr(l);
                }
                for r in rhs {
                    self.expr(r);
                }
            }
            StmtKind::Return(rs) => {
                for r in rs {
                    self.expr(r);
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                for k in [key, value].into_iter().flatten() {
                    match &k.kind {
                        ExprKind::Ident(i) if *define => self.def(i.span),
                        _ => self.expr(k),
                    }
                }
                self.harmless.insert(x.span);
                self.expr(x);
                self.block(&body.stmts);
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.stmt(guard);
                for c in clauses {
                    if let Some(&id) = self.u.checked.info.implicits.get(&(self.u.file, c.span)) {
                        self.declared.last_mut().unwrap().insert(id);
                        self.var_level.insert(id, self.declared.len() - 1);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            _ => {}
        }
    }

    /// The variable at the root of an addressable expression (`x` in
    /// `x.f[2].g`), through fields and array elements but not pointers.
    fn root_var(&self, e: &ast::Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(_) => {
                // Package-level variables too: the unit boxes those.
                let id = *self.u.checked.info.uses.get(&(self.u.file, e.span))?;
                matches!(self.u.checked.obj(id).kind, ObjKind::Var { .. }).then_some(id)
            }
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Selector { x, .. } => {
                let t = self.u.checked.info.types.get(&(self.u.file, x.span))?.ty;
                if matches!(self.u.under(t), Type::Pointer(_)) {
                    None
                } else {
                    self.root_var(x)
                }
            }
            ExprKind::Index { x, .. } => {
                let t = self.u.checked.info.types.get(&(self.u.file, x.span))?.ty;
                if matches!(self.u.under(t), Type::Array(..)) {
                    self.root_var(x)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(&id) = self.u.checked.info.uses.get(&(self.u.file, e.span)) {
                    self.uses.push((id, e.span));
                    if self.local_var(id) && !self.declared.last().unwrap().contains(&id) {
                        // Used inside a closure but declared outside it: a
                        // capture of every literal between the two levels.
                        self.boxed.insert(id);
                        let here = self.declared.len() - 1;
                        let from = self.var_level.get(&id).copied().unwrap_or(0);
                        for level in from + 1..=here {
                            let lit = self.open_lits[level - 1];
                            let caps = self.lit_captures.entry(lit).or_default();
                            if !caps.contains(&id) {
                                caps.push(id);
                            }
                        }
                    }
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                if let Some(id) = self.root_var(x) {
                    self.boxed.insert(id);
                }
                self.expr(x);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                if let Some(id) = self.root_var(x) {
                    self.boxed.insert(id);
                }
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                self.declared.push(HashSet::new());
                self.open_lits.push(e.span);
                self.params(ty);
                self.block(&body.stmts);
                self.open_lits.pop();
                self.declared.pop();
            }
            ExprKind::Call { fun, args, .. } => {
                if self.is_builtin(fun, crate::objects::Builtin::Len)
                    || self.is_builtin(fun, crate::objects::Builtin::Cap)
                {
                    self.harmless.extend(args.iter().map(|a| a.span));
                }
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for x in elts {
                    self.expr(x);
                }
            }
            ExprKind::KeyValue { key, value } => {
                // Struct literal keys are field names, not variables.
                if !matches!(key.kind, ExprKind::Ident(_)) {
                    self.expr(key);
                }
                self.expr(value);
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Selector { x, sel } => {
                // x.M with a pointer receiver (called or as a method value)
                // takes x's address.
                if self.pointer_method(x, sel) {
                    if let Some(id) = self.root_var(x) {
                        self.boxed.insert(id);
                    }
                }
                self.expr(x)
            }
            ExprKind::Index { x, indices } => {
                self.harmless.insert(x.span);
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            _ => {}
        }
    }

    fn is_builtin(&self, fun: &ast::Expr, b: crate::objects::Builtin) -> bool {
        self.u
            .use_of(fun.span)
            .is_some_and(|id| matches!(self.u.checked.obj(id).kind, ObjKind::Builtin(x) if x == b))
    }

    /// Slices whose appends may use Go 1.25's 32-byte stack buffer: local
    /// `var s []T` that are only appended to, indexed, ranged over and
    /// measured (so their backing array cannot escape), with elements of
    /// at most 32 bytes.
    /// What lowering needs of the analysis: the slices that may live in a
    /// stack buffer, each function literal's captures, the boxed
    /// variables.
    pub fn into_parts(mut self) -> EscapeParts {
        EscapeParts {
            stack_buffers: self.stack_buffer_slices(),
            lit_captures: std::mem::take(&mut self.lit_captures),
            boxed: self.boxed,
        }
    }

    pub fn stack_buffer_slices(&self) -> HashSet<ObjId> {
        let mut ok: HashSet<ObjId> = self
            .slice_decls
            .iter()
            .copied()
            .filter(|id| !self.boxed.contains(id))
            .filter(|id| {
                self.u
                    .checked
                    .obj(*id)
                    .ty
                    .is_some_and(|t| match self.u.under(t) {
                        Type::Slice(e) => (1..=32).contains(&self.u.go_size(*e)),
                        _ => false,
                    })
            })
            .collect();
        for (id, span) in &self.uses {
            if !self.harmless.contains(span) {
                ok.remove(id);
            }
        }
        ok
    }

    /// Whether `x.sel` names a method with a pointer receiver called on a
    /// value that is not a pointer.
    fn pointer_method(&self, x: &ast::Expr, sel: &ast::Ident) -> bool {
        let Some(tv) = self.u.checked.info.types.get(&(self.u.file, x.span)) else {
            return false;
        };
        if matches!(self.u.under(tv.ty), Type::Pointer(_)) {
            return false;
        }
        let Some(&m) = self.u.checked.info.uses.get(&(self.u.file, sel.span)) else {
            return false;
        };
        self.u.pointer_receiver(m)
    }
}
