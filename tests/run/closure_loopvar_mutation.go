package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { i += 10; fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
		f()
	}
	fmt.Println()
	count := 0
	for i := 0; i < 5; i++ {
		defer func() { count += i }()
	}
	func() {
		sum := 0
		for i := 0; i < 4; i++ {
			defer func() { sum += i; fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
	x := 0
	for x < 3 {
		f := func() { x++ }
		f()
	}
	fmt.Println(x)
}
