package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 0-1 =", b)
	var c int16 = 32767
	c += 2
	fmt.Println("int16 32767+2 =", c)
	var d uint16 = 65535
	d *= d
	fmt.Println("uint16 65535*65535 =", d)
	var e int32 = -2147483648
	e--
	fmt.Println("int32 min-1 =", e)
	var f uint32 = 4000000000
	f += 500000000
	fmt.Println("uint32 4e9+5e8 =", f)
	var g int64 = 9223372036854775807
	g++
	fmt.Println("int64 max+1 =", g)
	var h uint64 = 0
	h -= 1
	fmt.Println("uint64 0-1 =", h)
	var i int = -9223372036854775808
	i = -i
	fmt.Println("-int min =", i)
	var u uint = 1 << 63
	u *= 2
	fmt.Println("uint 1<<63 * 2 =", u)
}
