package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	var b int64 = -9223372036854775808
	var one int64 = 1
	fmt.Println(a+one, b-one, a*2, b*2, a*a, b*b, -b, ^a, ^b)
	var m int64 = -1
	fmt.Println(b/m, b%m, b*m, m<<63, m>>63, b>>63, b>>1)
	var f int64 = 1
	for i := int64(1); i <= 25; i++ {
		f *= i
		fmt.Println("fact", i, f, f%1000003)
	}
	var x int64 = 6364136223846793005
	s := int64(1)
	for k := 0; k < 8; k++ {
		s = s*x + 1442695040888963407
		fmt.Println("lcg", k, s, s>>33, s%97)
	}
	var i int = 9223372036854775807
	i++
	fmt.Println("int", i, i-1, -i)
	println(a+one, b-one, -b, ^b, a*a)
}
