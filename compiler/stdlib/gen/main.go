// Command gen writes minigo's standard-library declaration files
// (compiler/stdlib/*.go) from the sources of the real Go toolchain, so that
// every signature, constant and type is Go's own, then type-checks the
// written files with go/types against Go's packages.
//
//	cd compiler/stdlib/gen
//	G=$(../../../../shared/tools/go-oracle --go)   # Go 1.27.3; its GOROOT's sources are read
//	GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local $G run main.go config.go verify.go
//
// It rewrites ../*.go (or the directory given as argument), prints counts per
// package, and exits non-zero if a kept declaration refers to a package
// minigo does not offer, if a doc sentence is cut short, or if the files do
// not type-check as Go's API. What is kept of each package is in config.go.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

var outDir = ".."

var docProblems []string

func main() {
	if len(os.Args) > 1 {
		outDir = os.Args[1]
	}
	build.Default.GOOS, build.Default.GOARCH = "linux", "amd64"
	offered := map[string]string{} // import path -> file
	for _, s := range specs {
		offered[s.Path] = s.File
	}
	var summary []string
	for _, s := range specs {
		g := newGen(s, offered)
		src := g.generate()
		if err := os.WriteFile(filepath.Join(outDir, s.File), src, 0o644); err != nil {
			fatalf("%v", err)
		}
		summary = append(summary, g.summary())
	}
	if len(docProblems) > 0 {
		fatalf("%s", strings.Join(docProblems, "\n"))
	}
	verify()
	fmt.Println(strings.Join(summary, "\n"))
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gen: "+format+"\n", args...)
	os.Exit(1)
}

type gen struct {
	spec    Spec
	offered map[string]string
	fset    *token.FileSet
	files   []*ast.File    // unmodified
	dpkg    *doc.Package   // for order and doc text (built from a second parse)
	tpkg    *types.Package // Go's package, type-checked
	name    string
	keep    map[string]bool // kept names, methods as "T.M"
	typeHas map[string]bool // types some of whose methods are listed
	skipped []string
	imports map[string]bool
	// counts
	nFunc, nMethod, nType, nConst, nVar int

	funcs   map[string]*ast.FuncDecl // "F" or "T.M"
	tspecs  map[string]*ast.TypeSpec
	cspecs  map[string]*ast.ValueSpec // every const, exported or not
	cgroups map[*ast.ValueSpec]*ast.GenDecl
	vspecs  map[string]*ast.ValueSpec
	fdocs   map[*ast.Field][2]string // doc and line comment of top-level struct fields and interface methods
}

func newGen(s Spec, offered map[string]string) *gen {
	g := &gen{spec: s, offered: offered, fset: token.NewFileSet(), keep: map[string]bool{},
		typeHas: map[string]bool{}, imports: map[string]bool{},
		funcs: map[string]*ast.FuncDecl{}, tspecs: map[string]*ast.TypeSpec{},
		cspecs: map[string]*ast.ValueSpec{}, cgroups: map[*ast.ValueSpec]*ast.GenDecl{},
		vspecs: map[string]*ast.ValueSpec{}, fdocs: map[*ast.Field][2]string{}}
	bp, err := build.Default.Import(s.Path, "", 0)
	if err != nil {
		fatalf("%v", err)
	}
	var docFiles []*ast.File
	for _, f := range bp.GoFiles {
		path := filepath.Join(bp.Dir, f)
		af, err := parser.ParseFile(g.fset, path, nil, parser.ParseComments)
		if err != nil {
			fatalf("%v", err)
		}
		g.files = append(g.files, af)
		df, _ := parser.ParseFile(g.fset, path, nil, parser.ParseComments)
		docFiles = append(docFiles, df)
	}
	g.name = bp.Name
	g.dpkg, err = doc.NewFromFiles(g.fset, docFiles, s.Path)
	if err != nil {
		fatalf("%v", err)
	}
	g.tpkg, err = importer.ForCompiler(token.NewFileSet(), "source", nil).Import(s.Path)
	if err != nil {
		fatalf("%v", err)
	}
	for _, f := range g.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					g.funcs[d.Name.Name] = d
				} else {
					g.funcs[recvName(d)+"."+d.Name.Name] = d
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						g.tspecs[sp.Name.Name] = sp
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							if d.Tok == token.CONST {
								g.cspecs[n.Name] = sp
								g.cgroups[sp] = d
							} else {
								g.vspecs[n.Name] = sp
							}
						}
					}
				}
			}
		}
	}
	// Field and interface method docs become one-line comments; the printer
	// would otherwise print them whole, wherever a type is printed.
	for _, ts := range g.tspecs {
		var fl *ast.FieldList
		switch t := ts.Type.(type) {
		case *ast.StructType:
			fl = t.Fields
		case *ast.InterfaceType:
			fl = t.Methods
		}
		if fl != nil {
			for _, f := range fl.List {
				g.fdocs[f] = [2]string{f.Doc.Text(), f.Comment.Text()}
			}
		}
	}
	for _, f := range g.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if f, ok := n.(*ast.Field); ok {
				f.Doc, f.Comment = nil, nil
			}
			return true
		})
	}
	// The kept set.
	for _, n := range g.exported() {
		keep := false
		if s.All {
			_, skip := s.Skip[n]
			keep = !skip
		} else {
			for _, k := range s.Keep {
				if k == n {
					keep = true
				}
			}
		}
		g.keep[n] = keep
		if i := strings.Index(n, "."); i >= 0 && keep && !s.All {
			g.typeHas[n[:i]] = true
		}
	}
	for _, k := range s.Keep {
		if _, ok := g.keep[k]; !ok {
			fatalf("%s: %s is not an exported name of Go's package", s.Path, k)
		}
	}
	for k := range s.Skip {
		if _, ok := g.keep[k]; !ok {
			fatalf("%s: skipped %s is not an exported name of Go's package", s.Path, k)
		}
	}
	// A kept type without listed methods keeps them all; a kept constant keeps its group.
	for _, n := range g.exported() {
		if i := strings.Index(n, "."); i >= 0 {
			t := n[:i]
			if g.keep[t] && !g.typeHas[t] && !s.All {
				g.keep[n] = true
			}
			if !g.keep[t] {
				g.keep[n] = false
			}
		}
	}
	for n, sp := range g.cspecs {
		if g.keep[n] {
			for _, sp2 := range g.cgroups[sp].Specs {
				for _, n2 := range sp2.(*ast.ValueSpec).Names {
					if n2.IsExported() {
						g.keep[n2.Name] = true
					}
				}
			}
		}
	}
	return g
}

// exported lists Go's exported names: package-level ones and "T.M" methods.
func (g *gen) exported() []string {
	var out []string
	add := func(n string) {
		if ast.IsExported(n) {
			out = append(out, n)
		}
	}
	for _, v := range g.dpkg.Consts {
		for _, n := range v.Names {
			add(n)
		}
	}
	for _, v := range g.dpkg.Vars {
		for _, n := range v.Names {
			add(n)
		}
	}
	for _, f := range g.dpkg.Funcs {
		add(f.Name)
	}
	for _, t := range g.dpkg.Types {
		add(t.Name)
		for _, v := range t.Consts {
			for _, n := range v.Names {
				add(n)
			}
		}
		for _, v := range t.Vars {
			for _, n := range v.Names {
				add(n)
			}
		}
		for _, f := range t.Funcs {
			add(f.Name)
		}
		for _, m := range t.Methods {
			if m.Level == 0 { // declared, not promoted
				out = append(out, t.Name+"."+m.Name)
			}
		}
	}
	return out
}

func recvName(d *ast.FuncDecl) string {
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	return t.(*ast.Ident).Name
}

func (g *gen) print(n any) string {
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}
	if err := cfg.Fprint(&b, g.fset, n); err != nil {
		fatalf("%v", err)
	}
	return b.String()
}

// docLine returns the one-line doc comment of a declaration: the config's,
// or the first sentence of Go's doc comment, or the fallback.
func (g *gen) docLine(name, text, fallback string) string {
	if d, ok := g.spec.Docs[name]; ok {
		return "// " + d + "\n"
	}
	s := g.dpkg.Synopsis(text)
	if s != "" && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ")") {
		docProblems = append(docProblems, fmt.Sprintf("%s: the doc of %s is cut short (%q): give it in Docs", g.spec.Path, name, s))
	}
	return g.synopsis(text, fallback)
}

// synopsis returns the first sentence of a doc comment, on one line.
func (g *gen) synopsis(text, fallback string) string {
	s := g.dpkg.Synopsis(text)
	if s == "" {
		s = fallback
	}
	return "// " + s + "\n"
}

// refs checks the packages a kept declaration refers to, records the
// imports, and returns the unexported package-level identifiers it uses.
func (g *gen) refs(what string, n ast.Node, file *ast.File) []string {
	var local []string
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				path := importPath(file, id.Name)
				if path == "" {
					return true // a field or method selector
				}
				if _, ok := g.offered[path]; !ok {
					fatalf("%s: %s refers to %s.%s, and minigo does not offer %q: skip it or override it",
						g.spec.Path, what, id.Name, x.Sel.Name, path)
				}
				g.imports[path] = true
				return false
			}
		case *ast.Ident:
			if !x.IsExported() && x.Name != "_" {
				if _, ok := g.cspecs[x.Name]; ok {
					local = append(local, x.Name)
				}
			}
		}
		return true
	})
	return local
}

func importPath(f *ast.File, name string) string {
	if f == nil {
		return ""
	}
	for _, im := range f.Imports {
		p := strings.Trim(im.Path.Value, `"`)
		n := p[strings.LastIndex(p, "/")+1:]
		if im.Name != nil {
			n = im.Name.Name
		}
		if n == name {
			return p
		}
	}
	return ""
}

func (g *gen) fileOf(n ast.Node) *ast.File {
	for _, f := range g.files {
		if f.Pos() <= n.Pos() && n.Pos() < f.End() {
			return f
		}
	}
	return nil
}

func (g *gen) generate() []byte {
	var body bytes.Buffer
	w := func(s string) { body.WriteString(s) }
	helpers := map[string]bool{} // unexported constants pulled in
	var helperOrder []string

	constGroup := func(v *doc.Value) {
		any := false
		for _, n := range v.Names {
			any = any || g.keep[n]
		}
		if !any {
			return
		}
		if src, ok := g.spec.Override[v.Names[0]]; ok {
			g.nConst += len(v.Names)
			w(src + "\n\n")
			return
		}
		decl := g.cgroups[g.cspecs[v.Names[0]]]
		file := g.fileOf(decl)
		// Keep the whole group (so iota values stay Go's); unexported specs
		// only if something kept refers to them or the group uses iota.
		usesIota := false
		ast.Inspect(decl, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
				usesIota = true
			}
			return true
		})
		used := map[string]bool{}
		for _, sp := range decl.Specs {
			vs := sp.(*ast.ValueSpec)
			if vs.Names[0].IsExported() {
				vs2 := *vs
				g.qualifiedValues(&vs2, file)
				for _, l := range g.refs(vs.Names[0].Name, &vs2, file) {
					used[l] = true
				}
			}
		}
		var specs []ast.Spec
		var comments []*ast.CommentGroup
		for _, sp := range decl.Specs {
			vs := sp.(*ast.ValueSpec)
			exp := false
			for _, n := range vs.Names {
				if n.IsExported() {
					exp = true
					g.nConst++
				}
			}
			if !exp && !usesIota && !used[vs.Names[0].Name] {
				continue
			}
			if !exp {
				helpers[vs.Names[0].Name] = true // declared here, not again
			}
			vs2 := *vs
			vs2.Doc = nil
			g.qualifiedValues(&vs2, file)
			specs = append(specs, &vs2)
			if vs.Comment != nil {
				comments = append(comments, vs.Comment)
			}
		}
		for l := range used {
			if !helpers[l] {
				helpers[l] = true
				helperOrder = append(helperOrder, l)
			}
		}
		gd := &ast.GenDecl{Tok: token.CONST, TokPos: decl.TokPos, Lparen: decl.Lparen, Specs: specs, Rparen: decl.Rparen}
		if len(specs) == 1 && decl.Lparen.IsValid() && len(decl.Specs) > 1 {
			gd.Lparen, gd.Rparen = token.NoPos, token.NoPos
		}
		docText := v.Doc
		if docText == "" {
			docText = g.cspecs[v.Names[0]].Doc.Text()
		}
		w(g.docLine(v.Names[0], docText, fmt.Sprintf("%s: constants of package %s.", strings.Join(v.Names, ", "), g.name)))
		w(g.print(&printer.CommentedNode{Node: gd, Comments: comments}))
		w("\n\n")
	}

	varGroup := func(v *doc.Value) {
		var names []string
		for _, n := range v.Names {
			if g.keep[n] {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return
		}
		file := g.fileOf(v.Decl)
		docText := v.Doc
		if docText == "" && len(names) == 1 {
			docText = g.vspecs[names[0]].Doc.Text()
		}
		w(g.docLine(names[0], docText, fmt.Sprintf("%s: variables of package %s.", strings.Join(names, ", "), g.name)))
		var lines []string
		for _, n := range names {
			g.nVar++
			obj := g.tpkg.Scope().Lookup(n)
			typ := types.TypeString(obj.Type(), func(p *types.Package) string {
				if p == g.tpkg {
					return ""
				}
				if _, ok := g.offered[p.Path()]; !ok {
					fatalf("%s: var %s has type from %s", g.spec.Path, n, p.Path())
				}
				g.imports[p.Path()] = true
				return p.Name()
			})
			lines = append(lines, n+" "+typ)
		}
		_ = file
		if len(lines) == 1 {
			w("var " + lines[0] + "\n\n")
		} else {
			w("var (\n")
			for _, l := range lines {
				w("\t" + l + "\n")
			}
			w(")\n\n")
		}
	}

	funcDecl := func(name string, d *doc.Func) {
		if !g.keep[name] {
			return
		}
		fd := g.funcs[name]
		if fd == nil {
			fatalf("%s: no declaration for %s", g.spec.Path, name)
		}
		g.refs(name, fd.Type, g.fileOf(fd))
		if fd.Recv != nil {
			g.refs(name, fd.Recv, g.fileOf(fd))
			g.nMethod++
		} else {
			g.nFunc++
		}
		fd2 := *fd
		fd2.Doc, fd2.Body = nil, nil
		w(g.docLine(name, d.Doc, fmt.Sprintf("%s is Go's %s.%s (undocumented there).", fd.Name.Name, g.name, name)))
		w(g.print(&fd2))
		w("\n\n")
	}

	typeDecl := func(t *doc.Type) {
		if !g.keep[t.Name] {
			return
		}
		g.nType++
		if src, ok := g.spec.Override[t.Name]; ok {
			w(src + "\n\n")
			return
		}
		ts := g.tspecs[t.Name]
		file := g.fileOf(ts)
		w(g.docLine(t.Name, t.Doc, fmt.Sprintf("%s is Go's %s.%s.", t.Name, g.name, t.Name)))
		tparams := ""
		if ts.TypeParams != nil {
			var ps []string
			for _, f := range ts.TypeParams.List {
				var ns []string
				for _, n := range f.Names {
					ns = append(ns, n.Name)
				}
				ps = append(ps, strings.Join(ns, ", ")+" "+g.print(f.Type))
			}
			tparams = "[" + strings.Join(ps, ", ") + "]"
		}
		switch st := ts.Type.(type) {
		case *ast.StructType:
			var fields []string
			var private []string
			hasBlank := false
			for _, f := range st.Fields.List {
				typ := g.print(f.Type)
				if len(f.Names) == 0 { // embedded
					name := strings.TrimPrefix(typ, "*")
					if i := strings.LastIndex(name, "."); i >= 0 {
						name = name[i+1:]
					}
					if ast.IsExported(name) {
						fatalf("%s: embedded %s in %s", g.spec.Path, typ, t.Name)
					}
					private = append(private, typ)
					continue
				}
				var pub []string
				for _, n := range f.Names {
					if n.IsExported() {
						pub = append(pub, n.Name)
					} else if n.Name == "_" && isZeroArray(f.Type) {
						hasBlank = true
						fields = append(fields, "_ "+typ+" // Go's own field")
					} else {
						private = append(private, n.Name)
					}
				}
				if len(pub) > 0 {
					g.refs(t.Name, f.Type, file)
					fields = append(fields, g.fieldLines(f, strings.Join(pub, ", ")+" "+typ)...)
				}
			}
			if len(private) > 0 {
				gt := g.tpkg.Scope().Lookup(t.Name).Type()
				var why string
				if types.Comparable(gt) {
					why = fmt.Sprintf("comparable, as Go's %s.%s is", g.name, t.Name)
				} else {
					gst := gt.Underlying().(*types.Struct)
					for i := 0; i < gst.NumFields(); i++ {
						if f := gst.Field(i); !types.Comparable(f.Type()) {
							why = fmt.Sprintf("not comparable, as Go's %s.%s is not (field %s %s)", g.name, t.Name, f.Name(),
								types.TypeString(f.Type(), func(p *types.Package) string {
									if p == g.tpkg {
										return ""
									}
									return p.Path()
								}))
							break
						}
					}
				}
				if hasBlank {
					fields[len(fields)-1] += "; opaque, " + why
				} else if types.Comparable(gt) {
					fields = append(fields, "_ [0]int // opaque, "+why)
				} else {
					fields = append(fields, "_ [0]func() // opaque, "+why)
				}
			}
			w("type " + t.Name + tparams + " struct {\n")
			for _, f := range fields {
				w("\t" + f + "\n")
			}
			w("}\n\n")
		case *ast.InterfaceType:
			var lines []string
			for _, m := range st.Methods.List {
				g.refs(t.Name, m.Type, file)
				if len(m.Names) == 0 { // embedded
					lines = append(lines, g.fieldLines(m, g.print(m.Type))...)
					continue
				}
				for _, n := range m.Names {
					if !n.IsExported() {
						fatalf("%s: interface %s has unexported method %s", g.spec.Path, t.Name, n.Name)
					}
				}
				lines = append(lines, g.fieldLines(m, m.Names[0].Name+strings.TrimPrefix(g.print(m.Type), "func"))...)
			}
			w("type " + t.Name + tparams + " interface {\n")
			for _, l := range lines {
				w("\t" + l + "\n")
			}
			w("}\n\n")
		default:
			g.refs(t.Name, ts, file)
			ts2 := *ts
			ts2.Doc, ts2.Comment = nil, nil
			w(g.print(&ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{&ts2}}))
			w("\n\n")
		}
	}

	for _, v := range g.dpkg.Consts {
		constGroup(v)
	}
	for _, v := range g.dpkg.Vars {
		varGroup(v)
	}
	for _, f := range g.dpkg.Funcs {
		funcDecl(f.Name, f)
	}
	for _, t := range g.dpkg.Types {
		typeDecl(t)
		for _, v := range t.Consts {
			constGroup(v)
		}
		for _, v := range t.Vars {
			varGroup(v)
		}
		for _, f := range t.Funcs {
			funcDecl(f.Name, f)
		}
		for _, m := range t.Methods {
			if m.Level == 0 {
				funcDecl(t.Name+"."+m.Name, m)
			}
		}
	}
	// Unexported constants that kept ones are defined with (math.intSize...).
	for i := 0; i < len(helperOrder); i++ {
		sp := g.cspecs[helperOrder[i]]
		file := g.fileOf(sp)
		vs2 := *sp
		vs2.Doc = nil
		g.qualifiedValues(&vs2, file)
		for _, l := range g.refs(helperOrder[i], &vs2, file) {
			if !helpers[l] {
				helpers[l] = true
				helperOrder = append(helperOrder, l)
			}
		}
		var comments []*ast.CommentGroup
		if sp.Comment != nil {
			comments = append(comments, sp.Comment)
		}
		w(fmt.Sprintf("// %s is private: Go's %s defines exported constants with it.\n", helperOrder[i], g.name))
		w(g.print(&printer.CommentedNode{Node: &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{&vs2}}, Comments: comments}))
		w("\n\n")
	}

	// Skipped names.
	for _, n := range g.exported() {
		if !g.keep[n] {
			g.skipped = append(g.skipped, n)
		}
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "// minigo's declaration of package %s: the API minigo offers, with Go's own\n", g.spec.Path)
	fmt.Fprintf(&out, "// signatures. Generated by gen/ from the sources of %s; see README.md.\n", runtime.Version())
	out.WriteString("//\n")
	if len(g.skipped) == 0 {
		fmt.Fprintf(&out, "// Not offered: nothing; this is all of Go's package %s.\n", g.spec.Path)
	} else {
		out.WriteString("// Not offered (exported in Go, deliberately left out):\n")
		byReason := map[string][]string{}
		var reasons []string
		for _, n := range g.skipped {
			r, ok := g.spec.Skip[n]
			if !ok {
				r = g.skipByType(n)
			}
			if r == "" {
				r = notListed
			}
			if _, ok := byReason[r]; !ok {
				reasons = append(reasons, r)
			}
			byReason[r] = append(byReason[r], n)
		}
		for _, r := range reasons {
			out.WriteString(wrap("//   - "+strings.Join(byReason[r], ", ")+": "+r, "//     "))
		}
	}
	fmt.Fprintf(&out, "\npackage %s\n\n", g.name)
	var imps []string
	for p := range g.imports {
		if p != g.spec.Path {
			imps = append(imps, p)
		}
	}
	sort.Strings(imps)
	if len(imps) == 1 {
		fmt.Fprintf(&out, "import %q\n\n", imps[0])
	} else if len(imps) > 1 {
		out.WriteString("import (\n")
		for _, p := range imps {
			fmt.Fprintf(&out, "\t%q\n", p)
		}
		out.WriteString(")\n\n")
	}
	out.Write(bytes.TrimRight(body.Bytes(), "\n"))
	out.WriteString("\n")
	src, err := format.Source(out.Bytes())
	if err != nil {
		os.Stdout.Write(out.Bytes())
		fatalf("%s: %v", g.spec.File, err)
	}
	return src
}

// skipByType returns the spec's SkipTypes reason for a name whose Go type
// (or, for a method, whose receiver) mentions one of its keys.
func (g *gen) skipByType(n string) string {
	desc := n
	if i := strings.Index(n, "."); i < 0 {
		if obj := g.tpkg.Scope().Lookup(n); obj != nil {
			desc += " " + types.TypeString(obj.Type(), nil)
		}
	}
	var keys []string
	for k := range g.spec.SkipTypes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.Contains(desc, k) {
			return g.spec.SkipTypes[k]
		}
	}
	return ""
}

// qualifiedValues replaces a constant value that refers to another package
// (runtime.GOOS = goos.GOOS) by the constant's value for linux/amd64.
func (g *gen) qualifiedValues(vs *ast.ValueSpec, file *ast.File) {
	for i, v := range vs.Values {
		foreign := false
		ast.Inspect(v, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := s.X.(*ast.Ident); ok && importPath(file, id.Name) != "" {
					if _, offered := g.offered[importPath(file, id.Name)]; !offered {
						foreign = true
					}
				}
			}
			return true
		})
		if foreign {
			vals := append([]ast.Expr(nil), vs.Values...)
			obj := g.tpkg.Scope().Lookup(vs.Names[i].Name).(*types.Const)
			vals[i] = &ast.BasicLit{ValuePos: v.Pos(), Kind: token.STRING, Value: obj.Val().ExactString()}
			vs.Values = vals
		}
	}
}

// fieldLines returns a struct field or interface method with a one-line
// doc comment above it and Go's line comment, if any, after it.
func (g *gen) fieldLines(f *ast.Field, decl string) []string {
	d := g.fdocs[f]
	var out []string
	if d[0] != "" {
		out = append(out, strings.TrimSuffix(g.synopsis(d[0], ""), "\n"))
	}
	if d[1] != "" {
		decl += " // " + strings.Join(strings.Fields(d[1]), " ")
	}
	return append(out, decl)
}

func isZeroArray(e ast.Expr) bool {
	a, ok := e.(*ast.ArrayType)
	if !ok || a.Len == nil {
		return false
	}
	l, ok := a.Len.(*ast.BasicLit)
	return ok && l.Value == "0"
}

// wrap breaks s into comment lines of at most 80 columns, continuing with indent.
func wrap(s, indent string) string {
	var b strings.Builder
	words := strings.Fields(s[strings.Index(s, "- ")+2:])
	line := s[:strings.Index(s, "- ")+2]
	first := true
	for _, word := range words {
		if !first && len(line)+1+len(word) > 80 {
			b.WriteString(line + "\n")
			line = indent + word
			continue
		}
		if first {
			line += word
			first = false
		} else {
			line += " " + word
		}
	}
	b.WriteString(line + "\n")
	return b.String()
}

func (g *gen) summary() string {
	return fmt.Sprintf("%-16s funcs %3d  methods %3d  types %2d  consts %3d  vars %2d  skipped %3d",
		g.spec.File, g.nFunc, g.nMethod, g.nType, g.nConst, g.nVar, len(g.skipped))
}
