package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	data := []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}, {"a", 6}}
	m := map[string]Stats{}
	for _, d := range data {
		s := m[d.k]
		s.Count++
		s.Sum += d.v
		m[d.k] = s
	}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: n=%d avg=%.2f\n", k, m[k].Count, m[k].Sum/float64(m[k].Count))
	}
	arrMap := map[string][2]int{}
	a := arrMap["x"]
	a[0] = 5
	arrMap["x"] = a
	fmt.Println(arrMap)
}
