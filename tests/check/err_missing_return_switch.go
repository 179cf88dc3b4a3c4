package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
}

func loop() int {
	for {
		break
	}
}

func main() {
	fmt.Println(name(1), loop())
}
