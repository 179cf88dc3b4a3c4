package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	for i := range p {
		fmt.Println(i)
	}
	fmt.Println(p[0])
}
