package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
)

// verify type-checks the written files as a set of packages (body-less
// functions are accepted by go/types) and compares every declaration with
// Go's: signatures with parameter names, constant types and values, variable
// types, type definitions (for opaque structs: public fields and
// comparability), and method sets.
func verify() {
	fset := token.NewFileSet()
	ours := map[string]*types.Package{}
	goImp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	files := map[string]string{}
	for _, s := range specs {
		files[s.Path] = s.File
	}
	var problems []string
	var imp importerFunc
	imp = func(path string) (*types.Package, error) {
		if p, ok := ours[path]; ok {
			return p, nil
		}
		file, ok := files[path]
		if !ok {
			return nil, fmt.Errorf("minigo offers no package %q", path)
		}
		af, err := parser.ParseFile(fset, filepath.Join(outDir, file), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		conf := types.Config{Importer: imp, Error: func(err error) {
			// Go wants a body for a generic function (there is no assembly
			// for it); minigo's checker takes declarations of them body-less.
			if strings.HasSuffix(err.Error(), "generic function is missing function body") {
				return
			}
			problems = append(problems, err.Error())
		}}
		p, _ := conf.Check(path, fset, []*ast.File{af}, nil)
		ours[path] = p
		return p, nil
	}
	for _, s := range specs {
		p, err := imp(s.Path)
		if err != nil {
			fatalf("%v", err)
		}
		g, err := goImp.Import(s.Path)
		if err != nil {
			fatalf("%v", err)
		}
		problems = append(problems, compare(p, g, s)...)
	}
	if len(problems) > 0 {
		fatalf("verification failed:\n  %s", strings.Join(problems, "\n  "))
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func qual(p *types.Package) string { return p.Path() }

func compare(ours, gos *types.Package, s Spec) []string {
	var bad []string
	badf := func(format string, args ...any) {
		bad = append(bad, s.Path+": "+fmt.Sprintf(format, args...))
	}
	for _, name := range ours.Scope().Names() {
		o := ours.Scope().Lookup(name)
		if !o.Exported() {
			continue
		}
		g := gos.Scope().Lookup(name)
		if g == nil {
			badf("%s is not in Go's package", name)
			continue
		}
		switch o := o.(type) {
		case *types.Func:
			if a, b := types.TypeString(o.Type(), qual), types.TypeString(g.Type(), qual); a != b {
				badf("func %s: %s, Go: %s", name, a, b)
			}
		case *types.Const:
			g := g.(*types.Const)
			if a, b := types.TypeString(o.Type(), qual), types.TypeString(g.Type(), qual); a != b {
				badf("const %s: type %s, Go: %s", name, a, b)
			}
			if o.Val().ExactString() != g.Val().ExactString() {
				badf("const %s = %s, Go: %s", name, o.Val().ExactString(), g.Val().ExactString())
			}
		case *types.Var:
			if a, b := types.TypeString(o.Type(), qual), types.TypeString(g.Type(), qual); a != b {
				badf("var %s: %s, Go: %s", name, a, b)
			}
		case *types.TypeName:
			on, gn := o.Type().(*types.Named), g.Type()
			if types.Comparable(on) != types.Comparable(gn) {
				badf("type %s: comparable %v, Go: %v", name, types.Comparable(on), types.Comparable(gn))
			}
			ou, gu := on.Underlying(), gn.Underlying()
			if ost, ok := ou.(*types.Struct); ok && opaque(ost) {
				gst := gu.(*types.Struct)
				for i := 0; i < ost.NumFields(); i++ {
					f := ost.Field(i)
					if !f.Exported() {
						continue
					}
					found := false
					for j := 0; j < gst.NumFields(); j++ {
						gf := gst.Field(j)
						if gf.Name() == f.Name() {
							found = true
							if a, b := types.TypeString(f.Type(), qual), types.TypeString(gf.Type(), qual); a != b {
								badf("field %s.%s: %s, Go: %s", name, f.Name(), a, b)
							}
						}
					}
					if !found {
						badf("field %s.%s is not Go's", name, f.Name())
					}
				}
				for j := 0; j < gst.NumFields(); j++ {
					if gf := gst.Field(j); gf.Exported() && !hasField(ost, gf.Name()) {
						badf("field %s.%s of Go is missing", name, gf.Name())
					}
				}
			} else if a, b := types.TypeString(ou, qual), types.TypeString(gu, qual); a != b {
				badf("type %s: %s, Go: %s", name, a, b)
			}
			if tp := on.TypeParams(); tp.Len() > 0 {
				gtp := gn.(*types.Named).TypeParams()
				if tp.Len() != gtp.Len() {
					badf("type %s: %d type parameters, Go: %d", name, tp.Len(), gtp.Len())
				}
			}
			gnamed, _ := gn.(*types.Named)
			if gnamed == nil {
				gnamed, _ = types.Unalias(gn).(*types.Named)
			}
			for i := 0; i < on.NumMethods(); i++ {
				m := on.Method(i)
				var gm *types.Func
				for j := 0; gnamed != nil && j < gnamed.NumMethods(); j++ {
					if gnamed.Method(j).Name() == m.Name() {
						gm = gnamed.Method(j)
					}
				}
				if gm == nil {
					badf("method %s.%s is not Go's", name, m.Name())
					continue
				}
				osig, gsig := m.Type().(*types.Signature), gm.Type().(*types.Signature)
				if a, b := types.TypeString(osig, qual), types.TypeString(gsig, qual); a != b {
					badf("method %s.%s: %s, Go: %s", name, m.Name(), a, b)
				}
				if a, b := types.TypeString(osig.Recv().Type(), qual), types.TypeString(gsig.Recv().Type(), qual); a != b {
					badf("method %s.%s: receiver %s, Go: %s", name, m.Name(), a, b)
				}
			}
		}
	}
	return bad
}

func opaque(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == "_" {
			return true
		}
	}
	return false
}

func hasField(st *types.Struct, name string) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return true
		}
	}
	return false
}
