//! Incremental lowering: a live program that grows input by input (the
//! REPL). Each input is checked by a `check::Session` and lowered onto the
//! same `Program`, `Heap` and scheduler; nothing earlier is lowered again.
//!
//! - A declaration input appends its functions, methods, types and
//!   package variables; its initialization (new library packages' inits,
//!   its variables in Go's order, its `init`s) is one function, `main.init`,
//!   run on the live heap and globals.
//! - A statement input is lowered as a function of its own (`main.inputN`)
//!   and run the same way, as a new "main" goroutine; goroutines it leaves
//!   behind go on in later runs.
//! - Function ids never change meaning. A function (or method) declared
//!   again gets a new id; when its signature is identical, every reference
//!   to the old id — calls and closures in compiled code, method tables —
//!   is redirected to the new one, so older callers run the new body, as a
//!   REPL user expects. The old code stays intact: a goroutine parked
//!   inside it finishes the old body (overwriting code under a live frame
//!   would change what its pc and registers mean). With a different
//!   signature older callers keep the old function: they were checked
//!   against the old signature.
//! - Package variables all live in heap boxes: a later input may take the
//!   address of any of them (escape analysis sees one input at a time).
//! - An input that fails to check or lower leaves the session as it was:
//!   the checker forgets its names, and nothing compiled earlier points to
//!   its code.

use super::{unsupported, Collected, Source, State, Unit, SUPPORTED_PACKAGES};
use crate::check::Session;
use crate::objects::{FileId, ObjId};
use crate::types::{Type, TypeId};
use grammar::ast::{self, Name};
use grammar::{Diagnostic, Span};
use runtime::bytecode::{FuncId, Op};
use runtime::heap::Heap;
use runtime::interp::{Goroutine, Stop};
use runtime::program::Program;
use runtime::sched::Sched;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::func::Lowerer;

/// Why an input did not run to its end.
#[derive(Debug)]
pub enum InputError {
    /// Rejected by the checker or the lowering (spans are the input's).
    Compile(Vec<Diagnostic>),
    /// It ran and stopped: an unrecovered panic, a fatal error, `os.Exit`.
    Run(Stop),
}

/// A source the lowering may come back to: generic functions and library
/// functions are lowered when first used, maybe inputs later.
struct Kept {
    file: FileId,
    src: Rc<[u8]>,
    path: String,
    pkg: String,
    ast: ast::File,
}

impl Kept {
    fn source(&self) -> Source<'_> {
        Source {
            file: self.file,
            ast: &self.ast,
            src: &self.src,
            path: self.path.clone(),
            pkg: self.pkg.clone(),
        }
    }
}

/// What a package-level function or method name is bound to.
#[derive(Clone, Copy)]
struct Binding {
    func: FuncId,
    sig: TypeId,
    pointer: bool,
}

/// A checker session and the live program its inputs are lowered onto.
pub struct Incremental {
    session: Session,
    /// The lowering's state (`None` only while an input is lowered).
    state: Option<State>,
    kept: Vec<Kept>,
    /// Library and generic functions, lowered on demand: their kept
    /// source and index among its declarations.
    decls: HashMap<ObjId, (usize, usize)>,
    /// Go-written standard-library packages lowered so far.
    packages: HashSet<String>,
    /// Their init functions not yet called by an entry.
    pending_inits: Vec<FuncId>,
    /// Package-level functions, and methods by receiver base type.
    bound: HashMap<(Option<TypeId>, Name), Binding>,
    /// Package variables by name: their type and place.
    vars: HashMap<Name, (TypeId, super::Global)>,
    sched: Sched,
    max_stack: usize,
    inputs: usize,
}

impl Default for Incremental {
    fn default() -> Self {
        Self::new()
    }
}

impl Incremental {
    pub fn new() -> Incremental {
        let mut session = Session::new();
        let mut u = Unit::new(&session.prog, FileId::default(), b"", "");
        u.prelude();
        let mut st = u.suspend();
        session.prog.types = std::mem::take(&mut st.types);
        let max_stack = runtime::interp::DEFAULT_MAX_STACK;
        Incremental {
            session,
            state: Some(st),
            kept: Vec::new(),
            decls: HashMap::new(),
            packages: HashSet::new(),
            pending_inits: Vec::new(),
            bound: HashMap::new(),
            vars: HashMap::new(),
            sched: Sched::new(max_stack),
            max_stack,
            inputs: 0,
        }
    }

    /// The checker's session (types of names, for `:type`).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The live program (for `:disasm`).
    pub fn program(&self) -> &Program {
        &self.state().prog
    }

    pub fn heap(&self) -> &Heap {
        &self.state().heap
    }

    fn state(&self) -> &State {
        self.state.as_ref().expect("no input is being lowered")
    }

    /// Checks, lowers and runs a declaration input (a file's imports and
    /// declarations; `src` is the text its spans point into).
    pub fn add_decls(&mut self, path: &str, src: &[u8], ast: ast::File) -> Result<(), InputError> {
        if let Some(init) = self
            .compile_decls(path, src, ast)
            .map_err(InputError::Compile)?
        {
            self.run(init).map_err(InputError::Run)?;
        }
        Ok(())
    }

    /// Checks, lowers and runs statements (as the body of a function).
    pub fn run_stmts(
        &mut self,
        path: &str,
        src: &[u8],
        stmts: Vec<ast::Stmt>,
    ) -> Result<(), InputError> {
        let entry = self
            .compile_stmts(path, src, stmts)
            .map_err(InputError::Compile)?;
        self.run(entry).map_err(InputError::Run)
    }

    /// Runs `entry` (a function without parameters or results) as a new
    /// goroutine on the live heap and globals, until it returns.
    pub fn run(&mut self, entry: FuncId) -> Result<(), Stop> {
        let st = self.state.as_mut().expect("no input is being lowered");
        let g = Goroutine::new(0, entry, self.max_stack);
        self.sched.run(&st.prog, &st.heap, g)
    }

    /// Checks and lowers a declaration input: the function to run for its
    /// initialization, if it needs any.
    pub fn compile_decls(
        &mut self,
        path: &str,
        src: &[u8],
        ast: ast::File,
    ) -> Result<Option<FuncId>, Vec<Diagnostic>> {
        let snap = self.session.snapshot();
        // The checker adds the input's file first, then what it imports.
        let file = FileId(self.session.prog.files.len() as u32);
        let errors = self.session.add_decls(path, src, &ast);
        if !errors.is_empty() {
            return Err(errors);
        }
        self.kept.push(Kept {
            file,
            src: Rc::from(src),
            path: path.to_string(),
            pkg: "main".into(),
            ast,
        });
        let input = self.kept.len() - 1;
        // Go-written packages this input imported first (a package's
        // imports before it, as the checker loaded them).
        let mut libs = Vec::new();
        for p in &self.session.prog.packages {
            if !crate::check::stdlib_is_go(&p.path) || self.packages.contains(&p.path) {
                continue;
            }
            let lib_path = crate::check::stdlib_file_path(&p.path);
            let Some(fid) = self
                .session
                .prog
                .files
                .iter()
                .position(|f| f.path == lib_path)
            else {
                continue;
            };
            let src = self.session.prog.files[fid].src.clone();
            let Some(ast) = grammar::parse_file(&src).file else {
                continue;
            };
            self.packages.insert(p.path.clone());
            self.kept.push(Kept {
                file: FileId(fid as u32),
                src,
                path: lib_path,
                pkg: p.path.clone(),
                ast,
            });
            libs.push(self.kept.len() - 1);
        }

        let Incremental {
            session,
            state,
            kept,
            decls,
            pending_inits,
            bound,
            vars,
            ..
        } = self;
        let (mut u, before, sources) = resume(session, state, kept);
        let mut new_globals: Vec<ObjId> = Vec::new();
        for &k in &libs {
            let s = &sources[k];
            u.enter(s);
            let c = u.collect(s.ast);
            remember(decls, k, s.ast, &c);
            u.alloc_globals(&c, false);
            new_globals.extend(c.var_specs.keys());
            for (f, fid) in &c.decls {
                u.prog.funcs[*fid as usize] = Lowerer::lower_decl(&mut u, f);
            }
            let init_order = session
                .prog
                .packages
                .iter()
                .find(|p| p.path == s.pkg)
                .map(|p| p.init_order.clone())
                .unwrap_or_default();
            let init = Lowerer::lower_init(&mut u, &init_order, &c.var_specs, &inits(&c));
            u.prog.funcs.push(init);
            pending_inits.push(u.prog.funcs.len() as FuncId - 1);
        }

        let s = &sources[input];
        u.enter(s);
        for imp in &s.ast.imports {
            let p = imp.path.raw.trim_matches('"');
            if !SUPPORTED_PACKAGES.contains(&p) {
                u.errors.push(unsupported(
                    imp.span,
                    &format!("the package {}", imp.path.raw),
                ));
            }
        }
        let c = u.collect(s.ast);
        remember(decls, input, s.ast, &c);
        // Any variable may have its address taken by a later input.
        u.alloc_globals(&c, true);
        new_globals.extend(c.var_specs.keys());
        // A variable declared again with the same type keeps its slot (it
        // gets a new box): older functions see the new variable too.
        let mut rebound = Vec::new();
        for &id in c.var_specs.keys() {
            let obj = session.prog.obj(id);
            if let Some(&(_, g)) = vars.get(&obj.name).filter(|(t, _)| Some(*t) == obj.ty) {
                u.globals.insert(id, g);
            }
            if let (Some(ty), Some(&g)) = (obj.ty, u.globals.get(&id)) {
                rebound.push((obj.name.clone(), (ty, g)));
            }
        }
        for (f, fid) in &c.decls {
            u.prog.funcs[*fid as usize] = Lowerer::lower_decl(&mut u, f);
        }
        let inits = inits(&c);
        let order = session.prog.packages[session.pkg].init_order.clone();
        let entry = if new_globals.is_empty() && inits.is_empty() && pending_inits.is_empty() {
            None
        } else {
            let init = Lowerer::lower_input_init(
                &mut u,
                &new_globals,
                pending_inits,
                &order,
                &c.var_specs,
                &inits,
            );
            u.prog.funcs.push(init);
            Some(u.prog.funcs.len() as FuncId - 1)
        };
        drain(&mut u, decls, &sources);
        let ok = check_input(&mut u, &before, decls, s.ast.package.span);

        // Bind the input's names; a same-signature replacement takes over
        // every reference to the function it replaces.
        let mut retyped = HashSet::new();
        if ok {
            for (f, fid) in &c.decls {
                let name = f.name.name.clone();
                let Some(id) = u.def_of(f.name.span) else {
                    continue;
                };
                if f.recv.is_none() && (name.as_ref() == "init" || name.as_ref() == "_") {
                    continue;
                }
                let (base, pointer) = match session.prog.method_recv.get(&id) {
                    Some(&(t, _)) => match u.types.get(t) {
                        Type::Pointer(e) => (Some(*e), true),
                        _ => (Some(t), false),
                    },
                    None => (None, false),
                };
                if let Some(b) = base {
                    retyped.insert(b);
                }
                let Some(sig) = session.prog.obj(id).ty else {
                    continue;
                };
                let new = Binding {
                    func: *fid,
                    sig,
                    pointer,
                };
                if let Some(old) = bound.insert((base, name), new) {
                    if old.sig == sig && old.pointer == pointer {
                        redirect(&mut u, old.func, *fid);
                    }
                }
            }
            // Method tables already built for types that gained or
            // replaced methods.
            for b in retyped {
                let ptr = u.types.lookup(&Type::Pointer(b));
                for t in std::iter::once(b).chain(ptr) {
                    if let Some(&idx) = u.rtypes.get(&t) {
                        let under = u.under(t).clone();
                        let methods = u.method_set(t, &under);
                        u.prog.types[idx as usize].methods = methods;
                    }
                }
            }
            vars.extend(rebound);
            pending_inits.clear();
        }
        let errors = std::mem::take(&mut u.errors);
        let mut st = u.suspend();
        session.prog.types = std::mem::take(&mut st.types);
        *state = Some(st);
        if !ok {
            session.restore(snap);
            return Err(errors);
        }
        Ok(entry)
    }

    /// Checks and lowers statements as a function of their own: the
    /// entry to `run`.
    pub fn compile_stmts(
        &mut self,
        path: &str,
        src: &[u8],
        stmts: Vec<ast::Stmt>,
    ) -> Result<FuncId, Vec<Diagnostic>> {
        let file = FileId(self.session.prog.files.len() as u32);
        let (_, errors) = self.session.check_stmts(path, src, &stmts);
        if !errors.is_empty() {
            return Err(errors);
        }
        self.inputs += 1;
        let name = format!("main.input{}", self.inputs);
        let span = match (stmts.first(), stmts.last()) {
            (Some(a), Some(b)) => Span {
                lo: a.span.lo,
                hi: b.span.hi,
            },
            _ => Span::default(),
        };
        let block = ast::Block { stmts, span };

        let Incremental {
            session,
            state,
            kept,
            decls,
            pending_inits,
            ..
        } = self;
        let (mut u, before, sources) = resume(session, state, kept);
        u.enter_file(file, src, path, "main");
        let body = Lowerer::lower_stmts(&mut u, name, &block);
        u.prog.funcs.push(body);
        let mut entry = u.prog.funcs.len() as FuncId - 1;
        if !pending_inits.is_empty() {
            // Packages an input that failed to lower imported.
            let init = Lowerer::lower_input_init(
                &mut u,
                &[],
                pending_inits,
                &[],
                &HashMap::new(),
                &[entry],
            );
            u.prog.funcs.push(init);
            entry = u.prog.funcs.len() as FuncId - 1;
        }
        drain(&mut u, decls, &sources);
        let ok = check_input(&mut u, &before, decls, span);
        if ok {
            pending_inits.clear();
        }
        let errors = std::mem::take(&mut u.errors);
        let mut st = u.suspend();
        session.prog.types = std::mem::take(&mut st.types);
        *state = Some(st);
        if !ok {
            return Err(errors);
        }
        Ok(entry)
    }
}

/// The sizes of the unit's tables before an input.
/// The lowering resumed onto the checker's latest program, with what it
/// held before (to undo a rejected input) and every kept file's source.
fn resume<'s>(
    session: &'s Session,
    state: &mut Option<State>,
    kept: &'s [Kept],
) -> (Unit<'s>, Before, Vec<Source<'s>>) {
    let mut st = state.take().expect("one input at a time");
    st.types = session.prog.types.clone();
    let before = Before::of(&st);
    let u = Unit::resume(&session.prog, st);
    (u, before, kept.iter().map(Kept::source).collect())
}

struct Before {
    funcs: usize,
    types: usize,
}

impl Before {
    fn of(st: &State) -> Before {
        Before {
            funcs: st.prog.funcs.len(),
            types: st.prog.types.len(),
        }
    }
}

/// The init functions among a file's functions.
fn inits(c: &Collected) -> Vec<FuncId> {
    c.decls
        .iter()
        .filter(|(f, _)| f.name.name.as_ref() == "init" && f.recv.is_none())
        .map(|(_, fid)| *fid)
        .collect()
}

/// Records where the functions lowered on demand are declared.
fn remember(
    decls: &mut HashMap<ObjId, (usize, usize)>,
    kept: usize,
    ast: &ast::File,
    c: &Collected,
) {
    let index: HashMap<Span, usize> = ast
        .decls
        .iter()
        .enumerate()
        .filter_map(|(i, d)| match d {
            ast::Decl::Func(f) => Some((f.name.span, i)),
            _ => None,
        })
        .collect();
    for (id, f) in c.lazy.iter().chain(&c.generics) {
        decls.insert(*id, (kept, index[&f.name.span]));
    }
}

/// Lowers what the input asked for on demand.
fn drain(u: &mut Unit, decls: &HashMap<ObjId, (usize, usize)>, sources: &[Source]) {
    u.drain(&|id| {
        let &(k, i) = decls.get(&id)?;
        match &sources[k].ast.decls[i] {
            ast::Decl::Func(f) => Some((&sources[k], f.as_ref())),
            _ => None,
        }
    });
}

/// Whether the input lowered without errors into code that verifies.
/// If not, the unit forgets what it made for the input, so that no later
/// input reaches that code.
fn check_input(
    u: &mut Unit,
    before: &Before,
    decls: &HashMap<ObjId, (usize, usize)>,
    span: Span,
) -> bool {
    if u.missing_instance {
        u.missing_instance = false;
        u.errors.push(unsupported(
            span,
            "this use of a generic type (an instance the checker did not make)",
        ));
    }
    if u.errors.is_empty() {
        let globals = u.prog.globals.len();
        let bad = u.prog.funcs[before.funcs..]
            .iter()
            .find_map(|f| f.verify(&u.prog.funcs, globals).err());
        if let Some(e) = bad {
            u.errors.push(Diagnostic::error(
                span,
                format!("minigo internal error: bad bytecode: {e}"),
            ));
        }
    }
    if u.errors.is_empty() {
        return true;
    }
    let n = before.funcs as FuncId;
    let mut relazy = Vec::new();
    u.funcs.retain(|id, f| {
        if *f < n {
            return true;
        }
        relazy.push(*id);
        false
    });
    for id in relazy {
        if decls.contains_key(&id) && !u.generic_decls.contains(&id) {
            u.lazy_decls.insert(id);
        }
    }
    u.instances.retain(|_, f| *f < n);
    u.pending_funcs.clear();
    u.pending_instances.clear();
    let t = before.types as u32;
    u.rtypes.retain(|_, i| *i < t);
    false
}

/// Points every reference to function `from` at `to` (same signature).
fn redirect(u: &mut Unit, from: FuncId, to: FuncId) {
    for f in &mut u.prog.funcs {
        for op in &mut f.code {
            match op {
                Op::Call { func, .. } | Op::MakeClosure { func, .. } if *func == from => *func = to,
                _ => {}
            }
        }
    }
    for t in &mut u.prog.types {
        for m in &mut t.methods {
            if m.func == from {
                m.func = to;
            }
        }
    }
    for f in u.funcs.values_mut() {
        if *f == from {
            *f = to;
        }
    }
}
