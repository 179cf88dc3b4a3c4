// Package sort, partly written in Go for minigo: the compiler compiles it
// with the program that imports it (DESIGN.md §9). Its exported API is
// compiler/stdlib/sort.go, Go's own (a test checks they agree).
//
// Ints, Strings, IntsAreSorted, StringsAreSorted and SearchInts are
// natives (runtime/src/natives/builtin_pkgs.rs: no body here); equal ints
// or strings cannot be told apart, so any sort gives Go's result. Not so
// for floats (-0 and +0): Float64s is Go's pdqsort, written here.
// Everything that calls back into Go is written here, with Go's
// algorithms, so that results agree with Go's down to the order of equal
// elements and the sequence of calls to Less and Swap: pattern-defeating
// quicksort for Sort and Slice (insertion sort up to 12 elements, median
// of three or Tukey's ninther, partial insertion sort on likely sorted
// input, heapsort after too many unbalanced partitions, pattern breaking
// with an xorshift seeded by the length), and insertion-sorted blocks of
// 20 merged by SymMerge for Stable and SliceStable.
//
// Slice, SliceStable and SliceIsSorted reach the elements of their `any`
// argument through two natives, reflectlite.length and .swap
// (runtime/src/natives/reflectlite.rs): what Go's internal/reflectlite
// gives package sort.
//
// Not offered (exported in Go, deliberately left out):
//   - SearchFloat64s: outside the coverage chosen for minigo; add on demand

package sort

// Find uses binary search to find and return the smallest index i in [0, n) at which cmp(i) <= 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// Float64s sorts a slice of float64s in increasing order.
func Float64s(x []float64) {
	// Go's slices.Sort: the same pdqsort, which decides where -0 and +0
	// (equal, yet distinguishable) end up.
	pdqsort(Float64Slice(x), 0, len(x), bitLen(uint(len(x))))
}

// Float64sAreSorted reports whether the slice x is sorted in increasing order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if floatLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// SearchInts searches for x in a sorted slice of ints and returns the index as specified by Search.
func SearchInts(a []int, x int) int

// SearchStrings searches for x in a sorted slice of strings and returns the index as specified by Search.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Slice sorts the slice x given the provided less function.
func Slice(x any, less func(i, j int) bool) {
	d := newSliceData(x, less)
	pdqsort(d, 0, d.n, bitLen(uint(d.n)))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, kind := reflectlite{}.length(x)
	if n < 0 {
		panic(&valueError{"reflectlite.Value.Len", kind})
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	d := newSliceData(x, less)
	stable(d, d.n)
}

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// Stable sorts data in ascending order as determined by the Less method, while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool

// Float64Slice implements Interface for a []float64, sorting in increasing order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

// Len is Go's sort.Float64Slice.Len (undocumented there).
func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by the sort Interface.
func (x Float64Slice) Less(i, j int) bool { return floatLess(x[i], x[j]) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int {
	return Search(len(p), func(i int) bool { return p[i] >= x })
}

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Swap is Go's sort.Float64Slice.Swap (undocumented there).
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

// Len is Go's sort.IntSlice.Len (undocumented there).
func (x IntSlice) Len() int { return len(x) }

// Less is Go's sort.IntSlice.Less (undocumented there).
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int {
	return Search(len(p), func(i int) bool { return p[i] >= x })
}

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Swap is Go's sort.IntSlice.Swap (undocumented there).
func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

// Len is Go's sort.StringSlice.Len (undocumented there).
func (x StringSlice) Len() int { return len(x) }

// Less is Go's sort.StringSlice.Less (undocumented there).
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Swap is Go's sort.StringSlice.Swap (undocumented there).
func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// ---- helpers

// reverse inverts the order of the Interface it embeds.
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// floatLess orders NaNs before every other value, as Go's cmp.Less.
func floatLess(a, b float64) bool {
	return a < b || (a != a && b == b)
}

// bitLen is math/bits.Len: the number of bits needed to represent x.
func bitLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// reflectlite holds the natives standing for Go's internal/reflectlite
// (runtime/src/natives/reflectlite.rs). They are methods because minigo
// cannot yet call a bodyless function of the package's own by its name.
type reflectlite struct{}

// length returns the length of x (a slice, array, string, map or channel)
// and its reflect.Kind; n is -1 for another kind (kind 0: nil).
func (reflectlite) length(x any) (n int, kind int)

// swap swaps elements i and j of the slice x; it panics like the function
// Go's reflectlite.Swapper returns when an index is out of range.
func (reflectlite) swap(x any, i, j int)

// kindNames are reflect.Kind's String values.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

const kindSlice = 23

// valueError is the panic of reflectlite on a value of the wrong kind
// (Go's *reflectlite.ValueError).
type valueError struct {
	method string
	kind   int
}

func (e *valueError) Error() string {
	if e.kind == 0 {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + kindNames[e.kind] + " Value"
}

// sliceData is the Interface of Slice and SliceStable: the slice x held
// in an `any`, its length taken once (as Go's reflectlite.Swapper does),
// and the user's less.
type sliceData struct {
	x    any
	n    int
	less func(i, j int) bool
}

func newSliceData(x any, less func(i, j int) bool) *sliceData {
	n, kind := reflectlite{}.length(x)
	if kind != kindSlice {
		panic(&valueError{"Swapper", kind})
	}
	return &sliceData{x, n, less}
}

func (d *sliceData) Len() int           { return d.n }
func (d *sliceData) Less(i, j int) bool { return d.less(i, j) }
func (d *sliceData) Swap(i, j int)      { reflectlite{}.swap(d.x, i, j) }

// ---- pattern-defeating quicksort

// Hints about data[a:b] from choosing a pivot.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

// insertionSort sorts data[a:b].
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a; j-- {
			if !data.Less(j, j-1) {
				break
			}
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of data[first+lo:first+hi]
// below root lo.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many unbalanced partitions may
// still happen before it falls back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	balanced := true    // the last partition was reasonably balanced
	partitioned := true // the last partition moved nothing
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// data[a-1] is a pivot of an earlier partition, not greater than
		// anything here: when it equals this pivot, many elements are
		// probably equal; put them first and go on with the rest.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, then the elements less than it before
// the others, puts the pivot between them and returns its index, and
// whether nothing had to move.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements of data[a:b] equal to the pivot (none
// is less) before the greater ones, and returns where the greater start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to 5 adjacent inversions of data[a:b]
// (none when it is shorter than 50) and reports whether it is sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		// The smaller one moves left (Go's loop runs down to index 1, not
		// to a: kept, as it decides which comparisons are made).
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		// The greater one moves right.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// xorshift is the pseudo-random sequence of breakPatterns.
type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// breakPatterns swaps three elements around the middle of data[a:b] with
// pseudo-random others.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	random := xorshift(n)
	mask := uint(1)<<uint(bitLen(uint(n))) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		other := int(uint(random.next()) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot of data[a:b]: a fixed one below 8 elements,
// the median of three below 50, else Tukey's ninther. The hint says
// whether the comparisons saw data increasing or decreasing throughout.
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i := a + n/4
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// order2 returns a and b ordered so that data[first] <= data[second],
// counting a swap.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns which of a, b, c holds the median of their elements.
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// ---- stable sort: insertion-sorted blocks, merged in place by SymMerge

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] (both non-empty)
// by Kim and Kutzner's SymMerge.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] before the first element of data[m:b] not less
		// than it.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] before the first element of data[a:m] greater
		// than it.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(m, h) {
				hi = h
			} else {
				lo = h + 1
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	start, r := a, m
	if m > mid {
		start, r = n-b, mid
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if data.Less(p-c, c) {
			r = c
		} else {
			start = c + 1
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m] by block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
