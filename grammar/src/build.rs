//! The grammar's actions: building AST nodes, enforcing the nesting limit,
//! and the checks go/parser makes while parsing (cover forms resolved,
//! `if x := 1 {` refused, parameter grouping).

use crate::ast::*;
use crate::span::Span;
use crate::token::Tok;
use lalrpop_util::ParseError;

/// How deep blocks, parentheses and expressions may nest. Deeper input is
/// refused with a diagnostic instead of risking the stack in later
/// recursive passes; 10 000 levels (valid Go, and more than any real
/// program) are accepted.
pub const MAX_NESTING: u32 = 16_384;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    pub span: Span,
    pub message: String,
}

pub type PResult<T> = Result<T, ParseError<usize, Tok, UserError>>;

/// Errors reported while parsing goes on (lalrpop's error recovery, and
/// mistakes the actions find that do not derail the parse).
pub type Recovered = Vec<lalrpop_util::ErrorRecovery<usize, Tok, UserError>>;

fn report(recovered: &mut Recovered, span: Span, message: String) {
    recovered.push(lalrpop_util::ErrorRecovery {
        error: ParseError::User {
            error: UserError { span, message },
        },
        dropped_tokens: vec![],
    });
}

fn fail<T>(span: Span, message: impl Into<String>) -> PResult<T> {
    Err(ParseError::User {
        error: UserError {
            span,
            message: message.into(),
        },
    })
}

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l as u32, r as u32)
}

fn nesting_error<T>(span: Span) -> PResult<T> {
    fail(
        span,
        format!("program nests too deeply: more than {MAX_NESTING} levels of blocks, parentheses or operators"),
    )
}

pub fn expr(kind: ExprKind, span: Span) -> PResult<Expr> {
    let e = Expr::new(kind, span);
    if e.depth > MAX_NESTING {
        return nesting_error(span);
    }
    Ok(e)
}

pub fn stmt(kind: StmtKind, span: Span) -> PResult<Stmt> {
    let s = Stmt::new(kind, span);
    if s.depth > MAX_NESTING {
        return nesting_error(span);
    }
    Ok(s)
}

pub fn ident_expr(n: Ident) -> Expr {
    let span = n.span;
    Expr::new(ExprKind::Ident(n), span)
}

pub fn lit(kind: LitKind, src: &str, l: usize, r: usize) -> BasicLit {
    BasicLit {
        kind,
        raw: src[l..r].into(),
        span: sp(l, r),
    }
}

pub fn binary(op: BinaryOp, x: Expr, y: Expr, span: Span) -> PResult<Expr> {
    expr(
        ExprKind::Binary {
            op,
            x: Box::new(x),
            y: Box::new(y),
        },
        span,
    )
}

pub fn unary(op: UnaryOp, x: Expr, span: Span) -> PResult<Expr> {
    expr(ExprKind::Unary { op, x: Box::new(x) }, span)
}

pub fn call(fun: Expr, (args, ellipsis): (Vec<Expr>, Option<Span>), span: Span) -> PResult<Expr> {
    expr(
        ExprKind::Call {
            fun: Box::new(fun),
            args,
            ellipsis,
        },
        span,
    )
}

pub fn slice(
    x: Expr,
    lo: Option<Expr>,
    hi: Option<Expr>,
    max: Option<Expr>,
    span: Span,
) -> PResult<Expr> {
    expr(
        ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.map(Box::new),
        },
        span,
    )
}

/// `pkg.T`, optionally instantiated: `pkg.T[int]`.
pub fn qualified(pkg: Ident, sel: Ident, targs: Option<Vec<Expr>>, span: Span) -> PResult<Expr> {
    let sel_span = pkg.span.to(sel.span);
    let x = expr(
        ExprKind::Selector {
            x: Box::new(ident_expr(pkg)),
            sel,
        },
        sel_span,
    )?;
    match targs {
        None => Ok(x),
        Some(indices) => expr(
            ExprKind::Index {
                x: Box::new(x),
                indices,
            },
            span,
        ),
    }
}

pub fn value_spec(names: Vec<Ident>, ty: Option<Expr>, values: Vec<Expr>, span: Span) -> ValueSpec {
    ValueSpec {
        names,
        ty,
        values,
        iota: 0,
        span,
    }
}

pub fn const_decl(grouped: bool, mut specs: Vec<ValueSpec>, span: Span) -> Decl {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    Decl::Const(GenDecl {
        grouped,
        specs,
        span,
    })
}

pub fn func_decl(
    recv: Option<Vec<Field>>,
    name: Ident,
    type_params: Vec<Field>,
    sig: FuncType,
    body: Option<Block>,
    span: Span,
) -> PResult<FuncDecl> {
    let recv = match recv {
        None => None,
        Some(mut fields) => {
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            if count == 0 {
                return fail(name.span, "method has no receiver");
            }
            if count > 1 {
                return fail(fields[0].span, "method has multiple receivers");
            }
            Some(fields.remove(0))
        }
    };
    Ok(FuncDecl {
        recv,
        name,
        type_params,
        sig,
        body,
        span,
    })
}

/// A parameter as written, before grouping: `int` or `a` alone, or `a int`.
pub enum ParamDecl {
    Type(Expr),
    Named(Ident, Expr),
}

/// Groups `a, b int, c string` into fields. Without any named parameter,
/// every entry is a type; with one, the bare names before a type share it.
pub fn group_params(decls: Vec<ParamDecl>, span: Span) -> PResult<Vec<Field>> {
    if !decls.iter().any(|d| matches!(d, ParamDecl::Named(..))) {
        return Ok(decls
            .into_iter()
            .map(|d| match d {
                ParamDecl::Type(ty) => Field {
                    names: vec![],
                    span: ty.span,
                    ty,
                    tag: None,
                },
                ParamDecl::Named(..) => unreachable!(),
            })
            .collect());
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for d in decls {
        match d {
            ParamDecl::Type(Expr {
                kind: ExprKind::Ident(id),
                ..
            }) => pending.push(id),
            ParamDecl::Type(ty) => {
                return fail(ty.span, "syntax error: mixed named and unnamed parameters")
            }
            ParamDecl::Named(n, ty) => {
                let lo = pending.first().map_or(n.span, |p| p.span);
                pending.push(n);
                let span = lo.to(ty.span);
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    ty,
                    tag: None,
                    span,
                });
            }
        }
    }
    if let Some(p) = pending.first() {
        let _ = span;
        return fail(p.span, "syntax error: mixed named and unnamed parameters");
    }
    Ok(fields)
}

/// `name [args] T?` in a parameter or field list: with a type after the
/// brackets it is a named array (`a [4]int`), without one an instantiated
/// type (`T[int]`). Returns the name, if any, and the type.
pub fn bracket_cover(
    name: Ident,
    args: Vec<Expr>,
    elem: Option<Expr>,
    lb: usize,
    r: usize,
) -> PResult<(Option<Ident>, Expr)> {
    match elem {
        Some(elem) => {
            if args.len() != 1 {
                return fail(args[1].span, "syntax error: unexpected comma, expected ]");
            }
            let len = args.into_iter().next().map(Box::new);
            let ty = expr(
                ExprKind::ArrayType {
                    len,
                    elem: Box::new(elem),
                },
                sp(lb, r),
            )?;
            Ok((Some(name), ty))
        }
        None => {
            let span = Span::new(name.span.lo, r as u32);
            let ty = expr(
                ExprKind::Index {
                    x: Box::new(ident_expr(name)),
                    indices: args,
                },
                span,
            )?;
            Ok((None, ty))
        }
    }
}

pub fn embedded(ty: Expr, tag: Option<BasicLit>, span: Span) -> Field {
    Field {
        names: vec![],
        ty,
        tag,
        span,
    }
}

pub fn keep_stmt(mut v: Vec<Stmt>, s: Stmt) -> Vec<Stmt> {
    if !matches!(s.kind, StmtKind::Empty) {
        v.push(s);
    }
    v
}

pub fn assign(
    lhs: Vec<Expr>,
    op: AssignOp,
    rhs: Vec<Expr>,
    src: &str,
    recovered: &mut Recovered,
    span: Span,
) -> PResult<Stmt> {
    if op == AssignOp::Define {
        if let Some(bad) = lhs.iter().find(|e| !matches!(e.kind, ExprKind::Ident(_))) {
            let text = &src[bad.span.range()];
            report(
                recovered,
                bad.span,
                format!("non-name {text} on left side of :="),
            );
        }
    }
    stmt(StmtKind::Assign { lhs, op, rhs }, span)
}

/// A declaration that failed to parse (error recovery); an empty var group.
pub fn bad_decl(span: Span) -> Decl {
    Decl::Var(GenDecl {
        grouped: true,
        specs: vec![],
        span,
    })
}

/// `for cond {`: the header must be an expression, as in `if`.
pub fn for_cond(
    cond: Stmt,
    body: Block,
    src: &str,
    recovered: &mut Recovered,
    span: Span,
) -> PResult<Stmt> {
    let cond = header_expr(cond, src, recovered);
    stmt(
        StmtKind::For {
            init: None,
            cond: Some(cond),
            post: None,
            body,
        },
        span,
    )
}

/// A statement header: `[init ;] cond` of `if` and `switch`.
pub struct Header {
    pub init: Option<Stmt>,
    pub semi: Option<usize>,
    pub cond: Option<Stmt>,
}

/// The expression of a header's condition; a non-expression statement there
/// is Go's `cannot use x := 1 as value`.
fn header_expr(s: Stmt, src: &str, recovered: &mut Recovered) -> Expr {
    let bad = Expr::new(ExprKind::Bad, s.span);
    let result: PResult<Expr> = match s.kind {
        StmtKind::Expr(e) => return e,
        StmtKind::Assign { ref lhs, op, .. } => {
            let after = lhs.last().map_or(s.span.lo, |e| e.span.hi) as usize;
            let op_at = after + src[after..].len() - src[after..].trim_start().len();
            let text = &src[s.span.range()];
            let what = if op == AssignOp::Define {
                ""
            } else {
                "assignment "
            };
            fail(
                sp(op_at, op_at),
                format!("syntax error: cannot use {what}{text} as value"),
            )
        }
        _ => {
            let text = &src[s.span.range()];
            fail(s.span, format!("syntax error: cannot use {text} as value"))
        }
    };
    if let Err(ParseError::User { error }) = result {
        report(recovered, error.span, error.message);
    }
    bad
}

pub fn if_stmt(
    h: Header,
    then: Block,
    els: Option<Stmt>,
    src: &str,
    recovered: &mut Recovered,
    span: Span,
) -> PResult<Stmt> {
    let cond = match h.cond {
        Some(cond) => header_expr(cond, src, recovered),
        None => {
            let at = h.semi.unwrap_or(then.span.lo as usize);
            let message = if src.as_bytes().get(at) == Some(&b'\n') {
                "syntax error: unexpected newline, expected { after if clause"
            } else {
                "syntax error: missing condition in if statement"
            };
            report(recovered, sp(at, at), message.into());
            Expr::new(ExprKind::Bad, sp(at, at))
        }
    };
    stmt(
        StmtKind::If {
            init: h.init.map(Box::new),
            cond,
            then,
            els: els.map(Box::new),
        },
        span,
    )
}

fn is_type_switch_guard(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::TypeAssert { ty: None, .. })
}

pub fn switch_stmt(h: Header, clauses: Vec<CaseClause>, span: Span) -> PResult<Stmt> {
    let init = h.init.map(Box::new);
    let guard = match &h.cond {
        Some(Stmt {
            kind: StmtKind::Expr(e),
            ..
        }) => is_type_switch_guard(e),
        Some(Stmt {
            kind:
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    rhs,
                },
            ..
        }) => lhs.len() == 1 && rhs.len() == 1 && is_type_switch_guard(&rhs[0]),
        _ => false,
    };
    if guard {
        let guard = Box::new(h.cond.unwrap());
        return stmt(
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
            },
            span,
        );
    }
    let tag = match h.cond {
        None => None,
        Some(Stmt {
            kind: StmtKind::Expr(e),
            ..
        }) => Some(e),
        Some(s) => {
            return fail(
                s.span,
                "syntax error: switch expression must be an expression",
            )
        }
    };
    stmt(StmtKind::Switch { init, tag, clauses }, span)
}

pub fn comm_clause(comm: Stmt, body: Vec<Stmt>, _src: &str, span: Span) -> PResult<CommClause> {
    Ok(CommClause {
        comm: Some(Box::new(comm)),
        body,
        span,
    })
}

pub fn range_stmt(lhs: Vec<Expr>, define: bool, x: Expr, body: Block, span: Span) -> PResult<Stmt> {
    if lhs.len() > 2 {
        return fail(
            lhs[2].span,
            "range clause permits at most two iteration variables",
        );
    }
    let mut it = lhs.into_iter();
    let (key, value) = (it.next(), it.next());
    stmt(
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        },
        span,
    )
}
