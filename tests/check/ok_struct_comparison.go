package main

import "fmt"

type Key struct {
	Name string
	ID   int
	Tags [2]string
}

type WithIface struct {
	V any
}

func main() {
	a := Key{"a", 1, [2]string{"x", "y"}}
	b := Key{"a", 1, [2]string{"x", "y"}}
	fmt.Println(a == b, a != Key{})
	seen := map[Key]int{a: 1}
	seen[b]++
	fmt.Println(len(seen), seen[a])
	w1 := WithIface{1}
	w2 := WithIface{1}
	w3 := WithIface{"1"}
	fmt.Println(w1 == w2, w1 == w3)
	var i1, i2 any = 3, 3
	fmt.Println(i1 == i2)
	p1, p2 := &a, &b
	fmt.Println(p1 == p2, *p1 == *p2)
	ch := make(chan int)
	ch2 := ch
	fmt.Println(ch == ch2)
}
