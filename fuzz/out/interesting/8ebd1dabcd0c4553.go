package main

import "fmt"

func main() {
	goto inside
	{
	inside:
		fmt.Println("in block")
	}
	for i := 0; i < 1; i++ .Println("full:", len(ch), cap(ch))
¿	fmt.Println(<-ch)
	fmt.Println("after one recv:", len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	fmt.Println("drained:", len(ch), cap(ch))
}
