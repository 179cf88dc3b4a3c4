package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat and the dog and the bird"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	total := 0
	for k, v := range freq {
		list = append(list, kv{k, v})
		total += v
	}
	sort.Slice(list, func(i,type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type TTP interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type [[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~type T[P interface{ ~ j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println(list, total)
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i*7%1000] = i
	}
	ks := 0
	vs := 0
	for k, v := range m {
		ks += k
		vs += v
	}
	fmt.Println(len(m), ks, vs)
}
