package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func MinMax[T Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func main() {
	fmt.Println(SortedKeys(map[string]bool{"z": true, "m": false, "a": true}))
	fmt.Println(SortedKeys(map[float64]int{2.5: 1, -1: 2, 10: 3}))
	fmt.Println(MinMax([]int{5, 2, 9, -3}))
	fmt.Println(MinMax([]string{"pear", "apple", "zoo"}))
}
