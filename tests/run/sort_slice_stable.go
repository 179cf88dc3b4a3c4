package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
	}
	byAge := make([]Person, len(people))
	copy(byAge, people)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age > byAge[j].Age })
	fmt.Println(byAge)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	fmt.Println(sort.SliceIsSorted(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name }))
	words := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
