// Package strings, partly written in Go for minigo: the compiler compiles
// it with the program that imports it (DESIGN.md §9). Its exported API is
// compiler/stdlib/strings.go, Go's own (a test checks they agree).
//
// Most functions are natives (runtime/src/natives/strings.rs; Builder's
// methods in builtin_pkgs.rs): no body here. The functions taking a func
// call back into Go and are written here, with Go's semantics: they see
// the runes of `for range` (invalid UTF-8 is U+FFFD of width 1), call f
// once per rune in Go's order, and Map drops the runes mapped to negative
// values.
//
// Not offered (exported in Go, deliberately left out):
//   - FieldsFuncSeq, FieldsSeq, Lines, SplitAfterSeq, SplitSeq: returns an
//     iter.Seq, and minigo has no package iter yet
//   - ToLowerSpecial, ToTitleSpecial, ToUpperSpecial: takes a
//     unicode.SpecialCase, and minigo's unicode has no case tables

package strings

import (
	"io"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return indexFunc(s, f, true) >= 0
}

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// Count counts the number of non-overlapping instances of substr in s.
func Count(s, substr string) int

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep string) (before, after string, found bool)

// CutLast slices s around the last instance of sep, returning the text before and after sep.
func CutLast(s, sep string) (before, after string, found bool)

// CutPrefix returns s without the provided leading prefix string and reports whether it found the prefix.
func CutPrefix(s, prefix string) (after string, found bool)

// CutSuffix returns s without the provided ending suffix string and reports whether it found the suffix.
func CutSuffix(s, suffix string) (before string, found bool)

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool

// Fields splits the string s around each instance of one or more consecutive white space characters, as defined by unicode.IsSpace, returning a slice of substrings of s or an empty slice if s contains only white space.
func Fields(s string) []string

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c) and returns an array of slices of s.
func FieldsFunc(s string, f func(rune) bool) []string {
	// The fields' bounds first, then the result, of exactly their number
	// (Go's capacity).
	bounds := make([]int, 0, 64)
	start := -1 // the current field's start, if any
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([]string, len(bounds)/2)
	for k := range fields {
		fields[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return fields
}

// HasPrefix reports whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix reports whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1 if substr is not present in s.
func Index(s, substr string) int

// IndexAny returns the index of the first instance of any Unicode code point from chars in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// IndexRune returns the index of the first instance of the Unicode code point r, or -1 if rune is not present in s.
func IndexRune(s string, r rune) int

// Join concatenates the elements of its first argument to create a single string.
func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not present in s.
func LastIndex(s, substr string) int

// LastIndexAny returns the index of the last instance of any Unicode code point from chars in s, or -1 if no Unicode code point from chars is present in s.
func LastIndexAny(s, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s string, c byte) int

// LastIndexFunc returns the index into s of the last Unicode code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// Map returns a copy of the string s with all its characters modified according to the mapping function.
func Map(mapping func(rune) rune, s string) string {
	// Unchanged runes are not copied until one changes; if none does, s
	// itself is the result.
	var b Builder
	rest := ""
	changed := false
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		// U+FFFD stands for itself (3 bytes) or for an invalid byte.
		_, width := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && width != 1 && r == c {
			continue
		}
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		rest = s[i+width:]
		changed = true
		break
	}
	if !changed {
		return s
	}
	for _, c := range rest {
		if r := mapping(c); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Repeat returns a new string consisting of count copies of the string s.
func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string

// Split slices s into all substrings separated by sep and returns a slice of the substrings between those separators.
func Split(s, sep string) []string

// SplitAfter slices s into all substrings after each instance of sep and returns a slice of those substrings.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into substrings after each instance of sep and returns a slice of those substrings.
func SplitAfterN(s, sep string, n int) []string

// SplitN slices s into substrings separated by sep and returns a slice of the substrings between those separators.
func SplitN(s, sep string, n int) []string

// Title returns a copy of the string s with all Unicode letters that begin words mapped to their Unicode title case.
func Title(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToTitle returns a copy of the string s with all Unicode letters mapped to their Unicode title case.
func ToTitle(s string) string

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8 byte sequences replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string

// Trim returns a slice of the string s with all leading and trailing Unicode code points contained in cutset removed.
func Trim(s, cutset string) string

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points contained in cutset removed.
func TrimLeft(s, cutset string) string

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string

// TrimRight returns a slice of the string s, with all trailing Unicode code points contained in cutset removed.
func TrimRight(s, cutset string) string

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return s[:0]
	}
	_, width := utf8.DecodeRuneInString(s[i:])
	return s[:i+width]
}

// TrimSpace returns a slice (substring) of the string s, with all leading and trailing white space removed, as defined by Unicode.
func TrimSpace(s string) string

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string

// A Builder is used to efficiently build a string using Builder.Write methods.
type Builder struct {
	_ [0]func() // opaque, not comparable, as Go's strings.Builder is not (field buf []byte)
}

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int)

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset()

// String returns the accumulated string.
func (b *Builder) String() string

// Write appends the contents of p to b's buffer.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error)

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader, io.ByteScanner, io.RuneReader, io.RuneScanner, io.Seeker, and io.WriterTo interfaces by reading from a string.
type Reader struct {
	_ [0]int // opaque, comparable, as Go's strings.Reader is
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error)

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error)

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error)

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string)

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error)

// Size returns the original length of the underlying string.
func (r *Reader) Size() int64

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	_ [0]func() // opaque, not comparable, as Go's strings.Replacer is not (field oldnew []string)
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error)

// ---- helpers

// indexFunc is the index of the first rune r of s with f(r) == want, or -1.
func indexFunc(s string, f func(rune) bool, want bool) int {
	for i, r := range s {
		if f(r) == want {
			return i
		}
	}
	return -1
}

// lastIndexFunc is the index of the last rune r of s with f(r) == want, or
// -1; runes are decoded backwards, as utf8.DecodeLastRuneInString does.
func lastIndexFunc(s string, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		end -= width
		if f(r) == want {
			return end
		}
	}
	return -1
}
