package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("f recovered:", recover())
	}()
	defer func() {
		panic("second (in defer)")
	}()
	panic("first")
}

func g() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = 99
		}
	}()
	defer func() { n++ }()
	n = 1
	panic("x")
}

func main() {
	f()
	fmt.Println(g())
	func() {
		defer func() { fmt.Println("nil recover:", recover() == nil) }()
	}()
	fmt.Println("done")
}
