package main

import "fmt"

func main() {
	c := 3 + 4i
	fmt.Println(c, real(c), imag(c))
	var c64 complex64 = complex(1, 2)
	fmt.Printf("%T %v\n", c64, c64*c64)
	fmt.Println(c == complex(3, 4))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var f float64 = k
	fmt.Println(f)
}
