package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 5}, {5, -1}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var i8 int8 = -7
	.Println(i8/2, i8%2, i8>>1)
	var u uint = 7
	fmt.Println(u/2, u%2)
	fmt.