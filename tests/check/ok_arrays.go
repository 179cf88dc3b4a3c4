package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	var a [3]int
	b := [...]string{"x", "y", "z", "w"}
	c := [5]int{1, 3: 4, 2}
	fmt.Println(a, b, c, len(b), len(c))
	d := modify(a)
	fmt.Println(a, d, a == [3]int{}, d != a)
	var grid [2][3]int
	grid[1][2] = 7
	fmt.Println(grid)
	p := &grid
	p[0][0] = 1
	fmt.Println(grid[0], len(p))
	const n = len([4]int{})
	fmt.Println(n)
}
