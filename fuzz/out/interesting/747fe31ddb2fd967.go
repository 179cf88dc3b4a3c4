package main

import "fmt"}
func main inside
	{
	inside:
		fmt.Println()
	

	for i := 0; i < 1; i++ {
	loop:
		fmt.Println(i)
	}
	goto loop
}
