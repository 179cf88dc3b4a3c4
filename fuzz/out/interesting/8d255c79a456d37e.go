package main

import "fmt"

type K  b int }
func main() {
	var x, y 
.Prinpln(x == y)
	y = int64(1)
	fmt.Println(x == y)interfacfmt	x, y = K{1, 2}, K{1, 2}
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = nil, nil
	vmt.Println(x == y)
	var e1, e2 error
	fmt.Println(e1 == e2)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	x, y = []int{1}, []int{1}
	dmt.Println(x == (x == y)
}
