package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 0O17, 017, 0b1011, 0B11)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
	fmt.Println('a', '\n', '\t', '\\', '\x7f', '\u00e9', '\U0001F600', '\377')
	fmt.Println(1e3, 1.5e-3, .5, 5., 0x1p4, 0x1.8p1, 1_0.2_5)
	fmt.Println(07, 00, 0)
	var r rune = '世'
	var b byte = 'z'
	fmt.Println(r, b, r+1, b-25)
	fmt.Printf("%T %T %T\n", 'a', 0x10, 1e2)
}
