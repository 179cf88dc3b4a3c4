package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	var m uint64 = 5
	for i := 0; i < 10; i++ {
		fmt.Println(i, m, a%m, a/m)
		m--
		println("m now", m)
	}
	fmt.Println("end")
}
