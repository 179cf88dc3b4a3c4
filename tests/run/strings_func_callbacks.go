// The strings functions taking a func: results, and the runes (and their
// order) the func is called with, on valid and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var inputs = []string{
	"",
	"a",
	"  hello, wörld  ",
	"\t\n x y\u00a0z \u2003",
	"abc\xffdef",
	"\xff\xfe",
	"\xe2\x82",         // truncated 3-byte sequence
	"ok\xe2\x82",       // truncated at the end
	"\xed\xa0\x80x",    // encoded surrogate: invalid
	"\xf4\x90\x80\x80", // above U+10FFFF: invalid
	"\ufffd real replacement \ufffd",
	"日本語 テキスト",
	"AbCdEfG",
	"a,b,,c;d;;",
	"xx--yy--",
	"🙂 emoji 🙃",
	"\xc0\xaf overlong",
	"aaaa",
}

var seen []rune

func record(f func(rune) bool) func(rune) bool {
	return func(r rune) bool {
		seen = append(seen, r)
		return f(r)
	}
}

func calls() string {
	s := fmt.Sprintf("%q", seen)
	seen = seen[:0]
	return s
}

var preds = []struct {
	name string
	f    func(rune) bool
}{
	{"space", unicode.IsSpace},
	{"letter", unicode.IsLetter},
	{"upper", unicode.IsUpper},
	{"punct", func(r rune) bool { return r == ',' || r == ';' || r == '-' }},
	{"bad", func(r rune) bool { return r == unicode.ReplacementChar }},
	{"never", func(r rune) bool { return false }},
	{"always", func(r rune) bool { return true }},
	{"nonascii", func(r rune) bool { return r >= 0x80 }},
}

var maps = []struct {
	name string
	f    func(rune) rune
}{
	{"identity", func(r rune) rune { return r }},
	{"upper", unicode.ToUpper},
	{"dropvowels", func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}},
	{"dropall", func(r rune) rune { return -1 }},
	{"grow", func(r rune) rune {
		if r == 'a' {
			return '語'
		}
		return r
	}},
	{"fixbad", func(r rune) rune {
		if r == unicode.ReplacementChar {
			return '?'
		}
		return r
	}},
	{"surrogate", func(r rune) rune {
		if r == 'b' {
			return 0xD800
		}
		return r
	}},
	{"toobig", func(r rune) rune {
		if r == 'o' {
			return 0x110000
		}
		return r
	}},
	{"allbad", func(r rune) rune { return unicode.ReplacementChar }},
	{"shift", func(r rune) rune { return r + 1 }},
}

func main() {
	for _, s := range inputs {
		fmt.Printf("== %q\n", s)
		for _, p := range preds {
			f := record(p.f)
			i := strings.IndexFunc(s, f)
			c1 := calls()
			j := strings.LastIndexFunc(s, f)
			c2 := calls()
			has := strings.ContainsFunc(s, f)
			c3 := calls()
			fields := strings.FieldsFunc(s, f)
			c4 := calls()
			fmt.Printf("%s: index=%d %s last=%d %s contains=%v %s\n", p.name, i, c1, j, c2, has, c3)
			fmt.Printf("  fields=%q len=%d cap=%d %s\n", fields, len(fields), cap(fields), c4)
			l := strings.TrimLeftFunc(s, f)
			c5 := calls()
			r := strings.TrimRightFunc(s, f)
			c6 := calls()
			t := strings.TrimFunc(s, f)
			c7 := calls()
			fmt.Printf("  left=%q %s right=%q %s trim=%q %s\n", l, c5, r, c6, t, c7)
		}
		for _, m := range maps {
			n := 0
			out := strings.Map(func(r rune) rune {
				n++
				return m.f(r)
			}, s)
			fmt.Printf("map %s: %q %x calls=%d\n", m.name, out, out, n)
		}
	}
	// An empty result of FieldsFunc is not nil.
	empty := strings.FieldsFunc("   ", unicode.IsSpace)
	fmt.Println(empty == nil, len(empty), cap(empty))
	fmt.Println(strings.Map(unicode.ToLower, "HeLLo WÖRLD"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go gopher", unicode.IsSpace))
}
