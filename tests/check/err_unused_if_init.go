package main

import "fmt"

func f() int { return 1 }

func main() {
	if x := f(); true {
		fmt.Println("x unused")
	}
	for i := 0; ; {
		break
	}
}
