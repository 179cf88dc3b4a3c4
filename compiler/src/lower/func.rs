//! One function's lowering state: its code, registers, variables, loops
//! and labels, and places (what an assignment can write to).
//!
//! Registers: 0 holds the closure (0 for a direct call), then the
//! parameters (receiver first) and each local variable its own run of
//! registers for its lifetime; temporaries are taken above them and
//! released after each statement. Calls pass arguments in a window at the
//! top of the frame (from `base + 1`), where results come back (from
//! `base`).

use super::escape::{EscapeParts, Escapes};
use super::Unit;
use crate::objects::ObjId;
use crate::types::TypeId;
use grammar::ast;
use grammar::Span;
use runtime::bytecode::{Function, Op, Reg};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Where a variable lives.
#[derive(Debug, Clone, Copy)]
pub enum Var {
    /// In registers from this one.
    Reg(Reg),
    /// In a heap box whose address is in this register.
    Boxed(Reg),
    /// Captured by the closure being lowered: a box whose address is word
    /// `1 + index` of the closure object (register 0).
    Captured(u16),
}

/// The stack map being built (`Function::refs`): registers are a bump
/// allocator reset after each statement, so one register holds an `int`
/// in one statement and a pointer in the next. The map is the union: a
/// register is left out only when every allocation that covered it was of
/// a known type with no reference in that word (`Lowerer::temps_of`,
/// `scalar_temp`). Registers never allocated (register 0, the closure) and
/// untyped temporaries (`temps`) count as references.
#[derive(Debug, Default)]
pub struct StackMap {
    /// Per register: allocated at least once, and may hold a reference.
    seen: Vec<bool>,
    refs: Vec<bool>,
}

impl StackMap {
    fn mark(&mut self, r: Reg, n: u16, is_ref: impl Fn(u16) -> bool) {
        let end = r as usize + n as usize;
        if self.seen.len() < end {
            self.seen.resize(end, false);
            self.refs.resize(end, false);
        }
        for k in 0..n {
            let i = (r + k) as usize;
            self.seen[i] = true;
            self.refs[i] |= is_ref(k);
        }
    }

    /// The registers of a frame of `frame_size` that may hold references.
    pub fn refs(&self, frame_size: u16) -> Vec<Reg> {
        (0..frame_size)
            .filter(|&r| {
                let i = r as usize;
                !self.seen.get(i).copied().unwrap_or(false) || self.refs[i]
            })
            .collect()
    }
}

/// Something an assignment writes to.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    Regs(Reg),
    Global(u32),
    /// Memory at the address in `addr`, plus `off` bytes.
    Mem {
        addr: Reg,
        off: u32,
    },
    /// A map entry (`m[k] = v`).
    Map {
        m: Reg,
        key: Reg,
        map: u32,
    },
    /// `_`
    Discard,
}

/// A statement `break` can leave: a loop (which `continue` can also
/// target) or a switch.
pub struct Loop {
    pub label: Option<grammar::ast::Name>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

pub struct Lowerer<'u, 'a> {
    pub u: &'u mut Unit<'a>,
    pub name: String,
    pub code: Vec<Op>,
    pub line_of: Vec<u32>,
    pub line: u32,
    pub vars: HashMap<ObjId, Var>,
    pub next: u16,
    pub max: u16,
    /// Registers below this hold live locals.
    pub locals_top: u16,
    pub loops: Vec<Loop>,
    /// A label waiting for the loop or switch it names.
    pub pending_label: Option<grammar::ast::Name>,
    pub label_at: HashMap<grammar::ast::Name, u32>,
    pub gotos: Vec<(usize, grammar::ast::Name)>,
    pub result_types: Vec<TypeId>,
    /// Variables holding the results (named results; for functions that
    /// defer, hidden ones too), in order.
    pub result_vars: Vec<Var>,
    pub has_defer: bool,
    /// Variables that live on the heap (of the whole declaration, closures
    /// included: computed once, shared with the literals' lowerers).
    pub boxed: Rc<HashSet<ObjId>>,
    /// What each function literal captures, by its span.
    pub lit_captures: Rc<HashMap<grammar::Span, Vec<ObjId>>>,
    /// Function literals lowered inside this one (for their names).
    pub lits: u32,
    /// Registers of the closure and parameters end here.
    pub params_end: u16,
    /// A method's receiver type.
    pub recv_type: Option<TypeId>,
    /// Slices whose appends may use a stack buffer (see `escape.rs`).
    pub stack_buffers: Rc<HashSet<ObjId>>,
    /// Which registers may hold references (see `StackMap`).
    pub stack_map: StackMap,
}

impl<'u, 'a> Lowerer<'u, 'a> {
    pub fn new_pub(u: &'u mut Unit<'a>, name: String) -> Self {
        Self::new(u, name, Rc::default())
    }

    /// The program's entry (`runtime.main`, hidden from tracebacks as in
    /// Go): package variables in initialization order, the init
    /// functions, then main.main.
    pub fn lower_entry(
        u: &'u mut Unit<'a>,
        packages: &[runtime::bytecode::FuncId],
        order: &[ObjId],
        specs: &HashMap<ObjId, (&ast::ValueSpec, usize)>,
        inits: &[runtime::bytecode::FuncId],
        main: runtime::bytecode::FuncId,
    ) -> Function {
        let mut l = Lowerer::new(u, "runtime.main".into(), Rc::default());
        l.boxed_globals();
        let base = l.temp();
        for &f in packages {
            l.emit(Op::Call { func: f, base });
        }
        l.package_vars(order, specs);
        let base = l.temp();
        for &f in inits.iter().chain(std::iter::once(&main)) {
            l.emit(Op::Call { func: f, base });
        }
        l.emit(Op::Return {
            src: base,
            count: 0,
        });
        l.finish()
    }

    /// A library package's initialization: its variables, then its init
    /// functions.
    pub fn lower_init(
        u: &'u mut Unit<'a>,
        order: &[ObjId],
        specs: &HashMap<ObjId, (&ast::ValueSpec, usize)>,
        inits: &[runtime::bytecode::FuncId],
    ) -> Function {
        let name = format!("{}.init", u.pkg);
        let mut l = Lowerer::new(u, name, Rc::default());
        l.package_vars(order, specs);
        l.call_each_and_return(inits);
        l.finish()
    }

    /// A lowerer for a body whose escape analysis gave `parts`.
    fn analysed(u: &'u mut Unit<'a>, name: String, parts: EscapeParts) -> Self {
        let mut l = Lowerer::new(u, name, Rc::new(parts.boxed));
        l.stack_buffers = Rc::new(parts.stack_buffers);
        l.lit_captures = Rc::new(parts.lit_captures);
        l
    }

    /// Calls each of `funcs` (no arguments, no results) in order.
    fn call_each(&mut self, funcs: &[runtime::bytecode::FuncId]) -> Reg {
        let base = self.temp();
        for &f in funcs {
            self.emit(Op::Call { func: f, base });
        }
        base
    }

    /// `call_each`, then returns nothing (an init function's end).
    fn call_each_and_return(&mut self, funcs: &[runtime::bytecode::FuncId]) {
        let base = self.call_each(funcs);
        self.emit(Op::Return {
            src: base,
            count: 0,
        });
    }

    /// The initialization of an incremental session's input
    /// (`main.init`): boxes for the boxed globals among `globals`, the
    /// packages' initialization, then the input's package variables in
    /// initialization order and its init functions.
    pub fn lower_input_init(
        u: &'u mut Unit<'a>,
        globals: &[ObjId],
        packages: &[runtime::bytecode::FuncId],
        order: &[ObjId],
        specs: &HashMap<ObjId, (&ast::ValueSpec, usize)>,
        inits: &[runtime::bytecode::FuncId],
    ) -> Function {
        let boxed = globals
            .iter()
            .filter_map(|id| Some((*id, *u.globals.get(id)?)))
            .filter(|(_, g)| g.boxed)
            .collect();
        let mut l = Lowerer::new(u, "main.init".into(), Rc::default());
        l.box_globals(boxed);
        l.call_each(packages);
        l.package_vars(order, specs);
        l.call_each_and_return(inits);
        l.finish()
    }

    /// Statements lowered as a function without parameters or results
    /// (an incremental session's statement input).
    pub fn lower_stmts(u: &'u mut Unit<'a>, name: String, body: &ast::Block) -> Function {
        let mut esc = Escapes::new(u);
        esc.block(&body.stmts);
        let parts = esc.into_parts();
        let mut l = Lowerer::analysed(u, name, parts);
        l.line = l.u.line(body.span);
        l.body(Some(body), body.span)
    }

    /// Every boxed global (of every package) gets its box.
    fn boxed_globals(&mut self) {
        let boxed: Vec<(ObjId, super::Global)> = self
            .u
            .globals
            .iter()
            .map(|(k, v)| (*k, *v))
            .filter(|(_, g)| g.boxed)
            .collect();
        self.box_globals(boxed);
    }

    fn box_globals(&mut self, mut boxed: Vec<(ObjId, super::Global)>) {
        let l = self;
        boxed.sort_by_key(|(_, g)| g.index);
        for (id, g) in boxed {
            let ty = l.u.obj_ty(id).unwrap();
            let b = l.new_box(ty);
            l.emit(Op::StoreGlobal {
                src: b,
                index: g.index,
            });
        }
    }

    /// Package variables in Go's initialization order.
    fn package_vars(&mut self, order: &[ObjId], specs: &HashMap<ObjId, (&ast::ValueSpec, usize)>) {
        let l = self;
        let mut done = HashSet::new();
        for &id in order {
            if !done.insert(id) {
                continue;
            }
            let Some(&(spec, index)) = specs.get(&id) else {
                continue;
            };
            l.line = l.u.line(spec.span);
            let mark = l.next;
            if spec.values.len() == 1 && spec.names.len() > 1 {
                // var a, b = f(): every name from one multi-value expression.
                let Some((base, tys)) = l.multi_value(&spec.values[0]) else {
                    continue;
                };
                let mut off = 0;
                for (i, n) in spec.names.iter().enumerate() {
                    let w = l.u.width(tys[i]) as u16;
                    if let Some(other) = l.u.def_of(n.span) {
                        done.insert(other);
                        let ty = l.u.obj_ty(other).unwrap();
                        let v = l.coerce(base + off, tys[i], ty);
                        if let Some(p) = l.obj_place(other) {
                            l.store(p, ty, v);
                        }
                    }
                    off += w;
                }
            } else if let Some(v) = spec.values.get(index) {
                let ty = l.u.obj_ty(id).unwrap();
                if let Some(r) = l.value_as(v, ty) {
                    if let Some(p) = l.obj_place(id) {
                        l.store(p, ty, r);
                    }
                }
            }
            l.next = mark;
        }
    }

    fn new(u: &'u mut Unit<'a>, name: String, boxed: Rc<HashSet<ObjId>>) -> Self {
        Lowerer {
            u,
            name,
            code: Vec::new(),
            line_of: Vec::new(),
            line: 0,
            vars: HashMap::new(),
            next: 1,
            max: 1,
            locals_top: 1,
            loops: Vec::new(),
            pending_label: None,
            label_at: HashMap::new(),
            gotos: Vec::new(),
            result_types: Vec::new(),
            result_vars: Vec::new(),
            has_defer: false,
            boxed,
            lits: 0,
            params_end: 1,
            recv_type: None,
            stack_buffers: Rc::default(),
            lit_captures: Rc::default(),
            stack_map: StackMap::default(),
        }
    }

    /// Lowers a function or method declaration.
    pub fn lower_decl(u: &'u mut Unit<'a>, f: &ast::FuncDecl) -> Function {
        let pkg = u.pkg.clone();
        let name = match &f.recv {
            None => format!("{pkg}.{}", f.name.name),
            Some(r) => {
                let recv_ty = u
                    .def_of(f.name.span)
                    .and_then(|m| u.recv_ty(m))
                    .or_else(|| u.checked.info.types.get(&(u.file, r.ty.span)).map(|t| t.ty));
                let shown = recv_ty.map(|t| u.display(t)).unwrap_or_default();
                let shown = shown.replace(&format!("{pkg}."), "");
                match shown.strip_prefix('*') {
                    Some(base) => format!("{pkg}.(*{base}).{}", f.name.name),
                    None => format!("{pkg}.{shown}.{}", f.name.name),
                }
            }
        };
        let mut esc = Escapes::new(u);
        if let Some(r) = &f.recv {
            for n in &r.names {
                esc.def(n.span);
            }
        }
        esc.params(&f.sig);
        if let Some(b) = &f.body {
            esc.block(&b.stmts);
        }
        let parts = esc.into_parts();
        let mut l = Lowerer::analysed(u, name, parts);
        l.line = l.u.line(f.span);
        let recv: Vec<&ast::Field> = f.recv.iter().collect();
        l.recv_type = l.u.def_of(f.name.span).and_then(|m| l.u.recv_ty(m));
        l.params(&recv, &f.sig);
        l.body(f.body.as_ref(), f.span)
    }

    /// Lowers a function literal; `captures` are the enclosing variables it
    /// uses, in the order the closure object holds their boxes. The escape
    /// facts come from the enclosing declaration's single walk.
    pub fn lower_lit(
        outer: &mut Lowerer<'_, 'a>,
        name: String,
        ty: &ast::FuncType,
        body: &ast::Block,
        captures: &[ObjId],
        span: Span,
    ) -> Function {
        let (boxed, lits, bufs) = (
            outer.boxed.clone(),
            outer.lit_captures.clone(),
            outer.stack_buffers.clone(),
        );
        let mut l = Lowerer::new(&mut *outer.u, name, boxed);
        l.lit_captures = lits;
        l.stack_buffers = bufs;
        l.line = l.u.line(span);
        for (i, &c) in captures.iter().enumerate() {
            l.vars.insert(c, Var::Captured(i as u16));
        }
        l.params(&[], ty);
        l.body(Some(body), span)
    }

    /// Registers for the receiver and parameters (boxed ones copied to the
    /// heap at entry) and the results.
    fn params(&mut self, recv: &[&ast::Field], sig: &ast::FuncType) {
        let mut to_box = Vec::new();
        for p in recv.iter().copied().chain(sig.params.iter()) {
            // The declared variable's type (receivers have no recorded type
            // expression), else the type expression's.
            let named_ty = p
                .names
                .first()
                .and_then(|n| self.u.def_of(n.span))
                .and_then(|id| self.u.obj_ty(id));
            let is_recv = recv.iter().any(|r| std::ptr::eq(*r, p));
            let named_ty = if is_recv { self.recv_type } else { named_ty };
            let Some(ty) = named_ty.or_else(|| {
                self.u
                    .checked
                    .info
                    .types
                    .get(&(self.u.file, p.ty.span))
                    .map(|t| t.ty)
            }) else {
                self.u.fail(p.span, "this parameter (no type recorded)");
                continue;
            };
            let ty = self.u.subst(ty);
            // `...T` parameters are slices.
            let ty = match &p.ty.kind {
                ast::ExprKind::Ellipsis(_) if named_ty.is_none() => self
                    .u
                    .checked
                    .types
                    .lookup(&crate::types::Type::Slice(ty))
                    .unwrap_or(ty),
                _ => ty,
            };
            let count = p.names.len().max(1);
            for k in 0..count {
                let r = self.temps_of(ty);
                if let Some(n) = p.names.get(k) {
                    if let Some(id) = self.u.def_of(n.span) {
                        self.vars.insert(id, Var::Reg(r));
                        if self.boxed.contains(&id) {
                            to_box.push((id, ty));
                        }
                    }
                }
            }
        }
        self.locals_top = self.next;
        self.params_end = self.next;
        let mut named = Vec::new();
        for r in &sig.results {
            let Some(ty) = self
                .u
                .checked
                .info
                .types
                .get(&(self.u.file, r.ty.span))
                .map(|t| t.ty)
            else {
                continue;
            };
            let ty = self.u.subst(ty);
            for _ in 0..r.names.len().max(1) {
                self.result_types.push(ty);
            }
            for n in &r.names {
                named.push((self.u.def_of(n.span), ty));
            }
        }
        // The result window must fit in the frame.
        let rw: u32 = self.result_types.iter().map(|&t| self.u.width(t)).sum();
        self.max = self.max.max(rw as u16 + 1);
        for (id, ty) in to_box {
            let Var::Reg(r) = self.vars[&id] else {
                continue;
            };
            let b = self.new_box(ty);
            self.store_words(b, 0, r, self.u.width(ty));
            self.vars.insert(id, Var::Boxed(b));
        }
        self.locals_top = self.locals_top.max(self.next);
        for (id, ty) in named {
            let v = self.new_local(id, ty);
            self.result_vars.push(v);
        }
    }

    fn body(mut self, body: Option<&ast::Block>, span: Span) -> Function {
        let Some(body) = body else {
            self.u.fail(span, "functions without a body");
            return self.finish();
        };
        self.has_defer = contains_defer(&body.stmts);
        if self.has_defer && self.result_vars.is_empty() {
            // Hidden result variables, so deferred calls run between
            // setting the results and returning them.
            for ty in self.result_types.clone() {
                let r = self.temps_of(ty);
                self.locals_top = self.next;
                self.result_vars.push(Var::Reg(r));
            }
        }
        self.block(&body.stmts);
        for (j, name) in std::mem::take(&mut self.gotos) {
            let to = self.label_at[&name];
            self.patch(j, to);
        }
        // Falling off the end (only possible without results).
        self.line = self.u.lines.line_col(span.hi.saturating_sub(1)).0;
        let recover_pc = self.here();
        // A function with results cannot fall off its end (the checker
        // proved it); one that defers still needs the code a recovered
        // panic returns through.
        if self.result_types.is_empty() || self.has_defer {
            self.return_results(None);
        }
        let mut f = self.finish();
        if self.has_defer {
            f.recover_pc = recover_pc;
        }
        f
    }

    pub fn finish(&mut self) -> Function {
        if self.code.is_empty()
            || !matches!(
                self.code.last(),
                Some(Op::Return { .. }) | Some(Op::Panic { .. }) | Some(Op::PanicStr { .. })
            )
        {
            let count: u32 = self.result_types.iter().map(|&t| self.u.width(t)).sum();
            self.emit(Op::Return {
                src: 0,
                count: count as u16,
            });
        }
        let results: u32 = self.result_types.iter().map(|&t| self.u.width(t)).sum();
        let frame_size = self.max.max(1);
        Function {
            name: self.name.clone(),
            code: std::mem::take(&mut self.code),
            frame_size,
            params: self.locals_top_params(),
            results: results as u16,
            lines: std::mem::take(&mut self.line_of),
            file: self.u.path.clone(),
            recover_pc: 0,
            refs: self.stack_map.refs(frame_size),
        }
    }

    /// The function a scratch lowerer (`Lowerer::scratch`) generated, with
    /// `params` parameter registers and `results` result slots.
    pub fn generated(mut self, params: u16, results: u16) -> Function {
        let frame_size = self.max.max(params);
        Function {
            name: self.name.clone(),
            code: std::mem::take(&mut self.code),
            lines: std::mem::take(&mut self.line_of),
            frame_size,
            params,
            results,
            file: self.u.path.clone(),
            recover_pc: 0,
            refs: self.stack_map.refs(frame_size),
        }
    }

    /// A func value for `func`: a closure object without captures.
    pub fn closure_of(&mut self, func: runtime::bytecode::FuncId) -> Reg {
        let d = self.temp();
        let layout = self.u.closure_layout(0);
        self.emit(Op::MakeClosure {
            dst: d,
            func,
            caps: d,
            n: 0,
            layout,
        });
        d
    }

    /// Parameter registers end where the first local began; recorded as
    /// the frame's `params` so the call leaves them alone.
    fn locals_top_params(&self) -> u16 {
        self.params_end
    }

    /// Returns: the values at `vals` (None: the result variables as they
    /// are) after running deferred calls.
    pub fn return_results(&mut self, vals: Option<Reg>) {
        let count: u32 = self.result_types.iter().map(|&t| self.u.width(t)).sum();
        if self.result_vars.is_empty() && !self.has_defer {
            let src = vals.unwrap_or(0);
            self.emit(Op::Return {
                src,
                count: count as u16,
            });
            return;
        }
        if let Some(v) = vals {
            let mut off = 0u16;
            for (i, ty) in self.result_types.clone().into_iter().enumerate() {
                let var = self.result_vars[i];
                let place = self.var_place(var);
                self.store(place, ty, v + off);
                off += self.u.width(ty) as u16;
            }
        }
        if self.has_defer {
            self.emit(Op::RunDefers);
        }
        let base = self.temps(count as u16);
        let mut off = 0u16;
        for (i, ty) in self.result_types.clone().into_iter().enumerate() {
            let var = self.result_vars[i];
            let place = self.var_place(var);
            let r = self.load(place, ty);
            let w = self.u.width(ty) as u16;
            self.mov(base + off, r, w);
            off += w;
        }
        self.emit(Op::Return {
            src: base,
            count: count as u16,
        });
    }

    // ---- code -----------------------------------------------------------

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.line_of.push(self.line);
        self.code.len() - 1
    }

    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    pub fn patch(&mut self, at: usize, to: u32) {
        match &mut self.code[at] {
            Op::Jump { to: t }
            | Op::JumpIf { to: t, .. }
            | Op::JumpIfNot { to: t, .. }
            | Op::JumpIfNotLtInt { to: t, .. }
            | Op::JumpIfNotLeInt { to: t, .. }
            | Op::JumpIfNotEqInt { to: t, .. }
            | Op::JumpIfNotNeInt { to: t, .. }
            | Op::JumpIfNotCmpImm { to: t, .. }
            | Op::MapNext { to: t, .. }
            | Op::Loop { to: t } => *t = to,
            _ => unreachable!("patching a non-jump"),
        }
    }

    pub fn temp(&mut self) -> Reg {
        self.temps(1)
    }

    /// `n` consecutive fresh registers, which may hold anything (for the
    /// stack map, references).
    pub fn temps(&mut self, n: u16) -> Reg {
        let r = self.next;
        self.next = self.next.saturating_add(n);
        self.max = self.max.max(self.next);
        self.stack_map.mark(r, self.next - r, |_| true);
        r
    }

    /// Fresh registers for a value of type `ty`, and nothing else while
    /// they are allocated: only its reference words enter the stack map.
    pub fn temps_of(&mut self, ty: TypeId) -> Reg {
        let w = self.u.width(ty) as u16;
        self.typed_temps(ty, w)
    }

    /// `temps_of(ty)`, plus one bool slot after the value when `ok` (a
    /// receive's), at least one register: what `Recv` writes.
    pub fn temps_of_ok(&mut self, ty: TypeId, ok: bool) -> Reg {
        let w = self.u.width(ty) as u16;
        self.typed_temps(ty, (w + ok as u16).max(1))
    }

    /// `n` registers whose first words hold a value of type `ty` and the
    /// rest scalars.
    fn typed_temps(&mut self, ty: TypeId, n: u16) -> Reg {
        if matches!(
            self.u.under(ty),
            crate::types::Type::Basic(crate::basic::BasicKind::Uintptr)
        ) {
            // The lowering loads pointer words as `uintptr` (`walk`, method
            // paths): such a word counts as a reference.
            return self.temps(n);
        }
        let mut refs = Vec::new();
        self.u.ref_slots(ty, 0, &mut refs);
        let r = self.next;
        self.next = self.next.saturating_add(n);
        self.max = self.max.max(self.next);
        self.stack_map
            .mark(r, self.next - r, |k| refs.contains(&(k as u32)));
        r
    }

    /// A fresh register that only ever holds a scalar (a number or bool)
    /// while allocated.
    pub fn scalar_temp(&mut self) -> Reg {
        let r = self.next;
        self.next = self.next.saturating_add(1);
        self.max = self.max.max(self.next);
        self.stack_map.mark(r, self.next - r, |_| false);
        r
    }

    pub fn mov(&mut self, dst: Reg, src: Reg, n: u16) {
        if dst == src || n == 0 {
            return;
        }
        if n == 1 {
            self.emit(Op::Move { dst, src });
        } else {
            self.emit(Op::MoveN { dst, src, n });
        }
    }

    /// A fresh heap box for a variable of type `ty`.
    pub fn new_box(&mut self, ty: TypeId) -> Reg {
        let layout = self.u.layout(ty);
        let b = self.temp();
        self.emit(Op::Alloc { dst: b, layout });
        b
    }

    /// A new local variable of type `ty` (zeroed, or boxed): its place.
    pub fn new_local(&mut self, id: Option<ObjId>, ty: TypeId) -> Var {
        self.new_local_init(id, ty, true)
    }

    /// A new local variable; `zero`: set it to its zero value (not needed
    /// when a value is stored right away).
    pub fn new_local_init(&mut self, id: Option<ObjId>, ty: TypeId, zero: bool) -> Var {
        let boxed = id.is_some_and(|id| self.boxed.contains(&id));
        let v = if boxed {
            let b = self.new_box(ty);
            Var::Boxed(b)
        } else {
            let w = self.u.width(ty) as u16;
            let r = self.temps_of(ty);
            if w > 0 && zero {
                self.emit(Op::Zero { dst: r, n: w });
            }
            Var::Reg(r)
        };
        self.locals_top = self.locals_top.max(self.next);
        if let Some(id) = id {
            self.vars.insert(id, v);
        }
        v
    }

    pub fn fail(&mut self, span: Span, what: &str) {
        self.u.fail(span, what);
    }

    // ---- places -----------------------------------------------------------

    pub fn var_place(&mut self, v: Var) -> Place {
        match v {
            Var::Reg(r) => Place::Regs(r),
            Var::Boxed(b) => Place::Mem { addr: b, off: 0 },
            Var::Captured(i) => {
                let b = self.temp();
                self.emit(Op::Load {
                    dst: b,
                    addr: 0,
                    off: 8 * (i as u32 + 1),
                });
                Place::Mem { addr: b, off: 0 }
            }
        }
    }

    /// The place of a variable object (local or package-level).
    pub fn obj_place(&mut self, id: ObjId) -> Option<Place> {
        if let Some(&v) = self.vars.get(&id) {
            return Some(self.var_place(v));
        }
        let g = *self.u.globals.get(&id)?;
        if g.boxed {
            let b = self.temp();
            self.emit(Op::LoadGlobal {
                dst: b,
                index: g.index,
            });
            Some(Place::Mem { addr: b, off: 0 })
        } else {
            Some(Place::Global(g.index))
        }
    }

    /// Loads `width(ty)` slots from `p`; returns their first register
    /// (a variable's own registers for `Regs`, so callers that keep the
    /// value past a later assignment must copy it).
    pub fn load(&mut self, p: Place, ty: TypeId) -> Reg {
        let w = self.u.width(ty) as u16;
        match p {
            Place::Regs(r) => r,
            Place::Discard => self.temps(w),
            Place::Global(i) => {
                let d = self.temps_of(ty);
                for k in 0..w {
                    self.emit(Op::LoadGlobal {
                        dst: d + k,
                        index: i + k as u32,
                    });
                }
                d
            }
            Place::Mem { addr, off } => {
                let d = self.temps_of(ty);
                if w == 0 {
                    // Still a nil check, as Go's load of a zero-size value.
                    let t = self.temp();
                    self.emit(Op::Load { dst: t, addr, off });
                }
                for k in 0..w {
                    self.emit(Op::Load {
                        dst: d + k,
                        addr,
                        off: off + 8 * k as u32,
                    });
                }
                d
            }
            Place::Map { m, key, map } => {
                let d = self.temps_of(ty);
                self.emit(Op::MapLoad {
                    dst: d,
                    m,
                    key,
                    map,
                    ok: false,
                });
                d
            }
        }
    }

    pub fn store(&mut self, p: Place, ty: TypeId, src: Reg) {
        let w = self.u.width(ty) as u16;
        match p {
            Place::Regs(r) => self.mov(r, src, w),
            Place::Discard => {}
            Place::Global(i) => {
                for k in 0..w {
                    self.emit(Op::StoreGlobal {
                        src: src + k,
                        index: i + k as u32,
                    });
                }
            }
            Place::Mem { addr, off } => self.store_words(addr, off, src, w as u32),
            Place::Map { m, key, map } => {
                // A zero-size value names no register of its own.
                let val = if w == 0 { self.temp() } else { src };
                self.emit(Op::MapStore { m, key, val, map });
            }
        }
    }

    pub fn store_words(&mut self, addr: Reg, off: u32, src: Reg, w: u32) {
        for k in 0..w {
            self.emit(Op::Store {
                src: src + k as u16,
                addr,
                off: off + 8 * k,
            });
        }
    }

    /// A place `off` slots further (a field of a struct at `p`).
    pub fn offset(&self, p: Place, slots: u32) -> Place {
        match p {
            Place::Regs(r) => Place::Regs(r + slots as u16),
            Place::Global(i) => Place::Global(i + slots),
            Place::Mem { addr, off } => Place::Mem {
                addr,
                off: off + 8 * slots,
            },
            other => other,
        }
    }
}

/// Whether a function body contains a `defer` (outside nested literals).
fn contains_defer(stmts: &[ast::Stmt]) -> bool {
    use ast::StmtKind::*;
    stmts.iter().any(|s| match &s.kind {
        Defer(_) => true,
        Block(b) => contains_defer(&b.stmts),
        If { then, els, .. } => {
            contains_defer(&then.stmts)
                || els
                    .as_ref()
                    .is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        For { body, .. } | Range { body, .. } => contains_defer(&body.stmts),
        Switch { clauses, .. } | TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| contains_defer(&c.body))
        }
        Select { clauses } => clauses.iter().any(|c| contains_defer(&c.body)),
        Labeled { stmt, .. } => contains_defer(std::slice::from_ref(stmt)),
        _ => false,
    })
}
