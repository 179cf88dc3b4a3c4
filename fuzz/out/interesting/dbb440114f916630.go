package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2.5
		fmt.Println(x)
		{
			x )  := "inner"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	if x := true; fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}
