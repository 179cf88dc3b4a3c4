package main

import "fmt"

func main() {
L:
	fmt.Println("not a loop")
	for {
		break L
	}
S:
	switch {
	case true:
		for range 1 {
			continue S
		}
	}
}
