// sort.Sort, sort.Slice, sort.Stable and sort.SliceStable on many inputs
// with many equal keys: the order of equal elements, and the sequence of
// Less and Swap calls (hashed), are Go's pdqsort's and SymMerge's.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key int
	id  int
}

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// trace hashes the calls made by the sorts (FNV-1a over call, i, j).
type trace struct{ h uint64 }

func (t *trace) add(op, i, j int) {
	t.h = (t.h ^ uint64(op)) * 1099511628211
	t.h = (t.h ^ uint64(i)) * 1099511628211
	t.h = (t.h ^ uint64(j)) * 1099511628211
}

// recs implements sort.Interface and records its calls.
type recs struct {
	a []rec
	t *trace
}

func (r recs) Len() int { return len(r.a) }
func (r recs) Less(i, j int) bool {
	r.t.add(1, i, j)
	return r.a[i].key < r.a[j].key
}
func (r recs) Swap(i, j int) {
	r.t.add(2, i, j)
	r.a[i], r.a[j] = r.a[j], r.a[i]
}

// gen makes n records of pattern p with keys in [0, k).
func gen(n, k, p int) []rec {
	a := make([]rec, n)
	for i := range a {
		var key int
		switch p {
		case 0: // random
			key = int(rnd() % uint64(k))
		case 1: // ascending
			key = i * k / (n + 1)
		case 2: // descending
			key = (n - i) * k / (n + 1)
		case 3: // sawtooth
			key = i % k
		case 4: // organ pipe
			if i < n/2 {
				key = i % k
			} else {
				key = (n - i) % k
			}
		case 5: // ascending with a few random swaps
			key = i
		}
		a[i] = rec{key, i}
	}
	if p == 5 && n > 1 {
		for s := 0; s < 3; s++ {
			i, j := int(rnd()%uint64(n)), int(rnd()%uint64(n))
			a[i].key, a[j].key = a[j].key, a[i].key
		}
	}
	return a
}

func digest(a []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range a {
		h ^= uint64(r.id)
		h *= 1099511628211
		h ^= uint64(r.key)
		h *= 1099511628211
	}
	return h
}

func clone(a []rec) []rec { return append([]rec(nil), a...) }

func run(n, k, p int, show bool) {
	base := gen(n, k, p)

	t1 := &trace{}
	a1 := clone(base)
	sort.Sort(recs{a1, t1})

	t2 := &trace{}
	a2 := clone(base)
	sort.Slice(a2, func(i, j int) bool {
		t2.add(1, i, j)
		return a2[i].key < a2[j].key
	})

	t3 := &trace{}
	a3 := clone(base)
	sort.Stable(recs{a3, t3})

	t4 := &trace{}
	a4 := clone(base)
	sort.SliceStable(a4, func(i, j int) bool {
		t4.add(1, i, j)
		return a4[i].key < a4[j].key
	})

	t5 := &trace{}
	a5 := clone(base)
	sort.Sort(sort.Reverse(recs{a5, t5}))

	ok := sort.IsSorted(recs{a1, &trace{}}) && sort.SliceIsSorted(a2, func(i, j int) bool { return a2[i].key < a2[j].key })
	fmt.Printf("n=%d k=%d p=%d sort=%x/%x slice=%x/%x stable=%x/%x slicestable=%x/%x rev=%x/%x %v\n",
		n, k, p, digest(a1), t1.h, digest(a2), t2.h, digest(a3), t3.h, digest(a4), t4.h, digest(a5), t5.h, ok)
	if show {
		fmt.Println(" ", a1)
		fmt.Println(" ", a2)
		fmt.Println(" ", a5)
	}
}

// chaos sorts with a less answering at random (true once in bias, or
// false once in bias when inv): every path of pdqsort (the heapsort
// fallback included) must make Go's calls.
func chaos(n int, bias uint64, inv bool) {
	a := make([]int, n)
	for i := range a {
		a[i] = i
	}
	t := &trace{}
	sort.Slice(a, func(i, j int) bool {
		t.add(1, i, j)
		return (rnd()%bias == 0) != inv
	})
	b := make([]int, n)
	for i := range b {
		b[i] = i
	}
	u := &trace{}
	sort.SliceStable(b, func(i, j int) bool {
		u.add(1, i, j)
		return rnd()%2 == 0
	})
	fmt.Printf("chaos n=%d bias=%d inv=%v %x %v %x %v\n", n, bias, inv, t.h, a[:min(n, 8)], u.h, b[:min(n, 8)])
}

func main() {
	for n := 0; n <= 200; n++ {
		k := 1 + n%7
		run(n, k, n%6, n == 13 || n == 40)
		if n%10 == 0 {
			run(n, 1+n/3, 0, false)
		}
	}
	for _, n := range []int{500, 2000} {
		for p := 0; p < 6; p++ {
			run(n, 10, p, false)
		}
		run(n, n, 0, false)
	}
	for _, n := range []int{0, 1, 5, 12, 13, 20, 49, 50, 51, 100, 300, 1000} {
		chaos(n, 3, false)
	}
	for _, n := range []int{60, 200, 1000} {
		for _, bias := range []uint64{2, 5, 20, 100, 1000} {
			chaos(n, bias, false)
			chaos(n, bias, true)
		}
	}
}
