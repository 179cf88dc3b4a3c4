package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	Tags [2]string
}

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	m[Point{1, 2}] = "c"
	fmt.Println(len(m), m[Point{1, 2}], m)
	k := map[Key]int{}
	k[Key{"x", [2]string{"a", "b"}}]++
	k[Key{"x", [2]string{"a", "b"}}]++
	k[Key{"x", [2]string{"b", "a"}}]++
	fmt.Println(len(k), k[Key{"x", [2]string{"a", "b"}}])
	a := map[[3]int]bool{{1, 2, 3}: true}
	fmt.Println(a[[3]int{1, 2, 3}], a[[3]int{3, 2, 1}])
	ptrKey := map[*int]int{}
	x, y := 1, 1
	ptrKey[&x] = 1
	ptrKey[&y] = 2
	ptrKey[&x] += 10
	fmt.Println(len(ptrKey), ptrKey[&x], ptrKey[&y])
}
