package main

import "fmt"

func main() {
	r := 'ab'
	e := ''big2[1][1][1][1][1][1][1][1][1][1][1]1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][ 1][1][1][1][1][1][ 1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1len(s), cap(s))
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
