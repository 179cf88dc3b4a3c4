package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
sw:
	switch x := 2; x {
	case 2:
		for {
			break sw
		}
	}
	n := 0
loop:
	for {
		select {
		default:
			n++
			if n == 3 {
				break loop
			}
		}
	}
	fmt.Println("n =", n)
}
