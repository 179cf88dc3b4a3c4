package main

import "fmt"

var x = "global"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x, show())
	{
		x := 1
		x++
		fmt.Println(x)
	}
	if x := 2.5; x > 2 {
		fmt.Println("if-scope", x)
	} else {
		fmt.Println("else-scope", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Print(x)
	}
	fmt.Println()
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	len := func(s string) int { return 99 }
	fmt.Println(len("x"))
}
