//! Calls: of functions, methods (static and through interfaces), func
//! values, natives and fmt; builtins; function literals; `defer`.
//!
//! A call is lowered in two steps: `prepare` evaluates the callee and the
//! arguments (in Go's order) into registers, `emit_plan` copies them into
//! the call window and calls. `defer` uses the first step now and the
//! second inside a small generated function that runs later.

use super::expr::Repr;
use super::func::{Lowerer, Place, Var};
use super::stmt::strip_parens;
use crate::basic::BasicKind;
use crate::objects::{Builtin, ObjKind};
use crate::types::{Type, TypeId};
use grammar::ast::{self, ExprKind};
use grammar::Span;
use runtime::bytecode::{CmpImm, FmtOp, FuncId, Op, Reg};

#[derive(Clone, Copy, Debug)]
pub enum Callee {
    /// A function or method by id (receiver first among the values).
    Static(FuncId),
    /// A func value: the first value.
    Closure,
    /// A method through an interface: the first value is the interface.
    Iface(u32),
    Native(u32),
    Fmt(FmtOp, bool),
}

/// An evaluated call, ready to be made.
pub struct Plan {
    pub callee: Callee,
    /// The values passed, in order: (register, width).
    pub vals: Vec<(Reg, u16)>,
    pub results: Vec<TypeId>,
}

impl Lowerer<'_, '_> {
    /// A call expression: its results' first register (when it has any).
    pub fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Reg> {
        if let Some(newline) = self.print_builtin(fun) {
            self.print(newline, args);
            return Some(0);
        }
        if let Some(b) = self.builtin_of(fun) {
            return self.builtin(e, b, args, spread);
        }
        if let Some(r) = self.log_call(e, fun, args, spread) {
            return r;
        }
        let plan = self.prepare(e, fun, args, spread)?;
        Some(self.emit_plan(&plan))
    }

    /// `log.Print*`, `Fatal*`, `Panic*`: the message formatted as fmt does,
    /// then the logger's native. `None` when `fun` is not one of those.
    fn log_call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Option<Reg>> {
        let ExprKind::Selector { x, sel } = &strip_parens(fun).kind else {
            return None;
        };
        // The standard logger (`log.Println`) or a `*log.Logger`.
        let logger = match &x.kind {
            ExprKind::Ident(p)
                if self.u.use_of(p.span).is_some_and(|id| {
                    matches!(self.u.checked.obj(id).kind, ObjKind::PkgName(i)
                        if self.u.checked.packages[i].path == "log")
                }) =>
            {
                false
            }
            _ => {
                let xt = self.tv_type(x)?;
                let Type::Pointer(p) = self.u.under(xt).clone() else {
                    return None;
                };
                let n = self.u.types.named_info(p)?;
                if n.pkg.as_ref() != "log" || n.name.as_ref() != "Logger" {
                    return None;
                }
                true
            }
        };
        let (format, what) = match sel.name.as_ref() {
            "Print" => ("Sprint", "print"),
            "Printf" => ("Sprintf", "print"),
            "Println" => ("Sprintln", "print"),
            "Fatal" => ("Sprint", "fatal"),
            "Fatalf" => ("Sprintf", "fatal"),
            "Fatalln" => ("Sprintln", "fatal"),
            "Panic" => ("Sprint", "panic"),
            "Panicf" => ("Sprintf", "panic"),
            "Panicln" => ("Sprintln", "panic"),
            _ => return None,
        };
        // Go evaluates the logger before the arguments.
        let mut vals = Vec::new();
        if logger {
            let Some(l) = self.operand(x) else {
                return Some(None);
            };
            vals.push((l, 1));
        }
        let Some(mut text) = self.fmt_plan(e, format, args, spread) else {
            return Some(None);
        };
        text.results = vec![self.u.types.basic(BasicKind::String)];
        let msg = self.emit_plan(&text);
        vals.push((msg, 2));
        // The native takes (logger handle,) message: log.print, or
        // log.(*Logger).print.
        let name = if logger {
            format!("log.(*Logger).{what}")
        } else {
            format!("log.{what}")
        };
        let native = self.u.native(&name)?;
        let plan = Plan {
            callee: Callee::Native(native),
            vals,
            results: vec![],
        };
        Some(Some(self.emit_plan(&plan)))
    }

    fn builtin_of(&self, fun: &ast::Expr) -> Option<Builtin> {
        let f = strip_parens(fun);
        if !matches!(f.kind, ExprKind::Ident(_)) {
            return None;
        }
        match self.u.checked.obj(self.u.use_of(f.span)?).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// The signature of the called function value.
    fn signature(&mut self, fun: &ast::Expr) -> Option<crate::types::Signature> {
        let t = self.type_of(fun)?;
        self.u.types.signature(t).cloned()
    }

    /// Evaluates the callee and arguments.
    pub fn prepare(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Plan> {
        let fun = strip_parens(fun);
        let sig = self.signature(fun)?;
        let mut vals: Vec<(Reg, u16)> = Vec::new();
        let generic = self.generic_callee(fun);
        let callee = match &fun.kind {
            _ if generic.is_some() => Callee::Static(generic.unwrap()),
            ExprKind::Selector { x, sel } => {
                let id = self.u.use_of(sel.span);
                // The import path of a package name.
                let pkg = match &x.kind {
                    ExprKind::Ident(p) => {
                        self.u
                            .use_of(p.span)
                            .and_then(|id| match self.u.checked.obj(id).kind {
                                ObjKind::PkgName(i) => {
                                    Some(self.u.checked.packages[i].path.clone())
                                }
                                _ => None,
                            })
                    }
                    _ => None,
                };
                let go_written = match (&pkg, id) {
                    (Some(_), Some(id)) => self.u.func_of(id),
                    _ => None,
                };
                if let Some(f) = go_written {
                    // A function of a package written in Go.
                    Callee::Static(f)
                } else if let Some(path) = pkg {
                    let name = format!("{path}.{}", sel.name);
                    if path == "fmt" {
                        return self.fmt_plan(e, &sel.name, args, spread);
                    }
                    let Some(native) = self.u.native(&name) else {
                        self.fail(e.span, &format!("{name}"));
                        return None;
                    };
                    Callee::Native(native)
                } else if self
                    .tv_type(x)
                    .is_some_and(|t| self.u.types.is_interface(t))
                {
                    // A method through an interface.
                    let r = self.operand(x)?;
                    vals.push((r, 2));
                    let method = self.u.prog.method_index(&sel.name);
                    Callee::Iface(method)
                } else if id.is_some_and(|id| matches!(self.u.checked.obj(id).kind, ObjKind::Func))
                {
                    // A method call.
                    let (recv, callee) = self.method_receiver(x, &sel.name, id.unwrap(), e.span)?;
                    vals.push(recv);
                    callee
                } else if let Some(m) = self
                    .tv_type(x)
                    .filter(|_| !self.u.subst.is_empty())
                    .and_then(|xt| self.concrete_method(xt, &sel.name))
                {
                    // In an instance: a method of a type parameter's
                    // constraint, on the concrete type.
                    let (recv, callee) = self.method_receiver(x, &sel.name, m, e.span)?;
                    vals.push(recv);
                    callee
                } else if let Some(steps) = self
                    .tv_type(x)
                    .filter(|_| id.is_none())
                    .and_then(|xt| self.embedded_iface_path(xt, &sel.name))
                {
                    // A method promoted from an embedded interface field.
                    let base = self.base_place(x)?;
                    let p = self.walk(base, &steps);
                    let any = self.u.checked.any_type;
                    let r = self.load(p, any);
                    vals.push((r, 2));
                    let method = self.u.prog.method_index(&sel.name);
                    Callee::Iface(method)
                } else {
                    // A func-valued field.
                    let r = self.operand(fun)?;
                    vals.push((r, 1));
                    Callee::Closure
                }
            }
            ExprKind::Ident(_) => {
                let id = self.u.use_of(fun.span)?;
                let kind = self.u.checked.obj(id).kind.clone();
                let func = match kind {
                    ObjKind::Func => self.u.func_of(id),
                    _ => None,
                };
                match (kind, func) {
                    (ObjKind::Func, Some(f)) => Callee::Static(f),
                    (ObjKind::Func, None) => {
                        // In a Go-written library: one of its natives.
                        let name = format!("{}.{}", self.u.pkg, self.u.checked.obj(id).name);
                        match self.u.native(&name) {
                            Some(native) => Callee::Native(native),
                            None => {
                                self.fail(e.span, "calls of this function");
                                return None;
                            }
                        }
                    }
                    _ => {
                        let r = self.operand(fun)?;
                        vals.push((r, 1));
                        Callee::Closure
                    }
                }
            }
            _ => {
                let r = self.operand(fun)?;
                vals.push((r, 1));
                Callee::Closure
            }
        };
        // Arguments, converted to the parameters' types.
        let tuple_arg = args.len() == 1
            && matches!(
                self.tv_type(&args[0]).map(|t| self.u.types.get(t)),
                Some(Type::Tuple(_))
            );
        if tuple_arg {
            // f(g()) with g returning several values.
            let (base, tys) = self.multi_value(&args[0])?;
            let mut off = 0;
            for (t, p) in tys.iter().zip(&sig.params) {
                let r = self.coerce(base + off, *t, *p);
                off += self.u.width(*t) as u16;
                vals.push((r, self.u.width(*p) as u16));
            }
        } else {
            let fixed = if sig.variadic && !spread {
                sig.params.len() - 1
            } else {
                sig.params.len()
            };
            // No copies: nothing evaluated after an argument can change the
            // registers of a local (captured and address-taken variables
            // live on the heap and are loaded into temporaries).
            for (a, p) in args.iter().zip(&sig.params).take(fixed) {
                let r = self.value_as(a, *p)?;
                vals.push((r, self.u.width(*p) as u16));
            }
            if sig.variadic && !spread {
                let st = *sig.params.last().unwrap();
                let Type::Slice(elem) = self.u.under(st).clone() else {
                    return None;
                };
                let rest = &args[fixed.min(args.len())..];
                let s = self.pack_slice(elem, rest)?;
                vals.push((s, 3));
            }
        }
        Some(Plan {
            callee,
            vals,
            results: sig.results.clone(),
        })
    }

    /// `...T` arguments packed into a new `[]T` (nil when there are none).
    fn pack_slice(&mut self, elem: TypeId, items: &[ast::Expr]) -> Option<Reg> {
        let d = self.temps(3);
        if items.is_empty() {
            self.emit(Op::Zero { dst: d, n: 3 });
            return Some(d);
        }
        let mut regs = Vec::new();
        for a in items {
            regs.push(self.value_as(a, elem)?);
        }
        let n = self.temp();
        self.emit(Op::LoadInt {
            dst: n,
            value: items.len() as i64,
        });
        let info = self.u.elem_info(elem);
        self.emit(Op::MakeSlice {
            dst: d,
            len: n,
            cap: n,
            elem: info,
        });
        let w = self.u.width(elem);
        for (k, r) in regs.into_iter().enumerate() {
            let a = self.temp();
            self.emit(Op::LoadInt {
                dst: a,
                value: k as i64,
            });
            self.emit(Op::IndexAddr {
                dst: a,
                s: d,
                i: a,
                size: 8 * w,
            });
            self.store_words(a, 0, r, w);
        }
        Some(d)
    }

    /// The receiver of `x.name()` for method object `m`, and the callee.
    fn method_receiver(
        &mut self,
        x: &ast::Expr,
        name: &str,
        m: crate::objects::ObjId,
        span: Span,
    ) -> Option<((Reg, u16), Callee)> {
        let xt = self.type_of(x)?;
        // A method of a type parameter's constraint, in an instance: the
        // concrete type's method of that name.
        let m = match self.u.checked.method_recv.contains_key(&m) {
            true => m,
            false => self.concrete_method(xt, name)?,
        };
        // The method's receiver type decides what is passed.
        let recv_t = self.u.recv_ty(m)?;
        let pointer_recv = matches!(self.u.types.get(recv_t), Type::Pointer(_));
        let mut named = match self.u.types.get(recv_t) {
            Type::Pointer(e) => *e,
            _ => recv_t,
        };
        if self.u.is_generic_method(m) {
            // A generic type's method: the operand names the instance.
            let xd = match self.u.types.get(xt) {
                Type::Pointer(e) => *e,
                _ => xt,
            };
            let origin = |u: &super::Unit, t| u.types.named_info(t).and_then(|n| n.origin);
            if origin(self.u, xd).is_some() && origin(self.u, xd) == origin(self.u, named) {
                named = xd;
            }
        }
        // Embedded promotion: the steps to the embedded field holding the
        // method, and that field's type (`named` or `*named`).
        let (steps, field_t) = self.method_path(xt, named).unwrap_or((vec![], named));
        let generic = if self.u.is_generic_method(m) {
            self.u.method_instance(m, named)
        } else {
            None
        };
        let callee = match generic.or_else(|| self.u.func_of(m)) {
            Some(f) => Callee::Static(f),
            None => {
                let n = self.u.types.named_info(named)?;
                // Natives are named by import path: sync/atomic.(*Int64).Add.
                let path = self.u.pkg_path(&n.pkg);
                let full = format!(
                    "{}.{}{}.{name}",
                    path,
                    if pointer_recv { "(*" } else { "" },
                    if pointer_recv {
                        format!("{})", n.name)
                    } else {
                        n.name.to_string()
                    }
                );
                match self.u.native(&full) {
                    Some(i) => Callee::Native(i),
                    None => {
                        self.fail(span, &full);
                        return None;
                    }
                }
            }
        };
        let x_is_ptr = matches!(self.u.under(xt), Type::Pointer(_));
        if steps.is_empty() {
            let r = if pointer_recv {
                if x_is_ptr {
                    self.operand(x)?
                } else {
                    let p = self.place(x)?;
                    let Some(a) = self.address(p) else {
                        self.fail(x.span, "calling a pointer method on this value");
                        return None;
                    };
                    a
                }
            } else if x_is_ptr {
                let p = self.operand(x)?;
                self.load(Place::Mem { addr: p, off: 0 }, named)
            } else {
                self.operand(x)?
            };
            let w = if pointer_recv {
                1
            } else {
                self.u.width(named) as u16
            };
            let r = self.copy_value(r, if pointer_recv { self.ptr_type() } else { named });
            return Some(((r, w), callee));
        }
        let base = self.base_place(x)?;
        let p = self.walk(base, &steps);
        let r = if pointer_recv {
            // The embedded field is a value: its address; a pointer: it.
            match self.u.under(field_t) {
                Type::Pointer(_) => self.load(p, self.ptr_type()),
                _ => match self.address(p) {
                    Some(a) => a,
                    None => {
                        self.fail(x.span, "calling a pointer method on this value");
                        return None;
                    }
                },
            }
        } else {
            match self.u.under(field_t) {
                Type::Pointer(_) => {
                    let a = self.load(p, self.ptr_type());
                    self.load(Place::Mem { addr: a, off: 0 }, named)
                }
                _ => self.load(p, named),
            }
        };
        let w = if pointer_recv {
            1
        } else {
            self.u.width(named) as u16
        };
        let r = self.copy_value(r, if pointer_recv { self.ptr_type() } else { named });
        Some(((r, w), callee))
    }

    /// The method named `name` of the concrete type `t` (or of what it
    /// points to).
    fn concrete_method(&mut self, t: TypeId, name: &str) -> Option<crate::objects::ObjId> {
        let base = match self.u.types.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let info = self.u.types.named_info(base)?;
        info.methods
            .iter()
            .find(|m| m.name.as_ref() == name)
            .map(|m| m.func)
    }

    fn ptr_type(&self) -> TypeId {
        self.u.types.basic(BasicKind::Uintptr)
    }

    /// The steps from `t` to the embedded field of type `named` (or `*named`)
    /// that provides a promoted method, and the field's type; no steps when
    /// `t` has the method itself.
    fn method_path(&self, t: TypeId, named: TypeId) -> Option<(Vec<super::expr::Step>, TypeId)> {
        let deref = |t: TypeId| match self.u.under(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        if deref(t) == named {
            return Some((vec![], named));
        }
        self.find_field(t, |f| f.embedded && deref(f.ty) == named)
    }

    /// The steps from `t` to an embedded interface field whose interface
    /// has method `name` (when no field or method of `t` is closer).
    pub fn embedded_iface_path(&self, t: TypeId, name: &str) -> Option<Vec<super::expr::Step>> {
        self.find_field(t, |f| {
            f.embedded
                && self
                    .u
                    .checked
                    .types
                    .interface(f.ty)
                    .is_some_and(|i| i.methods.iter().any(|m| m.name.as_ref() == name))
        })
        .map(|(steps, _)| steps)
    }

    /// Copies the plan's values into a call window and makes the call;
    /// returns the results' first register.
    pub fn emit_plan(&mut self, plan: &Plan) -> Reg {
        let result_w: u16 = plan.results.iter().map(|&t| self.u.width(t) as u16).sum();
        let arg_w: u16 = plan.vals.iter().map(|(_, w)| w).sum();
        match plan.callee {
            Callee::Native(native) => {
                let base = self.temps(arg_w.max(result_w).max(1));
                let mut off = 0;
                for &(r, w) in &plan.vals {
                    self.mov(base + off, r, w);
                    off += w;
                }
                self.emit(match super::runtime_native(native) {
                    Some(native) => Op::CallRuntime {
                        native,
                        base,
                        args: arg_w,
                    },
                    None => Op::CallNative {
                        native,
                        base,
                        args: arg_w,
                    },
                });
                base
            }
            Callee::Fmt(op, spread) => {
                let base = self.temps(arg_w.max(3));
                let mut off = 0;
                for &(r, w) in &plan.vals {
                    self.mov(base + off, r, w);
                    off += w;
                }
                let n = if spread { 1 } else { arg_w / 2 };
                self.emit(Op::Fmt {
                    op,
                    base,
                    n,
                    spread,
                });
                base
            }
            Callee::Static(func) => {
                let base = self.temps((arg_w + 1).max(result_w));
                let mut off = 1;
                for &(r, w) in &plan.vals {
                    self.mov(base + off, r, w);
                    off += w;
                }
                self.emit(Op::Call { func, base });
                base
            }
            Callee::Closure => {
                let (f, _) = plan.vals[0];
                let base = self.temps(arg_w.max(result_w).max(1));
                let mut off = 1;
                for &(r, w) in &plan.vals[1..] {
                    self.mov(base + off, r, w);
                    off += w;
                }
                self.emit(Op::CallClosure { f, base });
                base
            }
            Callee::Iface(method) => {
                let (recv, _) = plan.vals[0];
                // The receiver takes one slot here; the VM moves the
                // arguments when the dynamic receiver is wider.
                let base = self.temps((arg_w + 1).max(result_w).max(2));
                let mut off = 2;
                for &(r, w) in &plan.vals[1..] {
                    self.mov(base + off, r, w);
                    off += w;
                }
                self.emit(Op::CallIface { recv, method, base });
                base
            }
        }
    }

    /// `x.M` as a value: a closure holding a copy of the receiver (taken
    /// now, as Go does) that calls the method with its own arguments.
    pub fn method_value(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        sel: &ast::Ident,
        m: crate::objects::ObjId,
    ) -> Option<Reg> {
        if self
            .tv_type(x)
            .is_some_and(|t| self.u.types.is_interface(t))
        {
            return self.iface_method_value(e, x, &sel.name);
        }
        let ((recv, rw), callee) = self.method_receiver(x, &sel.name, m, e.span)?;
        let Callee::Static(target) = callee else {
            self.fail(e.span, "method values of library types");
            return None;
        };
        let sig = self.signature(e)?;
        let arg_w: u16 = sig.params.iter().map(|&t| self.u.width(t) as u16).sum();
        let res_w: u16 = sig.results.iter().map(|&t| self.u.width(t) as u16).sum();
        let name = format!("{}-fm", self.u.prog.funcs[target as usize].name);
        let refs = (0..rw as u32).collect();
        Some(
            self.bound_closure(recv, rw, refs, name, arg_w, res_w, |l, r| {
                let window = l.temps((1 + rw + arg_w).max(res_w).max(1));
                l.mov(window + 1, r, rw);
                l.mov(window + 1 + rw, 1, arg_w);
                l.emit(Op::Call {
                    func: target,
                    base: window,
                });
                window
            }),
        )
    }

    /// A closure over a boxed copy of a receiver (`rw` slots at `recv`,
    /// `refs` of them references), running a generated function that
    /// loads the receiver into registers and makes its call with them
    /// (`call`, given those registers, returns the results' window; the
    /// function's own parameters are from register 1).
    fn bound_closure(
        &mut self,
        recv: Reg,
        rw: u16,
        refs: Vec<u32>,
        name: String,
        arg_w: u16,
        res_w: u16,
        call: impl FnOnce(&mut Lowerer, Reg) -> Reg,
    ) -> Reg {
        let layout = self.u.heap.layout(runtime::heap::Layout {
            words: rw.max(1) as usize,
            refs,
        });
        let b = self.temp();
        self.emit(Op::Alloc { dst: b, layout });
        self.store_words(b, 0, recv, rw as u32);
        let fid = self.u.reserve_func();
        let params = 1 + arg_w;
        let mut l = Lowerer::scratch(self.u, name, params);
        let bx = l.temp();
        l.emit(Op::Load {
            dst: bx,
            addr: 0,
            off: 8,
        });
        let r = l.temps(rw);
        for k in 0..rw {
            l.emit(Op::Load {
                dst: r + k,
                addr: bx,
                off: 8 * k as u32,
            });
        }
        let window = call(&mut l, r);
        l.emit(Op::Return {
            src: window,
            count: res_w,
        });
        let f = l.generated(params, res_w);
        self.u.prog.funcs[fid as usize] = f;
        let d = self.temp();
        let layout = self.u.closure_layout(1);
        self.emit(Op::MakeClosure {
            dst: d,
            func: fid,
            caps: b,
            n: 1,
            layout,
        });
        d
    }

    /// A method expression `T.M` / `(*T).M`: a func taking the receiver
    /// first. Our methods already take it first, so that is the method
    /// itself, except for a value method through `*T`, which gets a
    /// function that loads the value first.
    pub fn method_expr(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Option<Reg> {
        let xt = self.type_of(x)?;
        if self.u.types.is_interface(xt) {
            return self.iface_method_expr(e, &sel.name);
        }
        let named = match self.u.under(xt) {
            Type::Pointer(p) => *p,
            _ => xt,
        };
        let through_pointer = named != xt;
        let info = self.u.types.named_info(named)?;
        let Some(m) = info.methods.iter().find(|m| m.name == sel.name).cloned() else {
            self.fail(e.span, "method expressions of promoted methods");
            return None;
        };
        let Some(target) = self.u.func_of(m.func) else {
            self.fail(e.span, "method expressions of library types");
            return None;
        };
        let func = if through_pointer && !m.pointer_recv {
            let sig = self.signature(e)?;
            let arg_w: u16 = sig.params[1..]
                .iter()
                .map(|&t| self.u.width(t) as u16)
                .sum();
            let res_w: u16 = sig.results.iter().map(|&t| self.u.width(t) as u16).sum();
            let rw = self.u.width(named) as u16;
            let params = 2 + arg_w;
            let name = format!("{}-fm", self.u.prog.funcs[target as usize].name);
            let fid = self.u.reserve_func();
            let mut l = Lowerer::scratch(self.u, name.clone(), params);
            let window = l.temps((1 + rw + arg_w).max(res_w).max(1));
            for k in 0..rw {
                l.emit(Op::Load {
                    dst: window + 1 + k,
                    addr: 1,
                    off: 8 * k as u32,
                });
            }
            l.mov(window + 1 + rw, 2, arg_w);
            l.emit(Op::Call {
                func: target,
                base: window,
            });
            l.emit(Op::Return {
                src: window,
                count: res_w,
            });
            self.u.prog.funcs[fid as usize] = l.generated(params, res_w);
            fid
        } else {
            target
        };
        Some(self.closure_of(func))
    }

    /// `I.M` for an interface `I`: a func taking the interface value first
    /// and calling through it.
    fn iface_method_expr(&mut self, e: &ast::Expr, name: &str) -> Option<Reg> {
        let sig = self.signature(e)?;
        let arg_w: u16 = sig.params[1..]
            .iter()
            .map(|&t| self.u.width(t) as u16)
            .sum();
        let res_w: u16 = sig.results.iter().map(|&t| self.u.width(t) as u16).sum();
        let params = 3 + arg_w;
        let fname = format!("{}.{name}-fm", self.name);
        let fid = self.u.reserve_func();
        let mut l = Lowerer::scratch(self.u, fname.clone(), params);
        let window = l.temps((2 + arg_w).max(res_w).max(2));
        l.mov(window + 2, 3, arg_w);
        let method = l.u.prog.method_index(name);
        l.emit(Op::CallIface {
            recv: 1,
            method,
            base: window,
        });
        l.emit(Op::Return {
            src: window,
            count: res_w,
        });
        let f = l.generated(params, res_w);
        self.u.prog.funcs[fid as usize] = f;
        Some(self.closure_of(fid))
    }

    /// `i.M` for an interface value `i`: a closure over a copy of `i`
    /// that calls M through it. As in Go, a nil `i` panics here, not when
    /// the func value is called.
    pub fn iface_method_value(&mut self, e: &ast::Expr, x: &ast::Expr, name: &str) -> Option<Reg> {
        let sig = self.signature(e)?;
        let arg_w: u16 = sig.params.iter().map(|&t| self.u.width(t) as u16).sum();
        let res_w: u16 = sig.results.iter().map(|&t| self.u.width(t) as u16).sum();
        let r = self.operand(x)?;
        // A nil interface: the nil dereference Go reports.
        let ok = self.emit(Op::JumpIfNotCmpImm {
            a: r,
            cmp: CmpImm::Eq,
            imm: 0,
            to: 0,
        });
        let z = self.temp();
        self.emit(Op::LoadInt { dst: z, value: 0 });
        self.emit(Op::Load {
            dst: z,
            addr: z,
            off: 0,
        });
        let here = self.here();
        self.patch(ok, here);
        // The interface's copy (type, payload) is the bound receiver.
        let fname = format!("{}.{name}-fm", self.name);
        let method = self.u.prog.method_index(name);
        Some(
            self.bound_closure(r, 2, vec![1], fname, arg_w, res_w, |l, recv| {
                let window = l.temps((2 + arg_w).max(res_w).max(2));
                l.mov(window + 2, 1, arg_w);
                l.emit(Op::CallIface {
                    recv,
                    method,
                    base: window,
                });
                window
            }),
        )
    }

    // ---- function literals ------------------------------------------------

    pub fn func_lit(&mut self, ty: &ast::FuncType, body: &ast::Block, span: Span) -> Option<Reg> {
        let captures = self.lit_captures.get(&span).cloned().unwrap_or_default();
        self.lits += 1;
        let name = if self.name.contains(".func") {
            format!("{}.{}", self.name, self.lits)
        } else {
            format!("{}.func{}", self.name, self.lits)
        };
        // The boxes of the captured variables, in order.
        let caps = self.temps(captures.len() as u16);
        for (i, c) in captures.iter().enumerate() {
            match self.vars.get(c).copied() {
                Some(Var::Boxed(b)) => self.mov(caps + i as u16, b, 1),
                Some(Var::Captured(k)) => {
                    self.emit(Op::Load {
                        dst: caps + i as u16,
                        addr: 0,
                        off: 8 * (k as u32 + 1),
                    });
                }
                _ => {
                    self.fail(span, "this captured variable (internal: not on the heap)");
                    return None;
                }
            }
        }
        let fid = self.u.reserve_func();
        let f = Lowerer::lower_lit(self, name, ty, body, &captures, span);
        self.u.prog.funcs[fid as usize] = f;
        let d = self.temp();
        let layout = self.u.closure_layout(captures.len() as u16);
        self.emit(Op::MakeClosure {
            dst: d,
            func: fid,
            caps,
            n: captures.len() as u16,
            layout,
        });
        Some(d)
    }

    // ---- defer ------------------------------------------------------------

    pub fn defer_stmt(&mut self, e: &ast::Expr) {
        if let Some((f, args, n)) = self.deferred_call(e, "defer") {
            self.emit(Op::Defer { f, args, n });
        }
    }

    /// `go f(x)`: the function value and arguments are evaluated here, as
    /// for `defer`; a new goroutine makes the call.
    pub fn go_stmt(&mut self, e: &ast::Expr) {
        if let Some((f, args, n)) = self.deferred_call(e, "go") {
            self.emit(Op::Go { f, args, n });
        }
    }

    /// The call of a `defer` or `go` statement, evaluated now: a func
    /// value and its argument slots (`None` when nothing is to be done).
    fn deferred_call(&mut self, e: &ast::Expr, stmt: &str) -> Option<(Reg, Reg, u16)> {
        let e = strip_parens(e);
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &e.kind
        else {
            self.fail(e.span, &format!("this {stmt}"));
            return None;
        };
        if self.builtin_of(fun) == Some(Builtin::Recover) {
            // `defer recover()`: recover is not called by a deferred
            // function, so it never stops a panic; nothing to do.
            return None;
        }
        if let Some(newline) = self.print_builtin(fun) {
            // `defer println(x)`: the operands now, the printing later.
            let values = self.print_operands(args)?;
            let n: u16 = values.iter().map(|v| v.2).sum();
            let name = format!("{}.{stmt}wrap{}", self.name, {
                self.lits += 1;
                self.lits
            });
            let fid = self.u.reserve_func();
            let mut l = Lowerer::scratch(self.u, name, 1 + n);
            l.line = self.line;
            let mut off = 1;
            let at: Vec<(Reg, Repr)> = values
                .iter()
                .map(|&(_, repr, w)| {
                    off += w;
                    (off - w, repr)
                })
                .collect();
            l.print_values(newline, at);
            l.emit(Op::Return { src: 0, count: 0 });
            self.u.prog.funcs[fid as usize] = l.generated(1 + n, 0);
            let f = self.closure_of(fid);
            let window = self.temps(n.max(1));
            let mut off = 0;
            for (r, _, w) in values {
                self.mov(window + off, r, w);
                off += w;
            }
            return Some((f, window, n));
        }
        match self.builtin_of(fun) {
            // `defer close(ch)`, `defer panic(v)`: the argument now, the
            // builtin later, in a small function.
            Some(b @ (Builtin::Close | Builtin::Panic)) => {
                let (v, w) = if b == Builtin::Close {
                    (self.operand(&args[0])?, 1)
                } else {
                    let any = self.u.checked.any_type;
                    (self.value_as(&args[0], any)?, 2)
                };
                let op = if b == Builtin::Close {
                    Op::Close { ch: 1 }
                } else {
                    Op::Panic { val: 1 }
                };
                let thunk = self.builtin_thunk(stmt, op, w, 0);
                let f = self.closure_of(thunk);
                let args = self.temps(w);
                self.mov(args, v, w);
                return Some((f, args, w));
            }
            // `defer copy(dst, src)`: both slices (or the string) now, the
            // copy later (its count discarded).
            Some(Builtin::Copy) => {
                let dt = self.type_of(&args[0])?;
                let Type::Slice(elem) = self.u.under(dt).clone() else {
                    return None;
                };
                let bt = self.type_of(&args[1])?;
                let from_str = matches!(self.u.under(bt), Type::Basic(_));
                let bw = if from_str { 2 } else { 3 };
                let a = self.operand(&args[0])?;
                let a = self.copy_value(a, dt);
                let b = self.operand(&args[1])?;
                let op = Op::Copy {
                    dst: 4 + bw,
                    a: 1,
                    b: 4,
                    size: 8 * self.u.width(elem),
                    from_str,
                };
                let thunk = self.builtin_thunk(stmt, op, 3 + bw, 1);
                let f = self.closure_of(thunk);
                let args = self.temps(3 + bw);
                self.mov(args, a, 3);
                self.mov(args + 3, b, bw);
                return Some((f, args, 3 + bw));
            }
            // `defer clear(x)`: the map or slice now, the clearing later.
            Some(Builtin::Clear) => {
                let t = self.type_of(&args[0])?;
                let (op, w) = match self.u.under(t).clone() {
                    Type::Map(..) => (Op::MapClear { m: 1 }, 1),
                    Type::Slice(elem) => {
                        let words = self.u.width(elem);
                        (Op::SliceClear { s: 1, words }, 3)
                    }
                    _ => {
                        self.fail(e.span, &format!("clear on {}", self.u.display(t)));
                        return None;
                    }
                };
                let x = self.operand(&args[0])?;
                let thunk = self.builtin_thunk(stmt, op, w, 0);
                let f = self.closure_of(thunk);
                let args = self.temps(w);
                self.mov(args, x, w);
                return Some((f, args, w));
            }
            // `defer delete(m, k)`: map and key now, the delete later.
            Some(Builtin::Delete) => {
                let mt = self.type_of(&args[0])?;
                let Type::Map(kt, _) = self.u.under(mt).clone() else {
                    return None;
                };
                let m = self.operand(&args[0])?;
                let m = self.copy_value(m, mt);
                let key = self.value_as(&args[1], kt)?;
                let kw = self.u.width(kt) as u16;
                let map = self.u.map_info(mt);
                let thunk =
                    self.builtin_thunk(stmt, Op::MapDelete { m: 1, key: 2, map }, 1 + kw, 0);
                let f = self.closure_of(thunk);
                let args = self.temps(1 + kw);
                self.mov(args, m, 1);
                self.mov(args + 1, key, kw);
                return Some((f, args, 1 + kw));
            }
            Some(_) => {
                self.fail(e.span, &format!("{stmt} calls of this builtin"));
                return None;
            }
            None => {}
        }
        let plan = self.prepare(e, fun, args, ellipsis.is_some())?;
        // Direct closures run as they are; anything else through a small
        // function that makes the call with the saved values.
        let (f, vals) = match plan.callee {
            Callee::Closure => (plan.vals[0].0, plan.vals[1..].to_vec()),
            _ => {
                let thunk = self.thunk(&plan, stmt);
                (self.closure_of(thunk), plan.vals.clone())
            }
        };
        let n: u16 = vals.iter().map(|(_, w)| w).sum();
        let args = self.temps(n.max(1));
        let mut off = 0;
        for (r, w) in vals {
            self.mov(args + off, r, w);
            off += w;
        }
        Some((f, args, n))
    }

    /// A function taking `w` parameter slots (from register 1) and doing
    /// `op` with them (and `scratch` registers after them): a deferred or
    /// `go` builtin.
    fn builtin_thunk(&mut self, stmt: &str, op: Op, w: u16, scratch: u16) -> FuncId {
        let name = format!("{}.{stmt}wrap{}", self.name, {
            self.lits += 1;
            self.lits
        });
        let fid = self.u.reserve_func();
        let mut l = Lowerer::scratch(self.u, name, w + 1);
        l.line = self.line;
        l.temps(scratch);
        l.emit(op);
        l.emit(Op::Return { src: 0, count: 0 });
        self.u.prog.funcs[fid as usize] = l.generated(w + 1, 0);
        fid
    }

    /// A function taking the plan's values as parameters and making its call.
    fn thunk(&mut self, plan: &Plan, stmt: &str) -> FuncId {
        let mut reg = 1u16;
        let mut vals = Vec::new();
        for &(_, w) in &plan.vals {
            vals.push((reg, w));
            reg += w;
        }
        let params = reg;
        let name = format!("{}.{stmt}wrap{}", self.name, {
            self.lits += 1;
            self.lits
        });
        let fid = self.u.reserve_func();
        // Lower the call in a scratch lowerer sharing the unit.
        let mut l = Lowerer::scratch(self.u, name, params);
        l.line = self.line;
        let p = Plan {
            callee: plan.callee,
            vals,
            results: plan.results.clone(),
        };
        l.emit_plan(&p);
        l.emit(Op::Return { src: 0, count: 0 });
        self.u.prog.funcs[fid as usize] = l.generated(params, 0);
        fid
    }

    // ---- builtins ---------------------------------------------------------

    fn builtin(
        &mut self,
        e: &ast::Expr,
        b: Builtin,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Reg> {
        let int_t = self.u.types.basic(BasicKind::Int);
        match b {
            Builtin::Len | Builtin::Cap => {
                let t = self.type_of(&args[0])?;
                match self.u.under(t).clone() {
                    Type::Basic(_) => {
                        let r = self.operand(&args[0])?;
                        Some(r + 1)
                    }
                    Type::Slice(_) => {
                        let r = self.operand(&args[0])?;
                        Some(if b == Builtin::Len { r + 1 } else { r + 2 })
                    }
                    Type::Map(..) => {
                        let m = self.operand(&args[0])?;
                        let d = self.temp();
                        self.emit(Op::MapLen { dst: d, m });
                        Some(d)
                    }
                    Type::Chan(..) => {
                        let ch = self.operand(&args[0])?;
                        let d = self.temp();
                        self.emit(Op::ChanLen {
                            dst: d,
                            ch,
                            cap: b == Builtin::Cap,
                        });
                        Some(d)
                    }
                    _ => {
                        let (n, _) = self.array_of(t)?;
                        let d = self.temp();
                        self.emit(Op::LoadInt {
                            dst: d,
                            value: n as i64,
                        });
                        Some(d)
                    }
                }
            }
            Builtin::Append => {
                let st = self.type_of(e)?;
                let Type::Slice(elem) = self.u.under(st).clone() else {
                    return None;
                };
                let s = self.value_as(&args[0], st)?;
                let info = self.u.elem_info(elem);
                let d = self.temps(3);
                if spread {
                    let from_str = !self.is_nil(&args[1])
                        && matches!(
                            self.tv_type(&args[1]).map(|t| self.u.under(t).clone()),
                            Some(Type::Basic(_))
                        );
                    let t = if from_str {
                        self.operand(&args[1])?
                    } else {
                        self.value_as(&args[1], st)?
                    };
                    self.emit(Op::AppendSlice {
                        dst: d,
                        s,
                        t,
                        elem: info,
                        from_str,
                    });
                    return Some(d);
                }
                let ew = self.u.width(elem) as u16;
                let mut regs = Vec::new();
                for a in &args[1..] {
                    regs.push(self.value_as(a, elem)?);
                }
                let vals = self.temps((ew * regs.len() as u16).max(1));
                for (k, r) in regs.iter().enumerate() {
                    self.mov(vals + k as u16 * ew, *r, ew);
                }
                let stack_buf = matches!(&args[0].kind, ExprKind::Ident(_))
                    && self
                        .u
                        .use_of(args[0].span)
                        .is_some_and(|id| self.stack_buffers.contains(&id));
                self.emit(Op::Append {
                    dst: d,
                    s,
                    vals,
                    n: ew * regs.len() as u16,
                    elem: info,
                    stack_buf,
                });
                Some(d)
            }
            Builtin::Make => {
                let t = self.type_of(&args[0])?;
                match self.u.under(t).clone() {
                    Type::Slice(elem) => {
                        let len = self.value_as(&args[1], int_t)?;
                        let cap = match args.get(2) {
                            Some(c) => self.value_as(c, int_t)?,
                            None => len,
                        };
                        let info = self.u.elem_info(elem);
                        let d = self.temps(3);
                        self.emit(Op::MakeSlice {
                            dst: d,
                            len,
                            cap,
                            elem: info,
                        });
                        Some(d)
                    }
                    Type::Map(..) => {
                        if let Some(h) = args.get(1) {
                            self.operand(h)?;
                        }
                        let map = self.u.map_info(t);
                        let d = self.temp();
                        self.emit(Op::MakeMap { dst: d, map });
                        Some(d)
                    }
                    Type::Chan(_, elem) => {
                        let size = match args.get(1) {
                            Some(n) => self.value_as(n, int_t)?,
                            None => {
                                let z = self.temp();
                                self.emit(Op::LoadInt { dst: z, value: 0 });
                                z
                            }
                        };
                        let info = self.u.elem_info(elem);
                        let d = self.temp();
                        self.emit(Op::MakeChan {
                            dst: d,
                            size,
                            elem: info,
                        });
                        Some(d)
                    }
                    _ => {
                        self.fail(e.span, "make of this type");
                        None
                    }
                }
            }
            Builtin::New => {
                let t = self.type_of(&args[0])?;
                Some(self.new_box(t))
            }
            Builtin::Delete => {
                let mt = self.type_of(&args[0])?;
                let Type::Map(k, _) = self.u.under(mt).clone() else {
                    return None;
                };
                let m = self.operand(&args[0])?;
                let key = self.value_as(&args[1], k)?;
                let map = self.u.map_info(mt);
                self.emit(Op::MapDelete { m, key, map });
                Some(0)
            }
            Builtin::Copy => {
                let dt = self.type_of(&args[0])?;
                let Type::Slice(elem) = self.u.under(dt).clone() else {
                    return None;
                };
                let a = self.operand(&args[0])?;
                let bt = self.type_of(&args[1])?;
                let b = self.operand(&args[1])?;
                let from_str = matches!(self.u.under(bt), Type::Basic(_));
                let d = self.temp();
                self.emit(Op::Copy {
                    dst: d,
                    a,
                    b,
                    size: 8 * self.u.width(elem),
                    from_str,
                });
                Some(d)
            }
            Builtin::Panic => {
                let any = self.u.checked.any_type;
                let v = self.value_as(&args[0], any)?;
                self.emit(Op::Panic { val: v });
                Some(0)
            }
            Builtin::Recover => {
                let d = self.temps(2);
                self.emit(Op::Recover { dst: d });
                Some(d)
            }
            Builtin::Min | Builtin::Max => {
                let ty = self.type_of(e)?;
                let repr = self.repr(ty)?;
                let d = self.temps(self.u.width(ty) as u16);
                let first = self.value_as(&args[0], ty)?;
                self.mov(d, first, self.u.width(ty) as u16);
                for a in &args[1..] {
                    let v = self.value_as(a, ty)?;
                    let c = self.temp();
                    // Keep d unless v is smaller (min) / larger (max); NaN wins.
                    let (x, y) = if b == Builtin::Min { (v, d) } else { (d, v) };
                    match repr {
                        super::expr::Repr::Int { signed: true, .. } => {
                            self.emit(Op::LtInt { dst: c, a: x, b: y })
                        }
                        super::expr::Repr::Int { .. } => {
                            self.emit(Op::LtUint { dst: c, a: x, b: y })
                        }
                        super::expr::Repr::Float { .. } => {
                            // x < y, or v is NaN (v != v).
                            self.emit(Op::LtFloat { dst: c, a: x, b: y });
                            let nan = self.temp();
                            self.emit(Op::NeFloat {
                                dst: nan,
                                a: v,
                                b: v,
                            });
                            self.emit(Op::OrInt {
                                dst: c,
                                a: c,
                                b: nan,
                            })
                        }
                        super::expr::Repr::Str => self.emit(Op::LtStr { dst: c, a: x, b: y }),
                        super::expr::Repr::Bool => return None,
                    };
                    let skip = self.emit(Op::JumpIfNot { cond: c, to: 0 });
                    self.mov(d, v, self.u.width(ty) as u16);
                    let end = self.here();
                    self.patch(skip, end);
                }
                Some(d)
            }
            Builtin::Close => {
                let ch = self.operand(&args[0])?;
                self.emit(Op::Close { ch });
                Some(0)
            }
            Builtin::Clear => {
                let t = self.type_of(&args[0])?;
                let x = self.operand(&args[0])?;
                match self.u.under(t).clone() {
                    Type::Map(..) => {
                        self.emit(Op::MapClear { m: x });
                    }
                    Type::Slice(elem) => {
                        let words = self.u.width(elem);
                        self.emit(Op::SliceClear { s: x, words });
                    }
                    _ => {
                        self.fail(e.span, &format!("clear on {}", self.u.display(t)));
                        return None;
                    }
                }
                Some(0)
            }
            _ => {
                self.fail(e.span, &format!("the builtin {b:?}").to_lowercase());
                None
            }
        }
    }

    /// os.Args: a []string of the program's arguments (a native).
    pub fn os_args(&mut self) -> Option<Reg> {
        let native = self.u.native("os.Args")?;
        let d = self.temps(3);
        self.emit(Op::CallNative {
            native,
            base: d,
            args: 0,
        });
        Some(d)
    }
}

impl<'u, 'a> Lowerer<'u, 'a> {
    /// A lowerer for generated code with `params` registers in use.
    pub fn scratch(u: &'u mut super::Unit<'a>, name: String, params: u16) -> Lowerer<'u, 'a> {
        let mut l = Lowerer::new_pub(u, name);
        l.next = params;
        l.max = params;
        l.locals_top = params;
        l.params_end = params;
        l
    }
}
