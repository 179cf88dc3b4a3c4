//! The wording of messages: expressions printed as gc prints them
//! (`Square{…}`, `func() int {…}`, `x + y`) and operands described as
//! `x (variable of type int)`, `300 (untyped int constant)`.

use super::expr::{Mode, Operand};
use super::Checker;
use crate::types::Type;
use grammar::ast::{self, ChanDir, ExprKind};

/// An expression in go/types' canonical form.
pub fn expr_string(e: &ast::Expr, src: &[u8]) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, src, 0);
    s
}

fn write_expr(s: &mut String, e: &ast::Expr, src: &[u8], depth: usize) {
    if depth > 200 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::BasicLit(b) => s.push_str(&b.raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, src, d);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key, src, d);
            s.push_str(": ");
            write_expr(s, value, src, d);
        }
        ExprKind::FuncLit { ty, .. } => {
            s.push_str("func");
            write_sig(s, ty, src, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, src, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, src, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(s, x, src, d);
            s.push('[');
            write_list(s, indices, src, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x, src, d);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo, src, d);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi, src, d);
            }
            if let Some(max) = max {
                s.push(':');
                write_expr(s, max, src, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, src, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, src, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => {
            write_expr(s, fun, src, d);
            s.push('(');
            write_list(s, args, src, d);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, src, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, src, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x, src, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, src, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, src, d);
            }
            s.push(']');
            write_expr(s, elem, src, d);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x, src, d);
            }
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_ref()).collect();
                if !names.is_empty() {
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                write_expr(s, &f.ty, src, d);
            }
            s.push('}');
        }
        ExprKind::FuncType(f) => {
            s.push_str("func");
            write_sig(s, f, src, d);
        }
        ExprKind::InterfaceType { elems } => {
            if elems.is_empty() {
                s.push_str("interface{}");
                return;
            }
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    ast::InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig, src, d);
                    }
                    ast::InterfaceElem::Embed(t) => write_expr(s, t, src, d),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, src, d);
            s.push(']');
            write_expr(s, value, src, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, src, d);
        }
    }
}

fn write_list(s: &mut String, es: &[ast::Expr], src: &[u8], d: usize) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e, src, d);
    }
}

fn write_fields(s: &mut String, fs: &[ast::Field], src: &[u8], d: usize) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_ref()).collect();
        if !names.is_empty() {
            s.push_str(&names.join(", "));
            s.push(' ');
        }
        write_expr(s, &f.ty, src, d);
    }
}

fn write_sig(s: &mut String, f: &ast::FuncType, src: &[u8], d: usize) {
    s.push('(');
    write_fields(s, &f.params, src, d);
    s.push(')');
    if f.results.is_empty() {
        return;
    }
    s.push(' ');
    if f.results.len() == 1 && f.results[0].names.is_empty() {
        write_expr(s, &f.results[0].ty, src, d);
    } else {
        s.push('(');
        write_fields(s, &f.results, src, d);
        s.push(')');
    }
}

impl<'a> Checker<'a> {
    pub fn expr_text(&self, e: &ast::Expr) -> String {
        expr_string(e, self.src())
    }

    pub fn type_name(&self, t: crate::types::TypeId) -> String {
        self.prog.types.display(t, Some(&self.pkg))
    }

    /// `x (variable of type int)`, as go/types' operandString.
    pub fn describe(&self, x: &Operand) -> String {
        let expr = x.text.clone();
        let types = &self.prog.types;
        if x.mode == Mode::Value
            && types.basic_kind(x.ty) == Some(crate::basic::BasicKind::UntypedNil)
        {
            return if expr.is_empty() { "nil".into() } else { expr };
        }
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        } else {
            s.push('(');
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if types.is_untyped(x.ty) {
                    s.push_str(types.basic_kind(x.ty).unwrap().name());
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Const => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Const {
            if let Some(v) = &x.val {
                let kind = types
                    .basic_kind(x.ty)
                    .unwrap_or(crate::basic::BasicKind::Bool);
                let vs = v.describe(kind);
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            if x.ty != types.error_type {
                let mut desc = String::new();
                if let Type::Named(_) = types.get(x.ty) {
                    let kind = match types.under(x.ty) {
                        Type::Array(..) => "array ",
                        Type::Slice(_) => "slice ",
                        Type::Struct(_) => "struct ",
                        Type::Pointer(_) => "pointer ",
                        Type::Func(_) => "func ",
                        Type::Interface(_) => "interface ",
                        Type::Map(..) => "map ",
                        Type::Chan(..) => "chan ",
                        _ => "",
                    };
                    desc.push_str(kind);
                }
                s.push_str(&format!(" of {desc}type {}", self.type_name(x.ty)));
                if let Some(tp) = types.tparam_info(x.ty) {
                    s.push_str(&format!(
                        " constrained by {}",
                        self.type_name(tp.constraint)
                    ));
                }
            } else {
                s.push_str(" with invalid type");
            }
        }
        s.push(')');
        s
    }
}
