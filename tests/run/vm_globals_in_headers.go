package main

import "fmt"

var g int

func show() { fmt.Println("g is", g) }

func main() {
	if g = 5; g > 3 {
		show()
	}
	for g = 0; g < 2; g++ {
		show()
	}
	switch g = 7; g {
	case 7:
		show()
	}
}
