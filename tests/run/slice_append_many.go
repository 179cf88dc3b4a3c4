package main

import "fmt"

func main() {
	for _, n := range []int{1, 3, 5, 7, 9, 13, 17, 33, 100, 513, 1000} {
		var s []int
		s = append(s, make([]int, n)...)
		b := append([]byte(nil), make([]byte, n)...)
		fmt.Println(n, len(s), cap(s), cap(b))
	}
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7)
	fmt.Println(len(s), cap(s))
	s = append(s, s...)
	fmt.Println(len(s), cap(s))
	b := []byte("hello")
	b = append(b, " world, this is long"...)
	fmt.Println(len(b), cap(b), string(b))
	var st []string
	st = append(st, "a", "b", "c", "d", "e")
	fmt.Println(len(st), cap(st))
	big := make([]int64, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int64, 1024)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
}
