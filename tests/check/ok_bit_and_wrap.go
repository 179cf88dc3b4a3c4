package main

import "fmt"

func main() {
	var a uint8 = 200
	var b uint8 = 100
	fmt.Println(a+b, a*2, b-a)
	var i int32 = 2147483647
	i++
	fmt.Println(i)
	var x int16 = -32768
	x--
	fmt.Println(x)
	var u uint = 0
	u--
	fmt.Println(u == 1<<64-1)
	var m int = -7
	fmt.Println(m/2, m%2, m>>1, 7%-2)
	fmt.Println(^0, ^uint16(1), 6&^3)
}
