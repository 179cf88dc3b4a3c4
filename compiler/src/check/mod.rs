//! Go's static semantics for minigo's subset, with the gc compiler's
//! messages. Organised like go/types: `mod.rs` holds the program state and
//! package-level declarations (resolved on demand, with cycle detection),
//! `typexpr.rs` turns type syntax into types, `expr.rs` types expressions,
//! `call.rs` calls and builtins, `stmt.rs` statements and function bodies,
//! `lookup.rs` fields, methods and interface satisfaction, `describe.rs` the
//! wording of operands in messages.

mod call;
mod describe;
mod expr;
mod lookup;
mod stmt;
mod typexpr;

use crate::basic::BasicKind;
use crate::constant::Value;
use crate::objects::*;
use crate::types::{Type, TypeId, Types};
use grammar::ast::{self, Name};
use grammar::{Diagnostic, Span};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub use describe::expr_string;

/// The type (and constant value) the checker gave an expression.
#[derive(Debug, Clone)]
pub struct TypeAndValue {
    pub ty: TypeId,
    pub value: Option<Value>,
}

/// What the checker learned, for the compiler: keyed by file and span.
#[derive(Default)]
pub struct Info {
    pub types: HashMap<(FileId, Span), TypeAndValue>,
    /// Identifier uses and definitions, resolved to objects.
    pub uses: HashMap<(FileId, Span), ObjId>,
    pub defs: HashMap<(FileId, Span), ObjId>,
    /// The variable a type switch's `v :=` declares in each clause, by the
    /// clause's span.
    pub implicits: HashMap<(FileId, Span), ObjId>,
    /// The type arguments of each use of a generic function (by the span
    /// of the function expression: `f`, `pkg.F`, `f[int]`), in the order
    /// of its type parameters.
    pub func_instances: HashMap<(FileId, Span), Vec<TypeId>>,
}

pub struct SourceFile {
    pub path: String,
    pub src: Rc<[u8]>,
}

pub struct Package {
    pub name: Name,
    pub path: String,
    pub scope: ScopeId,
    /// Package-level variables in initialization order.
    pub init_order: Vec<ObjId>,
}

/// Everything checked so far: the universe, the packages and their objects.
pub struct Program {
    pub types: Types,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub universe: ScopeId,
    pub packages: Vec<Package>,
    pub files: Vec<SourceFile>,
    pub info: Info,
    /// Well-known types.
    pub error_type: TypeId,
    pub any_type: TypeId,
    pub comparable_type: TypeId,
    /// Generic functions: their type parameters and the scope declaring them.
    pub generic_funcs: HashMap<ObjId, (Vec<TypeId>, ScopeId)>,
    /// Methods: the receiver's type and the scope of receiver type parameters.
    pub method_recv: HashMap<ObjId, (TypeId, ScopeId)>,
    /// Instances of generic types, by origin and type arguments.
    pub instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Generic aliases: their type parameters and the aliased type.
    pub generic_aliases: HashMap<ObjId, (Vec<TypeId>, TypeId)>,
}

/// The standard library's declaration files, the contract of what minigo
/// offers (see `compiler/stdlib/README.md`).
pub fn stdlib_source(path: &str) -> Option<&'static str> {
    Some(match path {
        "fmt" => include_str!("../../stdlib/fmt.go"),
        "log" => include_str!("../../stdlib/log.go"),
        "time" => include_str!("../../stdlib/time.go"),
        "context" => include_str!("../../../runtime/go/context.go"),
        "errors" => include_str!("../../../runtime/go/errors.go"),
        "runtime" => include_str!("../../stdlib/runtime.go"),
        "sync" => include_str!("../../../runtime/go/sync.go"),
        "sync/atomic" => include_str!("../../stdlib/sync_atomic.go"),
        "strings" => include_str!("../../../runtime/go/strings.go"),
        "strconv" => include_str!("../../../runtime/go/strconv.go"),
        "math" => include_str!("../../stdlib/math.go"),
        "sort" => include_str!("../../../runtime/go/sort.go"),
        "os" => include_str!("../../stdlib/os.go"),
        "bufio" => include_str!("../../stdlib/bufio.go"),
        "unicode/utf8" => include_str!("../../stdlib/unicode_utf8.go"),
        "unicode" => include_str!("../../stdlib/unicode.go"),
        "io" => include_str!("../../stdlib/io.go"),
        _ => return None,
    })
}

/// Whether package `path` is written in Go (`runtime/go/`), compiled with
/// the program that imports it, rather than declared for natives.
pub fn stdlib_is_go(path: &str) -> bool {
    matches!(
        path,
        "context" | "errors" | "sync" | "sort" | "strings" | "strconv"
    )
}

/// The file name a standard-library package's source is checked under
/// (and tracebacks print).
pub fn stdlib_file_path(path: &str) -> String {
    format!("$minigo/stdlib/{path}.go")
}

impl Default for Program {
    fn default() -> Self {
        Self::new()
    }
}

impl Program {
    pub fn new() -> Program {
        let mut p = Program {
            types: Types::new(),
            objs: Vec::new(),
            scopes: vec![Scope::default()],
            universe: ScopeId(0),
            packages: Vec::new(),
            files: Vec::new(),
            info: Info::default(),
            error_type: TypeId(0),
            any_type: TypeId(0),
            comparable_type: TypeId(0),
            generic_funcs: HashMap::new(),
            method_recv: HashMap::new(),
            instances: HashMap::new(),
            generic_aliases: HashMap::new(),
        };
        p.build_universe();
        p
    }

    fn declare_universe(&mut self, name: &str, kind: ObjKind, ty: Option<TypeId>) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Object {
            name: name.into(),
            kind,
            ty,
            span: Span::default(),
            file: FileId(u32::MAX),
            pkg: "".into(),
            used: true,
        });
        self.scopes[0].names.insert(name.into(), id);
        id
    }

    fn build_universe(&mut self) {
        use BasicKind::*;
        // The typed basic kinds are the universe's type names.
        for k in BasicKind::ALL
            .into_iter()
            .take_while(|&k| k != UnsafePointer)
        {
            let t = self.types.basic(k);
            self.declare_universe(k.name(), ObjKind::TypeName, Some(t));
        }
        let byte = self.types.basic(Uint8);
        self.declare_universe("byte", ObjKind::TypeName, Some(byte));
        let rune = self.types.basic(Int32);
        self.declare_universe("rune", ObjKind::TypeName, Some(rune));
        // error: interface{ Error() string }
        let string = self.types.basic(String);
        let sig = self.types.func(vec![], vec![string], false);
        let error_iface = self.types.intern(Type::Interface(crate::types::Interface {
            methods: vec![crate::types::Method {
                name: "Error".into(),
                sig,
                pkg: "".into(),
            }],
            terms: None,
            comparable: false,
        }));
        let error = self.types.new_named("error".into(), "".into());
        self.types.named_info_mut(error).unwrap().underlying = Some(error_iface);
        self.error_type = error;
        self.declare_universe("error", ObjKind::TypeName, Some(error));
        let any = self.types.intern(Type::Interface(Default::default()));
        self.any_type = any;
        self.declare_universe("any", ObjKind::TypeName, Some(any));
        let comparable_iface = self.types.intern(Type::Interface(crate::types::Interface {
            comparable: true,
            ..Default::default()
        }));
        let comparable = self.types.new_named("comparable".into(), "".into());
        self.types.named_info_mut(comparable).unwrap().underlying = Some(comparable_iface);
        self.comparable_type = comparable;
        self.declare_universe("comparable", ObjKind::TypeName, Some(comparable));
        let ub = self.types.basic(UntypedBool);
        self.declare_universe("true", ObjKind::Const(Value::Bool(true)), Some(ub));
        self.declare_universe("false", ObjKind::Const(Value::Bool(false)), Some(ub));
        let ui = self.types.basic(UntypedInt);
        self.declare_universe("iota", ObjKind::Iota, Some(ui));
        let nil = self.types.basic(UntypedNil);
        self.declare_universe("nil", ObjKind::Nil, Some(nil));
        use Builtin::*;
        for b in [
            Append, Cap, Clear, Close, Copy, Delete, Len, Make, Max, Min, New, Panic, Print,
            Println, Recover, Complex, Real, Imag,
        ] {
            self.declare_universe(b.name(), ObjKind::Builtin(b), None);
        }
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
            is_func,
        });
        id
    }

    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<ObjId> {
        loop {
            let s = &self.scopes[scope.0 as usize];
            if let Some(&id) = s.names.get(name) {
                return Some(id);
            }
            scope = s.parent?;
        }
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn add_file(&mut self, path: &str, src: Rc<[u8]>) -> FileId {
        self.files.push(SourceFile {
            path: path.to_string(),
            src,
        });
        FileId(self.files.len() as u32 - 1)
    }

    /// The package for an import path, checking its declaration file the
    /// first time. `None` if minigo has no such package.
    pub fn import(&mut self, path: &str) -> Option<usize> {
        if let Some(i) = self.packages.iter().position(|p| p.path == path) {
            return Some(i);
        }
        let src = stdlib_source(path)?;
        let file = self.add_file(&stdlib_file_path(path), Rc::from(src.as_bytes()));
        let parsed = grammar::parse_file(src.as_bytes());
        let ast = parsed
            .file
            .unwrap_or_else(|| panic!("stdlib {path} does not parse: {:?}", parsed.errors));
        let (pkg, errors) = check_package(self, file, &ast, path, true);
        assert!(
            errors.is_empty(),
            "stdlib {path} does not check: {errors:?}"
        );
        Some(pkg)
    }
}

/// Checks one file as a package. `library` files may declare functions
/// without bodies (they are implemented by the runtime) and need no main.
/// Returns the package's index and the errors, unsorted.
pub fn check_package(
    prog: &mut Program,
    file: FileId,
    ast: &ast::File,
    path: &str,
    library: bool,
) -> (usize, Vec<Diagnostic>) {
    let scope = prog.new_scope(Some(prog.universe), false);
    let pkg_index = prog.packages.len();
    prog.packages.push(Package {
        name: ast.package.name.clone(),
        path: path.to_string(),
        scope,
        init_order: Vec::new(),
    });
    let mut c = Checker::new(prog, file, ast.package.name.clone(), scope, library);
    c.collect(ast);
    c.resolve_all();
    c.check_bodies();
    c.finish(ast);
    let errors = std::mem::take(&mut c.errors);
    (pkg_index, errors)
}

/// An interactive session (the REPL): one package `main` that grows input by
/// input without rechecking what was already checked.
pub struct Session {
    pub prog: Program,
    pub pkg: usize,
    file_scope: ScopeId,
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

impl Session {
    pub fn new() -> Session {
        let mut prog = Program::new();
        let scope = prog.new_scope(Some(prog.universe), false);
        let file_scope = prog.new_scope(Some(scope), false);
        let pkg = prog.packages.len();
        prog.packages.push(Package {
            name: "main".into(),
            path: "main".into(),
            scope,
            init_order: Vec::new(),
        });
        Session {
            prog,
            pkg,
            file_scope,
        }
    }

    fn checker<'s>(&'s mut self, path: &str, src: &[u8]) -> Checker<'s> {
        let file = self.prog.add_file(path, Rc::from(src));
        let scope = self.prog.packages[self.pkg].scope;
        let mut c = Checker::new(&mut self.prog, file, "main".into(), scope, false);
        c.file_scope = self.file_scope;
        c.repl = true;
        c
    }

    /// Adds the imports and declarations of `ast` (parsed from `src`) to the
    /// package; a name declared again replaces the earlier declaration (a
    /// method too, when an earlier input declared it). The package's
    /// `init_order` becomes this input's variables in initialization
    /// order. An input with errors adds nothing.
    pub fn add_decls(&mut self, path: &str, src: &[u8], ast: &ast::File) -> Vec<Diagnostic> {
        let before = self.snapshot();
        let mut c = self.checker(path, src);
        c.collect(ast);
        c.resolve_all();
        c.check_bodies();
        c.compute_init_order();
        let errors = std::mem::take(&mut c.errors);
        if !errors.is_empty() {
            self.restore(before);
        }
        errors
    }

    /// What an input can change that later inputs see: the package's and
    /// the file's names, and the methods of named types.
    pub fn snapshot(&self) -> Snapshot {
        let scope = self.prog.packages[self.pkg].scope;
        Snapshot {
            pkg_names: self.prog.scopes[scope.0 as usize].names.clone(),
            file_names: self.prog.scopes[self.file_scope.0 as usize].names.clone(),
            methods: self
                .prog
                .types
                .named
                .iter()
                .map(|n| n.methods.clone())
                .collect(),
        }
    }

    /// Forgets the declarations made since `snap` was taken (an input that
    /// failed to check, or to compile): later inputs cannot see them.
    pub fn restore(&mut self, snap: Snapshot) {
        let scope = self.prog.packages[self.pkg].scope;
        self.prog.scopes[scope.0 as usize].names = snap.pkg_names;
        self.prog.scopes[self.file_scope.0 as usize].names = snap.file_names;
        for (n, methods) in self.prog.types.named.iter_mut().zip(snap.methods) {
            n.methods = methods;
        }
    }

    /// Checks statements as if they were the body of a function in the
    /// package. Returns the variables they declare at their top level (the
    /// REPL keeps those) and the errors.
    pub fn check_stmts(
        &mut self,
        path: &str,
        src: &[u8],
        stmts: &[ast::Stmt],
    ) -> (Vec<(Name, TypeId)>, Vec<Diagnostic>) {
        let mut c = self.checker(path, src);
        let scope = c.prog.new_scope(Some(c.file_scope), true);
        c.func = Some(stmt::FuncContext::new(scope));
        c.check_stmt_list(stmts);
        c.unused_candidates.clear();
        let mut vars: Vec<(Name, TypeId)> = c.prog.scopes[scope.0 as usize]
            .names
            .iter()
            .filter(|(_, &id)| matches!(c.prog.obj(id).kind, ObjKind::Var { .. }))
            .map(|(n, &id)| {
                (
                    n.clone(),
                    c.prog.obj(id).ty.unwrap_or(c.prog.types.error_type),
                )
            })
            .collect();
        vars.sort_by(|a, b| a.0.cmp(&b.0));
        let errors = std::mem::take(&mut c.errors);
        (vars, errors)
    }
}

/// A session's names and methods at one point (`Session::snapshot`).
pub struct Snapshot {
    pkg_names: HashMap<Name, ObjId>,
    file_names: HashMap<Name, ObjId>,
    methods: Vec<Vec<crate::types::NamedMethod>>,
}

/// A package-level declaration, for resolving its object on demand.
#[derive(Clone, Copy)]
enum DeclRef<'a> {
    /// The `index`th name of a const spec; `source` is the spec whose type and
    /// values apply (itself, or the last one with values: implicit repetition).
    Const {
        spec: &'a ast::ValueSpec,
        source: &'a ast::ValueSpec,
        index: usize,
    },
    Var {
        spec: &'a ast::ValueSpec,
        index: usize,
    },
    Type(&'a ast::TypeSpec),
    Func(&'a ast::FuncDecl),
}

pub(crate) struct Checker<'a> {
    pub prog: &'a mut Program,
    pub file: FileId,
    pub pkg: Name,
    pub pkg_scope: ScopeId,
    /// The file scope, holding the imports.
    pub file_scope: ScopeId,
    pub library: bool,
    pub errors: Vec<Diagnostic>,
    decls: HashMap<ObjId, DeclRef<'a>>,
    /// Package-level objects in source order, for resolving them all.
    order: Vec<ObjId>,
    /// Objects whose declaration is being resolved (cycle detection).
    resolving: Vec<ObjId>,
    /// Package-level vars already typed (their initializer checked).
    var_done: HashSet<ObjId>,
    methods: Vec<&'a ast::FuncDecl>,
    /// Function bodies to check once all declarations are known.
    bodies: Vec<(ObjId, &'a ast::FuncDecl)>,
    /// Import objects, to report unused ones.
    imports: Vec<(ObjId, Span, String)>,
    /// Package-level dependencies, for initialization order.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// The package-level object whose declaration is being checked.
    pub current_decl: Option<ObjId>,
    pub func: Option<stmt::FuncContext>,
    /// The value of `iota` in the constant declaration being checked.
    pub iota: Option<u32>,
    /// The file's text (shared with `Program::files`).
    source: Rc<[u8]>,
    /// A scope to look names up in outside function bodies (type parameters).
    scope_override: Option<ScopeId>,
    /// Local variables not yet known to be used, reported at the end of the
    /// outermost function.
    pub unused_candidates: Vec<ObjId>,
    pub type_switch_vars: HashSet<ObjId>,
    /// A label waiting for the statement it names (for break/continue).
    pub pending_label: Option<Name>,
    /// `fallthrough` statements (by position) that are last in a non-final
    /// clause, and those in a final clause.
    pub fallthrough_ok: HashSet<u32>,
    pub fallthrough_final: HashSet<u32>,
    pub in_type_switch_clause: bool,
    /// Map key types to check once their declarations are complete.
    pub pending_map_keys: Vec<(Span, TypeId)>,
    /// While a type parameter list is declared, map keys of type parameter
    /// type wait for every constraint.
    pub declaring_tparams: bool,
    pub pending_tparam_keys: Vec<(Span, TypeId)>,
    /// Explicit type arguments of a partially instantiated function, by span.
    pub partial_targs: HashMap<Span, Vec<TypeId>>,
    /// Enclosing blocks (by start) while checking statements, for `goto`.
    pub block_chain: Vec<u32>,
    pub reported_instantiation_cycle: bool,
    /// Untyped non-constant shifts (`1 << s`) and the expressions they flow
    /// into: span -> (the shift's span, its shifted operand's text). Their
    /// type comes from the context, which must make them integers.
    pub delayed_shifts: HashMap<Span, (Span, String)>,
    /// Checking input of an interactive session: later declarations replace
    /// earlier ones, and unused imports or a missing main are no errors.
    pub repl: bool,
}

impl<'a> Checker<'a> {
    fn new(
        prog: &'a mut Program,
        file: FileId,
        pkg: Name,
        pkg_scope: ScopeId,
        library: bool,
    ) -> Checker<'a> {
        let file_scope = prog.new_scope(Some(pkg_scope), false);
        let source = prog.files[file.0 as usize].src.clone();
        Checker {
            source,
            scope_override: None,
            unused_candidates: Vec::new(),
            type_switch_vars: HashSet::new(),
            pending_label: None,
            fallthrough_ok: HashSet::new(),
            fallthrough_final: HashSet::new(),
            in_type_switch_clause: false,
            pending_map_keys: Vec::new(),
            declaring_tparams: false,
            pending_tparam_keys: Vec::new(),
            partial_targs: HashMap::new(),
            block_chain: Vec::new(),
            reported_instantiation_cycle: false,
            delayed_shifts: HashMap::new(),
            repl: false,
            prog,
            file,
            pkg,
            pkg_scope,
            file_scope,
            library,
            errors: Vec::new(),
            decls: HashMap::new(),
            order: Vec::new(),
            resolving: Vec::new(),
            var_done: HashSet::new(),
            methods: Vec::new(),
            bodies: Vec::new(),
            imports: Vec::new(),
            deps: HashMap::new(),
            current_decl: None,
            func: None,
            iota: None,
        }
    }

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.errors.push(Diagnostic::error(span, message));
    }

    pub fn src(&self) -> &[u8] {
        &self.source
    }

    /// `./file.go:L:C` for messages that point at another declaration.
    pub fn position(&self, file: FileId, span: Span) -> String {
        let f = &self.prog.files[file.0 as usize];
        let (line, col) = grammar::LineIndex::new(&f.src).line_col(span.lo);
        format!(
            "{}:{}:{}",
            grammar::render::display_path(&f.path),
            line,
            col
        )
    }

    pub fn new_obj(&mut self, name: Name, kind: ObjKind, ty: Option<TypeId>, span: Span) -> ObjId {
        let id = ObjId(self.prog.objs.len() as u32);
        self.prog.objs.push(Object {
            name,
            kind,
            ty,
            span,
            file: self.file,
            pkg: self.pkg.clone(),
            used: false,
        });
        id
    }

    /// Declares `id` in `scope`, reporting a redeclaration as Go does.
    pub fn declare(&mut self, scope: ScopeId, id: ObjId) -> bool {
        let name = self.prog.obj(id).name.clone();
        if name.as_ref() == "_" {
            return true;
        }
        if self.repl && (scope == self.pkg_scope || scope == self.file_scope) {
            // A session redefines names freely; later inputs see the new one.
            self.prog.scopes[scope.0 as usize].names.insert(name, id);
            return true;
        }
        if let Some(&prev) = self.prog.scopes[scope.0 as usize].names.get(&name) {
            let span = self.prog.obj(id).span;
            let prev_obj = self.prog.obj(prev);
            let other = (prev_obj.span, format!("other declaration of {name}"));
            let mut d = Diagnostic::error(span, format!("{name} redeclared in this block"));
            if prev_obj.file == self.file {
                d = d.with_label(other.0, other.1);
            }
            self.errors.push(d);
            return false;
        }
        self.prog.scopes[scope.0 as usize].names.insert(name, id);
        true
    }

    // ---- collecting package-level declarations --------------------------

    fn collect(&mut self, file: &'a ast::File) {
        for imp in &file.imports {
            self.collect_import(imp);
        }
        for decl in &file.decls {
            match decl {
                ast::Decl::Const(g) => {
                    let mut source: Option<&'a ast::ValueSpec> = None;
                    for spec in &g.specs {
                        if !spec.values.is_empty() || spec.ty.is_some() || source.is_none() {
                            source = Some(spec);
                        }
                        for (index, name) in spec.names.iter().enumerate() {
                            let id = self.new_obj(
                                name.name.clone(),
                                ObjKind::Const(Value::Bool(false)),
                                None,
                                name.span,
                            );
                            self.prog.info.defs.insert((self.file, name.span), id);
                            self.decls.insert(
                                id,
                                DeclRef::Const {
                                    spec,
                                    source: source.unwrap(),
                                    index,
                                },
                            );
                            self.order.push(id);
                            self.declare(self.pkg_scope, id);
                        }
                    }
                }
                ast::Decl::Var(g) => {
                    for spec in &g.specs {
                        for (index, name) in spec.names.iter().enumerate() {
                            let kind = ObjKind::Var {
                                local: false,
                                param: false,
                            };
                            let id = self.new_obj(name.name.clone(), kind, None, name.span);
                            self.prog.info.defs.insert((self.file, name.span), id);
                            self.decls.insert(id, DeclRef::Var { spec, index });
                            self.order.push(id);
                            self.declare(self.pkg_scope, id);
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
                        self.prog.info.defs.insert((self.file, spec.name.span), id);
                        self.decls.insert(id, DeclRef::Type(spec));
                        self.order.push(id);
                        self.declare(self.pkg_scope, id);
                    }
                }
                ast::Decl::Func(f) => {
                    if f.recv.is_some() {
                        self.methods.push(f);
                        continue;
                    }
                    let name = f.name.name.as_ref();
                    if (name == "main" || name == "init") && !self.library {
                        if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                            self.error(
                                f.name.span,
                                format!("func {name} must have no arguments and no return values"),
                            );
                        }
                    }
                    let id = self.new_obj(f.name.name.clone(), ObjKind::Func, None, f.name.span);
                    self.prog.info.defs.insert((self.file, f.name.span), id);
                    self.decls.insert(id, DeclRef::Func(f));
                    self.order.push(id);
                    if name == "init" && !self.library {
                        // init functions are not declared: any number may exist.
                        self.bodies.push((id, f));
                        continue;
                    }
                    if name == "_" {
                        self.bodies.push((id, f));
                        continue;
                    }
                    if self.declare(self.pkg_scope, id) {
                        self.bodies.push((id, f));
                    } else {
                        self.bodies.push((id, f));
                    }
                }
            }
        }
        // A package-level name may not also be an import name in the file.
        let clashes: Vec<(Name, ObjId, ObjId)> = self.prog.scopes[self.file_scope.0 as usize]
            .names
            .iter()
            .filter_map(|(n, &imp)| {
                self.prog.scopes[self.pkg_scope.0 as usize]
                    .names
                    .get(n)
                    .map(|&o| (n.clone(), imp, o))
            })
            .collect();
        for (name, imp, obj) in clashes {
            let span = self.prog.obj(obj).span;
            let path = match self.prog.obj(imp).kind {
                ObjKind::PkgName(p) => self.prog.packages[p].path.clone(),
                _ => String::new(),
            };
            let pkg_name = match self.prog.obj(imp).kind {
                ObjKind::PkgName(p) => self.prog.packages[p].name.to_string(),
                _ => String::new(),
            };
            let imp_span = self.prog.obj(imp).span;
            self.errors.push(
                Diagnostic::error(
                    span,
                    format!(
                        "{name} already declared through import of package {pkg_name} (\"{path}\")"
                    ),
                )
                .with_label(imp_span, format!("other declaration of {name}")),
            );
        }
    }

    fn collect_import(&mut self, imp: &ast::ImportSpec) {
        let path =
            String::from_utf8_lossy(&grammar::literal::decode_string(&imp.path.raw)).into_owned();
        let Some(pkg) = self.prog.import(&path) else {
            self.error(imp.path.span, format!("package {path} is not in std (minigo provides: fmt, log, time, context, errors, runtime, sync, sync/atomic, strings, strconv, math, sort, os, bufio, unicode, unicode/utf8, io)"));
            return;
        };
        let pkg_name = self.prog.packages[pkg].name.clone();
        let (name, span) = match &imp.alias {
            Some(a) if a.name.as_ref() == "_" => return,
            Some(a) if a.name.as_ref() == "." => {
                // Every exported name of the package, declared in this file.
                let scope = self.prog.packages[pkg].scope;
                let mut names: Vec<(Name, ObjId)> = self.prog.scopes[scope.0 as usize]
                    .names
                    .iter()
                    .filter(|(n, _)| n.chars().next().is_some_and(|c| c.is_uppercase()))
                    .map(|(n, &o)| (n.clone(), o))
                    .collect();
                names.sort();
                for (n, o) in names {
                    self.prog.scopes[self.file_scope.0 as usize]
                        .names
                        .insert(n, o);
                }
                return;
            }
            Some(a) => (a.name.clone(), a.span),
            None => (pkg_name.clone(), imp.path.span),
        };
        let id = self.new_obj(name, ObjKind::PkgName(pkg), None, span);
        self.imports.push((id, imp.span, path));
        self.declare(self.file_scope, id);
    }

    fn resolve_all(&mut self) {
        // Types first, then their methods (so that method sets are complete
        // before any value is checked against an interface), then the rest.
        for id in self.order.clone() {
            if matches!(self.decls.get(&id), Some(DeclRef::Type(_))) {
                self.resolve(id);
            }
        }
        for f in self.methods.clone() {
            self.collect_method(f);
        }
        for id in self.order.clone() {
            self.resolve(id);
        }
    }

    /// Gives a package-level object its type (and value), checking its
    /// declaration now if that has not happened yet.
    pub fn resolve(&mut self, id: ObjId) {
        let Some(&decl) = self.decls.get(&id) else {
            return;
        };
        if self.prog.obj(id).ty.is_some() && !matches!(decl, DeclRef::Var { .. }) {
            return;
        }
        if matches!(decl, DeclRef::Var { .. }) && self.var_done.contains(&id) {
            return;
        }
        if let Some(pos) = self.resolving.iter().position(|&r| r == id) {
            self.report_cycle(&self.resolving[pos..].to_vec());
            // Break the cycle with an invalid type.
            if self.prog.obj(id).ty.is_none() {
                let invalid = self.prog.types.error_type;
                self.prog.obj_mut(id).ty = Some(invalid);
            }
            return;
        }
        self.resolving.push(id);
        let saved_func = self.func.take();
        let saved_decl = self.current_decl.replace(id);
        let saved_iota = self.iota.take();
        match decl {
            DeclRef::Const {
                spec,
                source,
                index,
            } => self.const_decl(id, spec, source, index),
            DeclRef::Var { spec, index } => self.package_var_decl(id, spec, index),
            DeclRef::Type(spec) => self.type_decl(id, spec),
            DeclRef::Func(f) => self.func_decl(id, f),
        }
        self.func = saved_func;
        self.current_decl = saved_decl;
        self.iota = saved_iota;
        self.resolving.pop();
    }

    pub(crate) fn report_cycle(&mut self, cycle: &[ObjId]) {
        let objs: Vec<&Object> = cycle.iter().map(|&i| self.prog.obj(i)).collect();
        let all_types = cycle
            .iter()
            .all(|i| matches!(self.decls.get(i), Some(DeclRef::Type(_))));
        let first = objs[0];
        if all_types {
            if objs.len() == 1 {
                self.error(
                    first.span,
                    format!("invalid recursive type: {} refers to itself", first.name),
                );
            } else {
                let mut d =
                    Diagnostic::error(first.span, format!("invalid recursive type {}", first.name));
                for w in 0..objs.len() {
                    let (a, b) = (objs[w], objs[(w + 1) % objs.len()]);
                    d = d.with_label(a.span, format!("{} refers to {}", a.name, b.name));
                }
                self.errors.push(d);
            }
        } else {
            let mut d = Diagnostic::error(
                first.span,
                format!(
                    "initialization cycle or invalid recursive reference: {}",
                    first.name
                ),
            );
            d.message = format!("initialization cycle for {}", first.name);
            for w in 0..objs.len() {
                let (a, b) = (objs[w], objs[(w + 1) % objs.len()]);
                d = d.with_label(a.span, format!("{} refers to {}", a.name, b.name));
            }
            self.errors.push(d);
        }
    }

    fn const_decl(
        &mut self,
        id: ObjId,
        spec: &'a ast::ValueSpec,
        source: &'a ast::ValueSpec,
        index: usize,
    ) {
        self.iota = Some(spec.iota);
        let declared = source.ty.as_ref().map(|t| self.type_expr(t));
        let invalid = self.prog.types.error_type;
        let Some(init) = source.values.get(index) else {
            if source.values.is_empty() && index == 0 {
                self.error(
                    spec.names[0].span,
                    "missing init expr for const declaration",
                );
            } else if index >= source.values.len() {
                self.error(
                    spec.names[index].span,
                    "missing init expr for const declaration",
                );
            }
            self.prog.obj_mut(id).ty = Some(declared.unwrap_or(invalid));
            return;
        };
        if index == source.names.len() - 1
            && source.values.len() > source.names.len()
            && std::ptr::eq(spec, source)
        {
            let extra = &source.values[source.names.len()];
            let text = expr_string(extra, self.src());
            self.error(extra.span, format!("extra init expr {text}"));
        }
        let mut x = self.expr(init);
        if x.mode == expr::Mode::Invalid {
            self.prog.obj_mut(id).ty = Some(invalid);
            return;
        }
        if x.mode != expr::Mode::Const {
            let d = self.describe(&x);
            self.error(init.span, format!("{d} is not constant"));
            self.prog.obj_mut(id).ty = Some(invalid);
            return;
        }
        if let Some(t) = declared {
            self.assign_to(&mut x, t, "constant declaration");
        }
        let value = x.val.clone().unwrap_or(Value::Bool(false));
        let obj = self.prog.obj_mut(id);
        obj.kind = ObjKind::Const(value);
        obj.ty = Some(if x.mode == expr::Mode::Invalid {
            invalid
        } else {
            x.ty
        });
    }

    fn package_var_decl(&mut self, id: ObjId, spec: &'a ast::ValueSpec, index: usize) {
        // All names of a spec are typed together (`var a, b = f()`).
        let ids: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| {
                self.prog
                    .info
                    .defs
                    .get(&(self.file, n.span))
                    .copied()
                    .unwrap_or(id)
            })
            .collect();
        let _ = index;
        for &i in &ids {
            self.var_done.insert(i);
        }
        self.var_spec(spec, &ids);
    }

    fn type_decl(&mut self, id: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            if spec.type_params.is_empty() {
                let t = self.type_expr(&spec.ty);
                self.prog.obj_mut(id).ty = Some(t);
            } else {
                let scope = self.prog.new_scope(Some(self.file_scope), false);
                let tparams = self.declare_type_params(scope, &spec.type_params);
                let t = self.with_scope(Some(scope), |c| c.type_expr(&spec.ty));
                self.prog.generic_aliases.insert(id, (tparams, t));
                self.prog.obj_mut(id).ty = Some(t);
            }
            return;
        }
        let named = self
            .prog
            .types
            .new_named(spec.name.name.clone(), self.pkg.clone());
        self.prog.obj_mut(id).ty = Some(named);
        let scope = if spec.type_params.is_empty() {
            None
        } else {
            let scope = self.prog.new_scope(Some(self.file_scope), false);
            let tparams = self.declare_type_params(scope, &spec.type_params);
            self.prog.types.named_info_mut(named).unwrap().tparams = tparams;
            Some(scope)
        };
        let u = self.with_scope(scope, |c| c.type_expr(&spec.ty));
        let mut under = self.prog.types.underlying(u);
        if self.prog.types.is_type_param(u) {
            self.error(
                spec.ty.span,
                format!("cannot use a type parameter as RHS in type declaration"),
            );
            under = self.prog.types.error_type;
        }
        self.prog.types.named_info_mut(named).unwrap().underlying = Some(under);
        self.complete_pending_instances(named);
        // Map key types that referred to this type before it was complete.
        let pending = std::mem::take(&mut self.pending_map_keys);
        for (span, k) in pending {
            if self
                .prog
                .types
                .named_info(k)
                .is_some_and(|n| n.underlying.is_none())
            {
                self.pending_map_keys.push((span, k));
            } else if self.prog.types.comparable(k).is_err() {
                let name = self.type_name(k);
                self.error(span, format!("invalid map key type {name}"));
            }
        }
    }

    /// Where a type's object sits in the resolution stack (for cycles).
    pub fn resolving_type_position(&self, obj: ObjId) -> Option<usize> {
        self.resolving.iter().position(|&r| r == obj)
    }

    pub fn resolving_slice(&self, from: usize) -> Vec<ObjId> {
        self.resolving[from..].to_vec()
    }

    fn func_decl(&mut self, id: ObjId, f: &'a ast::FuncDecl) {
        let scope = self.prog.new_scope(Some(self.file_scope), false);
        let tparams = self.declare_type_params(scope, &f.type_params);
        let sig = self.with_scope(Some(scope), |c| c.signature(&f.sig));
        self.prog.obj_mut(id).ty = Some(sig);
        if !tparams.is_empty() {
            self.prog.generic_funcs.insert(id, (tparams, scope));
        }
        if f.body.is_none() && !self.library {
            self.error(f.name.span, "missing function body");
        }
    }

    fn collect_method(&mut self, f: &'a ast::FuncDecl) {
        let recv = f.recv.as_ref().unwrap();
        // The receiver's base type name, with an optional `*` and type parameters.
        let (pointer, base_expr) = match &recv.ty.kind {
            ast::ExprKind::Star(x) => (true, x.as_ref()),
            ast::ExprKind::Paren(x) => match &x.kind {
                ast::ExprKind::Star(y) => (true, y.as_ref()),
                _ => (false, x.as_ref()),
            },
            _ => (false, &recv.ty),
        };
        let (base_name, targ_names): (&ast::Ident, Vec<&ast::Ident>) = match &base_expr.kind {
            ast::ExprKind::Ident(id) => (id, vec![]),
            ast::ExprKind::Index { x, indices } => match &x.kind {
                ast::ExprKind::Ident(id) => (
                    id,
                    indices
                        .iter()
                        .filter_map(|e| {
                            if let ast::ExprKind::Ident(i) = &e.kind {
                                Some(i)
                            } else {
                                None
                            }
                        })
                        .collect(),
                ),
                _ => {
                    self.error(base_expr.span, "invalid receiver type");
                    return;
                }
            },
            ast::ExprKind::Selector { x, .. } => {
                if let ast::ExprKind::Ident(p) = &x.kind {
                    if let Some(o) = self.prog.lookup(self.file_scope, &p.name) {
                        self.prog.obj_mut(o).used = true;
                    }
                }
                let text = expr_string(base_expr, self.src());
                self.error(
                    base_expr.span,
                    format!("cannot define new methods on non-local type {text}"),
                );
                return;
            }
            _ => {
                self.error(base_expr.span, "invalid receiver type");
                return;
            }
        };
        let Some(obj) = self.prog.lookup(self.file_scope, &base_name.name) else {
            self.error(base_name.span, format!("undefined: {}", base_name.name));
            return;
        };
        self.prog.info.uses.insert((self.file, base_name.span), obj);
        let base = self.prog.obj(obj);
        let Some(named) = base.ty else { return };
        if !matches!(base.kind, ObjKind::TypeName) {
            self.error(base_name.span, format!("{} is not a type", base_name.name));
            return;
        }
        if base.pkg.is_empty() {
            self.error(
                base_name.span,
                format!(
                    "cannot define new methods on non-local type {}",
                    base_name.name
                ),
            );
            return;
        }
        if !matches!(self.prog.types.get(named), Type::Named(_)) {
            self.error(
                base_name.span,
                format!("invalid receiver type {}", base_name.name),
            );
            return;
        }
        let under = self.prog.types.underlying(named);
        if matches!(
            self.prog.types.get(under),
            Type::Pointer(_) | Type::Interface(_)
        ) {
            self.error(
                base_name.span,
                format!(
                    "invalid receiver type {} (pointer or interface type)",
                    base_name.name
                ),
            );
            return;
        }
        // Receiver type parameters stand for the type's parameters.
        let scope = self.prog.new_scope(Some(self.file_scope), false);
        let tparams = self.prog.types.named_info(named).unwrap().tparams.clone();
        let mut recv_type = named;
        if !tparams.is_empty() {
            if targ_names.len() != tparams.len() {
                self.error(
                    base_expr.span,
                    format!(
                        "got {} type arguments but {} has {} type parameters",
                        targ_names.len(),
                        base_name.name,
                        tparams.len()
                    ),
                );
                return;
            }
            let mut rparams = Vec::new();
            for (i, n) in targ_names.iter().enumerate() {
                let tp = self.prog.types.new_tparam(n.name.clone(), i);
                let constraint = self.prog.types.tparam_info(tparams[i]).unwrap().constraint;
                if let Type::TypeParam(k) = self.prog.types.get(tp).clone() {
                    self.prog.types.tparams[k as usize].constraint = constraint;
                }
                let o = self.new_obj(n.name.clone(), ObjKind::TypeName, Some(tp), n.span);
                self.declare(scope, o);
                rparams.push(tp);
            }
            recv_type = self.instantiate_named(named, &rparams);
        }
        let name = f.name.name.clone();
        // Duplicate methods and field/method clashes.
        if let Some(i) = self
            .prog
            .types
            .named_info(named)
            .unwrap()
            .methods
            .iter()
            .position(|m| m.name == name)
        {
            let prev = &self.prog.types.named_info(named).unwrap().methods[i];
            let prev_obj = self.prog.obj(prev.func);
            if self.repl && prev_obj.file != self.file {
                // A session replaces a method an earlier input declared.
                self.prog
                    .types
                    .named_info_mut(named)
                    .unwrap()
                    .methods
                    .remove(i);
                return self.collect_method(f);
            }
            let at = self.position(prev_obj.file, prev_obj.span);
            let tname = self.prog.types.display(named, Some(&self.pkg));
            self.errors.push(Diagnostic::error(
                f.name.span,
                format!("method {tname}.{name} already declared at {at}"),
            ));
            return;
        }
        if let Type::Struct(fields) = self.prog.types.get(under) {
            if fields.iter().any(|fl| fl.name == name) {
                self.error(
                    f.name.span,
                    format!("field and method with the same name {name}"),
                );
                return;
            }
        }
        let recv_param = if pointer {
            self.prog.types.pointer(recv_type)
        } else {
            recv_type
        };
        let sig = self.with_scope(Some(scope), |c| c.signature(&f.sig));
        let id = self.new_obj(name.clone(), ObjKind::Func, Some(sig), f.name.span);
        self.prog.info.defs.insert((self.file, f.name.span), id);
        self.prog.method_recv.insert(id, (recv_param, scope));
        self.prog
            .types
            .named_info_mut(named)
            .unwrap()
            .methods
            .push(crate::types::NamedMethod {
                name,
                sig,
                pointer_recv: pointer,
                func: id,
            });
        if f.body.is_none() && !self.library {
            self.error(f.name.span, "missing function body");
        }
        self.bodies.push((id, f));
    }

    fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let (id, f) = self.bodies[i];
            i += 1;
            if f.body.is_some() {
                self.func_body(id, f);
            }
        }
    }

    fn finish(&mut self, file: &ast::File) {
        if self.repl {
            return;
        }
        for (id, span, path) in self.imports.clone() {
            if !self.prog.obj(id).used {
                let obj = self.prog.obj(id);
                let pkg_name = match obj.kind {
                    ObjKind::PkgName(p) => self.prog.packages[p].name.clone(),
                    _ => obj.name.clone(),
                };
                if obj.name != pkg_name {
                    self.error(
                        span,
                        format!("\"{path}\" imported as {} and not used", obj.name),
                    );
                } else {
                    self.error(span, format!("\"{path}\" imported and not used"));
                }
            }
        }
        if !self.library && file.package.name.as_ref() == "main" {
            let has_main = self.prog.scopes[self.pkg_scope.0 as usize]
                .names
                .get("main")
                .is_some_and(|&id| matches!(self.prog.obj(id).kind, ObjKind::Func));
            if !has_main && self.errors.is_empty() {
                self.error(
                    file.package.span,
                    "function main is undeclared in the main package",
                );
            }
        }
        self.compute_init_order();
    }

    /// Package variables in Go's initialization order: repeatedly the
    /// earliest (in declaration order) variable whose dependencies are
    /// initialized, dependencies followed through functions.
    /// Reports initialization cycles among package variables, following
    /// references through functions (`var a = f(); func f() int { return a }`).
    fn report_init_cycles(&mut self, vars: &[ObjId]) {
        let mut reported = std::collections::HashSet::new();
        for &v in vars {
            if reported.contains(&v) {
                continue;
            }
            // Depth-first search for a path from v back to v.
            let mut path = vec![v];
            let mut seen = std::collections::HashSet::new();
            if self.cycle_path(v, v, &mut path, &mut seen) {
                for &p in &path {
                    reported.insert(p);
                }
                let objs: Vec<(Name, Span)> = path
                    .iter()
                    .map(|&i| (self.prog.obj(i).name.clone(), self.prog.obj(i).span))
                    .collect();
                if objs.len() == 1 {
                    self.error(
                        objs[0].1,
                        format!("initialization cycle: {} refers to itself", objs[0].0),
                    );
                    continue;
                }
                let mut d =
                    Diagnostic::error(objs[0].1, format!("initialization cycle for {}", objs[0].0));
                for w in 0..objs.len() {
                    let (a, b) = (&objs[w], &objs[(w + 1) % objs.len()]);
                    d = d.with_note(format!(
                        "{}: {} refers to {}",
                        self.position(self.file, a.1),
                        a.0,
                        b.0
                    ));
                }
                self.errors.push(d);
            }
        }
    }

    fn cycle_path(
        &self,
        target: ObjId,
        at: ObjId,
        path: &mut Vec<ObjId>,
        seen: &mut std::collections::HashSet<ObjId>,
    ) -> bool {
        let mut next: Vec<ObjId> = self.deps.get(&at).cloned().unwrap_or_default();
        next.dedup();
        for n in next {
            if n == target {
                return true;
            }
            if !seen.insert(n) {
                continue;
            }
            path.push(n);
            if self.cycle_path(target, n, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }

    fn compute_init_order(&mut self) {
        let vars: Vec<ObjId> = self
            .order
            .iter()
            .copied()
            .filter(|id| matches!(self.decls.get(id), Some(DeclRef::Var { .. })))
            .collect();
        let var_set: HashSet<ObjId> = vars.iter().copied().collect();
        if !self.library {
            self.report_init_cycles(&vars);
        }
        // Transitive variable dependencies of each var.
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &v in &vars {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = HashSet::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                if var_set.contains(&d) {
                    out.insert(d);
                } else if let Some(more) = self.deps.get(&d) {
                    stack.extend(more.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = Vec::new();
        while order.len() < vars.len() {
            let next = vars.iter().copied().find(|v| {
                !done.contains(v) && var_deps[v].iter().all(|d| done.contains(d) || d == v)
            });
            match next {
                Some(v) => {
                    done.insert(v);
                    order.push(v);
                }
                None => {
                    // A cycle; it was reported when resolving. Keep source order.
                    for &v in &vars {
                        if done.insert(v) {
                            order.push(v);
                        }
                    }
                }
            }
        }
        let pkg = self
            .prog
            .packages
            .iter()
            .position(|p| p.scope == self.pkg_scope)
            .unwrap();
        self.prog.packages[pkg].init_order = order;
    }

    /// Runs `f` with `scope` as the innermost scope for lookups.
    pub fn with_scope<T>(&mut self, scope: Option<ScopeId>, f: impl FnOnce(&mut Self) -> T) -> T {
        match scope {
            None => f(self),
            Some(s) => {
                let saved = std::mem::replace(&mut self.scope_override, Some(s));
                let r = f(self);
                self.scope_override = saved;
                r
            }
        }
    }

    /// The innermost scope for name lookups right now.
    pub fn current_scope(&self) -> ScopeId {
        if let Some(f) = &self.func {
            return f.scope;
        }
        self.scope_override.unwrap_or(self.file_scope)
    }

    /// Looks a name up from the current scope, marking it used.
    pub fn lookup_name(&mut self, name: &str) -> Option<ObjId> {
        let id = self.prog.lookup(self.current_scope(), name)?;
        Some(id)
    }

    pub fn record_dep(&mut self, id: ObjId) {
        if let Some(cur) = self.current_decl {
            if self.decls.contains_key(&id) {
                self.deps.entry(cur).or_default().push(id);
            }
        }
    }
}
