//! The syntax tree, with a byte span on every node.
//!
//! As in go/ast, types are expressions: `[]int`, `map[K]V` and `*T` are
//! `Expr` nodes, because Go lets them appear where values do (`make([]int, 3)`,
//! conversions, composite literals). The checker decides what denotes a type.
//!
//! Every `Expr` and `Stmt` records its nesting `depth`, computed as the tree
//! is built, so the parser can refuse a pathologically deep program before
//! any recursive pass (or `Drop`) could exhaust the stack.

use crate::span::Span;
use std::rc::Rc;

pub type Name = Rc<str>;

#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportSpec {
    /// `f "fmt"`, `_ "fmt"`, `. "fmt"`.
    pub alias: Option<Ident>,
    pub path: BasicLit,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Decl {
    Const(GenDecl<ValueSpec>),
    Var(GenDecl<ValueSpec>),
    Type(GenDecl<TypeSpec>),
    Func(Box<FuncDecl>),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Const(d) | Decl::Var(d) => d.span,
            Decl::Type(d) => d.span,
            Decl::Func(f) => f.span,
        }
    }
}

/// `var x int`, or a parenthesized group `var ( ... )`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenDecl<S> {
    pub grouped: bool,
    pub specs: Vec<S>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Position in a const group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B` declares an alias.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field, type parameter or receiver: names
/// (none for an unnamed parameter or an embedded field) and a type.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<BasicLit>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BasicLit {
    pub kind: LitKind,
    /// The literal as written; `literal.rs` decodes it.
    pub raw: Name,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Pos,
    Neg,
    Not,
    /// `^x`: bitwise complement.
    Xor,
    /// `&x`: address-of.
    Addr,
    /// `<-ch`: receive.
    Recv,
    /// `~T` in a constraint.
    Tilde,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    LOr,
    LAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    /// `== != < <= > >=`: the result is a boolean.
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }

    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub depth: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// Where a syntax error was reported and parsing went on.
    Bad,
    Ident(Ident),
    BasicLit(BasicLit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Expr>,
        lbrace: Span,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or an instantiation `F[int, string]`.
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, `[...]T` (len is `Ellipsis`) or, with no len, `[]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `...T` as a variadic parameter's type, or `...` in `[...]T`.
    Ellipsis(Option<Box<Expr>>),
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type set: `fmt.Stringer`, `~int | ~string`.
    Embed(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    pub depth: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `x op= y`
    Op(BinaryOp),
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Empty,
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [x :=] y.(type) { ... }`; `guard` is that statement.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        guard: Box<Stmt>,
        clauses: Vec<CaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x`; `define` is true for `:=`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a send, a receive or an assignment
    /// (or definition) from a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

// ---- depth bookkeeping -------------------------------------------------

fn d(e: &Expr) -> u32 {
    e.depth
}
fn od(e: &Option<Box<Expr>>) -> u32 {
    e.as_ref().map_or(0, |e| e.depth)
}
fn vd(es: &[Expr]) -> u32 {
    es.iter().map(d).max().unwrap_or(0)
}
fn fields_depth(fs: &[Field]) -> u32 {
    fs.iter().map(|f| f.ty.depth).max().unwrap_or(0)
}
fn sig_depth(f: &FuncType) -> u32 {
    fields_depth(&f.params).max(fields_depth(&f.results))
}
fn stmts_depth(ss: &[Stmt]) -> u32 {
    ss.iter().map(|s| s.depth).max().unwrap_or(0)
}
fn ostmt(s: &Option<Box<Stmt>>) -> u32 {
    s.as_ref().map_or(0, |s| s.depth)
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        use ExprKind::*;
        let inner = match &kind {
            Bad | Ident(_) | BasicLit(_) => 0,
            CompositeLit { ty, elts, .. } => od(ty).max(vd(elts)),
            KeyValue { key, value } => d(key).max(d(value)),
            FuncLit { ty, body } => sig_depth(ty).max(stmts_depth(&body.stmts)),
            Paren(x) | Star(x) | Unary { x, .. } => d(x),
            Selector { x, .. } => d(x),
            Index { x, indices } => d(x).max(vd(indices)),
            Slice { x, lo, hi, max } => d(x).max(od(lo)).max(od(hi)).max(od(max)),
            TypeAssert { x, ty } => d(x).max(od(ty)),
            Call { fun, args, .. } => d(fun).max(vd(args)),
            Binary { x, y, .. } => d(x).max(d(y)),
            ArrayType { len, elem } => od(len).max(d(elem)),
            Ellipsis(x) => od(x),
            StructType { fields } => fields_depth(fields),
            FuncType(f) => sig_depth(f),
            InterfaceType { elems } => elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { sig, .. } => sig_depth(sig),
                    InterfaceElem::Embed(t) => t.depth,
                })
                .max()
                .unwrap_or(0),
            MapType { key, value } => d(key).max(d(value)),
            ChanType { elem, .. } => d(elem),
        };
        Expr {
            kind,
            span,
            depth: inner + 1,
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        use StmtKind::*;
        let inner = match &kind {
            Empty | Break(_) | Continue(_) | Goto(_) | Fallthrough => 0,
            Decl(decl) => decl_depth(decl),
            Labeled { stmt, .. } => stmt.depth,
            Expr(e) | Go(e) | Defer(e) => e.depth,
            Send { ch, value } => ch.depth.max(value.depth),
            IncDec { x, .. } => x.depth,
            Assign { lhs, rhs, .. } => vd(lhs).max(vd(rhs)),
            Return(es) => vd(es),
            Block(b) => stmts_depth(&b.stmts),
            If {
                init,
                cond,
                then,
                els,
            } => ostmt(init)
                .max(cond.depth)
                .max(stmts_depth(&then.stmts))
                .max(ostmt(els)),
            Switch { init, tag, clauses } => ostmt(init)
                .max(tag.as_ref().map_or(0, |t| t.depth))
                .max(clauses.iter().map(case_depth).max().unwrap_or(0)),
            TypeSwitch {
                init,
                guard,
                clauses,
            } => ostmt(init)
                .max(guard.depth)
                .max(clauses.iter().map(case_depth).max().unwrap_or(0)),
            Select { clauses } => clauses
                .iter()
                .map(|c| ostmt(&c.comm).max(stmts_depth(&c.body)))
                .max()
                .unwrap_or(0),
            For {
                init,
                cond,
                post,
                body,
            } => ostmt(init)
                .max(cond.as_ref().map_or(0, |c| c.depth))
                .max(ostmt(post))
                .max(stmts_depth(&body.stmts)),
            Range {
                key,
                value,
                x,
                body,
                ..
            } => key
                .as_ref()
                .map_or(0, d)
                .max(value.as_ref().map_or(0, d))
                .max(x.depth)
                .max(stmts_depth(&body.stmts)),
        };
        Stmt {
            kind,
            span,
            depth: inner + 1,
        }
    }
}

fn case_depth(c: &CaseClause) -> u32 {
    c.exprs.as_deref().map_or(0, vd).max(stmts_depth(&c.body))
}

pub fn decl_depth(decl: &Decl) -> u32 {
    match decl {
        Decl::Const(g) | Decl::Var(g) => g
            .specs
            .iter()
            .map(|s| s.ty.as_ref().map_or(0, d).max(vd(&s.values)))
            .max()
            .unwrap_or(0),
        Decl::Type(g) => g
            .specs
            .iter()
            .map(|s| s.ty.depth.max(fields_depth(&s.type_params)))
            .max()
            .unwrap_or(0),
        Decl::Func(f) => sig_depth(&f.sig)
            .max(f.body.as_ref().map_or(0, |b| stmts_depth(&b.stmts)))
            .max(f.recv.as_ref().map_or(0, |r| r.ty.depth)),
    }
}
