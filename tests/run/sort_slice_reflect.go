// sort.Slice and friends on slices of every element shape (the swap goes
// through the slice's runtime type), on subslices and named slice types,
// and the panics of Go's reflectlite on values that are not slices.
package main

import (
	"fmt"
	"math"
	"sort"
)

type wide struct {
	name string
	n    int
	tags [2]string
}

type names []string

type iface interface{ key() int }

type kv struct{ k, v int }

func (p kv) key() int { return p.k }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, isErr := r.(error)
			if isErr {
				fmt.Println(what, "panics:", err.Error())
			} else {
				fmt.Println(what, "panics:", r)
			}
		}
	}()
	f()
	fmt.Println(what, "ok")
}

func main() {
	ws := []wide{{"c", 3, [2]string{"x", "y"}}, {"a", 1, [2]string{"p", "q"}}, {"b", 2, [2]string{"m", "n"}}, {"a", 0, [2]string{"z", "z"}}}
	sort.Slice(ws, func(i, j int) bool { return ws[i].name < ws[j].name })
	fmt.Println(ws)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].n > ws[j].n })
	fmt.Println(ws)

	bs := []byte("the quick brown fox")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Printf("%q\n", bs)

	bools := []bool{true, false, true, false, false}
	sort.SliceStable(bools, func(i, j int) bool { return !bools[i] && bools[j] })
	fmt.Println(bools)

	arrs := [][3]int{{3, 1, 2}, {1, 2, 3}, {2, 2, 2}, {1, 1, 1}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(arrs)

	ifs := []iface{kv{3, 0}, kv{1, 1}, kv{2, 2}, kv{1, 3}, kv{0, 4}}
	sort.SliceStable(ifs, func(i, j int) bool { return ifs[i].key() < ifs[j].key() })
	fmt.Println(ifs)

	a, b, c := 3, 1, 2
	ptrs := []*int{&a, &b, &c}
	sort.Slice(ptrs, func(i, j int) bool { return *ptrs[i] < *ptrs[j] })
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	empties := make([]struct{}, 5)
	sort.Slice(empties, func(i, j int) bool { return i > j })
	fmt.Println(len(empties))

	nums := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	sub := nums[3:7]
	sort.Slice(sub, func(i, j int) bool { return sub[i] < sub[j] })
	fmt.Println(nums, sub)

	ns := names{"pear", "apple", "fig"}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	fmt.Println(ns, sort.SliceIsSorted(ns, func(i, j int) bool { return ns[i] < ns[j] }))

	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.NaN(), -math.Inf(1)}
	sort.Sort(sort.Float64Slice(fs))
	fmt.Println(fs, sort.Float64sAreSorted(fs), sort.IsSorted(sort.Float64Slice(fs)))
	fmt.Println(sort.Float64Slice(fs).Search(0), sort.Float64sAreSorted([]float64{1, math.NaN()}))

	ss := sort.StringSlice{"b", "c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("z"), sort.SearchStrings(ss, "bb"))
	is := sort.IntSlice{5, 2, 8, 2}
	sort.Stable(sort.Reverse(is))
	fmt.Println(is, sort.IsSorted(sort.Reverse(is)), is.Search(3))
	is.Sort()
	fmt.Println(is, is.Search(3), is.Search(9))
	i, found := sort.Find(len(is), func(i int) int { return 5 - is[i] })
	fmt.Println(i, found)
	fmt.Println(sort.Search(0, func(int) bool { return true }))

	// Len works on arrays and strings, Swapper only on slices.
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(sort.SliceIsSorted(arr, func(i, j int) bool { return arr[i] < arr[j] }))
	fmt.Println(sort.SliceIsSorted("dcba", func(i, j int) bool { return i > j }))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(sort.SliceIsSorted(m, func(i, j int) bool { return false }))
	try("Slice(int)", func() { sort.Slice(3, func(i, j int) bool { return false }) })
	try("Slice(array)", func() { sort.Slice(arr, func(i, j int) bool { return false }) })
	try("SliceStable(string)", func() { sort.SliceStable("ab", func(i, j int) bool { return false }) })
	try("Slice(nil)", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("Slice(ptr)", func() { sort.Slice(&nums, func(i, j int) bool { return false }) })
	try("Slice(struct)", func() { sort.Slice(kv{}, func(i, j int) bool { return false }) })
	try("SliceIsSorted(int)", func() { sort.SliceIsSorted(7, func(i, j int) bool { return false }) })
	try("SliceIsSorted(nil)", func() { sort.SliceIsSorted(nil, func(i, j int) bool { return false }) })
	try("Slice(empty)", func() { sort.Slice([]int{}, func(i, j int) bool { return false }) })
	try("less panics", func() {
		sort.Slice(nums, func(i, j int) bool { panic(fmt.Sprint("less ", i, j)) })
	})
	sort.Slice(1.5, func(i, j int) bool { return false })
}
