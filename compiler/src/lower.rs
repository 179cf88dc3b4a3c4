//! Lowering checked functions to the runtime's register bytecode.
//!
//! This first cut covers the scalar core of Go: integers of every size,
//! floats, bools, string constants, local variables, arithmetic with Go's
//! wraparound, comparisons, `&&`/`||`, `if`, `for` (three-clause, condition,
//! infinite, range over an integer), expression `switch`, `break` and
//! `continue`, calls of package functions with several results, recursion,
//! and printing with `print`/`println`/`fmt.Print`/`fmt.Println`. Anything
//! else is refused with a diagnostic that names it — never run differently.
//!
//! Registers: parameters first, then each local variable gets its own
//! register for its lifetime; temporaries are taken above them and
//! released after each statement. Calls pass arguments in a window of
//! consecutive registers at the top of the frame, where results come back.

use crate::basic::BasicKind;
use crate::check::{Program as Checked, TypeAndValue};
use crate::constant::Value;
use crate::objects::{Builtin, FileId, ObjId, ObjKind};
use crate::types::TypeId;
use grammar::ast::{self, AssignOp, BinaryOp, ExprKind, StmtKind, UnaryOp};
use grammar::{Diagnostic, LineIndex, Span};
use runtime::bytecode::{FuncId, Function, Op, PrintKind, Reg};
use runtime::interp::Program;
use std::collections::HashMap;

/// Compiles package main's functions. `path` is the source file as
/// tracebacks print it.
pub fn lower_program(
    checked: &Checked,
    file: FileId,
    ast: &ast::File,
    src: &[u8],
    path: &str,
) -> Result<(Program, FuncId), Vec<Diagnostic>> {
    let mut funcs: HashMap<ObjId, FuncId> = HashMap::new();
    let mut globals: HashMap<ObjId, u32> = HashMap::new();
    let mut var_specs: HashMap<ObjId, (&ast::ValueSpec, usize)> = HashMap::new();
    let mut decls = Vec::new();
    let mut errors = Vec::new();
    for d in &ast.decls {
        match d {
            ast::Decl::Func(f) if f.recv.is_none() && f.type_params.is_empty() => {
                if let Some(&id) = checked.info.defs.get(&(file, f.name.span)) {
                    funcs.insert(id, decls.len() as FuncId);
                    decls.push(f.as_ref());
                }
            }
            ast::Decl::Func(f) => errors.push(unsupported(
                f.name.span,
                if f.recv.is_some() {
                    "methods"
                } else {
                    "generic functions"
                },
            )),
            ast::Decl::Var(g) => {
                for spec in &g.specs {
                    for (index, n) in spec.names.iter().enumerate() {
                        if let Some(&id) = checked.info.defs.get(&(file, n.span)) {
                            globals.insert(id, globals.len() as u32);
                            var_specs.insert(id, (spec, index));
                        }
                    }
                }
            }
            ast::Decl::Type(g) => errors.push(unsupported(g.span, "type declarations")),
            _ => {}
        }
    }
    if !ast.imports.iter().all(|i| i.path.raw.as_ref() == "\"fmt\"") {
        let bad = ast
            .imports
            .iter()
            .find(|i| i.path.raw.as_ref() != "\"fmt\"")
            .unwrap();
        errors.push(unsupported(
            bad.span,
            &format!("the package {}", bad.path.raw),
        ));
    }
    let lines = LineIndex::new(src);
    let mut prog = Program::default();
    prog.set_globals(globals.len());
    let mut main = None;
    for f in &decls {
        let mut l = Lowerer::new(checked, file, &funcs, &globals, &mut prog, &lines);
        let func = l.function(f, path);
        errors.append(&mut l.errors);
        if f.name.name.as_ref() == "main" {
            main = Some(prog.funcs.len() as FuncId);
        }
        prog.funcs.push(func);
    }
    // The entry: package variables in Go's initialization order, then the
    // init functions in source order, then main.main.
    let main_fn = main.expect("the checker guarantees main");
    let inits: Vec<FuncId> = decls
        .iter()
        .filter(|f| f.name.name.as_ref() == "init")
        .filter_map(|f| checked.info.defs.get(&(file, f.name.span)))
        .map(|id| funcs[id])
        .collect();
    let order = checked
        .packages
        .iter()
        .find(|p| p.path == "main")
        .map(|p| p.init_order.clone())
        .unwrap_or_default();
    let mut l = Lowerer::new(checked, file, &funcs, &globals, &mut prog, &lines);
    let entry = l.entry(&order, &var_specs, &inits, main_fn, path);
    errors.append(&mut l.errors);
    let entry_id = prog.funcs.len() as FuncId;
    prog.funcs.push(entry);
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Err(e) = prog.verify() {
        return Err(vec![Diagnostic::error(
            ast.package.span,
            format!("minigo internal error: bad bytecode: {e}"),
        )]);
    }
    Ok((prog, entry_id))
}

fn print_kind(repr: Repr) -> PrintKind {
    match repr {
        Repr::Int { signed: true, .. } => PrintKind::Int,
        Repr::Int { signed: false, .. } => PrintKind::Uint,
        Repr::Float { f32: true } => PrintKind::Float32,
        Repr::Float { f32: false } => PrintKind::Float,
        Repr::Bool => PrintKind::Bool,
        Repr::Str => PrintKind::String,
    }
}

fn unsupported(span: Span, what: &str) -> Diagnostic {
    Diagnostic::error(span, format!("minigo cannot run {what} yet"))
        .with_note("this version's VM runs integers, floats, bools, string constants, functions and control flow")
}

/// A statement `break` can leave: a loop (which `continue` can also
/// target) or a switch.
struct Loop {
    label: Option<grammar::ast::Name>,
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

struct Lowerer<'a> {
    checked: &'a Checked,
    file: FileId,
    funcs: &'a HashMap<ObjId, FuncId>,
    /// Package-level variables: their global slot.
    globals: &'a HashMap<ObjId, u32>,
    /// Registers standing in for a global during a statement that assigns
    /// it, stored back at the statement's end.
    pending_stores: Vec<(Reg, u32)>,
    prog: &'a mut Program,
    lines: &'a LineIndex,
    code: Vec<Op>,
    line_of: Vec<u32>,
    line: u32,
    vars: HashMap<ObjId, Reg>,
    next: u16,
    max: u16,
    loops: Vec<Loop>,
    /// A label waiting for the loop or switch it names.
    pending_label: Option<grammar::ast::Name>,
    /// Registers of the function's named results, in order.
    named_results: Vec<Reg>,
    /// Where each label is, and the gotos to patch once all are known.
    label_at: HashMap<grammar::ast::Name, u32>,
    gotos: Vec<(usize, grammar::ast::Name)>,
    errors: Vec<Diagnostic>,
    results: u16,
}

/// How a value of a basic type is represented and operated on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repr {
    Int { bits: u8, signed: bool },
    Float { f32: bool },
    Bool,
    Str,
}

impl<'a> Lowerer<'a> {
    fn new(
        checked: &'a Checked,
        file: FileId,
        funcs: &'a HashMap<ObjId, FuncId>,
        globals: &'a HashMap<ObjId, u32>,
        prog: &'a mut Program,
        lines: &'a LineIndex,
    ) -> Lowerer<'a> {
        Lowerer {
            checked,
            file,
            funcs,
            globals,
            pending_stores: Vec::new(),
            prog,
            lines,
            code: Vec::new(),
            line_of: Vec::new(),
            line: 0,
            vars: HashMap::new(),
            next: 0,
            max: 0,
            loops: Vec::new(),
            pending_label: None,
            named_results: Vec::new(),
            label_at: HashMap::new(),
            gotos: Vec::new(),
            errors: Vec::new(),
            results: 0,
        }
    }

    /// The program's entry (`runtime.main`, hidden from tracebacks as in Go).
    fn entry(
        &mut self,
        order: &[ObjId],
        specs: &HashMap<ObjId, (&ast::ValueSpec, usize)>,
        inits: &[FuncId],
        main: FuncId,
        path: &str,
    ) -> Function {
        let mut done = std::collections::HashSet::new();
        for &id in order {
            if !done.insert(id) {
                continue;
            }
            let Some(&(spec, index)) = specs.get(&id) else {
                continue;
            };
            self.line = self.lines.line_col(spec.span.lo).0;
            let ty = self.checked.obj(id).ty.unwrap();
            if self.repr(ty).is_none() {
                let name = self.checked.types.display(ty, Some("main"));
                self.fail(
                    spec.names[index].span,
                    &format!("package-level variables of type {name}"),
                );
                continue;
            }
            let mark = self.next;
            if spec.values.len() == 1 && spec.names.len() > 1 {
                // var a, b = f(): every name from one call.
                let ExprKind::Call { fun, args, .. } = &spec.values[0].kind else {
                    continue;
                };
                let Some(base) = self.call(&spec.values[0], fun, args) else {
                    continue;
                };
                for (i, n) in spec.names.iter().enumerate() {
                    if let Some(other) = self.checked.info.defs.get(&(self.file, n.span)) {
                        done.insert(*other);
                        self.emit(Op::StoreGlobal {
                            src: base + i as u16,
                            index: self.globals[other],
                        });
                    }
                }
            } else if let Some(v) = spec.values.get(index) {
                if let Some(r) = self.operand(v) {
                    self.emit(Op::StoreGlobal {
                        src: r,
                        index: self.globals[&id],
                    });
                }
            }
            self.next = mark;
        }
        let base = self.temp();
        for &f in inits.iter().chain(std::iter::once(&main)) {
            self.emit(Op::Call { func: f, base });
        }
        self.emit(Op::Return {
            src: base,
            count: 0,
        });
        Function {
            name: "runtime.main".into(),
            code: std::mem::take(&mut self.code),
            frame_size: self.max.max(1),
            params: 0,
            results: 0,
            lines: std::mem::take(&mut self.line_of),
            file: path.to_string(),
        }
    }

    /// Writes back globals assigned by the statement just lowered.
    fn flush_stores(&mut self) {
        for (src, index) in std::mem::take(&mut self.pending_stores) {
            self.emit(Op::StoreGlobal { src, index });
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.line_of.push(self.line);
        self.code.len() - 1
    }

    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.code[at] {
            Op::Jump { to: t }
            | Op::JumpIf { to: t, .. }
            | Op::JumpIfNot { to: t, .. }
            | Op::JumpIfNotLtInt { to: t, .. }
            | Op::JumpIfNotLeInt { to: t, .. }
            | Op::JumpIfNotEqInt { to: t, .. }
            | Op::JumpIfNotNeInt { to: t, .. }
            | Op::JumpIfNotCmpImm { to: t, .. }
            | Op::Loop { to: t } => *t = to,
            _ => unreachable!("patching a non-jump"),
        }
    }

    fn temp(&mut self) -> Reg {
        let r = self.next;
        self.next += 1;
        self.max = self.max.max(self.next);
        r
    }

    fn fail(&mut self, span: Span, what: &str) {
        self.errors.push(unsupported(span, what));
    }

    fn tv(&self, e: &ast::Expr) -> Option<&TypeAndValue> {
        self.checked.info.types.get(&(self.file, e.span))
    }

    fn repr(&self, t: TypeId) -> Option<Repr> {
        let k = self.checked.types.basic_kind(t)?;
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

    fn type_of(&mut self, e: &ast::Expr) -> Option<(TypeId, Repr)> {
        let t = self.tv(e)?.ty;
        match self.repr(t) {
            Some(r) => Some((t, r)),
            None => {
                let name = self.checked.types.display(t, Some("main"));
                self.fail(e.span, &format!("values of type {name}"));
                None
            }
        }
    }

    fn function(&mut self, f: &ast::FuncDecl, path: &str) -> Function {
        self.line = self.lines.line_col(f.span.lo).0;
        let mut params = 0u16;
        for p in &f.sig.params {
            for n in &p.names {
                let reg = self.temp();
                if let Some(&id) = self.checked.info.defs.get(&(self.file, n.span)) {
                    self.vars.insert(id, reg);
                }
                params += 1;
            }
            if p.names.is_empty() {
                self.temp();
                params += 1;
            }
            self.check_param_type(&p.ty);
        }
        let mut results = 0u16;
        for r in &f.sig.results {
            // Named results are variables, zero at entry (frames are zeroed).
            for n in &r.names {
                let reg = self.temp();
                if let Some(&id) = self.checked.info.defs.get(&(self.file, n.span)) {
                    self.vars.insert(id, reg);
                }
                self.named_results.push(reg);
            }
            results += r.names.len().max(1) as u16;
            self.check_param_type(&r.ty);
        }
        self.results = results;
        // The result window must fit in the frame too.
        self.max = self.max.max(results);
        if let Some(body) = &f.body {
            self.block(&body.stmts);
        }
        for (j, name) in std::mem::take(&mut self.gotos) {
            let to = self.label_at[&name];
            self.patch(j, to);
        }
        // Falling off the end of a function without results.
        self.line = self.lines.line_col(f.span.hi.saturating_sub(1)).0;
        let r = self.temp();
        self.emit(Op::Return { src: r, count: 0 });
        if results > 0 && !self.named_results.is_empty() {
            let last = self.code.len() - 1;
            self.code[last] = Op::Return {
                src: self.named_results[0],
                count: results,
            };
        } else if results > 0 {
            // Unreachable (the checker proved every path returns), but the
            // verifier wants a well-formed Return.
            let last = self.code.len() - 1;
            self.code[last] = Op::Return {
                src: 0,
                count: results,
            };
        }
        Function {
            name: format!("main.{}", f.name.name),
            code: std::mem::take(&mut self.code),
            frame_size: self.max.max(1),
            params,
            results,
            lines: std::mem::take(&mut self.line_of),
            file: path.to_string(),
        }
    }

    fn check_param_type(&mut self, t: &ast::Expr) {
        if let Some(tv) = self.tv(t) {
            if self.repr(tv.ty).is_none() {
                let name = self.checked.types.display(tv.ty, Some("main"));
                self.fail(t.span, &format!("values of type {name}"));
            }
        }
    }

    // ---- statements ----------------------------------------------------

    fn block(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            let mark = self.next;
            self.stmt(s);
            // Temporaries die with the statement; locals it declared stay.
            self.next = self.next.max(mark);
            self.release_to_locals(mark);
        }
    }

    /// Frees temporaries above the highest local register.
    fn release_to_locals(&mut self, mark: u16) {
        let top_local = self.vars.values().map(|&r| r + 1).max().unwrap_or(0);
        self.next = mark.max(top_local);
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        self.stmt_inner(s);
        // Globals the statement assigned are stored before anything else runs
        // (this also covers the init and post statements of if/for/switch).
        self.flush_stores();
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) {
        self.line = self.lines.line_col(s.span.lo).0;
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Decl(ast::Decl::Const(_)) => {}
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    self.define(&spec.names, &spec.values);
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            } => {
                let names: Vec<ast::Ident> = lhs
                    .iter()
                    .filter_map(|e| {
                        if let ExprKind::Ident(i) = &e.kind {
                            Some(i.clone())
                        } else {
                            None
                        }
                    })
                    .collect();
                // Variables redeclared by := are assigned; new ones defined.
                let all_new = names
                    .iter()
                    .all(|n| self.checked.info.defs.contains_key(&(self.file, n.span)));
                if all_new {
                    self.define(&names, rhs);
                } else {
                    // Mixed: the new names get registers, then it is an assignment.
                    for n in &names {
                        if let Some(&obj) = self.checked.info.defs.get(&(self.file, n.span)) {
                            let r = self.temp();
                            self.vars.insert(obj, r);
                        }
                    }
                    self.assign(lhs, rhs, s.span);
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign,
                rhs,
            } => self.assign(lhs, rhs, s.span),
            StmtKind::Assign {
                lhs,
                op: AssignOp::Op(op),
                rhs,
            } => {
                let Some(dst) = self.lvalue(&lhs[0]) else {
                    return;
                };
                let Some((_, repr)) = self.type_of(&lhs[0]) else {
                    return;
                };
                let count_signed = self.signed_count(&rhs[0]);
                let y = self.operand(&rhs[0]);
                if let Some(y) = y {
                    self.binop(*op, repr, dst, dst, y, count_signed, s.span);
                }
            }
            StmtKind::IncDec { x, inc } => {
                let Some(dst) = self.lvalue(x) else { return };
                let Some((_, repr)) = self.type_of(x) else {
                    return;
                };
                match repr {
                    Repr::Int { bits, signed } => {
                        self.emit(Op::AddIntImm {
                            dst,
                            a: dst,
                            imm: if *inc { 1 } else { -1 },
                        });
                        self.wrap(dst, bits, signed);
                    }
                    Repr::Float { f32 } => {
                        let one = self.temp();
                        self.emit(Op::LoadFloat {
                            dst: one,
                            value: 1.0,
                        });
                        if *inc {
                            self.emit(Op::AddFloat {
                                dst,
                                a: dst,
                                b: one,
                            });
                        } else {
                            self.emit(Op::SubFloat {
                                dst,
                                a: dst,
                                b: one,
                            });
                        }
                        if f32 {
                            self.emit(Op::RoundF32 { dst });
                        }
                    }
                    _ => {}
                }
            }
            StmtKind::Return(results) => self.return_stmt(results, s.span),
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
                        self.release_to_locals(mark);
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
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
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
            StmtKind::Range {
                key,
                value: None,
                define,
                x,
                body,
            } if self.is_int_range(x) => {
                // for i := range n
                let Some(n) = self.operand(x) else { return };
                let limit = self.temp();
                self.emit(Op::Move { dst: limit, src: n });
                let counter = self.temp();
                self.emit(Op::LoadInt {
                    dst: counter,
                    value: 0,
                });
                let key_reg = match key {
                    Some(k) if *define => {
                        let ExprKind::Ident(id) = &k.kind else { return };
                        match self.checked.info.defs.get(&(self.file, id.span)) {
                            Some(&obj) => {
                                let r = self.temp();
                                self.vars.insert(obj, r);
                                Some(r)
                            }
                            None => None, // `_`
                        }
                    }
                    Some(k) => {
                        let r = self.lvalue(k);
                        if !self.pending_stores.is_empty() {
                            // The key is assigned on every iteration, not once.
                            self.pending_stores.clear();
                            return self.fail(k.span, "range loops over package-level variables");
                        }
                        r
                    }
                    None => None,
                };
                let top = self.here();
                let cond = self.temp();
                self.emit(Op::LtInt {
                    dst: cond,
                    a: counter,
                    b: limit,
                });
                let exit = self.emit(Op::JumpIfNot { cond, to: 0 });
                if let Some(k) = key_reg {
                    // Go 1.22: each iteration has its own variable; with no
                    // closures yet, a copy is all that requires.
                    self.emit(Op::Move {
                        dst: k,
                        src: counter,
                    });
                }
                self.open_loop();
                self.block(&body.stmts);
                let cont = self.here();
                self.emit(Op::AddIntImm {
                    dst: counter,
                    a: counter,
                    imm: 1,
                });
                self.emit(Op::Loop { to: top });
                let end = self.here();
                self.patch(exit, end);
                self.close_loop(cont, end);
            }
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
                    StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. }
                ) {
                    self.pending_label = Some(label.name.clone());
                }
                self.stmt(stmt);
            }
            StmtKind::Goto(label) => {
                // The checker has verified the jump (no skipped declarations,
                // no entry into a block). A backward goto is a loop's back edge.
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
            _ => self.fail(s.span, "this kind of statement"),
        }
    }

    /// Starts a loop (named by a pending label, if any).
    fn open_loop(&mut self) {
        let label = self.pending_label.take();
        self.loops.push(Loop {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
    }

    /// Ends the innermost loop: its breaks jump to `end`, its continues to `cont`.
    fn close_loop(&mut self, cont: u32, end: u32) {
        let l = self.loops.pop().expect("a loop is open");
        for b in l.breaks {
            self.patch(b, end);
        }
        for c in l.continues {
            self.patch(c, cont);
        }
    }

    fn is_int_range(&self, x: &ast::Expr) -> bool {
        self.tv(x)
            .and_then(|t| self.checked.types.basic_kind(t.ty))
            .is_some_and(|k| k.is_integer())
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
                let Some(r) = self.operand(t) else { return };
                let Some((_, repr)) = self.type_of(t) else {
                    return;
                };
                // Keep the tag in its own register for all the cases.
                let keep = self.temp();
                self.emit(Op::Move { dst: keep, src: r });
                Some((keep, repr))
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
                let Some(v) = self.operand(e) else { return };
                let cond = match tag {
                    Some((t, repr)) => {
                        let d = self.temp();
                        self.compare(BinaryOp::Eql, repr, d, t, v);
                        d
                    }
                    None => v,
                };
                jumps.push(self.emit(Op::JumpIf { cond, to: 0 }));
                self.next = mark;
            }
            to_body.push(jumps);
        }
        // No case matched: the default clause, or the end.
        let no_match = self.emit(Op::Jump { to: 0 });
        self.loops.push(Loop {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut ends = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            let body = self.here();
            for &j in &to_body[i] {
                self.patch(j, body);
            }
            if c.exprs.is_none() {
                self.patch(no_match, body);
            }
            self.block(&c.body);
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

    fn expr_stmt(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if let Some(kind) = self.print_call(fun) {
                    return self.print(kind, args);
                }
                if self.is_fmt(fun, "Printf") {
                    return self.printf(e, args);
                }
                self.call(e, fun, args);
            }
            _ => self.fail(e.span, "this expression statement"),
        }
    }

    /// print, println, fmt.Print, fmt.Println: (newline, spaces, stderr).
    fn print_call(&self, fun: &ast::Expr) -> Option<(bool, bool, bool)> {
        let id = match &fun.kind {
            ExprKind::Ident(_) => self.checked.info.uses.get(&(self.file, fun.span))?,
            ExprKind::Selector { sel, .. } => self.checked.info.uses.get(&(self.file, sel.span))?,
            _ => return None,
        };
        let obj = self.checked.obj(*id);
        match (&obj.kind, obj.pkg.as_ref(), obj.name.as_ref()) {
            (ObjKind::Builtin(Builtin::Println), _, _) => Some((true, true, true)),
            (ObjKind::Builtin(Builtin::Print), _, _) => Some((false, false, true)),
            (ObjKind::Func, "fmt", "Println") => Some((true, true, false)),
            (ObjKind::Func, "fmt", "Print") => Some((false, false, false)),
            _ => None,
        }
    }

    fn print(&mut self, (newline, spaces, stderr): (bool, bool, bool), args: &[ast::Expr]) {
        // print(f()) with several results prints each of them.
        let spread = match args {
            [one] => match self.tv(one).map(|t| self.checked.types.get(t.ty).clone()) {
                Some(crate::types::Type::Tuple(ts)) => Some(ts),
                _ => None,
            },
            _ => None,
        };
        let spread_call = match (spread, args.first().map(|a| &a.kind)) {
            (
                Some(types),
                Some(ExprKind::Call {
                    fun,
                    args: call_args,
                    ..
                }),
            ) => Some((types, fun, call_args)),
            _ => None,
        };
        if let Some((types, fun, call_args)) = spread_call {
            let Some(base) = self.call(&args[0], fun, call_args) else {
                return;
            };
            for (i, t) in types.iter().enumerate() {
                let Some(repr) = self.repr(*t) else {
                    return self.fail(args[0].span, "printing these results");
                };
                if i > 0 && spaces {
                    self.emit(Op::PrintSpace);
                }
                self.emit(Op::Print {
                    src: base + i as u16,
                    kind: print_kind(repr),
                });
            }
            if newline {
                self.emit(Op::PrintNewline);
            }
            self.emit(Op::PrintFlush { stderr });
            return;
        }
        // Go evaluates every operand before printing anything (an operand
        // may panic, or print itself).
        let mut values = Vec::new();
        for a in args {
            let Some((_, repr)) = self.type_of(a) else {
                return;
            };
            let Some(r) = self.operand(a) else { return };
            values.push((r, repr));
        }
        let mut prev_string = true;
        for (i, (r, repr)) in values.into_iter().enumerate() {
            let is_string = repr == Repr::Str;
            // fmt.Print separates operands with a space when neither is a string.
            if i > 0 && (spaces || (!is_string && !prev_string)) {
                self.emit(Op::PrintSpace);
            }
            prev_string = is_string;
            self.emit(Op::Print {
                src: r,
                kind: print_kind(repr),
            });
        }
        if newline {
            self.emit(Op::PrintNewline);
        }
        self.emit(Op::PrintFlush { stderr });
    }

    fn is_fmt(&self, fun: &ast::Expr, name: &str) -> bool {
        let ExprKind::Selector { sel, .. } = &fun.kind else {
            return false;
        };
        let Some(id) = self.checked.info.uses.get(&(self.file, sel.span)) else {
            return false;
        };
        let obj = self.checked.obj(*id);
        obj.pkg.as_ref() == "fmt" && obj.name.as_ref() == name
    }

    /// fmt.Printf with a constant format: the format is split at compile
    /// time into text and directives; each argument is checked against its
    /// verb here, and a mismatch prints Go's `%!d(string=hi)` form.
    fn printf(&mut self, e: &ast::Expr, args: &[ast::Expr]) {
        let Some(Value::String(format)) = self.tv(&args[0]).and_then(|t| t.value.clone()) else {
            return self.fail(args[0].span, "Printf with a format that is not a constant");
        };
        let format = String::from_utf8_lossy(&format).into_owned();
        // Every argument is evaluated first, as in Go.
        let mut values = Vec::new();
        for a in &args[1..] {
            let Some((ty, repr)) = self.type_of(a) else {
                return;
            };
            let Some(r) = self.operand(a) else { return };
            values.push((r, repr, self.checked.types.display(ty, None)));
        }
        let mut next_arg = 0;
        let mut rest = format.as_str();
        while let Some(pct) = rest.find('%') {
            self.print_text(&rest[..pct]);
            rest = &rest[pct + 1..];
            if let Some(r) = rest.strip_prefix('%') {
                self.print_text("%");
                rest = r;
                continue;
            }
            let Some((spec, used)) = runtime::format::Spec::parse(rest) else {
                return self.fail(e.span, "this Printf directive (* widths or [n] indexes)");
            };
            rest = &rest[used..];
            let Some((reg, repr, tname)) = values.get(next_arg).cloned() else {
                self.print_text(&format!("%!{}(MISSING)", spec.verb));
                continue;
            };
            next_arg += 1;
            if spec.verb == 'T' {
                // The type is known here: print its name as a %s would.
                let shown = runtime::format::format_str(
                    &runtime::format::Spec { verb: 's', ..spec },
                    tname.as_bytes(),
                );
                self.print_text(&shown.unwrap_or_default());
                continue;
            }
            let kind = print_kind(repr);
            let ok = match repr {
                Repr::Int { .. } => "vdboOxXcqU".contains(spec.verb),
                Repr::Float { .. } => "veEfFgG".contains(spec.verb),
                Repr::Bool => "vt".contains(spec.verb),
                Repr::Str => "vsqxX".contains(spec.verb),
            };
            if ok {
                self.prog.specs.push(spec);
                let index = self.prog.specs.len() as u32 - 1;
                self.emit(Op::PrintFmt {
                    src: reg,
                    kind,
                    spec: index,
                });
            } else {
                // Go: %!verb(type=value)
                self.print_text(&format!("%!{}({tname}=", spec.verb));
                self.emit(Op::Print { src: reg, kind });
                self.print_text(")");
            }
        }
        self.print_text(rest);
        if next_arg < values.len() {
            self.print_text("%!(EXTRA ");
            for (i, (reg, repr, tname)) in values[next_arg..].iter().cloned().enumerate() {
                if i > 0 {
                    self.print_text(", ");
                }
                self.print_text(&format!("{tname}="));
                self.emit(Op::Print {
                    src: reg,
                    kind: print_kind(repr),
                });
            }
            self.print_text(")");
        }
        self.emit(Op::PrintFlush { stderr: false });
    }

    /// Prints constant text (nothing for an empty string).
    fn print_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let index = self.prog.add_string(text.as_bytes());
        let r = self.temp();
        self.emit(Op::LoadStr { dst: r, index });
        self.emit(Op::Print {
            src: r,
            kind: PrintKind::String,
        });
    }

    /// `var`/`:=`: new variables, each with its own register.
    fn define(&mut self, names: &[ast::Ident], values: &[ast::Expr]) {
        if values.len() == 1 && names.len() > 1 {
            // a, b := f()
            let ExprKind::Call { fun, args, .. } = &values[0].kind else {
                return self.fail(values[0].span, "this multi-value assignment");
            };
            let Some(base) = self.call(&values[0], fun, args) else {
                return;
            };
            for (i, n) in names.iter().enumerate() {
                if let Some(&obj) = self.checked.info.defs.get(&(self.file, n.span)) {
                    let r = self.temp();
                    self.emit(Op::Move {
                        dst: r,
                        src: base + i as u16,
                    });
                    self.vars.insert(obj, r);
                }
            }
            return;
        }
        for (i, n) in names.iter().enumerate() {
            let Some(&obj) = self.checked.info.defs.get(&(self.file, n.span)) else {
                if let Some(v) = values.get(i) {
                    self.operand(v);
                }
                continue;
            };
            let ty = self.checked.obj(obj).ty.unwrap();
            if self.repr(ty).is_none() {
                let name = self.checked.types.display(ty, Some("main"));
                return self.fail(n.span, &format!("values of type {name}"));
            }
            let r = self.temp();
            match values.get(i) {
                Some(v) => {
                    if let Some(src) = self.operand(v) {
                        self.emit(Op::Move { dst: r, src });
                    }
                }
                None => {
                    // The zero value.
                    self.emit(Op::LoadInt { dst: r, value: 0 });
                }
            }
            self.vars.insert(obj, r);
        }
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], span: Span) {
        if rhs.len() == 1 && lhs.len() > 1 {
            let ExprKind::Call { fun, args, .. } = &rhs[0].kind else {
                return self.fail(span, "this multi-value assignment");
            };
            let Some(base) = self.call(&rhs[0], fun, args) else {
                return;
            };
            for (i, l) in lhs.iter().enumerate() {
                if let Some(dst) = self.lvalue(l) {
                    self.emit(Op::Move {
                        dst,
                        src: base + i as u16,
                    });
                }
            }
            return;
        }
        // Evaluate every right-hand side before assigning (x, y = y, x).
        let mut vals = Vec::new();
        for v in rhs {
            let Some(r) = self.operand(v) else { return };
            let t = self.temp();
            self.emit(Op::Move { dst: t, src: r });
            vals.push(t);
        }
        for (l, v) in lhs.iter().zip(vals) {
            if let Some(dst) = self.lvalue(l) {
                self.emit(Op::Move { dst, src: v });
            }
        }
    }

    /// The register of an assignable expression (a local variable); None
    /// for `_` or after reporting what cannot be assigned yet.
    fn lvalue(&mut self, e: &ast::Expr) -> Option<Reg> {
        match &e.kind {
            ExprKind::Ident(id) if id.name.as_ref() == "_" => None,
            ExprKind::Ident(_) => {
                let key = (self.file, e.span);
                let Some(&obj) = self
                    .checked
                    .info
                    .uses
                    .get(&key)
                    .or_else(|| self.checked.info.defs.get(&key))
                else {
                    self.fail(e.span, "this assignment");
                    return None;
                };
                if let Some(&r) = self.vars.get(&obj) {
                    return Some(r);
                }
                // A global: work on a register, stored back after the statement.
                let index = *self.globals.get(&obj)?;
                let r = self.temp();
                self.emit(Op::LoadGlobal { dst: r, index });
                self.pending_stores.push((r, index));
                Some(r)
            }
            ExprKind::Paren(x) => self.lvalue(x),
            _ => {
                self.fail(e.span, "this kind of assignment");
                None
            }
        }
    }

    fn return_stmt(&mut self, results: &[ast::Expr], span: Span) {
        if results.is_empty() {
            // A bare return: the named results (consecutive registers), or nothing.
            let src = self.named_results.first().copied().unwrap_or(0);
            let _ = span;
            self.emit(Op::Return {
                src,
                count: self.results,
            });
            return;
        }
        if results.len() == 1 && self.results > 1 {
            // return f() with several results
            let ExprKind::Call { fun, args, .. } = &results[0].kind else {
                return;
            };
            let Some(base) = self.call(&results[0], fun, args) else {
                return;
            };
            self.emit(Op::Return {
                src: base,
                count: self.results,
            });
            return;
        }
        // Results go to consecutive temporaries, then back to the caller.
        let vals: Vec<Reg> = results.iter().filter_map(|r| self.operand(r)).collect();
        if vals.len() != results.len() {
            return;
        }
        if vals.len() == 1 {
            self.emit(Op::Return {
                src: vals[0],
                count: 1,
            });
            return;
        }
        let base = self.next;
        for v in vals {
            let t = self.temp();
            self.emit(Op::Move { dst: t, src: v });
        }
        self.emit(Op::Return {
            src: base,
            count: results.len() as u16,
        });
    }

    // ---- expressions ---------------------------------------------------

    /// A register holding `e`'s value: a variable's own register, or a
    /// temporary. `None` only after an error was reported: no expression is
    /// ever silently dropped.
    fn operand(&mut self, e: &ast::Expr) -> Option<Reg> {
        let before = self.errors.len();
        let r = self.operand_inner(e);
        if r.is_none() && self.errors.len() == before {
            self.fail(e.span, "this expression");
        }
        r
    }

    fn operand_inner(&mut self, e: &ast::Expr) -> Option<Reg> {
        if let Some(tv) = self.tv(e) {
            if let Some(v) = tv.value.clone() {
                let ty = tv.ty;
                return self.constant(e, &v, ty);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.operand(x),
            ExprKind::Ident(_) => {
                let obj = *self.checked.info.uses.get(&(self.file, e.span))?;
                if let Some(&r) = self.vars.get(&obj) {
                    return Some(r);
                }
                let Some(&index) = self.globals.get(&obj) else {
                    self.fail(e.span, "this name");
                    return None;
                };
                let r = self.temp();
                self.emit(Op::LoadGlobal { dst: r, index });
                Some(r)
            }
            ExprKind::Binary {
                op: op @ (BinaryOp::LAnd | BinaryOp::LOr),
                x,
                y,
            } => {
                let dst = self.temp();
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
            ExprKind::Binary {
                op: op @ (BinaryOp::Add | BinaryOp::Sub),
                x,
                y,
            } if matches!(
                self.tv(e).and_then(|t| self.repr(t.ty)),
                Some(Repr::Int { .. })
            ) && self.small_int(y).is_some() =>
            {
                let Some(Repr::Int { bits, signed }) = self.tv(e).and_then(|t| self.repr(t.ty))
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
                let dst = self.temp();
                self.emit(Op::AddIntImm { dst, a, imm });
                self.wrap(dst, bits, signed);
                Some(dst)
            }
            ExprKind::Binary { op, x, y } => {
                let is_cmp = op.is_comparison();
                // Comparisons work at the operands' type; arithmetic at the
                // result's, which for `1 << s` is the type its context gave it.
                let (_, repr) = if is_cmp {
                    self.type_of(x)?
                } else {
                    self.type_of(e)?
                };
                let count_signed = self.signed_count(y);
                let a = self.operand(x)?;
                let b = self.operand(y)?;
                let dst = self.temp();
                if is_cmp {
                    self.compare(*op, repr, dst, a, b);
                } else {
                    self.binop(*op, repr, dst, a, b, count_signed, e.span);
                }
                Some(dst)
            }
            ExprKind::Unary { op, x } => {
                let (_, repr) = self.type_of(e)?;
                let a = self.operand(x)?;
                let dst = self.temp();
                match (op, repr) {
                    (UnaryOp::Pos, _) => {
                        self.emit(Op::Move { dst, src: a });
                    }
                    (UnaryOp::Neg, Repr::Int { bits, signed }) => {
                        self.emit(Op::NegInt { dst, a });
                        self.wrap(dst, bits, signed);
                    }
                    (UnaryOp::Neg, Repr::Float { .. }) => {
                        self.emit(Op::NegFloat { dst, a });
                    }
                    (UnaryOp::Xor, Repr::Int { bits, signed }) => {
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
            ExprKind::Call { fun, args, .. } => {
                if let Some(t) = self.tv(fun) {
                    // A conversion T(x).
                    if self.is_type(fun) {
                        let to = t.ty;
                        return self.convert(&args[0], to, e.span);
                    }
                }
                let base = self.call(e, fun, args)?;
                Some(base)
            }
            _ => {
                self.fail(e.span, "this kind of expression");
                None
            }
        }
    }

    /// A jump taken when `cond` is false, fusing an integer comparison into
    /// the branch when it can.
    fn branch_unless(&mut self, cond: &ast::Expr) -> Option<usize> {
        if let ExprKind::Binary { op, x, y } = &cond.kind {
            let is_cmp = op.is_comparison();
            let signed_int = self.tv(x).and_then(|t| self.repr(t.ty))
                == Some(Repr::Int {
                    bits: 64,
                    signed: true,
                })
                || matches!(
                    self.tv(x).and_then(|t| self.repr(t.ty)),
                    Some(Repr::Int { signed: true, .. })
                );
            if is_cmp && signed_int && self.tv(cond).is_some_and(|t| t.value.is_none()) {
                if let Some(imm) = self.small_int(y) {
                    use runtime::bytecode::CmpImm;
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

    /// A small integer constant operand (for immediate forms).
    fn small_int(&self, e: &ast::Expr) -> Option<i32> {
        let v = self.tv(e)?.value.as_ref()?.as_i64()?;
        i32::try_from(v).ok().filter(|&v| v != i32::MIN)
    }

    fn is_type(&self, fun: &ast::Expr) -> bool {
        let id = match &fun.kind {
            ExprKind::Ident(_) => self.checked.info.uses.get(&(self.file, fun.span)),
            ExprKind::Paren(x) => return self.is_type(x),
            _ => None,
        };
        id.is_some_and(|id| matches!(self.checked.obj(*id).kind, ObjKind::TypeName))
    }

    fn convert(&mut self, x: &ast::Expr, to: TypeId, span: Span) -> Option<Reg> {
        let (_, from) = self.type_of(x)?;
        let Some(to) = self.repr(to) else {
            self.fail(span, "this conversion");
            return None;
        };
        let a = self.operand(x)?;
        let dst = self.temp();
        match (from, to) {
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

    fn constant(&mut self, e: &ast::Expr, v: &Value, ty: TypeId) -> Option<Reg> {
        let dst = self.temp();
        match (self.repr(ty), v) {
            (Some(Repr::Bool), Value::Bool(b)) => {
                self.emit(Op::LoadInt {
                    dst,
                    value: *b as i64,
                });
            }
            (Some(Repr::Str), Value::String(s)) => {
                let index = self.prog.add_string(s);
                self.emit(Op::LoadStr { dst, index });
            }
            (Some(Repr::Float { .. }), v) => {
                self.emit(Op::LoadFloat {
                    dst,
                    value: v.as_f64().unwrap_or(0.0),
                });
            }
            (Some(Repr::Int { signed, .. }), v) => {
                let value = if signed {
                    v.as_i64()?
                } else {
                    v.as_u64()? as i64
                };
                self.emit(Op::LoadInt { dst, value });
            }
            _ => {
                self.fail(e.span, "this constant");
                return None;
            }
        }
        Some(dst)
    }

    fn wrap(&mut self, dst: Reg, bits: u8, signed: bool) {
        if bits < 64 {
            self.emit(Op::Wrap { dst, bits, signed });
        }
    }

    /// Whether a shift count of this expression's type may be negative (an
    /// unsigned count never is, whatever its bits say).
    fn signed_count(&self, count: &ast::Expr) -> bool {
        !matches!(
            self.tv(count).and_then(|t| self.repr(t.ty)),
            Some(Repr::Int { signed: false, .. })
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn binop(
        &mut self,
        op: BinaryOp,
        repr: Repr,
        dst: Reg,
        a: Reg,
        b: Reg,
        count_signed: bool,
        span: Span,
    ) {
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
                    _ => return self.fail(span, "this operator"),
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
                    _ => return self.fail(span, "this operator"),
                };
                self.emit(o);
                if f32 {
                    self.emit(Op::RoundF32 { dst });
                }
            }
            _ => self.fail(span, "this operator on strings or bools"),
        }
    }

    fn compare(&mut self, op: BinaryOp, repr: Repr, dst: Reg, a: Reg, b: Reg) {
        // a > b is b < a; a >= b is b <= a.
        let (op, a, b) = match op {
            BinaryOp::Gtr => (BinaryOp::Lss, b, a),
            BinaryOp::Geq => (BinaryOp::Leq, b, a),
            o => (o, a, b),
        };
        let o = match (repr, op) {
            (Repr::Int { .. } | Repr::Bool, BinaryOp::Eql) => Op::EqInt { dst, a, b },
            (Repr::Int { .. } | Repr::Bool, BinaryOp::Neq) => Op::NeInt { dst, a, b },
            (Repr::Int { signed: true, .. }, BinaryOp::Lss) => Op::LtInt { dst, a, b },
            (Repr::Int { signed: true, .. }, BinaryOp::Leq) => Op::LeInt { dst, a, b },
            (Repr::Int { signed: false, .. }, BinaryOp::Lss) => Op::LtUint { dst, a, b },
            (Repr::Int { signed: false, .. }, BinaryOp::Leq) => Op::LeUint { dst, a, b },
            (Repr::Float { .. }, BinaryOp::Eql) => Op::EqFloat { dst, a, b },
            (Repr::Float { .. }, BinaryOp::Neq) => Op::NeFloat { dst, a, b },
            (Repr::Float { .. }, BinaryOp::Lss) => Op::LtFloat { dst, a, b },
            (Repr::Float { .. }, BinaryOp::Leq) => Op::LeFloat { dst, a, b },
            (Repr::Str, BinaryOp::Eql) => Op::EqStr { dst, a, b },
            (Repr::Str, BinaryOp::Neq) => {
                self.emit(Op::EqStr { dst, a, b });
                Op::Not { dst, a: dst }
            }
            (Repr::Str, BinaryOp::Lss) => Op::LtStr { dst, a, b },
            (Repr::Str, BinaryOp::Leq) => {
                // a <= b is !(b < a)
                self.emit(Op::LtStr { dst, a: b, b: a });
                Op::Not { dst, a: dst }
            }
            _ => unreachable!("the checker allows no other comparison"),
        };
        self.emit(o);
    }

    /// A call of a package function: arguments in a window at the top of
    /// the frame; returns the window's base, where the results are.
    fn call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr]) -> Option<Reg> {
        let ExprKind::Ident(_) = &fun.kind else {
            self.fail(e.span, "calls of this kind");
            return None;
        };
        let obj = *self.checked.info.uses.get(&(self.file, fun.span))?;
        let Some(&callee) = self.funcs.get(&obj) else {
            let name = self.checked.obj(obj).name.clone();
            self.fail(e.span, &format!("calls of {name}"));
            return None;
        };
        let sig = self
            .checked
            .types
            .signature(self.checked.obj(obj).ty?)?
            .clone();
        if sig.variadic {
            self.fail(e.span, "variadic calls");
            return None;
        }
        // Arguments are evaluated first (they may call too), then copied
        // into the window.
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.operand(a)?);
        }
        let base = self.next;
        let window = (sig.params.len().max(sig.results.len())) as u16;
        for _ in 0..window {
            self.temp();
        }
        for (i, v) in vals.into_iter().enumerate() {
            self.emit(Op::Move {
                dst: base + i as u16,
                src: v,
            });
        }
        self.emit(Op::Call { func: callee, base });
        Some(base)
    }
}
