package main

import "fmt"

func main() {
	var a int8 = -128
	fmt.Println(a>>1, a>>7, a>>8, a>>100)
	var b int32 = -1
	fmt.Println(b<<31, b<<32, b>>31, b>>40)
	var c int64 = 1
	fmt.Println(c<<62, c<<63, c<<64)
	var d int = -5
	fmt.Println(d>>1, d<<2)
	var s uint = 70
	fmt.Println(c<<s, b>>s)
	for i := uint(0); i < 10; i += 3 {
		var x int16 = 0x4001
		fmt.Println(i, x<<i, x>>i)
	}
}
