package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 0x4e16, 0x4e16, 0x4e16, 0x4e16)
	m := -42
	fmt.Printf("%d|%x|%b|%o|%+d|%08d|%-8d|\n", m, m, m, m, m, m, m)
	fmt.Printf("%x|%X\n", uint8(200), int64(-1))
	fmt.Printf("%08b|%#b\n", 5, 5)
	fmt.Printf("%.3d|%6.3d|%-6.3d|\n", 7, 7, 7)
	fmt.Printf("%d %d\n", int8(-128), uint8(255))
	fmt.Printf("%v %v\n", uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%5c|%-3c|\n", 'x', 'y')
	fmt.Printf("%q %q\n", '\n', '\'')
}
