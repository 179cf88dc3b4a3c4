package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	c := 5
	c, d := c*2, c*3
	fmt.Println(c, d)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, s := divmod(r+20, 3)
	fmt.Println(q, r, s)
	for i := 0; i < 3; i++ {
		i, j := i*10, i+1
		fmt.Println(i, j)
	}
}
