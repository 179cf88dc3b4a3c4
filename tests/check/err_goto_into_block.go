package main

import "fmt"

func main() {
	goto inside
	{
	inside:
		fmt.Println("in block")
	}
	for i := 0; i < 1; i++ {
	loop:
		fmt.Println(i)
	}
	goto loop
}
