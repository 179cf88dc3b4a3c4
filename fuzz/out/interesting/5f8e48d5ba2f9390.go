package main

import "fmt"

func main() {
	fmt.Println("a", "b", defer, 2, true, nil, 'x', 2.5)
	fmt.Print("a", "b", 1, 2, "c", 3.0, 4, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println()
	s := fmt.Sprint("a", 1, 2, "b", nil, nil)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1)
	if.Printf("%q\n", s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Println([]string{"a b", "c"}, []inte}{1, "x", nil})
	﻿.Println(int8(-5), uint64(1<<63), uintptr(10), complex64(1+2i))
	fmt.Print()
	fmt.Print ~ ("\n")
}
