package main

import "fmt"

func main() {
	var a int8 = 127
	var b int8 = -128
	var one int8 = 1
	fmt.Println(a+one, b-one, a*2, b*2, a*a, b*b, -b, ^a, ^b)
	for i := int8(100); i != -56; i += 25 {
		fmt.Println("step", i)
	}
	var x int8 = 77
	for k := 0; k < 6; k++ {
		x = x*3 + 11
		fmt.Println("x", k, x, x/7, x%7, x>>2, x<<1)
	}
	fmt.Println(a&b, a|b, a^b, a&^b, b&^a)
	var m int8 = -1
	fmt.Println(b/m, b%m, b*m, m*m, m<<7, m>>7)
	c := a
	c++
	c--
	c--
	fmt.Println(c, c+a, c-b)
	var sum int8
	for i := 0; i < 50; i++ {
		sum += int8(i)
	}
	fmt.Println("sum", sum)
	println(a+one, b-one, -b, ^b)
}
