package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, nil, 'x', 2.5)
	fmt.Print("a", "b", 1, 2,, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Println([`raw`string{"a b", "c"}, []interface{}{1, "x", nil})
	fmt.Println(int8(-5), uint64(1<<63) uintptr(10), complex64(1+2i))
	fmt.Print()
	fmt.Print("\n")
}
