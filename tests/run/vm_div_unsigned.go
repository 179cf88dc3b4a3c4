package main

import "fmt"

func main() {
	var a uint8 = 250
	var b uint8 = 7
	fmt.Println(a/b, a%b, a/1, a%1, b/a, b%a)
	var c uint16 = 65535
	var d uint16 = 256
	fmt.Println(c/d, c%d, c/(d-1), c%(d+1))
	var e uint32 = 4294967295
	var f uint32 = 65536
	fmt.Println(e/f, e%f, e/3, e%10, (e-1)/2)
	var g uint64 = 18446744073709551615
	var h uint64 = 1 << 32
	fmt.Println(g/h, g%h, g/10, g%10, g/(1<<63), g%(1<<63))
	n := g
	digits := 0
	for n > 0 {
		fmt.Print(n%10, " ")
		n /= 10
		digits++
	}
	fmt.Println()
	fmt.Println("digits", digits)
	var neg int32 = -10
	fmt.Println(uint32(neg)/3, uint32(neg)%3, neg/3, neg%3)
	var u uint = 100
	u /= 7
	u %= 5
	fmt.Println(u)
	println(g/h, g%10, e/3)
}
