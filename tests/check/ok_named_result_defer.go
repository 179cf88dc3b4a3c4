package main

import "fmt"

func f() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func g() (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	s = "before"
	panic("oops")
}

func main() {
	fmt.Println(f())
	s, err := g()
	fmt.Println(s, err)
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
}
