//! Printing: the `print`/`println` builtins (scalars, straight to stderr)
//! and fmt's printing functions (any values, through the runtime's
//! formatter: `Op::Fmt`).

use super::call::{Callee, Plan};
use super::expr::Repr;
use super::func::Lowerer;
use super::stmt::strip_parens;
use crate::objects::{Builtin, ObjKind};
use grammar::ast::{self, ExprKind};
use runtime::bytecode::{FmtOp, Op, PrintKind};

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

impl Lowerer<'_, '_> {
    /// `print` and `println`: whether it is one, and if so `newline`.
    pub fn print_builtin(&self, fun: &ast::Expr) -> Option<bool> {
        let f = strip_parens(fun);
        if !matches!(f.kind, ExprKind::Ident(_)) {
            return None;
        }
        match self.u.checked.obj(self.u.use_of(f.span)?).kind {
            ObjKind::Builtin(Builtin::Println) => Some(true),
            ObjKind::Builtin(Builtin::Print) => Some(false),
            _ => None,
        }
    }

    pub fn print(&mut self, newline: bool, args: &[ast::Expr]) {
        if let Some(values) = self.print_operands(args) {
            let values = values.into_iter().map(|(r, repr, _)| (r, repr)).collect();
            self.print_values(newline, values);
        }
    }

    /// print's operands, all evaluated first as Go does: each value's
    /// register, representation and width.
    pub fn print_operands(
        &mut self,
        args: &[ast::Expr],
    ) -> Option<Vec<(runtime::bytecode::Reg, Repr, u16)>> {
        let mut values = Vec::new();
        if let [one] = args {
            if let Some(crate::types::Type::Tuple(_)) =
                self.tv_type(one).map(|t| self.u.types.get(t))
            {
                // print(f()) with several results prints each.
                let (base, tys) = self.multi_value(one)?;
                let mut off = 0;
                for t in tys {
                    let Some(repr) = self.repr(t) else {
                        self.fail(one.span, "print of these results");
                        return None;
                    };
                    let w = self.u.width(t) as u16;
                    values.push((base + off, repr, w));
                    off += w;
                }
                return Some(values);
            }
        }
        for a in args {
            let t = self.type_of(a)?;
            let t = self.default_type(t);
            let Some(repr) = self.repr(t) else {
                let name = self.u.display(t);
                self.fail(a.span, &format!("print of values of type {name}"));
                return None;
            };
            let r = self.value_as(a, t)?;
            values.push((r, repr, self.u.width(t) as u16));
        }
        Some(values)
    }

    pub fn print_values(&mut self, newline: bool, values: Vec<(runtime::bytecode::Reg, Repr)>) {
        for (i, (r, repr)) in values.into_iter().enumerate() {
            if i > 0 && newline {
                self.emit(Op::PrintSpace);
            }
            self.emit(Op::Print {
                src: r,
                kind: print_kind(repr),
            });
        }
        if newline {
            self.emit(Op::PrintNewline);
        }
        self.emit(Op::PrintFlush { stderr: true });
    }

    /// A call of fmt's `name`: its operands as interface values.
    pub fn fmt_plan(
        &mut self,
        e: &ast::Expr,
        name: &str,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Plan> {
        let (op, skip) = match name {
            "Print" => (FmtOp::Print, 0),
            "Println" => (FmtOp::Println, 0),
            "Printf" => (FmtOp::Printf, 0),
            "Sprint" => (FmtOp::Sprint, 0),
            "Sprintln" => (FmtOp::Sprintln, 0),
            "Sprintf" => (FmtOp::Sprintf, 0),
            "Errorf" => (FmtOp::Errorf, 0),
            "Fprint" | "Fprintln" | "Fprintf" => {
                let stderr = match self.std_stream(&args[0]) {
                    Some(s) => s,
                    None => return self.fprint_builder(e, name, args, spread),
                };
                let op = match (name, stderr) {
                    ("Fprint", false) => FmtOp::Print,
                    ("Fprintln", false) => FmtOp::Println,
                    ("Fprintf", false) => FmtOp::Printf,
                    ("Fprint", true) => FmtOp::EPrint,
                    ("Fprintln", true) => FmtOp::EPrintln,
                    _ => FmtOp::EPrintf,
                };
                (op, 1)
            }
            _ => {
                self.fail(e.span, &format!("fmt.{name}"));
                return None;
            }
        };
        let any = self.u.checked.any_type;
        let results = self
            .tv_type(e)
            .map(|t| match self.u.types.get(t) {
                crate::types::Type::Tuple(ts) => ts.clone(),
                _ => vec![t],
            })
            .unwrap_or_default();
        let args = &args[skip..];
        let mut vals = Vec::new();
        let formatted = matches!(
            op,
            FmtOp::Printf | FmtOp::Sprintf | FmtOp::Errorf | FmtOp::EPrintf
        );
        if spread && formatted {
            // Printf(format, args...): one []any with the format first.
            let any_slice = self.tv_type(&args[1])?;
            let f = self.value_as(&args[0], any)?;
            let one = self.temp();
            self.emit(Op::LoadInt { dst: one, value: 1 });
            let info = self.u.elem_info(any);
            let s = self.temps(3);
            self.emit(Op::MakeSlice {
                dst: s,
                len: one,
                cap: one,
                elem: info,
            });
            self.store_words(s, 0, f, 2);
            let rest = self.value_as(&args[1], any_slice)?;
            let all = self.temps(3);
            self.emit(Op::AppendSlice {
                dst: all,
                s,
                t: rest,
                elem: info,
                from_str: false,
            });
            vals.push((all, 3));
        } else if spread {
            let r = self.operand(&args[0])?;
            vals.push((r, 3));
        } else if args.len() == 1
            && matches!(
                self.tv_type(&args[0]).map(|t| self.u.types.get(t)),
                Some(crate::types::Type::Tuple(_))
            )
        {
            // fmt.Println(f()) with several results.
            let (base, tys) = self.multi_value(&args[0])?;
            let mut off = 0;
            for t in tys {
                let r = self.coerce(base + off, t, any);
                off += self.u.width(t) as u16;
                vals.push((r, 2));
            }
        } else {
            for a in args {
                vals.push((self.value_as(a, any)?, 2));
            }
        }
        Some(Plan {
            callee: Callee::Fmt(op, spread),
            vals,
            results,
        })
    }

    /// `fmt.Fprint*(w, ...)` with `w` a `*strings.Builder` or a
    /// `*bufio.Writer`: the text as fmt.Sprint* makes it, then
    /// `w.WriteString`.
    fn fprint_builder(
        &mut self,
        e: &ast::Expr,
        name: &str,
        args: &[ast::Expr],
        spread: bool,
    ) -> Option<Plan> {
        let wt = self.type_of(&args[0])?;
        let writer = match self.u.under(wt) {
            crate::types::Type::Pointer(p) => self
                .u
                .checked
                .types
                .named_info(*p)
                .map(|n| (n.pkg.to_string(), n.name.to_string())),
            _ => None,
        };
        let write = match writer.as_ref().map(|(p, n)| (p.as_str(), n.as_str())) {
            Some(("strings", "Builder")) => "strings.(*Builder).WriteString",
            Some(("bufio", "Writer")) => "bufio.(*Writer).WriteString",
            _ => {
                self.fail(args[0].span, "fmt.Fprint to this writer");
                return None;
            }
        };
        let w = self.operand(&args[0])?;
        let format = name.replacen("Fprint", "Sprint", 1);
        let mut text = self.fmt_plan(e, &format, &args[1..], spread)?;
        text.results = vec![self.u.types.basic(crate::basic::BasicKind::String)];
        let s = self.emit_plan(&text);
        let native = self.u.native(write)?;
        let results = self
            .tv_type(e)
            .map(|t| match self.u.types.get(t) {
                crate::types::Type::Tuple(ts) => ts.clone(),
                _ => vec![t],
            })
            .unwrap_or_default();
        Some(Plan {
            callee: Callee::Native(native),
            vals: vec![(w, 1), (s, 2)],
            results,
        })
    }

    /// `os.Stdout` → false, `os.Stderr` → true.
    fn std_stream(&self, e: &ast::Expr) -> Option<bool> {
        let ExprKind::Selector { x, sel } = &strip_parens(e).kind else {
            return None;
        };
        let ExprKind::Ident(p) = &x.kind else {
            return None;
        };
        let id = self.u.use_of(p.span)?;
        if !matches!(self.u.checked.obj(id).kind, ObjKind::PkgName(_)) || p.name.as_ref() != "os" {
            return None;
        }
        match sel.name.as_ref() {
            "Stdout" => Some(false),
            "Stderr" => Some(true),
            _ => None,
        }
    }
}
