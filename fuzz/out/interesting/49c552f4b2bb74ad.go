package main

import "fmt"





// A select with one case and no default behaves like the bare operation.
func main() {
	ch := make(chan string)
	go . +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(forever(0))
}
