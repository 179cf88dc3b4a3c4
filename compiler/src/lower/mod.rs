//! Lowering checked Go to the runtime's register bytecode.
//!
//! - `mod.rs`: the unit — package-level declarations, the tables shared by
//!   every function (function ids, globals, runtime types), the entry.
//! - `types.rs`: widths, layouts, runtime type descriptors.
//! - `escape.rs`: which variables live on the heap.
//! - `func.rs`: one function's lowering state: registers, variables, places.
//! - `stmt.rs`, `expr.rs`, `call.rs`, `print.rs`: statements, expressions,
//!   calls (builtins, natives, methods, closures, defer), printing.
//! - `incremental.rs`: a live program that grows input by input (the REPL).
//!
//! Values are runs of slots (see `runtime::rtype`): an expression lowers to
//! the first of `width(type)` consecutive registers. What the VM cannot run
//! yet is refused with a diagnostic that names it — never run differently.

mod call;
mod escape;
mod expr;
mod func;
mod generic;
mod incremental;
mod print;
mod promote;
mod stmt;
mod types;

use crate::check::Program as Checked;
use crate::objects::{FileId, ObjId, ObjKind};
use crate::types::{Type, TypeId};
use func::Lowerer;
use grammar::ast;
use grammar::{Diagnostic, LineIndex, Span};
use runtime::bytecode::{FuncId, Function, Op};
use runtime::heap::{Heap, Layout};
use runtime::program::Program;
use runtime::rtype::{Kind, RType};
use std::collections::HashMap;

pub use incremental::{Incremental, InputError};

/// Where a package-level variable lives: `slots` words from `index` in
/// `Program::globals`, or (when `boxed`) a heap object whose address is the
/// word at `index`.
#[derive(Debug, Clone, Copy)]
pub struct Global {
    pub index: u32,
    pub boxed: bool,
}

/// The state shared by every function of the program being lowered.
pub struct Unit<'a> {
    pub checked: &'a Checked,
    /// The checker's type table, owned: instantiating generic code makes
    /// new types (`[]T` becomes `[]int`).
    pub types: crate::types::Types,
    pub file: FileId,
    pub lines: LineIndex,
    pub path: String,
    /// The import path of the package being lowered ("main", "context").
    pub pkg: String,
    pub prog: Program,
    pub heap: Heap,
    pub funcs: HashMap<ObjId, FuncId>,
    pub globals: HashMap<ObjId, Global>,
    pub rtypes: HashMap<TypeId, u32>,
    pub elems: HashMap<TypeId, u32>,
    pub maps: HashMap<TypeId, u32>,
    pub natives: HashMap<String, u32>,
    /// Globals whose address is taken somewhere.
    pub boxed_globals: std::collections::HashSet<ObjId>,
    pub errors: Vec<Diagnostic>,
    /// Generic functions and methods declared in the program, which
    /// `instance` can instantiate.
    pub generic_decls: std::collections::HashSet<ObjId>,
    /// Instances by function and type arguments; those not lowered yet.
    pub instances: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    pub pending_instances: Vec<(ObjId, Vec<TypeId>, FuncId)>,
    /// Library functions not lowered unless used; those asked for.
    pub lazy_decls: std::collections::HashSet<ObjId>,
    pub pending_funcs: Vec<(ObjId, FuncId)>,
    /// While an instance is lowered: its type parameters' arguments.
    pub subst: HashMap<TypeId, TypeId>,
    /// A generic type instance the checker did not make was needed.
    pub missing_instance: bool,
}

/// A unit's state without the checked program it reads: what an
/// incremental session keeps between inputs, while the checker adds to the
/// program (`Unit::resume`, `Unit::suspend`).
pub struct State {
    types: crate::types::Types,
    file: FileId,
    lines: LineIndex,
    path: String,
    pkg: String,
    pub prog: Program,
    pub heap: Heap,
    funcs: HashMap<ObjId, FuncId>,
    globals: HashMap<ObjId, Global>,
    rtypes: HashMap<TypeId, u32>,
    elems: HashMap<TypeId, u32>,
    maps: HashMap<TypeId, u32>,
    natives: HashMap<String, u32>,
    boxed_globals: std::collections::HashSet<ObjId>,
    errors: Vec<Diagnostic>,
    generic_decls: std::collections::HashSet<ObjId>,
    instances: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    pending_instances: Vec<(ObjId, Vec<TypeId>, FuncId)>,
    lazy_decls: std::collections::HashSet<ObjId>,
    pending_funcs: Vec<(ObjId, FuncId)>,
    subst: HashMap<TypeId, TypeId>,
    missing_instance: bool,
}

impl State {
    fn new(checked: &Checked, file: FileId, src: &[u8], path: &str) -> State {
        State {
            types: checked.types.clone(),
            file,
            lines: LineIndex::new(src),
            path: path.to_string(),
            pkg: "main".into(),
            prog: Program::default(),
            heap: Heap::new(),
            funcs: HashMap::new(),
            globals: HashMap::new(),
            rtypes: HashMap::new(),
            elems: HashMap::new(),
            maps: HashMap::new(),
            natives: HashMap::new(),
            boxed_globals: Default::default(),
            errors: Vec::new(),
            generic_decls: Default::default(),
            instances: HashMap::new(),
            pending_instances: Vec::new(),
            lazy_decls: Default::default(),
            pending_funcs: Vec::new(),
            subst: HashMap::new(),
            missing_instance: false,
        }
    }
}

impl<'a> Unit<'a> {
    /// A unit over `checked` with the state an earlier unit left. The
    /// state's type table must extend `checked.types` (the lowering adds
    /// types of its own: signatures, substituted instances).
    pub fn resume(checked: &'a Checked, s: State) -> Unit<'a> {
        Unit {
            checked,
            types: s.types,
            file: s.file,
            lines: s.lines,
            path: s.path,
            pkg: s.pkg,
            prog: s.prog,
            heap: s.heap,
            funcs: s.funcs,
            globals: s.globals,
            rtypes: s.rtypes,
            elems: s.elems,
            maps: s.maps,
            natives: s.natives,
            boxed_globals: s.boxed_globals,
            errors: s.errors,
            generic_decls: s.generic_decls,
            instances: s.instances,
            pending_instances: s.pending_instances,
            lazy_decls: s.lazy_decls,
            pending_funcs: s.pending_funcs,
            subst: s.subst,
            missing_instance: s.missing_instance,
        }
    }

    /// The unit's state, for a later `resume`.
    pub fn suspend(self) -> State {
        State {
            types: self.types,
            file: self.file,
            lines: self.lines,
            path: self.path,
            pkg: self.pkg,
            prog: self.prog,
            heap: self.heap,
            funcs: self.funcs,
            globals: self.globals,
            rtypes: self.rtypes,
            elems: self.elems,
            maps: self.maps,
            natives: self.natives,
            boxed_globals: self.boxed_globals,
            errors: self.errors,
            generic_decls: self.generic_decls,
            instances: self.instances,
            pending_instances: self.pending_instances,
            lazy_decls: self.lazy_decls,
            pending_funcs: self.pending_funcs,
            subst: self.subst,
            missing_instance: self.missing_instance,
        }
    }
}

/// Marks a native index as one of `Program::runtime_natives`.
const RUNTIME_NATIVE: u32 = 1 << 31;

/// The `Program::runtime_natives` index of a native index, if it is one.
pub fn runtime_native(native: u32) -> Option<u32> {
    (native & RUNTIME_NATIVE != 0).then_some(native & !RUNTIME_NATIVE)
}

pub fn unsupported(span: Span, what: &str) -> Diagnostic {
    Diagnostic::error(span, format!("minigo cannot run {what} yet"))
        .with_note("not implemented in this version of minigo")
}

/// One source file being lowered: package main's, or that of a
/// standard-library package written in Go (`runtime/go/`).
struct Source<'x> {
    file: FileId,
    ast: &'x ast::File,
    src: &'x [u8],
    path: String,
    /// The package's import path ("main", "context").
    pkg: String,
}

/// What the lowering collected from one source file.
struct Collected<'x> {
    decls: Vec<(&'x ast::FuncDecl, FuncId)>,
    var_specs: HashMap<ObjId, (&'x ast::ValueSpec, usize)>,
    /// Generic functions and methods: lowered per instance, on demand.
    generics: Vec<(ObjId, &'x ast::FuncDecl)>,
    /// A library's functions and methods: lowered when used (`func_of`),
    /// so that importing a package costs only what the program calls.
    lazy: Vec<(ObjId, &'x ast::FuncDecl)>,
}

/// Compiles package main, with the Go-written standard-library packages it
/// imports. `path` is the source file as tracebacks print it.
pub fn lower_program(
    checked: &Checked,
    file: FileId,
    ast: &ast::File,
    src: &[u8],
    path: &str,
) -> Result<(Program, Heap, FuncId), Vec<Diagnostic>> {
    let mut u = Unit::new(checked, file, src, path);
    u.prelude();
    // The Go-written packages, in the order the checker loaded them (a
    // package's imports before it), then main.
    let lib_asts: Vec<(FileId, String, ast::File)> = checked
        .packages
        .iter()
        .filter(|p| crate::check::stdlib_is_go(&p.path))
        .filter_map(|p| {
            let fid = checked
                .files
                .iter()
                .position(|f| f.path == crate::check::stdlib_file_path(&p.path))?;
            let src = &checked.files[fid].src;
            let parsed = grammar::parse_file(src);
            Some((FileId(fid as u32), p.path.clone(), parsed.file?))
        })
        .collect();
    let mut sources: Vec<Source> = lib_asts
        .iter()
        .map(|(fid, pkg, a)| Source {
            file: *fid,
            ast: a,
            src: &checked.files[fid.0 as usize].src,
            path: checked.files[fid.0 as usize].path.clone(),
            pkg: pkg.clone(),
        })
        .collect();
    sources.push(Source {
        file,
        ast,
        src,
        path: path.to_string(),
        pkg: "main".into(),
    });
    // Function ids first, so that calls and method tables can name any.
    let mut collected: Vec<Collected> = Vec::new();
    for s in &sources {
        u.enter(s);
        collected.push(u.collect(s.ast));
    }
    for imp in &ast.imports {
        let p = imp.path.raw.trim_matches('"');
        if !SUPPORTED_PACKAGES.contains(&p) {
            u.errors.push(unsupported(
                imp.span,
                &format!("the package {}", imp.path.raw),
            ));
        }
    }
    // Globals: address-taken ones and arrays live in heap boxes.
    for (s, c) in sources.iter().zip(&collected) {
        u.enter(s);
        u.alloc_globals(c, false);
    }
    let mut main = None;
    let mut package_inits: Vec<FuncId> = Vec::new();
    for (s, c) in sources.iter().zip(&collected) {
        u.enter(s);
        for (f, fid) in &c.decls {
            let func = Lowerer::lower_decl(&mut u, f);
            if s.pkg == "main" && f.name.name.as_ref() == "main" && f.recv.is_none() {
                main = Some(*fid);
            }
            u.prog.funcs[*fid as usize] = func;
        }
        let inits: Vec<FuncId> = c
            .decls
            .iter()
            .filter(|(f, _)| f.name.name.as_ref() == "init" && f.recv.is_none())
            .map(|(_, fid)| *fid)
            .collect();
        let init_order = checked
            .packages
            .iter()
            .find(|p| p.path == s.pkg)
            .map(|p| p.init_order.clone())
            .unwrap_or_default();
        if s.pkg != "main" {
            // A library package's variables and init functions: one
            // function the entry calls before main's initialization.
            let init = Lowerer::lower_init(&mut u, &init_order, &c.var_specs, &inits);
            package_inits.push(u.prog.funcs.len() as FuncId);
            u.prog.funcs.push(init);
            continue;
        }
        // The entry: the packages' initialization, package variables in
        // Go's initialization order, then the init functions in source
        // order, then main.main.
        let Some(main_fn) = main else {
            // `minigo run` checks for main first; a library-style check does not.
            u.errors.push(Diagnostic::error(
                ast.package.span,
                "function main is undeclared in the main package",
            ));
            return Err(u.errors);
        };
        let entry = Lowerer::lower_entry(
            &mut u,
            &package_inits,
            &init_order,
            &c.var_specs,
            &inits,
            main_fn,
        );
        u.prog.funcs.push(entry);
    }
    let entry_id = u.prog.funcs.len() as FuncId - 1;
    // The instances of generic functions and methods the program uses
    // (an instance may ask for more).
    let generic_decls: HashMap<ObjId, (usize, &ast::FuncDecl)> = collected
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.generics.iter().map(move |&(id, f)| (id, (i, f))))
        .collect();
    let lazy_decls: HashMap<ObjId, (usize, &ast::FuncDecl)> = collected
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.lazy.iter().map(move |&(id, f)| (id, (i, f))))
        .collect();
    u.drain(&|f| {
        let (si, decl) = lazy_decls.get(&f).or_else(|| generic_decls.get(&f))?;
        Some((&sources[*si], *decl))
    });
    if u.missing_instance {
        u.errors.push(unsupported(
            ast.package.span,
            "this use of a generic type (an instance the checker did not make)",
        ));
    }
    if !u.errors.is_empty() {
        return Err(u.errors);
    }
    if let Err(e) = u.prog.verify() {
        return Err(vec![Diagnostic::error(
            ast.package.span,
            format!("minigo internal error: bad bytecode: {e}"),
        )]);
    }
    Ok((u.prog, u.heap, entry_id))
}

impl<'a> Unit<'a> {
    /// The function id of function or method `id`: a library's is
    /// reserved, and queued for lowering, the first time it is used.
    pub fn func_of(&mut self, id: ObjId) -> Option<FuncId> {
        if let Some(&f) = self.funcs.get(&id) {
            return Some(f);
        }
        if !self.lazy_decls.remove(&id) {
            return None;
        }
        let f = self.reserve_func();
        self.funcs.insert(id, f);
        self.pending_funcs.push((id, f));
        Some(f)
    }

    /// A unit with nothing lowered yet; `file` (from `src`, shown as
    /// `path`) is the file whose spans it looks up first.
    fn new(checked: &'a Checked, file: FileId, src: &[u8], path: &str) -> Unit<'a> {
        Unit::resume(checked, State::new(checked, file, src, path))
    }

    /// Makes `s` the file whose spans the lowering looks up.
    fn enter(&mut self, s: &Source) {
        self.enter_file(s.file, s.src, &s.path, &s.pkg);
    }

    fn enter_file(&mut self, file: FileId, src: &[u8], path: &str, pkg: &str) {
        self.file = file;
        self.lines = LineIndex::new(src);
        self.path = path.to_string();
        self.pkg = pkg.to_string();
    }

    /// Places for a file's package variables: heap boxes for those whose
    /// address is taken (or all, with `all_boxed`) and arrays, registers'
    /// worth of global slots for the rest.
    fn alloc_globals(&mut self, c: &Collected, all_boxed: bool) {
        let mut esc = escape::Escapes::new(self);
        let bodies = c.decls.iter().map(|(f, _)| *f);
        for f in bodies.chain(c.lazy.iter().map(|(_, f)| *f)) {
            if let Some(b) = &f.body {
                esc.block(&b.stmts);
            }
        }
        let escaped = esc.boxed;
        let mut order: Vec<ObjId> = c.var_specs.keys().copied().collect();
        order.sort_by_key(|id| self.checked.obj(*id).span.lo);
        for id in order {
            let ty = self.checked.obj(id).ty.unwrap();
            let boxed = all_boxed || escaped.contains(&id) || self.needs_memory(ty);
            let slots = if boxed { 1 } else { self.width(ty) };
            let index = self.prog.globals.len() as u32;
            self.globals.insert(id, Global { index, boxed });
            self.prog.add_globals(slots as usize);
        }
    }

    /// Lowers the library functions and generic instances asked for so
    /// far (each may ask for more); `decl` finds a declaration's source.
    fn drain<'x>(&mut self, decl: &dyn Fn(ObjId) -> Option<(&'x Source<'x>, &'x ast::FuncDecl)>) {
        loop {
            if let Some((f, fid)) = self.pending_funcs.pop() {
                let (s, d) = decl(f).expect("a queued function has a declaration");
                self.enter(s);
                self.prog.funcs[fid as usize] = Lowerer::lower_decl(self, d);
            } else if let Some((f, targs, fid)) = self.pending_instances.pop() {
                let (s, d) = decl(f).expect("a queued instance has a declaration");
                self.enter(s);
                self.subst = self.instance_subst(f, &targs);
                let mut func = Lowerer::lower_decl(self, d);
                func.name = Unit::instance_name(&func.name);
                self.subst.clear();
                self.prog.funcs[fid as usize] = func;
            } else {
                break;
            }
        }
    }

    /// A file's functions (ids reserved) and package variables.
    fn collect<'x>(&mut self, ast: &'x ast::File) -> Collected<'x> {
        let mut c = Collected {
            decls: Vec::new(),
            var_specs: HashMap::new(),
            generics: Vec::new(),
            lazy: Vec::new(),
        };
        for d in &ast.decls {
            match d {
                // In a library, a function without body is a native.
                ast::Decl::Func(f) if self.pkg != "main" && f.body.is_none() => {}
                ast::Decl::Func(f)
                    if self.pkg != "main"
                        && f.name.name.as_ref() != "init"
                        && f.type_params.is_empty()
                        && !self.generic_recv(f) =>
                {
                    if let Some(&id) = self.checked.info.defs.get(&(self.file, f.name.span)) {
                        self.lazy_decls.insert(id);
                        c.lazy.push((id, f.as_ref()));
                    }
                }
                ast::Decl::Func(f) if f.type_params.is_empty() && !self.generic_recv(f) => {
                    if let Some(&id) = self.checked.info.defs.get(&(self.file, f.name.span)) {
                        let fid = self.reserve_func();
                        if f.name.name.as_ref() != "init" {
                            self.funcs.insert(id, fid);
                        }
                        c.decls.push((f.as_ref(), fid));
                    }
                }
                ast::Decl::Func(f) => {
                    if let Some(&id) = self.checked.info.defs.get(&(self.file, f.name.span)) {
                        self.generic_decls.insert(id);
                        c.generics.push((id, f.as_ref()));
                    }
                }
                ast::Decl::Var(g) => {
                    for spec in &g.specs {
                        for (index, n) in spec.names.iter().enumerate() {
                            if let Some(&id) = self.checked.info.defs.get(&(self.file, n.span)) {
                                c.var_specs.insert(id, (spec, index));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        c
    }
}

/// Packages whose functions the VM provides.
const SUPPORTED_PACKAGES: &[&str] = &[
    "fmt",
    "strings",
    "strconv",
    "math",
    "unicode",
    "unicode/utf8",
    "errors",
    "os",
    "sort",
    "log",
    "bufio",
    "io",
    "time",
    "sync",
    "sync/atomic",
    "runtime",
    "context",
];

impl<'a> Unit<'a> {
    /// A function id whose code is filled in later.
    pub fn reserve_func(&mut self) -> FuncId {
        self.prog.funcs.push(Function::default());
        self.prog.funcs.len() as FuncId - 1
    }

    fn generic_recv(&self, f: &ast::FuncDecl) -> bool {
        let Some(id) = self.checked.info.defs.get(&(self.file, f.name.span)) else {
            return false;
        };
        self.checked.method_recv.get(id).is_some_and(|(t, _)| {
            let t = match self.types.get(*t) {
                Type::Pointer(e) => *e,
                _ => *t,
            };
            self.checked
                .types
                .named_info(t)
                .is_some_and(|n| !n.tparams.is_empty() || !n.targs.is_empty())
        })
    }

    /// Whether method object `m` has a pointer receiver.
    pub fn pointer_receiver(&self, m: ObjId) -> bool {
        self.checked
            .method_recv
            .get(&m)
            .is_some_and(|(t, _)| matches!(self.types.get(*t), Type::Pointer(_)))
    }

    /// Whether values of `t` must live in memory when they are variables
    /// (arrays are indexed at run time).
    pub fn needs_memory(&self, t: TypeId) -> bool {
        if self.special_width(t).is_some() {
            return false;
        }
        match self.under(t) {
            Type::Array(..) => true,
            Type::Struct(fields) => fields.iter().any(|f| self.needs_memory(f.ty)),
            _ => false,
        }
    }

    pub fn line(&self, span: Span) -> u32 {
        self.lines.line_col(span.lo).0
    }

    pub fn fail(&mut self, span: Span, what: &str) {
        self.errors.push(unsupported(span, what));
    }

    /// The native implementing Go function `name`: an index into
    /// `Program::natives`, or one into `Program::runtime_natives` (for
    /// natives that need the scheduler) marked by `RUNTIME_NATIVE`.
    pub fn native(&mut self, name: &str) -> Option<u32> {
        if let Some(&i) = self.natives.get(name) {
            return Some(i);
        }
        // A runtime native first: it may replace a plain one that lacks
        // the type descriptors (atomic.Value.CompareAndSwap).
        let i = if let Some(f) = runtime::sched::natives::lookup(name) {
            self.prog.runtime_natives.push((name.to_string(), f));
            (self.prog.runtime_natives.len() as u32 - 1) | RUNTIME_NATIVE
        } else {
            let f = runtime::natives::lookup(name)?;
            self.prog.natives.push((name.to_string(), f));
            self.prog.natives.len() as u32 - 1
        };
        self.natives.insert(name.to_string(), i);
        Some(i)
    }

    /// Types and code the runtime itself needs: the error types of
    /// run-time panics and of `errors.New`, and their `Error` method.
    fn prelude(&mut self) {
        let str_layout = self.heap.layout(Layout {
            words: 2,
            refs: vec![0],
        });
        // func (e *errorString) Error() string { return e.s }
        let error_fn = self.getter("errors.(*errorString).Error", 0, 2);
        let ptr_layout = self.heap.layout(Layout {
            words: 1,
            refs: vec![0],
        });
        // The pointed-to struct { s string }.
        let string = self.rtype(self.types.basic(crate::basic::BasicKind::String));
        self.prog.types.push(RType {
            name: "errors.errorString".into(),
            kind: Kind::Struct,
            named: true,
            width: 2,
            layout: str_layout,
            elem: None,
            key: None,
            len: 0,
            fields: vec![runtime::rtype::Field {
                name: "s".into(),
                ty: string,
                offset: 0,
                embedded: false,
            }],
            methods: vec![],
            comparable: true,
        });
        let error_struct = self.prog.types.len() as u32 - 1;
        // runtime.Error's marker method, RuntimeError(): does nothing.
        let marker = self.reserve_func();
        self.prog.funcs[marker as usize] = Function {
            name: "runtime.(*Error).RuntimeError".into(),
            code: vec![Op::Return { src: 0, count: 0 }],
            frame_size: 2,
            params: 2,
            results: 0,
            lines: vec![0],
            file: String::new(),
            recover_pc: 0,
            refs: Function::all_refs(2),
        };
        // Method signatures: Error() string, RuntimeError(), Unwrap() error.
        let string_t = self.types.basic(crate::basic::BasicKind::String);
        let bool_t = self.types.basic(crate::basic::BasicKind::Bool);
        let error_sig = self.types.func(vec![], vec![string_t], false);
        let marker_sig = self.types.func(vec![], vec![], false);
        let unwrap_sig = self
            .types
            .func(vec![], vec![self.checked.error_type], false);
        let error_method = self.rmethod("Error".into(), error_fn, None, error_sig);
        let error_type = |name: &str| RType {
            name: name.into(),
            kind: Kind::Pointer,
            named: false,
            width: 1,
            layout: ptr_layout,
            elem: Some(error_struct),
            key: None,
            len: 0,
            fields: vec![],
            methods: vec![error_method.clone()],
            comparable: true,
        };
        let mut rt_error = error_type("runtime.Error");
        rt_error
            .methods
            .push(self.rmethod("RuntimeError".into(), marker, None, marker_sig));
        self.prog.types.push(rt_error);
        let runtime_error = self.prog.types.len() as u32 - 1;
        self.prog.types.push(error_type("*errors.errorString"));
        let error_string = self.prog.types.len() as u32 - 1;
        self.prog.types.push(error_type("*runtime.PanicNilError"));
        let panic_nil = self.prog.types.len() as u32 - 1;
        // *fmt.wrapError { msg string; err error }: Error() and Unwrap().
        let wrap_layout = self.heap.layout(Layout {
            words: 4,
            refs: vec![0, 3],
        });
        let unwrap_fn = self.getter("fmt.(*wrapError).Unwrap", 16, 2);
        let mut wrap = error_type("*fmt.wrapError");
        wrap.layout = ptr_layout;
        wrap.methods
            .push(self.rmethod("Unwrap".into(), unwrap_fn, None, unwrap_sig));
        self.prog.types.push(wrap);
        let wrap_error = self.prog.types.len() as u32 - 1;
        // *fmt.wrapErrors { msg string; errs []error } (several %w):
        // Error() and Unwrap() []error.
        let wrap_errors_layout = self.heap.layout(Layout {
            words: 5,
            refs: vec![0, 2],
        });
        let err_slice_layout = self.heap.layout(Layout {
            words: 2,
            refs: vec![1],
        });
        let error_slice = self.types.intern(Type::Slice(self.checked.error_type));
        let unwraps_sig = self.types.func(vec![], vec![error_slice], false);
        let unwraps_fn = self.getter("fmt.(*wrapErrors).Unwrap", 16, 3);
        let mut wraps = error_type("*fmt.wrapErrors");
        wraps
            .methods
            .push(self.rmethod("Unwrap".into(), unwraps_fn, None, unwraps_sig));
        self.prog.types.push(wraps);
        let wrap_errors = self.prog.types.len() as u32 - 1;
        // io.EOF: one value, pinned, that natives return and programs
        // compare against.
        let eof_text = self.heap.pinned_str(b"EOF");
        let eof_obj = self.heap.alloc_words(str_layout, 1);
        self.heap.store(eof_obj, 8, eof_text);
        self.heap.store(eof_obj + 8, 8, 3);
        self.heap.pin(eof_obj);
        let eof = [error_string as u64 + 1, eof_obj];
        // os.ErrNotExist (Go's fs.ErrNotExist), likewise one value.
        let nx_text = self.heap.pinned_str(b"file does not exist");
        let nx_obj = self.heap.alloc_words(str_layout, 1);
        self.heap.store(nx_obj, 8, nx_text);
        self.heap.store(nx_obj + 8, 8, 19);
        self.heap.pin(nx_obj);
        let not_exist = [error_string as u64 + 1, nx_obj];
        // syscall.ENOENT's stand-in: what a missing file's PathError wraps.
        let enoent_text = self.heap.pinned_str(b"no such file or directory");
        let enoent_obj = self.heap.alloc_words(str_layout, 1);
        self.heap.store(enoent_obj, 8, enoent_text);
        self.heap.store(enoent_obj + 8, 8, 25);
        self.heap.pin(enoent_obj);
        let enoent = [error_string as u64 + 1, enoent_obj];
        // *fs.PathError { msg; err }: as *fmt.wrapError, named as Go's
        // (the message is "op path: reason", Unwrap the reason). Go's
        // ENOENT says it Is ErrNotExist; here the PathError's Is does:
        // target == ErrNotExist && its reason == ENOENT.
        let is_sig = self
            .types
            .func(vec![self.checked.error_type], vec![bool_t], false);
        let is_fn = self.path_error_is(enoent, not_exist);
        let mut path_err = error_type("*fs.PathError");
        path_err
            .methods
            .push(self.rmethod("Unwrap".into(), unwrap_fn, None, unwrap_sig));
        path_err
            .methods
            .push(self.rmethod("Is".into(), is_fn, None, is_sig));
        path_err.methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.prog.types.push(path_err);
        let path_error = self.prog.types.len() as u32 - 1;
        self.prog.well_known = runtime::program::WellKnown {
            not_exist,
            enoent,
            path_error,
            wrap_error,
            wrap_layout,
            wrap_errors,
            wrap_errors_layout,
            err_slice_layout,
            eof,
            runtime_error,
            error_string,
            panic_nil,
            string,
            str_layout,
        };
    }

    /// `(*fs.PathError).Is(target)`: target is `not_exist` and the wrapped
    /// reason (at byte 16) is `enoent`.
    fn path_error_is(&mut self, enoent: [u64; 2], not_exist: [u64; 2]) -> FuncId {
        let id = self.reserve_func();
        let load = |dst, value: u64| Op::LoadInt {
            dst,
            value: value as i64,
        };
        let code = vec![
            // r1: receiver, r2-r3: target.
            Op::Load {
                dst: 4,
                addr: 1,
                off: 16,
            },
            Op::Load {
                dst: 5,
                addr: 1,
                off: 24,
            },
            load(6, enoent[0]),
            load(7, enoent[1]),
            Op::EqIface { dst: 8, a: 4, b: 6 },
            load(6, not_exist[0]),
            load(7, not_exist[1]),
            Op::EqIface { dst: 9, a: 2, b: 6 },
            Op::AndInt { dst: 8, a: 8, b: 9 },
            Op::Return { src: 8, count: 1 },
        ];
        self.prog.funcs[id as usize] = Function {
            name: "fs.(*PathError).Is".into(),
            lines: vec![0; code.len()],
            code,
            frame_size: 10,
            params: 4,
            results: 1,
            file: String::new(),
            recover_pc: 0,
            refs: Function::all_refs(10),
        };
        id
    }

    /// A generated method returning the `n` words at byte `off` of the
    /// object its pointer receiver points to (a string, an error, a slice
    /// field).
    fn getter(&mut self, name: &str, off: u32, n: u16) -> FuncId {
        let id = self.reserve_func();
        let mut code: Vec<Op> = (0..n)
            .map(|k| Op::Load {
                dst: 2 + k,
                addr: 1,
                off: off + 8 * k as u32,
            })
            .collect();
        code.push(Op::Return { src: 2, count: n });
        self.prog.funcs[id as usize] = Function {
            name: name.into(),
            lines: vec![0; code.len()],
            code,
            frame_size: 2 + n,
            params: 2,
            results: n,
            file: String::new(),
            recover_pc: 0,
            refs: Function::all_refs(2 + n),
        };
        id
    }

    /// The object a name refers to (a use), if any.
    pub fn use_of(&self, span: Span) -> Option<ObjId> {
        self.checked.info.uses.get(&(self.file, span)).copied()
    }

    pub fn def_of(&self, span: Span) -> Option<ObjId> {
        self.checked.info.defs.get(&(self.file, span)).copied()
    }

    pub fn is_type_name(&self, id: ObjId) -> bool {
        matches!(self.checked.obj(id).kind, ObjKind::TypeName)
    }
}
