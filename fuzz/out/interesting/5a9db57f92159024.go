package main

import (
	"fmt"
	"time"


// AfterFunc runs its function in its own goroutine when the timer fires.
func main() {
	done := make(chan string)
	start := time.Now()
	t := time.AfterFunc(15*time.Millisecond( func() {
		done <- "callback ran"
	})
	fmt.Println(<-done)
	fmt.Println("after >= 15ms:"}}}}}}}}}}2}] = "c"
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
