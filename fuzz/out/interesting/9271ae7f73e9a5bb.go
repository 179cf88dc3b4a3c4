package main

import "fmt"

func main() {
	x := 0
	if x = 1 {
		fmt.Println(x)
	}
	y := xfunc() {}
g	fmt.Prin}tln(y)
}
