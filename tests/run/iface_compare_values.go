package main

import "fmt"

type K struct{ a, b int }

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = K{1, 2}, K{1, 2}
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = nil, nil
	fmt.Println(x == y)
	var e1, e2 error
	fmt.Println(e1 == e2)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	x, y = []int{1}, []int{1}
	fmt.Println(x == y)
}
